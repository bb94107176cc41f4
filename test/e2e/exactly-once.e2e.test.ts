/**
 * Exactly once, by construction (issue 9): a double click on "Send", a bot killed with SIGKILL in the middle
 * of a Send and the Send pressed again, and forged card data never give a second case or registration, a
 * second leader card or IT card, or a case in the hands of someone who is not the requester's leader.
 */
import { ConnectorStub, type RecordedRequest } from '../support/connector-stub';
import { postActivity, startInProcess, startProcess, tempDataDir, type BotProcess } from '../support/bot-under-test';
import { actionTitled, cardOf, visibleText } from '../support/card-reader';
import { cardSubmit, makeUser, personalConversationId, textMessage } from '../support/teams-activity';
import { KARI, OLE, PER, cardInvoke } from '../escalation/escalation-fixtures';
import { IT_CHANNEL_ID, lastTo, say, submitStep, validChecklist, validPeople, validProfile } from '../registration/registration-driver';
import type { RunningBot } from '../../bot/app';

const kariChat = personalConversationId(KARI);
const isChannelPost = (r: RecordedRequest): boolean => r.method === 'POST' && r.path === '/v3/conversations' && r.body['isGroup'] === true;
/** Posts of the leader's card: into a chat the stub opened for Ole (createConversation) or Ole's own chat. */
const leaderCards = (connector: ConnectorStub): RecordedRequest[] =>
  connector.requests.filter((r) => r.method === 'POST' && r.path.includes('/activities') && r.conversationId !== kariChat && JSON.stringify(r.body).includes('escalation.approve'));
const settle = (ms = 400): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Kari describes a case and gets the leader choice card; returns the "Send til Ole Hansen" data. */
async function draftCase(url: string, connector: ConnectorStub, description: string): Promise<Record<string, unknown>> {
  await postActivity(url, textMessage(KARI, connector.url, 'spør leder'));
  await postActivity(url, textMessage(KARI, connector.url, description));
  return actionTitled(cardOf(connector.sentTo(kariChat).at(-1)!), 'Send til Ole Hansen').data!;
}

async function fillRegistration(url: string, connector: ConnectorStub, user: ReturnType<typeof makeUser>): Promise<Record<string, unknown>> {
  await say(url, connector, user, 'registrer profil');
  await submitStep(url, connector, user, 'profile', validProfile);
  await submitStep(url, connector, user, 'people', validPeople);
  await submitStep(url, connector, user, 'checklist', validChecklist);
  return actionTitled(cardOf(lastTo(connector, user)), /^Send/).data!;
}

describe('exactly once: double clicks and forged card data', () => {
  const connector = new ConnectorStub();
  let bot: RunningBot;
  const it1 = makeUser('Ingrid Johansen');

  beforeAll(async () => {
    await connector.start();
    bot = await startInProcess({ IT_CHANNEL_ID, IT_CHANNEL_SERVICE_URL: connector.url, IT_MEMBER_AAD_IDS: it1.aadObjectId, ESCALATION_REMINDER_CHECK_SECONDS: '0' });
  });
  afterAll(async () => {
    await bot.stop();
    await connector.stop();
  });

  it('two "Send til Ole Hansen" clicks at once open one case and send one leader card', async () => {
    const send = await draftCase(bot.url, connector, 'Kan jeg legge ut bildet fra ungdomsklubben?');
    connector.clear();
    const answers = await Promise.all([1, 2].map(() => postActivity(bot.url, cardSubmit(KARI, connector.url, send))));
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    await connector.waitFor(() => leaderCards(connector).length >= 1);
    await settle();
    expect(leaderCards(connector)).toHaveLength(1);
    const told = connector.sentTo(kariChat).map(visibleText);
    expect(told.filter((t) => t.startsWith('Saken er sendt til Ole Hansen'))).toHaveLength(1);
    await postActivity(bot.url, textMessage(KARI, connector.url, 'mine saker'));
    expect(visibleText(connector.sentTo(kariChat).at(-1)!)).toContain('Viser 1–1 av 1');
  });

  it('a forged Send naming a colleague as the leader is refused, and no case is opened', async () => {
    const send = await draftCase(bot.url, connector, 'Kan jeg dele et innlegg fra et politisk parti?');
    connector.clear();
    await postActivity(bot.url, cardSubmit(KARI, connector.url, { ...send, leaderId: PER.aadObjectId }));
    expect(visibleText(connector.sentTo(kariChat).at(-1)!)).toContain('Velg en fra listen');
    await settle();
    expect(connector.requests.filter((r) => r.conversationId !== kariChat)).toHaveLength(0);
    // Per cannot decide anything either: there is no case for him.
    await postActivity(bot.url, textMessage(PER, connector.url, 'mine saker'));
    expect(visibleText(connector.sentTo(personalConversationId(PER)).at(-1)!)).not.toContain('Kari Nilsen');
  });

  it('a forged re-send of a decided case is refused with a clear message', async () => {
    await postActivity(bot.url, textMessage(OLE, connector.url, 'mine saker'));
    const caseId = (actionTitled(cardOf(connector.sentTo(personalConversationId(OLE)).at(-1)!), /Vis/).data as { caseId: string }).caseId;
    const oleChat = personalConversationId(OLE);
    await postActivity(bot.url, cardInvoke(OLE, connector.url, oleChat, 'escalation.reject', { caseId }));
    connector.clear();
    await postActivity(bot.url, cardSubmit(KARI, connector.url, { verb: 'escalation.send', pick: true, pickedLeaderId: '1a111111-1111-4111-8111-000000000006', caseId }));
    expect(visibleText(connector.sentTo(kariChat).at(-1)!)).toContain('kan ikke sendes på nytt');
    await settle();
    expect(leaderCards(connector)).toHaveLength(0);
  });

  it('two "Send til IT" clicks at once make one registration and one IT card; a later click on the old card says what it became', async () => {
    const user = makeUser('Dobbel Klikk');
    const send = await fillRegistration(bot.url, connector, user);
    connector.clear();
    await Promise.all([1, 2].map(() => postActivity(bot.url, cardSubmit(user, connector.url, send))));
    await connector.waitFor((rs) => rs.some(isChannelPost));
    await settle();
    expect(connector.requests.filter(isChannelPost)).toHaveLength(1);
    const refs = new Set(connector.sentTo(personalConversationId(user)).flatMap((a) => /SOME-\d{4}-\d{4}/.exec(visibleText(a)) ?? []));
    expect(refs.size).toBe(1);
    const [ref] = [...refs];
    await postActivity(bot.url, cardSubmit(user, connector.url, send));
    expect(visibleText(lastTo(connector, user))).toContain(`allerede sendt som ${ref}`);
    expect(visibleText(lastTo(connector, user))).not.toContain('Steg 1 av 3');
  });
});

describe('exactly once: SIGKILL in the middle of a Send', () => {
  const connector = new ConnectorStub();
  let bot: BotProcess | undefined;

  beforeAll(async () => {
    await connector.start();
  });
  afterEach(async () => {
    await bot?.stop();
    bot = undefined;
  });
  afterAll(async () => {
    await connector.stop();
  });

  it('escalation: killed while answering Send, restarted, Send again: one case, delivered once', async () => {
    const env = { DATA_DIR: tempDataDir(), ESCALATION_REMINDER_CHECK_SECONDS: '0', OUTBOX_RETRY_BASE_MS: '50', OUTBOX_POLL_MS: '50' };
    bot = await startProcess(env);
    const send = await draftCase(bot.url, connector, 'Kan jeg svare en forelder på Facebook som helsesykepleier?');
    connector.clear();
    // The bot's answer to Kari hangs: the Send turn is in the middle of its work when the process is killed.
    connector.hangNext(1, (r) => r.path.includes(encodeURIComponent(kariChat)));
    void postActivity(bot.url, cardSubmit(KARI, connector.url, send)).catch(() => undefined);
    await connector.waitFor((rs) => rs.some((r) => r.status === 0) && leaderCards(connector).length === 1);
    await settle(200); // the leader card was accepted and recorded; the Send turn itself is still hanging
    await bot.kill();
    bot = await startProcess(env);
    await postActivity(bot.url, cardSubmit(KARI, connector.url, send));
    expect(visibleText(connector.sentTo(kariChat).at(-1)!)).toContain('allerede sendt til Ole Hansen');
    await connector.waitFor(() => leaderCards(connector).length >= 1);
    await settle(600);
    expect(leaderCards(connector)).toHaveLength(1);
    await postActivity(bot.url, textMessage(KARI, connector.url, 'mine saker'));
    expect(visibleText(connector.sentTo(kariChat).at(-1)!)).toContain('Viser 1–1 av 1');
  });

  it('escalation: killed before the leader card was delivered: the outbox delivers it after the restart, once', async () => {
    // A short send timeout, so the killed process's lease on the item runs out soon (lease = 2 × timeout).
    const env = { DATA_DIR: tempDataDir(), ESCALATION_REMINDER_CHECK_SECONDS: '0', OUTBOX_RETRY_BASE_MS: '50', OUTBOX_POLL_MS: '50', OUTBOX_SEND_TIMEOUT_MS: '1000' };
    bot = await startProcess(env);
    const send = await draftCase(bot.url, connector, 'Kan jeg dele bilder fra sykehjemmets julebord?');
    connector.clear();
    connector.hangNext(1, (r) => r.path === '/v3/conversations');
    await postActivity(bot.url, cardSubmit(KARI, connector.url, send));
    await connector.waitFor((rs) => rs.some((r) => r.status === 0));
    await bot.kill();
    expect(leaderCards(connector)).toHaveLength(0);
    bot = await startProcess(env);
    await connector.waitFor(() => leaderCards(connector).length >= 1, 15_000);
    await settle(600);
    expect(leaderCards(connector)).toHaveLength(1);
  });

  it('registration: killed while answering Send, restarted, Send again: one record, one IT card', async () => {
    const user = makeUser('Avbrutt Sending');
    const env = { DATA_DIR: tempDataDir(), IT_CHANNEL_ID, IT_CHANNEL_SERVICE_URL: connector.url, OUTBOX_RETRY_BASE_MS: '50', OUTBOX_POLL_MS: '50' };
    bot = await startProcess(env);
    const send = await fillRegistration(bot.url, connector, user);
    connector.clear();
    connector.hangNext(1, (r) => r.path.includes(encodeURIComponent(personalConversationId(user))));
    void postActivity(bot.url, cardSubmit(user, connector.url, send)).catch(() => undefined);
    await connector.waitFor((rs) => rs.some((r) => r.status === 0) && rs.some(isChannelPost));
    await settle(200);
    await bot.kill();
    bot = await startProcess(env);
    await postActivity(bot.url, cardSubmit(user, connector.url, send));
    await settle(600);
    expect(connector.requests.filter(isChannelPost)).toHaveLength(1);
    expect(visibleText(lastTo(connector, user))).toMatch(/SOME-\d{4}-0001/);
    await say(bot.url, connector, user, 'mine registreringer');
    expect(visibleText(lastTo(connector, user))).toContain('Viser 1–1 av 1');
  });
});
