/**
 * The register's SSO check against a loopback JWKS: a valid Teams token passes; an expired one, one for another
 * audience, one from another tenant, one signed with an unknown key, and none at all are refused with the reason.
 */
import { ssoVerifier, type TokenVerifier } from '../../src/tab/sso-verifier';
import { isMember } from '../../src/tab/member-access';
import { APP_ID, APP_ID_URI, IT_GROUP, IT_USER, NOW, OTHER_TENANT, OTHER_USER, SSO_TENANT, SsoFixture } from './support/sso-fixture';

describe('Teams SSO token verification', () => {
  const fixture = new SsoFixture();
  let verify: TokenVerifier;

  beforeAll(async () => {
    await fixture.start();
    verify = ssoVerifier({ tenantId: SSO_TENANT, audiences: [APP_ID_URI, APP_ID], jwksUrl: fixture.jwksUrl, now: () => NOW });
  });
  afterAll(() => fixture.stop());

  it('accepts a valid token and returns the user with groups', async () => {
    const result = await verify(await fixture.token());
    expect(result).toEqual({ ok: true, user: { objectId: IT_USER, tenantId: SSO_TENANT, name: 'Test Person', groups: [IT_GROUP] } });
    expect(fixture.jwksRequests).toBeGreaterThan(0);
  });

  it('accepts a v2 token (issuer …/v2.0, aud = app id)', async () => {
    const result = await verify(await fixture.token({ aud: APP_ID, iss: `https://login.microsoftonline.com/${SSO_TENANT}/v2.0` }));
    expect(result.ok).toBe(true);
  });

  it.each([
    ['expired', { expiresIn: -600 }, 'expired'],
    ['another audience', { aud: 'api://other.example.no/22222222-2222-4222-8222-222222222222' }, 'wrong-audience'],
    ['another tenant (its issuer)', { tid: OTHER_TENANT }, 'wrong-tenant'],
    ['our issuer but another tid claim', { tid: OTHER_TENANT, iss: `https://sts.windows.net/${SSO_TENANT}/` }, 'wrong-tenant'],
    ['a key the tenant does not publish', { foreignKey: true }, 'invalid-signature'],
  ] as const)('refuses a token for %s', async (_name, claims, reason) => {
    expect(await verify(await fixture.token(claims))).toEqual({ ok: false, reason });
  });

  it('refuses a missing or garbled token', async () => {
    expect(await verify(undefined)).toEqual({ ok: false, reason: 'missing' });
    expect(await verify('not.a.jwt')).toEqual({ ok: false, reason: 'malformed' });
  });

  it('the clock is injected: the same token is valid now and expired two hours later', async () => {
    const token = await fixture.token();
    const later = ssoVerifier({ tenantId: SSO_TENANT, audiences: [APP_ID_URI], jwksUrl: fixture.jwksUrl, now: () => new Date(NOW.getTime() + 2 * 3600_000) });
    expect((await verify(token)).ok).toBe(true);
    expect(await later(token)).toEqual({ ok: false, reason: 'expired' });
  });
});

describe('IT access', () => {
  const user = { objectId: OTHER_USER, tenantId: SSO_TENANT, groups: [] as string[] };
  it('lets in members of the IT group or the listed IT members, nobody else', () => {
    expect(isMember({ ...user, groups: [IT_GROUP] }, { groupId: IT_GROUP.toUpperCase(), memberObjectIds: [] })).toBe(true);
    expect(isMember(user, { groupId: IT_GROUP, memberObjectIds: [OTHER_USER.toUpperCase()] })).toBe(true);
    expect(isMember(user, { groupId: IT_GROUP, memberObjectIds: [] })).toBe(false);
    expect(isMember({ ...user, groups: [IT_GROUP] }, { memberObjectIds: [] })).toBe(false);
  });
});
