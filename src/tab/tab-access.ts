/**
 * The protected tabs' one access story (the IT register, the guideline owner's view): no verifier configured →
 * 503; no or bad token → 401; a valid token of someone outside the tab's group → 403; a member → who they are.
 * Local mode (no app id, no SSO, loopback only: `localUser`) answers as that user without a token (ADR 0076).
 * Refusals carry safe, translated messages only.
 */
import { isMember, type MemberAccess } from './member-access';
import type { RefusalReason, TabUser, TokenVerifier } from './sso-verifier';

export interface TabAccessDeps {
  /** Absent when SSO is not configured (no tenant or audience). */
  verify?: TokenVerifier;
  access: MemberAccess;
  /** Local mode only (no app id and no SSO; the server listens on loopback): the tab is read as this user. */
  localUser?: TabUser;
}

/** The sentences a refusal carries, in the caller's language. */
export interface AccessTexts {
  notSignedIn: string;
  notMember: string;
  notConfigured: string;
}

export type TabRefusal =
  | { status: 401; code: 'unauthenticated'; reason: RefusalReason; message: string }
  | { status: 403; code: 'forbidden'; message: string }
  | { status: 503; code: 'not-configured' | 'not-available'; message: string };

export type TabAccess = { status: 200; user: TabUser } | TabRefusal;

export function bearerToken(authorization: string | undefined): string | undefined {
  const match = /^Bearer\s+([A-Za-z0-9._~+/=-]+)\s*$/i.exec(authorization ?? '');
  return match?.[1];
}

export async function checkTabAccess(deps: TabAccessDeps, authorization: string | undefined, texts: AccessTexts): Promise<TabAccess> {
  if (deps.localUser) return { status: 200, user: deps.localUser };
  if (!deps.verify) return { status: 503, code: 'not-configured', message: texts.notConfigured };
  const verdict = await deps.verify(bearerToken(authorization));
  if (!verdict.ok) return { status: 401, code: 'unauthenticated', reason: verdict.reason, message: texts.notSignedIn };
  if (!isMember(verdict.user, deps.access)) return { status: 403, code: 'forbidden', message: texts.notMember };
  return { status: 200, user: verdict.user };
}
