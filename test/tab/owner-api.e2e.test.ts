/**
 * The owner tab's API on the running bot (issue 12, item 3), after a scripted day of questions through the bot's
 * HTTP endpoint: 401 without or with a bad token, 403 for a valid user outside the owner group (an IT member is not
 * an owner), 200 with the aggregates for an owner (group or listed object id); the CSV parts; the review-queue
 * button's route round trip (201, idempotent, refused for unknown nodes, non-owners and non-JSON bodies). Local mode
 * answers this machine without a token. Tokens are signed by a loopback "tenant" (test JWKS).
 */
import path from 'node:path';
import { startBot, type RunningBot } from '../../bot/app';
import type { OwnerReport } from '../../src/feedback/owner-report';
import { ReviewQueue } from '../../src/feedback/review-queue';
import { parseConfig } from '../../src/config/config-schema';
import { createLogger } from '../../src/logging/logger';
import { SqliteStore } from '../../src/storage/sqlite-store';
import { startInProcess, tempDataDir } from '../support/bot-under-test';
import { ConnectorStub } from '../support/connector-stub';
import { DAY, scriptedDay, type DayFacts } from '../support/owner-day';
import { NOW, OTHER_USER, SSO_TENANT, SsoFixture, ssoEnv } from './support/sso-fixture';

const OWNER_GROUP = 'dddddddd-eeee-4fff-8aaa-bbbbbbbbbbbb';
const LISTED_OWNER = '9b2c6a10-0000-4000-8000-0000000000aa';

describe('owner tab API', () => {
  const fixture = new SsoFixture();
  const connector = new ConnectorStub();
  const dataDir = tempDataDir();
  let bot: RunningBot;
  let day: DayFacts;

  beforeAll(async () => {
    await Promise.all([fixture.start(), connector.start()]);
    const config = parseConfig({ PORT: '0', LOG_LEVEL: 'silent', DATA_DIR: dataDir, ESCALATION_REMINDER_CHECK_SECONDS: '0', ...ssoEnv(fixture), OWNER_GROUP_ID: OWNER_GROUP, OWNER_MEMBER_AAD_IDS: LISTED_OWNER });
    bot = await startBot(config, createLogger('silent'), { now: () => NOW });
    day = await scriptedDay(bot.url, connector, SSO_TENANT);
  }, 90_000);
  afterAll(async () => {
    await bot?.stop();
    await Promise.all([fixture.stop(), connector.stop()]);
  });

  const ownerToken = (): Promise<string> => fixture.token({ oid: OTHER_USER, groups: [OWNER_GROUP] });
  const get = async (path: string, token?: string): Promise<Response> => fetch(`${bot.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const post = async (body: unknown, token?: string, type = 'application/json'): Promise<Response> =>
    fetch(`${bot.url}/api/tab/owner/review-queue`, { method: 'POST', headers: { 'content-type': type, ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });

  it('refuses no token and a bad token with 401, and an IT member who is no owner with 403', async () => {
    for (const token of [undefined, await fixture.token({ groups: [OWNER_GROUP], expiresIn: -600 }), await fixture.token({ groups: [OWNER_GROUP], foreignKey: true })]) {
      const response = await get('/api/tab/owner/report', token);
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer');
      expect(await response.json()).toEqual({ code: 'unauthenticated', message: 'Du er ikke logget inn, eller innloggingen er utløpt. Åpne fanen i Teams på nytt.' });
    }
    const it = await get('/api/tab/owner/report', await fixture.token());
    expect(it.status).toBe(403);
    expect(await it.json()).toEqual({ code: 'forbidden', message: 'Tilbakemeldingene er bare for eierne av retningslinjene. Du er ikke med i eiergruppen.' });
    expect((await get('/api/tab/owner/report.csv', await fixture.token())).status).toBe(403);
    expect((await get('/api/tab/owner/report.csv')).status).toBe(401);
  });

  it("shows an owner the day's aggregates: answers by how they were reached, votes, failed and out-of-scope questions", async () => {
    const response = await get('/api/tab/owner/report?days=7', await ownerToken());
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const { report } = (await response.json()) as { report: OwnerReport };
    const answered = report.answers.find((a) => a.nodeId === day.answeredNode)!;
    expect(answered).toMatchObject({ up: 1, down: 1, missing: ['Hva med bilder fra skoleavslutningen? Ring meg på [telefonnummer fjernet]'] });
    expect(answered.answered.matched).toBe(2);
    expect(answered.ruleIds.length).toBeGreaterThan(0);
    expect(report.answers.find((a) => a.nodeId === day.chosenNode)!.answered.chosen).toBe(1);
    expect(report.answers.find((a) => a.nodeId === 'picture-colleagues')!.answered.menu).toBeGreaterThanOrEqual(1);

    const failedTexts = report.failed.flatMap((g) => g.questions.map((q) => [g.nodeId, q.text, q.outcome]));
    expect(failedTexts).toEqual(
      expect.arrayContaining([
        [day.offeredNodes[0], day.askedBack, 'asked-back'],
        [day.answeredNode, DAY.answered, 'disliked'],
        [expect.anything(), DAY.notCovered, 'not-covered'],
      ]),
    );
    expect(report.outOfScope[0]).toMatchObject({ word: 'ferie', questions: [{ text: DAY.outOfScope[0] }, { text: DAY.outOfScope[1] }] });
    expect(JSON.stringify(report)).not.toMatch(/Kari|Ole|Per Olsen|912 34 567/);
  });

  it('lets a listed owner (OWNER_MEMBER_AAD_IDS) in without the group', async () => {
    expect((await get('/api/tab/owner/report', await fixture.token({ oid: LISTED_OWNER, groups: [] }))).status).toBe(200);
  });

  it('exports each part as CSV', async () => {
    const token = await ownerToken();
    const answers = await get('/api/tab/owner/report.csv?part=answers&days=30', token);
    expect(answers.headers.get('content-type')).toContain('text/csv');
    expect(answers.headers.get('content-disposition')).toBe('attachment; filename="tilbakemeldinger-answers.csv"');
    const answersCsv = await answers.text();
    expect(answersCsv.split('\r\n')[0]).toBe('Node;Svar;Regler;Direkte treff;Valgt blant forslag;Via menyen;Totalt;Nyttig (👍);Ikke nyttig (👎);Hva manglet?');
    expect(answersCsv).toContain(`${day.answeredNode};`);
    const outOfScope = await (await get('/api/tab/owner/report.csv?part=out-of-scope', token)).text();
    expect(outOfScope).toContain(`ferie;${DAY.outOfScope[0]};`);
    const failed = await (await get('/api/tab/owner/report.csv?part=failed', token)).text();
    expect(failed).toContain(`;${DAY.notCovered};Ikke dekket;`);
  });

  it('puts a failed question in the review queue for an owner, once, and refuses the rest', async () => {
    const token = await ownerToken();
    const proposal = { text: day.askedBack, nodeId: day.offeredNodes[0], lang: 'nb' };
    const created = await post(proposal, token);
    expect(created.status).toBe(201);
    const { item } = (await created.json()) as { item: { id: string; state: string; nodeId: string; text: string } };
    expect(item).toMatchObject({ state: 'proposed', nodeId: day.offeredNodes[0], text: day.askedBack });
    expect(((await (await post(proposal, token)).json()) as { item: { id: string } }).item.id).toBe(item.id);

    const store = await SqliteStore.open(path.join(dataDir, 'bot.sqlite'));
    try {
      expect((await new ReviewQueue(store, () => NOW).list()).map((i) => [i.id, i.nodeId, i.text])).toEqual([[item.id, day.offeredNodes[0], day.askedBack]]);
    } finally {
      store.close();
    }
    expect((await post({ ...proposal, nodeId: 'no-such-node' }, token)).status).toBe(400);
    expect((await post({ ...proposal, nodeId: 'topic-pictures' }, token)).status).toBe(400);
    expect((await post(proposal, token, 'text/plain')).status).toBe(400);
    expect((await post(proposal)).status).toBe(401);
    expect((await post(proposal, await fixture.token())).status).toBe(403);
  });
});

describe('owner tab API in local mode (no app id, no SSO)', () => {
  it('answers this machine without a token, and the page says it is local mode', async () => {
    const bot = await startInProcess({});
    try {
      const response = await fetch(`${bot.url}/api/tab/owner/report`);
      expect(response.status).toBe(200);
      expect(((await response.json()) as { report: OwnerReport }).report.answers.length).toBeGreaterThan(10);
      expect(await (await fetch(`${bot.url}/tab/owner`)).text()).toContain('Lokal modus.');
    } finally {
      await bot.stop();
    }
  });
});
