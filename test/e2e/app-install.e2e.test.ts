/**
 * Proactive installation for the leader (issue 11, item 9; ADR 0078): a 1:1 chat the Bot Connector refuses because
 * the app is not installed for the person is opened after installing the app through Microsoft Graph
 * (`POST /users/{id}/teamwork/installedApps`, the app's catalog id), waiting for the chat, then sending — against
 * the loopback Bot Connector and Graph stand-ins. Three outcomes: already installed (no Graph call), not installed
 * (installed, then sent), install refused (a permanent failure: the requester is told the leader cannot be reached).
 */
import { randomUUID } from 'node:crypto';
import { ConnectorStub } from '../support/connector-stub';
import { GraphStub } from '../support/graph-stub';
import { openTempStore } from '../support/temp-store';
import { TENANT_ID } from '../support/teams-activity';
import { createAdapter } from '../../bot/adapter/create-adapter';
import { createProactiveSender } from '../../bot/proactive/proactive-sender';
import { parseConfig } from '../../src/config/config-schema';
import { appTokenProvider } from '../../src/directory/graph-app-token';
import { GraphAppInstaller } from '../../src/install/graph-app-installer';
import { createLogger } from '../../src/logging/logger';
import type { OutboxItem } from '../../src/outbox/outbox-item';
import { DeliveryError, type Deliver } from '../../src/outbox/outbox-worker';
import { PersonalChats } from '../../src/outbox/personal-chats';

const CATALOG_ID = '5c1b7e0a-3f2d-4b6a-9c8e-1d2f3a4b5c6d';

describe('proactive installation for a leader without the app', () => {
  const connector = new ConnectorStub();
  const graph = new GraphStub([]);
  let deliver: Deliver;

  beforeAll(async () => {
    await connector.start();
    await graph.start();
    const config = parseConfig({ LOG_LEVEL: 'silent' });
    const installer = new GraphAppInstaller({
      baseUrl: `${graph.url}/v1.0`,
      catalogAppId: CATALOG_ID,
      authProvider: appTokenProvider({ tenantId: TENANT_ID, clientId: 'client', clientSecret: 'secret', tokenUrl: `${graph.url}/token` }),
    });
    deliver = createProactiveSender(createAdapter(config, createLogger('silent')), '', 5000, new PersonalChats(await openTempStore()), { installer, chatWaitMs: [20, 20, 20] });
  });
  afterAll(async () => {
    await connector.stop();
    await graph.stop();
  });

  const leaderCard = (aadObjectId: string): OutboxItem => ({
    id: `escalation-${randomUUID()}-leader-card`,
    destination: { kind: 'person', aadObjectId, serviceUrl: connector.url, tenantId: TENANT_ID },
    activity: {},
    topic: 'escalation',
    subject: randomUUID(),
    state: 'pending',
    attempts: 0,
    createdAt: new Date().toISOString(),
    nextAttemptAt: new Date().toISOString(),
  });
  const opensChatWith = (aadObjectId: string) => (r: { method: string; path: string; body: Record<string, unknown> }): boolean =>
    r.method === 'POST' && r.path === '/v3/conversations' && JSON.stringify(r.body['members']).includes(aadObjectId);
  const installsFor = (aadObjectId: string): number => graph.requests.filter((r) => r.method === 'POST' && r.path === `/v1.0/users/${aadObjectId}/teamwork/installedApps`).length;
  /** The Bot Connector refuses a chat with `aadObjectId` (403) until Graph has installed the app for them. */
  const notInstalled = (aadObjectId: string): void => connector.failNext(1000, 403, (r) => opensChatWith(aadObjectId)(r) && !graph.installedFor.has(aadObjectId));

  it('already installed: the chat opens and the card is sent, with no Graph call', async () => {
    const leader = randomUUID();
    const result = await deliver(leaderCard(leader), { type: 'message', text: 'Sak til nærmeste leder' }, undefined);
    expect(connector.sentTo(result.conversationId).map((a) => a['text'])).toEqual(['Sak til nærmeste leder']);
    expect(installsFor(leader)).toBe(0);
  });

  it('not installed: installs the app through Graph with the catalog id, waits for the chat, and sends', async () => {
    const leader = randomUUID();
    notInstalled(leader);
    const result = await deliver(leaderCard(leader), { type: 'message', text: 'Sak til nærmeste leder' }, undefined);
    expect(installsFor(leader)).toBe(1);
    const install = graph.requests.find((r) => r.path === `/v1.0/users/${leader}/teamwork/installedApps`)!;
    expect(install.body).toEqual({ 'teamsApp@odata.bind': `${graph.url}/v1.0/appCatalogs/teamsApps/${CATALOG_ID}` });
    expect(install.authorization).toBe(`Bearer ${GraphStub.TOKEN}`);
    expect(connector.requests.filter(opensChatWith(leader)).map((r) => r.status)).toEqual([403, 200]);
    expect(connector.sentTo(result.conversationId).map((a) => a['text'])).toEqual(['Sak til nærmeste leder']);
  });

  it('install refused: a permanent failure (the requester is told), nothing sent', async () => {
    const leader = randomUUID();
    notInstalled(leader);
    graph.installRefusal = 403;
    try {
      await expect(deliver(leaderCard(leader), { type: 'message', text: 'Sak til nærmeste leder' }, undefined)).rejects.toMatchObject({ retryable: false, code: 'install-refused' });
      await expect(deliver(leaderCard(leader), { type: 'message', text: 'x' }, undefined)).rejects.toBeInstanceOf(DeliveryError);
    } finally {
      graph.installRefusal = undefined;
    }
    expect(installsFor(leader)).toBe(2);
    expect(connector.requests.filter((r) => r.method === 'POST' && r.path.includes('/activities') && JSON.stringify(r.body).includes('Sak til nærmeste leder') && r.conversationId?.includes(leader))).toEqual([]);
  });

  it('Graph unavailable: retried later by the outbox, not given up', async () => {
    const leader = randomUUID();
    notInstalled(leader);
    graph.down = true;
    try {
      await expect(deliver(leaderCard(leader), { type: 'message', text: 'x' }, undefined)).rejects.toMatchObject({ retryable: true, code: 'install-unavailable' });
    } finally {
      graph.down = false;
    }
  });

  it('the configuration needs the app credentials for it, and names the variable', () => {
    expect(() => parseConfig({ TEAMS_APP_CATALOG_ID: CATALOG_ID })).toThrow(/TEAMS_APP_CATALOG_ID/);
    const config = parseConfig({ TEAMS_APP_CATALOG_ID: CATALOG_ID, MicrosoftAppId: '3f0a8a3e-5a1b-4c9d-9e2f-7a6b5c4d3e2f', MicrosoftAppPassword: 's', MicrosoftAppTenantId: TENANT_ID });
    expect(config.appInstall).toMatchObject({ catalogAppId: CATALOG_ID, baseUrl: 'https://graph.microsoft.com/v1.0' });
    expect(parseConfig({}).appInstall).toBeUndefined();
  });
});
