/**
 * Verifies the Teams SSO token a tab sends (`authentication.getAuthToken()`): signature against the tenant's
 * published keys (JWKS), issuer (v1 or v2 endpoint of that tenant), audience (the app's id URI), tenant id and
 * expiry. Returns the caller's identity or why the token was refused — never throws on a bad token.
 */
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { z } from 'zod';

export interface SsoSettings {
  /** The Microsoft 365 tenant whose users may sign in. */
  tenantId: string;
  /** Accepted `aud` values: the app id URI (api://domain/appId) and, for v2 tokens, the app (client) id. */
  audiences: string[];
  /** The tenant's signing keys; defaults to Microsoft's JWKS for the tenant. */
  jwksUrl?: string;
  now?: () => Date;
}

export interface TabUser {
  objectId: string;
  tenantId: string;
  name?: string;
  /** Group object ids from the `groups` claim (lower case); empty if the app registration does not emit them. */
  groups: string[];
}

export type RefusalReason = 'missing' | 'expired' | 'invalid-signature' | 'wrong-audience' | 'wrong-tenant' | 'malformed';

export type VerifyResult = { ok: true; user: TabUser } | { ok: false; reason: RefusalReason };

export type TokenVerifier = (token: string | undefined) => Promise<VerifyResult>;

export function defaultJwksUrl(tenantId: string): string {
  return `https://login.microsoftonline.com/${encodeURIComponent(tenantId)}/discovery/v2.0/keys`;
}

const claimsSchema = z.object({
  oid: z.string().min(1),
  tid: z.string().min(1),
  name: z.string().optional(),
  groups: z.array(z.string()).optional(),
});

/** The verifier for one tenant and app; the key set is fetched on first use and cached by jose. */
export function ssoVerifier(settings: SsoSettings, keys?: JWTVerifyGetKey): TokenVerifier {
  const keySet = keys ?? createRemoteJWKSet(new URL(settings.jwksUrl ?? defaultJwksUrl(settings.tenantId)));
  const issuers = [`https://login.microsoftonline.com/${settings.tenantId}/v2.0`, `https://sts.windows.net/${settings.tenantId}/`];
  return async (token) => {
    if (!token) return { ok: false, reason: 'missing' };
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keySet, {
        audience: settings.audiences,
        issuer: issuers,
        algorithms: ['RS256'],
        currentDate: settings.now?.(),
        clockTolerance: 60,
        requiredClaims: ['exp', 'iat', 'tid', 'oid'],
      }));
    } catch (error) {
      return { ok: false, reason: refusalOf(error) };
    }
    const claims = claimsSchema.safeParse(payload);
    if (!claims.success) return { ok: false, reason: 'malformed' };
    if (claims.data.tid.toLowerCase() !== settings.tenantId.toLowerCase()) return { ok: false, reason: 'wrong-tenant' };
    return {
      ok: true,
      user: { objectId: claims.data.oid.toLowerCase(), tenantId: claims.data.tid, name: claims.data.name, groups: (claims.data.groups ?? []).map((g) => g.toLowerCase()) },
    };
  };
}

function refusalOf(error: unknown): RefusalReason {
  if (error instanceof errors.JWTExpired) return 'expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') return 'wrong-audience';
    // The issuer names the tenant: a token from another tenant fails here first.
    if (error.claim === 'iss') return 'wrong-tenant';
    return 'malformed';
  }
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey) return 'invalid-signature';
  return 'malformed';
}
