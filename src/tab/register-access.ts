/**
 * The register API's story: the protected tabs' access check (tab-access.ts) with IT's group, then the entries;
 * 503 while the registration workflow cannot list its records. Local mode answers as the mock tenant's IT user.
 */
import type { Lang } from '../i18n/language';
import { tabText } from '../i18n/tab-text';
import type { RegisterEntry, RegisterSource } from './register-entry';
import type { TabUser } from './sso-verifier';
import { checkTabAccess, type TabAccessDeps, type TabRefusal } from './tab-access';

export interface RegisterAccessDeps extends TabAccessDeps {
  /** Absent until the registration workflow can list its records. */
  source?: RegisterSource;
}

export type RegisterAnswer = { status: 200; user: TabUser; entries: RegisterEntry[] } | TabRefusal;

export async function readRegister(deps: RegisterAccessDeps, authorization: string | undefined, lang: Lang): Promise<RegisterAnswer> {
  const t = tabText(lang);
  const access = await checkTabAccess(deps, authorization, { notSignedIn: t.notSignedIn, notMember: t.notItMember, notConfigured: t.notConfigured });
  if (access.status !== 200) return access;
  if (!deps.source) return { status: 503, code: 'not-available', message: t.notAvailable };
  return { status: 200, user: access.user, entries: await deps.source() };
}
