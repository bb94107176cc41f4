/**
 * Nothing is lost when the bot is SIGKILLed mid-way: once with a draft waiting for the leader to be
 * confirmed, once with the case waiting for the leader's decision. Both continue after a restart.
 */
import { ConnectorStub } from '../support/connector-stub';
import { postActivity, startProcess, tempDataDir, type BotProcess } from '../support/bot-under-test';
import { actionTitled, cardOf, cardText, visibleText } from '../support/card-reader';
import { cardSubmit, personalConversationId, textMessage } from '../support/teams-activity';
import { KARI, OLE, cardInvoke, parseInvokeReply } from '../escalation/escalation-fixtures';

describe('escalation across a restart', () => {
  const connector = new ConnectorStub();
  let bot: BotProcess | undefined;

  beforeAll(async () => {
    await connector.start();
  });
  afterAll(async () => {
    await bot?.stop();
    await connector.stop();
  });

  it('continues a draft and a pending case after SIGKILL', async () => {
    const dataDir = tempDataDir();
    const env = { DATA_DIR: dataDir, ESCALATION_REMINDER_CHECK_SECONDS: '0' };
    bot = await startProcess(env);
    const kariChat = personalConversationId(KARI);
    const last = (): Record<string, unknown> => connector.sentTo(kariChat).at(-1)!;

    await postActivity(bot.url, textMessage(KARI, connector.url, 'hei'));
    await postActivity(bot.url, textMessage(KARI, connector.url, 'kan du spørre lederen min?'));
    await postActivity(bot.url, textMessage(KARI, connector.url, 'Kan jeg svare en forelder på Facebook som helsesykepleier?'));
    const sendToOle = actionTitled(cardOf(last()), 'Send til Ole Hansen');

    await bot.kill();
    bot = await startProcess(env);
    connector.clear();
    await postActivity(bot.url, cardSubmit(KARI, connector.url, sendToOle.data));
    // The leader's card goes through the durable outbox right after the turn.
    await connector.waitFor((rs) => rs.some((r) => r.method === 'POST' && r.conversationId?.startsWith('stub-conversation')));
    const oleChat = connector.requests.find((r) => r.path === '/v3/conversations')!.answeredId!;
    const leaderCard = cardOf(connector.sentTo(oleChat)[0]!);
    expect(cardText(leaderCard)).toContain('Kan jeg svare en forelder på Facebook som helsesykepleier?');
    const answer = actionTitled(leaderCard, 'Svar med kommentar');

    await bot.kill();
    bot = await startProcess(env);
    connector.clear();
    const reply = parseInvokeReply((await postActivity(bot.url, cardInvoke(OLE, connector.url, oleChat, answer.verb!, { ...answer.data, comment: 'Svar kort og henvis til telefon.' }))).body);
    expect(reply.statusCode).toBe(200);
    expect(cardText(reply.value)).toContain('Besvart');
    await connector.waitFor((rs) => rs.some((r) => r.method === 'PUT' && r.conversationId === kariChat) && connector.sentTo(kariChat).some((a) => visibleText(a).includes('Svar kort')));
    expect(connector.requests.some((r) => r.method === 'PUT' && r.conversationId === kariChat)).toBe(true);
    expect(visibleText(last())).toContain('Svar kort og henvis til telefon.');
  });
});
