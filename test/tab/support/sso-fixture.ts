/**
 * A stand-in for Microsoft Entra ID in tests: a locally generated RSA key pair, its public key served as a JWKS
 * from a loopback HTTP server, and a signer for Teams-SSO-shaped tokens (v1 issuer, aud = app id URI).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWK, type KeyLike } from 'jose';

export const SSO_TENANT = '5f0d3a2c-8b1e-4c7a-9d6f-2e4b8a1c3d5e';
export const OTHER_TENANT = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
export const APP_ID = '11111111-2222-4333-8444-555555555555';
export const BOT_DOMAIN = 'bot.example.no';
export const APP_ID_URI = `api://${BOT_DOMAIN}/${APP_ID}`;
export const IT_GROUP = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
export const IT_USER = '9b2c6a10-0000-4000-8000-000000000001';
export const OTHER_USER = '9b2c6a10-0000-4000-8000-000000000002';
/** "Now" in the tests: tokens are issued and checked against this clock, never the real one. */
export const NOW = new Date('2026-03-02T09:00:00Z');

export interface TokenClaims {
  aud?: string;
  tid?: string;
  iss?: string;
  oid?: string;
  groups?: readonly string[];
  /** Seconds relative to NOW. */
  issuedAt?: number;
  expiresIn?: number;
  /** Sign with a key the JWKS does not publish. */
  foreignKey?: boolean;
}

export class SsoFixture {
  private server?: http.Server;
  private key?: KeyLike;
  private foreign?: KeyLike;
  private jwk?: JWK;
  jwksUrl = '';
  jwksRequests = 0;

  async start(): Promise<void> {
    const pair = await generateKeyPair('RS256');
    this.key = pair.privateKey;
    this.foreign = (await generateKeyPair('RS256')).privateKey;
    this.jwk = { ...(await exportJWK(pair.publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
    this.server = http.createServer((_req, res) => {
      this.jwksRequests += 1;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [this.jwk] }));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', () => resolve()));
    this.jwksUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/keys`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  async token(claims: TokenClaims = {}): Promise<string> {
    const tid = claims.tid ?? SSO_TENANT;
    const now = Math.floor(NOW.getTime() / 1000);
    const iat = now + (claims.issuedAt ?? -300);
    return new SignJWT({ tid, oid: claims.oid ?? IT_USER, name: 'Test Person', groups: claims.groups ?? [IT_GROUP], ver: '1.0' })
      .setProtectedHeader({ alg: 'RS256', kid: 'test-key', typ: 'JWT' })
      .setIssuer(claims.iss ?? `https://sts.windows.net/${tid}/`)
      .setAudience(claims.aud ?? APP_ID_URI)
      .setIssuedAt(iat)
      .setNotBefore(iat)
      .setExpirationTime(now + (claims.expiresIn ?? 3600))
      .sign(claims.foreignKey ? this.foreign! : this.key!);
  }
}

/** Environment for a bot whose register tab trusts this fixture (local mode: loopback, no channel auth). */
export function ssoEnv(fixture: SsoFixture): Record<string, string> {
  return {
    ALLOWED_TENANT_ID: SSO_TENANT,
    BOT_DOMAIN,
    TAB_SSO_AUDIENCE: APP_ID_URI,
    SSO_JWKS_URL: fixture.jwksUrl,
    IT_GROUP_ID: IT_GROUP,
  };
}
