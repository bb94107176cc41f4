/**
 * The HTTP edge under bad input: malformed bodies, unknown activity types, missing or forged tokens,
 * activities from another tenant. Nothing of this may crash the bot or reach the conversation.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWK, type KeyLike } from 'jose';
import { ConnectorStub } from '../support/connector-stub';
import { postActivity, startInProcess } from '../support/bot-under-test';
import { makeUser, textMessage, TENANT_ID } from '../support/teams-activity';

describe('HTTP edge, local mode (no app id)', () => {
  const connector = new ConnectorStub();
  let bot: Awaited<ReturnType<typeof startInProcess>>;

  beforeAll(async () => {
    await connector.start();
    bot = await startInProcess({ ALLOWED_TENANT_ID: TENANT_ID });
  });
  afterAll(async () => {
    await bot.stop();
    await connector.stop();
  });

  it('answers GET /healthz', async () => {
    const response = await fetch(`${bot.url}/healthz`);
    expect(response.status).toBe(200);
    // The guideline pack in use: a hash of the content files, and when it was loaded.
    expect(await response.json()).toEqual({ status: 'ok', pack: { version: expect.stringMatching(/^[0-9a-f]{12}$/), loadedAt: expect.any(String) } });
  });

  it('malformed JSON → 400, and nothing is sent', async () => {
    const response = await postActivity(bot.url, '{"type": "message", "text": ');
    expect(response.status).toBe(400);
    expect(connector.requests).toHaveLength(0);
  });

  it('a JSON body that is not an activity → 400', async () => {
    for (const body of ['[]', '"hello"', '{"text":"no type"}', 'null']) {
      const response = await postActivity(bot.url, body);
      expect(response.status).toBe(400);
    }
    expect(connector.requests).toHaveLength(0);
  });

  it('a body over the size limit is refused', async () => {
    const user = makeUser('Stor Kropp');
    const activity = { ...textMessage(user, connector.url, 'hei'), padding: 'x'.repeat(400 * 1024) };
    const response = await postActivity(bot.url, activity);
    expect(response.status).toBe(413);
    expect(connector.requests).toHaveLength(0);
  });

  it('unknown activity types are ignored with 200 and no reply', async () => {
    const user = makeUser('Ukjent Type');
    const activity = { ...textMessage(user, connector.url, 'hei'), type: 'somethingNew' };
    const response = await postActivity(bot.url, activity);
    expect(response.status).toBe(200);
    expect(connector.requests).toHaveLength(0);
  });

  it('an activity from another tenant is refused and not processed', async () => {
    const user = makeUser('Annen Kommune');
    const response = await postActivity(bot.url, textMessage(user, connector.url, 'meny', 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee'));
    expect(response.status).toBe(200);
    const sent = connector.requests.map((r) => JSON.stringify(r.body));
    expect(sent).toHaveLength(1);
    expect(sent[0]).toContain('bare Båtsfjord kommune');
    expect(sent[0]).not.toContain('AdaptiveCard');
    connector.clear();
  });
});

describe('HTTP edge with an app id: Bot Framework authentication', () => {
  const APP_ID = '3f0a8a3e-5a1b-4c9d-9e2f-7a6b5c4d3e2f';
  const connector = new ConnectorStub();
  let openId: http.Server;
  let bot: Awaited<ReturnType<typeof startInProcess>>;
  let trustedKey: KeyLike;
  let untrustedKey: KeyLike;

  beforeAll(async () => {
    await connector.start();
    const trusted = await generateKeyPair('RS256', { extractable: true });
    const untrusted = await generateKeyPair('RS256');
    trustedKey = trusted.privateKey;
    untrustedKey = untrusted.privateKey;
    const jwk: JWK = { ...(await exportJWK(trusted.publicKey)), kid: 'trusted-key', use: 'sig', alg: 'RS256' };
    // A loopback stand-in for the Bot Framework's OpenID metadata and signing keys.
    openId = http.createServer((req, res) => {
      const base = `http://127.0.0.1:${(openId.address() as AddressInfo).port}`;
      res.setHeader('content-type', 'application/json');
      if (req.url === '/.well-known/openidconfiguration') {
        res.end(JSON.stringify({ issuer: 'https://api.botframework.com', jwks_uri: `${base}/keys`, id_token_signing_alg_values_supported: ['RS256'] }));
      } else {
        res.end(JSON.stringify({ keys: [{ ...jwk, endorsements: ['msteams'] }] }));
      }
    });
    await new Promise<void>((resolve) => openId.listen(0, '127.0.0.1', resolve));
    bot = await startInProcess({
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 'test-secret-not-used',
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppTenantId: TENANT_ID,
      BOT_OPENID_METADATA_URL: `http://127.0.0.1:${(openId.address() as AddressInfo).port}/.well-known/openidconfiguration`,
    });
  });
  afterAll(async () => {
    await bot.stop();
    await connector.stop();
    await new Promise<void>((resolve) => openId.close(() => resolve()));
  });

  async function token(key: KeyLike, kid: string, audience = APP_ID): Promise<string> {
    return new SignJWT({ serviceurl: connector.url })
      .setProtectedHeader({ alg: 'RS256', kid })
      .setIssuer('https://api.botframework.com')
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(key);
  }

  const user = makeUser('Token Test');

  beforeEach(() => {
    // CloudAdapter itself console.errors every refused request; keep the test output readable.
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  it('a correctly signed Teams token is accepted (so the refusals below are about the token)', async () => {
    const valid = await token(trustedKey, 'trusted-key');
    // A conversationUpdate with nobody added needs no reply, so no outbound token is needed either.
    const activity = { ...textMessage(user, connector.url, ''), type: 'conversationUpdate', membersAdded: [] };
    const response = await postActivity(bot.url, activity, { authorization: `Bearer ${valid}` });
    expect(response.body).toBe('');
    expect(response.status).toBe(200);
  });

  it('a request without an Authorization header → 401, nothing processed', async () => {
    const response = await postActivity(bot.url, textMessage(user, connector.url, 'meny'));
    expect(response.status).toBe(401);
    expect(connector.requests).toHaveLength(0);
  });

  it('a token signed by an unknown key → 401, nothing processed', async () => {
    const forged = await token(untrustedKey, 'trusted-key');
    const response = await postActivity(bot.url, textMessage(user, connector.url, 'meny'), { authorization: `Bearer ${forged}` });
    expect(response.status).toBe(401);
    expect(connector.requests).toHaveLength(0);
  });

  it('a correctly signed token for another bot (audience) → 401', async () => {
    const other = await token(trustedKey, 'trusted-key', '11111111-2222-4333-8444-555555555555');
    const response = await postActivity(bot.url, textMessage(user, connector.url, 'meny'), { authorization: `Bearer ${other}` });
    expect(response.status).toBe(401);
    expect(connector.requests).toHaveLength(0);
  });

  it('garbage in the Authorization header → 401', async () => {
    const response = await postActivity(bot.url, textMessage(user, connector.url, 'meny'), { authorization: 'Bearer not.a.jwt' });
    expect(response.status).toBe(401);
    expect(connector.requests).toHaveLength(0);
  });
});
