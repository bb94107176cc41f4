/**
 * The register API's story: no verifier configured → 503; no or bad token → 401; a valid token of someone
 * outside IT → 403; an IT member → the entries. Local mode (no app id, no SSO, loopback only: `localUser`)
 * answers as the mock tenant's IT user without a token. Answers carry safe, translated messages only.
 */
import type { Lang } from '../i18n/language';
import { tabText } from '../i18n/tab-text';
import { isItMember, type ItAccess } from './it-access';
import type { RegisterEntry, RegisterSource } from './register-entry';
import type { RefusalReason, TabUser, TokenVerifier } from './sso-verifier';

export interface RegisterAccessDeps {
  /** Absent when SSO is not configured (no tenant or audience). */
  verify?: TokenVerifier;
  access: ItAccess;
  /** Absent until the registration workflow can list its records. */
  source?: RegisterSource;
  /** Local mode only (no app id and no SSO; the server listens on loopback): the register is read as this IT user. */
  localUser?: TabUser;
}

export type RegisterAnswer =
  | { status: 200; user: TabUser; entries: RegisterEntry[] }
  | { status: 401; code: 'unauthenticated'; reason: RefusalReason; message: string }
  | { status: 403; code: 'forbidden'; message: string }
  | { status: 503; code: 'not-configured' | 'not-available'; message: string };

export function bearerToken(authorization: string | undefined): string | undefined {
  const match = /^Bearer\s+([A-Za-z0-9._~+/=-]+)\s*$/i.exec(authorization ?? '');
  return match?.[1];
}

export async function readRegister(deps: RegisterAccessDeps, authorization: string | undefined, lang: Lang): Promise<RegisterAnswer> {
  const t = tabText(lang);
  if (deps.localUser) return deps.source ? { status: 200, user: deps.localUser, entries: await deps.source() } : { status: 503, code: 'not-available', message: t.notAvailable };
  if (!deps.verify) return { status: 503, code: 'not-configured', message: t.notConfigured };
  const verdict = await deps.verify(bearerToken(authorization));
  if (!verdict.ok) return { status: 401, code: 'unauthenticated', reason: verdict.reason, message: t.notSignedIn };
  if (!isItMember(verdict.user, deps.access)) return { status: 403, code: 'forbidden', message: t.notItMember };
  if (!deps.source) return { status: 503, code: 'not-available', message: t.notAvailable };
  return { status: 200, user: verdict.user, entries: await deps.source() };
}
