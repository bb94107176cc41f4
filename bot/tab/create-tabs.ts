/**
 * Builds the tabs from the bot's own pieces: the reader's routes, the register's SSO check and data source,
 * and the section links answer cards use. The server's address is known only once it listens: setServerUrl.
 */
import type restify from 'restify';
import type { AppConfig } from '../../src/config/config-schema';
import type { PackSource } from '../../src/guidelines/live-pack';
import type { Logger } from '../../src/logging/logger';
import { RegistrationRepository } from '../../src/registration/registration-repository';
import type { KeyValueStore } from '../../src/storage/key-value-store';
import type { RegisterSource } from '../../src/tab/register-entry';
import { registerSource } from '../../src/registration/register-source';
import { sectionLinker, type SectionLinker } from '../../src/tab/section-links';
import { ssoVerifier } from '../../src/tab/sso-verifier';
import { publicBaseUrl, ssoSettingsOf } from '../../src/tab/tab-settings';
import { createOwnerAccess, type OwnerFeedbackStores } from './create-owner-access';
import { tabRoutes } from './tab-routes';

export interface TabDeps {
  config: AppConfig;
  /** The live guideline pack (reader page and search read it per request). */
  content: PackSource;
  logger: Logger;
  now: () => Date;
  /** Where the registration workflow keeps its records: the register tab lists them. */
  store: KeyValueStore;
  /** Test seam: other register rows than the registration records. */
  registerSource?: RegisterSource;
  /** The feedback stores the bot writes (the owner tab reads the same instances, so counts in memory are included). */
  feedback: OwnerFeedbackStores;
}

export interface Tabs {
  routes: (server: restify.Server) => void;
  sectionLink: SectionLinker;
  setServerUrl(url: string): void;
}

export function createTabs(deps: TabDeps): Tabs {
  let serverUrl = `http://127.0.0.1:${deps.config.port}`;
  const baseUrl = (): string => publicBaseUrl(deps.config, serverUrl);
  const sso = ssoSettingsOf(deps.config, deps.now);
  // Local mode (no app id, no SSO, loopback only): the register is shown as the mock tenant's IT user, labelled so.
  const localMode = !deps.config.auth && !sso;
  const localUser = localMode ? { objectId: deps.config.registration.itMemberAadIds[0] ?? 'local-it-user', tenantId: 'local', groups: [] } : undefined;
  const verify = sso ? ssoVerifier(sso) : undefined;
  const routes = tabRoutes({
    content: deps.content,
    logger: deps.logger,
    baseUrl,
    register: {
      verify,
      access: { groupId: deps.config.tab.itGroupId, memberObjectIds: deps.config.registration.itMemberAadIds },
      source: deps.registerSource ?? registerSource(new RegistrationRepository(deps.store)),
      localUser,
    },
    owner: createOwnerAccess({ config: deps.config, content: deps.content, store: deps.store, feedback: deps.feedback, now: deps.now, verify, localMode }),
  });
  return {
    routes,
    sectionLink: sectionLinker({ teamsAppId: deps.config.tab.teamsAppId, baseUrl }),
    setServerUrl: (url) => {
      serverUrl = url;
    },
  };
}
