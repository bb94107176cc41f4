/**
 * Outgoing calls never hold an inbound request past Teams' 15 s: a Bot Connector (serviceUrl) that accepts and
 * never answers times out inside the turn, the request is answered, and the bot serves the next one normally.
 * Microsoft Graph calls (leader directory, app token) time out as well.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { appTokenProvider } from '../../src/directory/graph-app-token';
import { GraphDirectory } from '../../src/directory/graph-directory';
import { uiText } from '../../src/i18n/ui-text';
import { makeUser, personalConversationId, textMessage, TENANT_ID } from '../support/teams-activity';
import { healthy, rawRequest, useCapturedBot } from './http-edge-client';

const HUNG = Symbol('hung');

async function within<T>(ms: number, promise: Promise<T>): Promise<T | typeof HUNG> {
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<typeof HUNG>((resolve) => (timer = setTimeout(() => resolve(HUNG), ms)));
  try {
    return await Promise.race([promise, hung]);
  } finally {
    clearTimeout(timer);
  }
}

describe.each([
  ['the default connector timeout', {}, 12_000],
  ['CONNECTOR_TIMEOUT_MS=1000', { CONNECTOR_TIMEOUT_MS: '1000' }, 3_000],
])('a Bot Connector that never answers, %s', (_label, env: Record<string, string>, budgetMs) => {
  const { connector, bot } = useCapturedBot({ ALLOWED_TENANT_ID: TENANT_ID, ...env });

  it('the inbound request is answered within the budget; the next one is served normally', async () => {
    const user = makeUser('Treig Tjeneste');
    connector.hangNext(1);
    const started = Date.now();
    const answer = await rawRequest(bot().url, { headers: { 'content-type': 'application/json' }, body: JSON.stringify(textMessage(user, connector.url, 'hei')), timeoutMs: 20_000 });
    expect(Date.now() - started).toBeLessThan(budgetMs);
    expect(answer.status === 200 || answer.status >= 500).toBe(true);
    // The one call was abandoned, and no apology was queued behind it (it would have gone the same way).
    expect(connector.requests).toHaveLength(1);

    connector.clear();
    expect(await healthy(bot().url)).toBe(true);
    const next = await rawRequest(bot().url, { headers: { 'content-type': 'application/json' }, body: JSON.stringify(textMessage(user, connector.url, 'meny')), timeoutMs: 20_000 });
    expect(next.status).toBe(200);
    const sent = connector.sentTo(personalConversationId(user)).map((activity) => JSON.stringify(activity));
    expect(sent.length).toBeGreaterThanOrEqual(1);
    expect(sent.join('\n')).not.toContain(uiText('nb').turnError);
  }, 45_000);
});

describe('Microsoft Graph calls time out', () => {
  let silent: http.Server;
  let base: string;

  beforeAll(async () => {
    // Accepts every connection and never answers.
    silent = http.createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    silent.closeAllConnections();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
  });

  it('the leader lookup gives "unavailable" instead of hanging', async () => {
    const directory = new GraphDirectory({ baseUrl: `${base}/v1.0`, authProvider: { getAccessToken: async () => 'token' }, maxRetries: 0, timeoutMs: 300 });
    const result = await within(3000, directory.managerOf('1a111111-1111-4111-8111-000000000001'));
    expect(result).toEqual({ kind: 'unavailable' });
  });

  it('the app token request fails instead of hanging', async () => {
    const provider = appTokenProvider({ tenantId: TENANT_ID, clientId: 'client', clientSecret: 'secret', tokenUrl: `${base}/token`, timeoutMs: 300 });
    const outcome = await within(3000, provider.getAccessToken().then(() => 'token', () => 'failed'));
    expect(outcome).toBe('failed');
  });
});
