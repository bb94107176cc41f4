/**
 * The messaging endpoint reads its own body: compressed bodies are refused before anything is inflated, the byte
 * limit is counted on the wire, requests without a bearer token are refused before the body is read (with an app
 * id), the activity is checked by a schema, and invokes the bot does not handle are answered 200, not 501/500.
 */
import { gzipSync, deflateSync, brotliCompressSync } from 'node:zlib';
import { postActivity } from '../support/bot-under-test';
import { botInstalled, makeUser, textMessage, TENANT_ID, BOT_ID } from '../support/teams-activity';
import { healthy, rawRequest, useCapturedBot } from './http-edge-client';

const JSON_TYPE = { 'content-type': 'application/json' };

/** 64 KB on the wire that inflates to 64 MB of JSON. */
function gzipBomb(): Buffer {
  const inner = Buffer.alloc(64 * 1024 * 1024, 0x61);
  return gzipSync(Buffer.concat([Buffer.from('{"type":"message","text":"'), inner, Buffer.from('"}')]), { level: 9 });
}

describe('HTTP edge: the request body, local mode', () => {
  const { connector, bot } = useCapturedBot({ ALLOWED_TENANT_ID: TENANT_ID });
  const user = makeUser('Kropp Lesar');
  afterEach(() => connector.clear());

  it('a gzip body that is not gzip → 4xx, and the process keeps answering', async () => {
    const answer = await rawRequest(bot().url, { headers: { ...JSON_TYPE, 'content-encoding': 'gzip' }, body: 'x' });
    expect([400, 415]).toContain(answer.status);
    expect(await healthy(bot().url)).toBe(true);
  });

  it('a gzip bomb is refused with 415 before it is inflated', async () => {
    const bomb = gzipBomb();
    expect(bomb.length).toBeLessThan(100 * 1024);
    const started = Date.now();
    const answer = await rawRequest(bot().url, { headers: { ...JSON_TYPE, 'content-encoding': 'gzip' }, body: bomb });
    expect(answer.status).toBe(415);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(connector.requests).toHaveLength(0);
  });

  it.each([
    ['deflate', deflateSync],
    ['br', brotliCompressSync],
    ['gzip, identity', gzipSync],
    ['x-unknown', (b: Buffer) => b],
  ])('content-encoding %s → 415, even when the content is valid', async (encoding, encode) => {
    const body = encode(Buffer.from(JSON.stringify(textMessage(user, connector.url, 'hei'))));
    const answer = await rawRequest(bot().url, { headers: { ...JSON_TYPE, 'content-encoding': encoding }, body });
    expect(answer.status).toBe(415);
    expect(connector.requests).toHaveLength(0);
  });

  it('content-encoding identity is plain JSON and accepted', async () => {
    const answer = await rawRequest(bot().url, { headers: { ...JSON_TYPE, 'content-encoding': 'identity' }, body: JSON.stringify(textMessage(user, connector.url, 'hei')) });
    expect(answer.status).toBe(200);
  });

  it('a declared length over the limit → 413 before the body is sent', async () => {
    const answer = await rawRequest(bot().url, { headers: { ...JSON_TYPE, 'content-length': 10 * 1024 * 1024 }, stream: { chunk: Buffer.alloc(0), count: 0 }, timeoutMs: 3000 });
    expect(answer.status).toBe(413);
  });

  it('a chunked body over the limit → 413 as soon as the limit is passed; the server stops reading', async () => {
    const answer = await rawRequest(bot().url, { headers: JSON_TYPE, stream: { chunk: Buffer.alloc(16 * 1024, 0x20), count: 1024 } });
    expect(answer.status).toBe(413);
    expect(answer.sent).toBeLessThan(16 * 1024 * 1024);
    expect(await healthy(bot().url)).toBe(true);
  });

  it('a body that is not JSON by its content type → 415', async () => {
    const body = JSON.stringify(textMessage(user, connector.url, 'hei'));
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const answer = await rawRequest(bot().url, { headers: { 'content-type': type }, body });
      expect(answer.status).toBe(415);
    }
    expect(connector.requests).toHaveLength(0);
  });

  it('a non-string serviceUrl → 400 with a safe JSON message, not 500', async () => {
    for (const serviceUrl of [42, ['http://x'], { href: 'http://x' }, 'ftp://example.org/', 'not a url']) {
      const response = await postActivity(bot().url, { ...textMessage(user, connector.url, 'hei'), serviceUrl });
      expect(response.status).toBe(400);
      const body = JSON.parse(response.body) as { code: string; message: string };
      expect(body.code).toBe('BadRequest');
      expect(body.message).not.toMatch(/toLowerCase|TypeError|at /);
    }
  });

  it('Teams activities the bot does not act on are accepted with 200', async () => {
    const base = textMessage(user, connector.url, '');
    const activities = [
      { ...botInstalled(user, connector.url), membersAdded: [{ id: user.id, aadObjectId: user.aadObjectId }] },
      { ...base, type: 'conversationUpdate', membersRemoved: [{ id: BOT_ID }], channelData: { tenant: { id: TENANT_ID }, eventType: 'teamMemberRemoved' } },
      { ...base, type: 'installationUpdate', action: 'add', text: undefined },
      { ...base, type: 'messageReaction', reactionsAdded: [{ type: 'like' }], replyToId: '1:abc', text: undefined },
      { ...base, type: 'typing', text: undefined },
    ];
    for (const activity of activities) {
      const response = await postActivity(bot().url, activity);
      expect(response.status).toBe(200);
    }
    expect(bot().errorsWithStack()).toEqual([]);
  });

  describe('invokes', () => {
    const invoke = (name: string | undefined, value?: unknown): Record<string, unknown> => ({ ...textMessage(user, connector.url, ''), text: undefined, type: 'invoke', name, value });

    it.each(['something/unknown', 'composeExtension/query', 'config/fetch', 'task/fetch', 'signin/verifyState', 'application/search', ''])('an invoke the bot does not handle (%p) → 200 with an empty body', async (name) => {
      const response = await postActivity(bot().url, invoke(name || undefined, { some: 'thing' }));
      expect(response.status).toBe(200);
      expect(response.body).toBe('');
    });

    it.each([
      ['no value', undefined],
      ['no action', { trigger: 'manual' }],
      ['action not an object', { action: 'Action.Execute' }],
      ['not Action.Execute', { action: { type: 'Action.Submit', verb: 'escalation.approve', data: {} } }],
      ['verb not a string', { action: { type: 'Action.Execute', verb: 42, data: {} } }],
      ['unknown verb', { action: { type: 'Action.Execute', verb: 'nobody.knows', data: {} } }],
      ['data a string', { action: { type: 'Action.Execute', verb: 'escalation.approve', data: 'case-1' } }],
      ['data a string (registration)', { action: { type: 'Action.Execute', verb: 'registration.acknowledge', data: 'x' } }],
    ])('adaptiveCard/action with %s → a 4xx error response, never 500', async (_label, value) => {
      const response = await postActivity(bot().url, invoke('adaptiveCard/action', value));
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      const body = JSON.parse(response.body) as { statusCode: number; type: string; value: { message: string } };
      expect(body.type).toBe('application/vnd.microsoft.error');
      expect(body.value.message).not.toMatch(/undefined|TypeError|Cannot read/);
    });
  });
});

describe('HTTP edge with an app id: the bearer token is checked before the body is read', () => {
  const { connector, bot } = useCapturedBot({
    MicrosoftAppId: '3f0a8a3e-5a1b-4c9d-9e2f-7a6b5c4d3e2f',
    MicrosoftAppPassword: 'test-secret-not-used',
    MicrosoftAppType: 'SingleTenant',
    MicrosoftAppTenantId: TENANT_ID,
    HOST: '127.0.0.1',
  });

  it.each([
    ['no Authorization header', undefined],
    ['a Basic header', 'Basic dXNlcjpwYXNz'],
    ['a bearer that is not a three-part JWT', 'Bearer abc'],
    ['an empty bearer', 'Bearer '],
  ])('%s → 401 at once, though the body never arrives', async (_label, authorization) => {
    const headers: Record<string, string | number> = { ...JSON_TYPE, 'content-length': 1000 };
    if (authorization !== undefined) headers['authorization'] = authorization;
    const answer = await rawRequest(bot().url, { headers, stream: { chunk: Buffer.from('{"type":'), count: 1 }, timeoutMs: 3000 });
    expect(answer.status).toBe(401);
    expect(answer.headers['www-authenticate']).toMatch(/^Bearer/);
  });

  it('no bearer and a body far over the limit → 401, not 413', async () => {
    const answer = await rawRequest(bot().url, { headers: { ...JSON_TYPE, 'content-length': 50 * 1024 * 1024 }, stream: { chunk: Buffer.alloc(0), count: 0 }, timeoutMs: 3000 });
    expect(answer.status).toBe(401);
  });

  it('a gzip body with a JWT-shaped bearer → 415, and the process keeps answering', async () => {
    const answer = await rawRequest(bot().url, { headers: { ...JSON_TYPE, 'content-encoding': 'gzip', authorization: 'Bearer aaa.bbb.ccc' }, body: 'x' });
    expect(answer.status).toBe(415);
    expect(await healthy(bot().url)).toBe(true);
    expect(connector.requests).toHaveLength(0);
  });
});
