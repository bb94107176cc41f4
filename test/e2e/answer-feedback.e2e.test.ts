/**
 * "Var dette nyttig?" on answer cards (issue 12, ADR 0090), end to end through HTTP: the real server, CloudAdapter
 * and SQLite, a loopback Bot Connector. One vote per person and answer (a double click, an old copy of the card
 * and a later vote are stored once), another person's vote counts on its own, the "Hva manglet?" text is scrubbed
 * before it is stored (checked on the SQLite file's bytes), the voter is never stored as their Teams or Entra id,
 * forged card data is refused, and every answer shown is counted.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { AdaptiveCardJson } from '../../cards/render-card';
import { AnswerTally } from '../../src/feedback/answer-tally';
import { AnswerVotes } from '../../src/feedback/answer-votes';
import { UnansweredLog } from '../../src/feedback/unanswered-log';
import { SqliteStore } from '../../src/storage/sqlite-store';
import type { RecordedRequest } from '../support/connector-stub';
import { postActivity } from '../support/bot-under-test';
import { useBotSession } from '../support/bot-session';
import { actionTitled, cardActions, cardOf, cardText, visibleText } from '../support/card-reader';
import { validationErrors } from '../support/card-validation';
import { cardSubmit, makeUser, personalConversationId, textMessage, type TeamsUser } from '../support/teams-activity';

type Json = Record<string, unknown>;

const QUESTION = 'kan jeg legge ut bilder av elevene pa facebook?';
/** The answer node the question gets (read from the first answer card). */
let answeredNode = '';
const ALREADY = 'Du har allerede gitt tilbakemelding på dette svaret. Takk!';

describe('feedback on answers over HTTP', () => {
  const session = useBotSession({ ESCALATION_REMINDER_CHECK_SECONDS: '0' });
  const connector = session.connector;
  let store: SqliteStore | undefined;

  const inChat = (user: TeamsUser) => (r: RecordedRequest): boolean => r.conversationId === personalConversationId(user) && r.status === 200;

  /** Sends the activity; returns what the bot did in the user's chat during the turn (posts and updates). */
  async function turn(user: TeamsUser, activity: Json): Promise<RecordedRequest[]> {
    const before = connector.requests.length;
    expect((await postActivity(session.url(), activity)).status).toBe(200);
    return connector.requests.slice(before).filter(inChat(user));
  }

  const click = (user: TeamsUser, messageId: string, data: unknown): Promise<RecordedRequest[]> => turn(user, cardSubmit(user, connector.url, data, messageId));

  /** Asks the question; returns the answer card and the id of its message. */
  async function ask(user: TeamsUser, question: string): Promise<{ card: Json; id: string }> {
    const [post] = await turn(user, textMessage(user, connector.url, question));
    const card = cardOf(post!.body);
    if (!card) throw new Error(`no card for «${question}»: ${visibleText(post!.body)}`);
    return { card, id: post!.answeredId! };
  }

  /** The bot's own store, opened beside it on the same SQLite file. */
  async function openStore(): Promise<SqliteStore> {
    store ??= await SqliteStore.open(path.join(session.bot().dataDir, 'bot.sqlite'));
    return store;
  }
  const votes = async (): Promise<AnswerVotes> => new AnswerVotes(await openStore(), () => new Date(), 180);
  afterAll(() => store?.close());

  it('asks "Var dette nyttig?" with 👍 Ja / 👎 Nei on every answer, as a valid, readable card', async () => {
    const user = makeUser('Kari Nilsen');
    await turn(user, textMessage(user, connector.url, 'hei'));
    const { card } = await ask(user, QUESTION);
    expect(cardText(card)).toMatch(/R4\.4\.\d/);
    expect(cardText(card)).toContain('Var dette nyttig?');
    const up = actionTitled(card, '👍 Ja');
    expect(up.data).toEqual({ verb: 'feedback.vote', node: expect.stringMatching(/^picture-/), vote: 'up', outcome: 'matched', question: QUESTION, inPlace: true });
    expect(actionTitled(card, '👎 Nei').data).toEqual({ ...up.data, vote: 'down' });
    expect(validationErrors(card as AdaptiveCardJson)).toEqual([]);
    answeredNode = String(up.data!['node']);
  });

  it('stores a 👍 once per person: a double click, an old copy of the card and a later 👎 change nothing; another person counts on their own', async () => {
    const kari = makeUser('Kari Nilsen');
    const ole = makeUser('Ole Hansen');
    await turn(kari, textMessage(kari, connector.url, 'hei'));
    const answer = await ask(kari, QUESTION);
    const up = actionTitled(answer.card, '👍 Ja').data;

    // A double click: two submits of the same button at once.
    const before = connector.requests.length;
    const statuses = await Promise.all([1, 2].map(async () => (await postActivity(session.url(), cardSubmit(kari, connector.url, up, answer.id))).status));
    expect(statuses).toEqual([200, 200]);
    const done = connector.requests.slice(before).filter(inChat(kari));
    const updates = done.filter((r) => r.method === 'PUT');
    expect(updates.map((r) => r.activityId)).toEqual([answer.id]);
    const thanked = cardOf(updates[0]!.body);
    expect(cardText(thanked)).toContain('Takk for tilbakemeldingen!');
    expect(cardText(thanked)).toContain(cardText(answer.card).split('\n')[0]);
    expect(cardActions(thanked).map((a) => a.title)).not.toEqual(expect.arrayContaining(['👍 Ja']));
    expect(cardActions(thanked).map((a) => a.title)).not.toEqual(expect.arrayContaining(['👎 Nei']));
    expect(validationErrors(thanked as AdaptiveCardJson)).toEqual([]);
    expect(done.filter((r) => r.method === 'POST').map((r) => visibleText(r.body))).toEqual([ALREADY]);

    // Later: an old copy of the card (replayed), and a 👎 on the same answer asked again.
    const replay = await click(kari, 'an-old-copy-of-the-answer', up);
    expect(replay.map((r) => [r.method, visibleText(r.body)])).toEqual([['POST', ALREADY]]);
    const again = await ask(kari, QUESTION);
    const down = await click(kari, again.id, actionTitled(again.card, '👎 Nei').data);
    expect(down.map((r) => [r.method, visibleText(r.body)])).toEqual([['POST', ALREADY]]);

    // Another person's vote on the same answer is theirs.
    await turn(ole, textMessage(ole, connector.url, 'hei'));
    const olesAnswer = await ask(ole, QUESTION);
    const olesVote = await click(ole, olesAnswer.id, actionTitled(olesAnswer.card, '👍 Ja').data);
    expect(olesVote.map((r) => r.method)).toEqual(['PUT']);

    const node = String(up!['node']);
    const stored = (await (await votes()).all()).filter((v) => v.nodeId === node);
    expect(stored).toHaveLength(2);
    for (const vote of stored) expect(vote).toMatchObject({ vote: 'up', outcome: 'matched', lang: 'nb', ruleIds: expect.arrayContaining([expect.stringMatching(/^R4\.4\./)]) });
    // No vote names its voter: the keys and records hold a keyed hash, never the Entra or Teams id.
    const today = new Date().toISOString().slice(0, 10);
    const listed = (await (await openStore()).read([`feedback/votes/${today}`]))[`feedback/votes/${today}`];
    const keys = (listed?.['keys'] as string[]).filter((k) => k.startsWith(`feedback/vote/${node}/`));
    expect(keys).toHaveLength(2);
    const records = JSON.stringify({ keys, items: await (await openStore()).read(keys) });
    for (const id of [kari.aadObjectId, kari.id, ole.aadObjectId, ole.id]) expect(records).not.toContain(id);
  });

  it('a 👎 asks "Hva manglet?"; the text is stored scrubbed with the vote and logged for the owner, without the asker', async () => {
    const per = makeUser('Per Olsen');
    const [menu] = await turn(per, textMessage(per, connector.url, 'meny'));
    const menuId = menu!.answeredId!;
    let card = cardOf(menu!.body);
    for (const title of ['Bilder og personvern', /kollega/i]) card = cardOf((await click(per, menuId, actionTitled(card, title).data))[0]!.body);
    expect(actionTitled(card, '👎 Nei').data).toEqual({ verb: 'feedback.vote', node: 'picture-colleagues', vote: 'down', outcome: 'menu', inPlace: true });

    const [asked] = await click(per, menuId, actionTitled(card, '👎 Nei').data);
    expect([asked!.method, asked!.activityId]).toEqual(['PUT', menuId]);
    const explainCard = cardOf(asked!.body);
    expect(cardText(explainCard)).toContain('Takk for tilbakemeldingen!');
    expect(JSON.stringify(explainCard)).toContain('"label":"Hva manglet? (valgfritt)"');
    expect(validationErrors(explainCard as AdaptiveCardJson)).toEqual([]);

    const missing = 'Hva med bilder fra julebordet? Svar til per.olsen@example.no, gjelder 15038740110';
    const [sent] = await click(per, menuId, { ...actionTitled(explainCard, 'Send').data, missing });
    expect(sent!.method).toBe('PUT');
    expect(cardText(cardOf(sent!.body))).toContain('Takk for tilbakemeldingen!');
    expect(JSON.stringify(cardOf(sent!.body))).not.toContain('Hva manglet?');

    const vote = (await (await votes()).all()).find((v) => v.nodeId === 'picture-colleagues');
    expect(vote).toMatchObject({ vote: 'down', outcome: 'menu', missing: 'Hva med bilder fra julebordet? Svar til [e-post fjernet], gjelder [fødselsnummer fjernet]' });
    const logged = (await new UnansweredLog(await openStore(), () => new Date(), 180).entries()).filter((e) => e.outcome === 'disliked');
    expect(logged).toEqual([expect.objectContaining({ nodeIds: ['picture-colleagues'], text: vote!.missing, lang: 'nb' })]);
    const bytes = sqliteBytes(session.bot().dataDir);
    expect(bytes).toContain('Hva med bilder fra julebordet?');
    for (const secret of ['per.olsen@example.no', '15038740110']) expect(bytes).not.toContain(secret);
  });

  it('a 👎 on an answer to a typed question logs that question; an answer chosen from offered choices says so', async () => {
    const sara = makeUser('Sara Mikkelsen');
    await turn(sara, textMessage(sara, connector.url, 'hei'));
    const [chosen] = await click(sara, 'the-suggestions-card', { verb: 'tree.go', node: 'picture-crowd', question: 'bilder fra 17. mai-toget?', inPlace: true });
    const card = cardOf(chosen!.body);
    expect(actionTitled(card, '👎 Nei').data).toMatchObject({ node: 'picture-crowd', outcome: 'chosen', question: 'bilder fra 17. mai-toget?' });
    await click(sara, chosen!.answeredId!, actionTitled(card, '👎 Nei').data);
    const logged = (await new UnansweredLog(await openStore(), () => new Date(), 180).entries()).filter((e) => e.outcome === 'disliked' && e.nodeIds[0] === 'picture-crowd');
    expect(logged.map((e) => e.text)).toEqual(['bilder fra 17. mai-toget?']);
  });

  it('refuses a forged node id or outcome kindly and stores nothing', async () => {
    const anne = makeUser('Anne Berg');
    await turn(anne, textMessage(anne, connector.url, 'hei'));
    const before = (await (await votes()).all()).length;
    for (const node of ['no-such-node', 'topic-pictures']) {
      const replies = await click(anne, 'forged', { verb: 'feedback.vote', node, vote: 'up', outcome: 'menu', inPlace: true });
      expect(replies.map((r) => [r.method, visibleText(r.body)])).toEqual([['POST', 'Jeg finner ikke det svaret lenger, så tilbakemeldingen ble ikke lagret. Skriv «meny» for å se temaene.']]);
    }
    const badOutcome = await click(anne, 'forged', { verb: 'feedback.vote', node: 'picture-consent', vote: 'up', outcome: 'admin' });
    expect(badOutcome.some((r) => r.method === 'PUT')).toBe(false);
    const noVote = await click(anne, 'forged', { verb: 'feedback.explain', node: 'picture-consent', outcome: 'menu', missing: 'uten 👎' });
    expect(noVote.map((r) => visibleText(r.body))).toEqual(['Jeg fant ingen «👎 Nei» fra deg på dette svaret, så teksten ble ikke lagret.']);
    expect((await (await votes()).all()).length).toBe(before);
  });

  it('asks in English when the user writes English, and counts every answer shown by how it was reached', async () => {
    const user = makeUser('Ingrid Johansen', 'en-GB');
    await turn(user, textMessage(user, connector.url, 'english'));
    const { card } = await ask(user, 'can I use my work email address for my private facebook profile?');
    expect(cardText(card)).toContain('Was this helpful?');
    expect(cardActions(card).map((a) => a.title)).toEqual(expect.arrayContaining(['👍 Yes', '👎 No']));

    const rows = await new AnswerTally(await openStore(), () => new Date(), 180).rows();
    const count = (nodeId: string, outcome: string, lang = 'nb'): number => rows.filter((r) => r.nodeId === nodeId && r.outcome === outcome && r.lang === lang).reduce((n, r) => n + r.count, 0);
    expect(count(answeredNode, 'matched')).toBe(4); // Kari (three times: tests 1 and 2) and Ole
    expect(count('picture-colleagues', 'menu')).toBe(1);
    expect(count('picture-crowd', 'chosen')).toBe(1);
    expect(rows.some((r) => r.lang === 'en' && r.outcome === 'matched')).toBe(true);
    expect(JSON.stringify(rows)).not.toMatch(/Kari|Ole|29:|aad/);
  });
});

function sqliteBytes(dataDir: string): string {
  return readdirSync(dataDir)
    .filter((f) => f.startsWith('bot.sqlite'))
    .map((f) => readFileSync(path.join(dataDir, f)).toString('utf8'))
    .join('');
}
