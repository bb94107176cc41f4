/**
 * Escalation end to end over HTTP, against the loopback Bot Connector: Kari raises a case, Ole (her leader in
 * dev/org-directory.yaml) gets the card in a new 1:1 chat, approves with a comment, and Kari is told and her
 * copy of the card updates. Another user's approve is refused (403); a replayed approve changes nothing.
 */
import { ConnectorStub, type RecordedRequest } from '../support/connector-stub';
import { postActivity, startInProcess } from '../support/bot-under-test';
import { actionTitled, cardOf, cardText, visibleText } from '../support/card-reader';
import { cardSubmit, personalConversationId, textMessage } from '../support/teams-activity';
import { KARI, OLE, PER, cardInvoke, parseInvokeReply } from '../escalation/escalation-fixtures';
import type { RunningBot } from '../../bot/app';

describe('escalation to the nearest leader', () => {
  const connector = new ConnectorStub();
  let bot: RunningBot;
  const kariChat = personalConversationId(KARI);
  const lastToKari = (): Record<string, unknown> => connector.sentTo(kariChat).at(-1)!;

  beforeAll(async () => {
    await connector.start();
    bot = await startInProcess();
  });
  afterAll(async () => {
    await bot.stop();
    await connector.stop();
  });

  it('goes from the employee to the leader and back', async () => {
    await postActivity(bot.url, textMessage(KARI, connector.url, 'hei'));
    await postActivity(bot.url, textMessage(KARI, connector.url, 'spør leder'));
    expect(visibleText(lastToKari())).toContain('Spør nærmeste leder');

    await postActivity(bot.url, cardSubmit(KARI, connector.url, { verb: 'escalation.describe', description: 'Kan jeg legge ut bildet fra ungdomsklubben?', link: '' }));
    const choice = cardOf(lastToKari());
    expect(cardText(choice)).toContain('Nærmeste leder: Ole Hansen');
    const sendToOle = actionTitled(choice, 'Send til Ole Hansen');

    connector.clear();
    await postActivity(bot.url, cardSubmit(KARI, connector.url, sendToOle.data));
    // The leader's card goes through the durable outbox, right after the turn.
    await connector.waitFor((rs) => rs.some((r) => r.method === 'POST' && r.conversationId?.startsWith('stub-conversation') && r.path.includes('/activities')));
    const created = connector.requests.find((r) => r.method === 'POST' && r.path === '/v3/conversations');
    expect(created?.body['members']).toEqual([expect.objectContaining({ id: OLE.aadObjectId })]);
    const oleChat = created!.answeredId!;
    const leaderCard = cardOf(connector.sentTo(oleChat)[0]!);
    expect(cardText(leaderCard)).toContain('Kari Nilsen');
    expect(cardText(leaderCard)).toContain('Kan jeg legge ut bildet fra ungdomsklubben?');
    expect(cardText(leaderCard)).toContain('Historikk');
    expect(JSON.stringify(leaderCard)).toContain('R5.2.9');
    const approve = actionTitled(leaderCard, 'Godkjent');
    const kariCopy = connector.requests.filter((r) => r.conversationId === kariChat && r.method === 'POST').at(-1)!;
    expect(cardText(cardOf(kariCopy.body))).toContain('Venter på svar');

    // Someone else presses "Godkjent": refused, nothing changes.
    const refused = await postActivity(bot.url, cardInvoke(PER, connector.url, oleChat, approve.verb!, { ...approve.data, comment: 'ja' }));
    const refusedReply = parseInvokeReply(refused.body);
    expect(refusedReply.statusCode).toBe(403);
    expect(refusedReply.type).toBe('application/vnd.microsoft.error');

    connector.clear();
    const approved = await postActivity(bot.url, cardInvoke(OLE, connector.url, oleChat, approve.verb!, { ...approve.data, comment: 'Ja, med samtykke fra foreldrene.' }));
    await connector.waitFor((rs) => rs.some((r) => r.method === 'PUT' && r.conversationId === kariChat) && connector.sentTo(kariChat).some((a) => visibleText(a).includes('har avgjort')));
    const reply = parseInvokeReply(approved.body);
    expect(reply.statusCode).toBe(200);
    expect(cardText(reply.value)).toContain('Status: Godkjent');
    expect(cardText(reply.value)).toContain('Historikk');
    const update = connector.requests.find((r: RecordedRequest) => r.method === 'PUT' && r.conversationId === kariChat);
    expect(update?.activityId).toBe(kariCopy.answeredId);
    expect(cardText(cardOf(update!.body))).toContain('Status: Godkjent');
    expect(visibleText(lastToKari())).toContain('Ole Hansen har avgjort saken din: Godkjent');
    expect(visibleText(lastToKari())).toContain('Ja, med samtykke fra foreldrene.');
    const requestsAfterDecision = connector.requests.length;

    // A replay of the same approve (and a late reject) shows the current state and changes nothing.
    const replay = parseInvokeReply((await postActivity(bot.url, cardInvoke(OLE, connector.url, oleChat, approve.verb!, { ...approve.data, comment: 'endret' }))).body);
    expect(replay.statusCode).toBe(200);
    expect(cardText(replay.value)).toContain('Ja, med samtykke fra foreldrene.');
    expect(cardText(replay.value)).not.toContain('endret');
    const lateReject = parseInvokeReply((await postActivity(bot.url, cardInvoke(OLE, connector.url, oleChat, 'escalation.reject', approve.data!))).body);
    expect(cardText(lateReject.value)).toContain('Status: Godkjent');
    expect(connector.requests.length).toBe(requestsAfterDecision);

    // «mine saker» lists it for both.
    await postActivity(bot.url, textMessage(KARI, connector.url, 'mine saker'));
    expect(visibleText(lastToKari())).toContain('Godkjent · Ole Hansen');
  });

  it("takes the topic and rule ids of the answer card's hand-off button to the leader", async () => {
    await postActivity(bot.url, cardSubmit(KARI, connector.url, { verb: 'tree.go', node: 'picture-consent' }));
    const handoff = actionTitled(cardOf(lastToKari()), 'Spør nærmeste leder');
    expect(handoff.data).toEqual({ verb: 'handoff', kind: 'escalation', node: 'picture-consent' });
    await postActivity(bot.url, cardSubmit(KARI, connector.url, handoff.data));
    expect(cardText(cardOf(lastToKari()))).toMatch(/Regler: R4\.4\.4.*R5\.2\.9/);
    await postActivity(bot.url, cardSubmit(KARI, connector.url, { verb: 'escalation.describe', description: 'Gjelder samtykket også for bilder fra leirskolen?' }));
    const sendToOle = actionTitled(cardOf(lastToKari()), 'Send til Ole Hansen');
    connector.clear();
    await postActivity(bot.url, cardSubmit(KARI, connector.url, sendToOle.data));
    await connector.waitFor((rs) => rs.some((r) => r.method === 'POST' && r.conversationId?.startsWith('stub-conversation') && r.path.includes('/activities')));
    // Ole's chat was opened for the first case and is remembered: the second card goes into it.
    const oleChat = connector.requests.find((r) => r.method === 'POST' && r.conversationId?.startsWith('stub-conversation'))!.conversationId!;
    expect(connector.requests.some((r) => r.path === '/v3/conversations')).toBe(false);
    const leaderCard = JSON.stringify(cardOf(connector.sentTo(oleChat)[0]!));
    expect(leaderCard).toMatch(/R4\.4\.4.*R5\.2\.9/);
    expect(leaderCard).toContain('"title":"Tema"');
  });

  it("uses the leader's existing chat, and the requester can withdraw a pending case", async () => {
    const oleChat = personalConversationId(OLE);
    await postActivity(bot.url, textMessage(OLE, connector.url, 'mine saker'));
    expect(visibleText(connector.sentTo(oleChat).at(-1)!)).toContain('Godkjent');
    expect(visibleText(connector.sentTo(oleChat).at(-1)!)).toContain('Sakene dine');

    await postActivity(bot.url, textMessage(KARI, connector.url, 'jeg er usikker'));
    await postActivity(bot.url, textMessage(KARI, connector.url, 'Kan jeg dele et innlegg fra et politisk parti?'));
    const sendToOle = actionTitled(cardOf(lastToKari()), 'Send til Ole Hansen');
    connector.clear();
    await postActivity(bot.url, cardSubmit(KARI, connector.url, sendToOle.data));
    await connector.waitFor((rs) => rs.some((r) => r.method === 'POST' && r.conversationId === oleChat));
    expect(connector.requests.some((r) => r.path === '/v3/conversations')).toBe(false);
    const leaderPost = connector.requests.find((r) => r.method === 'POST' && r.conversationId === oleChat)!;
    expect(cardText(cardOf(leaderPost.body))).toContain('Kan jeg dele et innlegg fra et politisk parti?');

    const kariCopy = cardOf(lastToKari());
    const withdraw = actionTitled(kariCopy, 'Trekk saken');
    const notHers = parseInvokeReply((await postActivity(bot.url, cardInvoke(OLE, connector.url, oleChat, withdraw.verb!, withdraw.data!))).body);
    expect(notHers.statusCode).toBe(403);
    const withdrawn = parseInvokeReply((await postActivity(bot.url, cardInvoke(KARI, connector.url, kariChat, withdraw.verb!, withdraw.data!))).body);
    expect(cardText(withdrawn.value)).toContain('Status: Trukket');
    await connector.waitFor((rs) => rs.some((r) => r.method === 'PUT' && r.conversationId === oleChat));
    const leaderUpdate = connector.requests.find((r) => r.method === 'PUT' && r.conversationId === oleChat);
    expect(leaderUpdate?.activityId).toBe(leaderPost.answeredId);
    expect(cardText(cardOf(leaderUpdate!.body))).toContain('Kari Nilsen: trakk saken');
  });
});
