/**
 * The composition root: configuration in, a listening bot out. Loads and validates the guideline pack and builds
 * its matcher (the live pack, reloaded when CONTENT_DIR changes: ADR 0091), opens storage, builds the adapter,
 * the bot and the HTTP server, and knows how to stop them
 * all gracefully. Used by main.ts (production), by the local-client launcher and by the tests.
 */
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ConversationState, UserState } from 'botbuilder';
import type { AppConfig } from '../src/config/config-schema';
import { watchContent } from '../src/guidelines/content-watcher';
import { LivePack, type PackSnapshot } from '../src/guidelines/live-pack';
import { liveRules } from '../src/guidelines/live-rules';
import { contentDir } from '../src/guidelines/load-pack';
import type { Logger } from '../src/logging/logger';
import { fileWeightStore } from '../src/matching/weight-store';
import { UnansweredLog } from '../src/feedback/unanswered-log';
import { AnswerTally } from '../src/feedback/answer-tally';
import { AnswerVotes } from '../src/feedback/answer-votes';
import { VoterKeys } from '../src/feedback/voter-key';
import { createAdapter } from './adapter/create-adapter';
import { createDirectory } from './escalation/create-directory';
import { appTokenProvider } from '../src/directory/graph-app-token';
import { GraphAppInstaller } from '../src/install/graph-app-installer';
import { createEscalationFeature } from './escalation/escalation-feature';
import type { BotFeature } from './feature';
import { GuidelineBot } from './guideline-bot';
import { createServer } from './http/create-server';
import { createProactiveOutbox } from './proactive/proactive-outbox';
import { createRegistrationFeature } from './registration/registration-feature';
import { createTabs } from './tab/create-tabs';
import { createMonthlySummary, MONTHLY_SUMMARY_CHECK_MS } from './feedback/monthly-summary-scheduler';
import { ownerReportSource } from '../src/feedback/owner-report-source';
import { ownerTabLink } from '../src/tab/owner-page';
import { publicBaseUrl } from '../src/tab/tab-settings';
import type { RegisterSource } from '../src/tab/register-entry';
import { createStorage } from './storage/create-storage';
import { turnContent } from './turn-content';

export interface RunningBot {
  /** e.g. http://127.0.0.1:3978 */
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Test seams: replace the clock, or add features built from the bot's own pieces. */
export interface StartOptions {
  now?: () => Date;
  /** Test seam: the profile register tab's rows (default: the registration records). */
  registerSource?: RegisterSource;
}

export async function startBot(config: AppConfig, logger: Logger, options: StartOptions = {}): Promise<RunningBot> {
  const now = options.now ?? ((): Date => new Date());
  // The guideline pack and its matcher, as one snapshot that a valid change of the content folder replaces.
  // The softmax view's weights are kept in the data folder, so a restart with unchanged content does not train again.
  const content = LivePack.open(config.content.dir ?? contentDir(), logger, now, fileWeightStore(path.join(config.dataDir, 'matcher-cache')));
  const storage = await createStorage(config.storage);
  const conversationState = new ConversationState(storage.store);
  const userState = new UserState(storage.store);
  const adapter = createAdapter(config, logger);
  // Workflows plugged into the conversation; each is built from the shared pieces above.
  // The durable outbox for proactive messages and card updates, shared by the workflows.
  const proactive = createProactiveOutbox({
    store: storage.store,
    adapter,
    appId: config.auth?.appId ?? '',
    settings: { backoff: { baseMs: config.outbox.retryBaseMs, maxMs: config.outbox.retryMaxMs, maxAttempts: 50 }, pollMs: config.outbox.pollMs, sendTimeoutMs: config.outbox.sendTimeoutMs },
    logger,
    now,
    install: config.appInstall
      ? {
          installer: new GraphAppInstaller({
            baseUrl: config.appInstall.baseUrl,
            catalogAppId: config.appInstall.catalogAppId,
            authProvider: appTokenProvider({ tenantId: config.appInstall.tenantId, clientId: config.appInstall.clientId, clientSecret: config.appInstall.clientSecret, tokenUrl: config.appInstall.tokenUrl }),
          }),
        }
      : undefined,
  });
  // The people directory: leaders for escalation, the requester's unit and head of unit for the registration form.
  const directory = createDirectory(config.escalation.directory);
  const registration = createRegistrationFeature({ store: storage.store, proactive, config: config.registration, rules: liveRules(content), itButtonsForAll: !config.auth, directory, logger, now });
  const unanswered = new UnansweredLog(storage.store, now, config.feedback.retentionDays);
  // "Var dette nyttig?" on answers and how often each answer is shown (issue 12, ADR 0090).
  const answerFeedback = {
    votes: new AnswerVotes(storage.store, now, config.feedback.retentionDays),
    tally: new AnswerTally(storage.store, now, config.feedback.retentionDays),
    voterKeys: new VoterKeys(storage.store),
    unanswered,
  };
  const tabs = createTabs({ config, content, logger, now, store: storage.store, feedback: answerFeedback, registerSource: options.registerSource ?? registration.registerSource });
  const topicOf = ({ matcher }: PackSnapshot, text: string): string | undefined => {
    const match = matcher.match(text);
    return match.kind === 'confident' ? match.nodeId : undefined;
  };
  const escalation = createEscalationFeature({ config, content, topicOf, sectionLink: tabs.sectionLink, directory, store: storage.store, proactive, logger, now });
  const features: BotFeature[] = [escalation.feature, registration.feature];
  const bot = new GuidelineBot({ content: turnContent(content), conversationState, userState, features, sectionLink: tabs.sectionLink, unanswered, feedback: answerFeedback });
  const server = createServer({ adapter, bot, logger, maxBodyBytes: config.maxBodyBytes, routes: tabs.routes, health: () => ({ pack: content.status() }) });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`;
  tabs.setServerUrl(url);
  proactive.start();
  // The monthly summary of what the bot could not answer, in the IT channel (opt-in, ADR 0093).
  const monthlySummary = config.feedback.monthlySummary
    ? createMonthlySummary({
        store: storage.store,
        proactive,
        report: ownerReportSource({ ...answerFeedback, snapshot: () => content.current() }),
        ownerTabUrl: ownerTabLink(config.tab.teamsAppId, publicBaseUrl(config, url)),
        logger,
        now,
      })
    : undefined;
  monthlySummary?.start(MONTHLY_SUMMARY_CHECK_MS);
  const watcher = config.content.watch ? watchContent(content.dir, () => content.reload(), { logger }) : undefined;
  logger.info({ url, storage: config.storage.kind, auth: config.auth ? 'bot-framework' : 'local-mode' }, 'bot listening');

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= new Promise<void>((resolve) => {
      watcher?.close();
      // close() stops accepting connections and waits for in-flight requests to finish.
      server.close(() => {
        void Promise.all([escalation.stop(), monthlySummary?.stop(), proactive.stop()]).finally(() => {
          storage.close();
          resolve();
        });
      });
    });
    return stopping;
  };
  return { url, port, stop };
}
