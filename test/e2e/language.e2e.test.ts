/**
 * Language over HTTP (issue 11, item 1; ADR 0070): Bokmål is the default whatever the Teams client's locale;
 * the bot switches only when the user writes English or asks. A card action is answered in the language of the
 * person who acts, and the other person's copy of a card keeps theirs.
 */
import { postActivity } from '../support/bot-under-test';
import { useBotSession } from '../support/bot-session';
import { actionTitled, cardActions, cardOf, cardText, visibleText } from '../support/card-reader';
import { cardSubmit, personalConversationId, textMessage, type TeamsUser } from '../support/teams-activity';
import { KARI, OLE, cardInvoke, parseInvokeReply } from '../escalation/escalation-fixtures';

const inEnglishTeams = (user: TeamsUser): TeamsUser => ({ ...user, locale: 'en-US' });

describe('language: Bokmål unless the user writes English', () => {
  const session = useBotSession();
  const connector = session.connector;
  const sara = inEnglishTeams({ ...KARI, id: '29:1a111111-1111-4111-8111-000000000005', aadObjectId: '1a111111-1111-4111-8111-000000000005', name: 'Sara Mikkelsen' });
  const kari = inEnglishTeams(KARI);
  const ole = inEnglishTeams(OLE);
  const kariChat = personalConversationId(kari);

  const say = (user: TeamsUser, text: string): Promise<Record<string, unknown>[]> => session.turn(user, textMessage(user, connector.url, text));

  it('"hei" from an en-US Teams client gets the Bokmål welcome', async () => {
    const [welcome] = await say(sara, 'hei');
    expect(cardText(cardOf(welcome!))).toContain('Hei! Jeg kan svare på spørsmål');
    expect(cardActions(cardOf(welcome!)).map((a) => a.title)).toContain('Bilder og personvern');
    const [menu] = await say(sara, 'meny');
    expect(cardText(cardOf(menu!))).toContain('Hva gjelder spørsmålet ditt?');
  });

  it('"hello" and an English question switch to English; "norsk" switches back', async () => {
    expect(cardText(cardOf((await say(sara, 'hello'))[0]!))).toContain("Hi! I answer questions");
    expect(visibleText((await say(sara, 'norsk'))[0]!)).toBe('Greit, jeg svarer på bokmål.');
    expect(cardText(cardOf((await say(sara, 'meny'))[0]!))).toContain('Hva gjelder spørsmålet ditt?');
  });

  it("the leader's card stays Bokmål when a leader with an English client decides; the requester's copy stays English", async () => {
    await say(ole, 'mine saker'); // Ole's chat is known (as when he installed the app)
    await say(kari, 'hi');
    await say(kari, 'ask my leader');
    expect(visibleText(connector.sentTo(kariChat).at(-1)!)).toContain('Ask my nearest leader');
    await postActivity(session.url(), cardSubmit(kari, connector.url, { verb: 'escalation.describe', description: 'Can I post the picture from the youth club on our page?' }));
    const sendToOle = actionTitled(cardOf(connector.sentTo(kariChat).at(-1)!), 'Send to Ole Hansen');
    await postActivity(session.url(), cardSubmit(kari, connector.url, sendToOle.data));
    const oleChat = personalConversationId(ole);
    await connector.waitFor(() => connector.sentTo(oleChat).some((a) => cardText(cardOf(a)).includes('Sak til nærmeste leder')));
    const leaderCard = cardOf(connector.sentTo(oleChat).find((a) => cardText(cardOf(a)).includes('Sak til nærmeste leder'))!);
    const approve = actionTitled(leaderCard, 'Godkjent');

    const reply = parseInvokeReply((await postActivity(session.url(), cardInvoke(ole, connector.url, oleChat, approve.verb!, { ...approve.data, comment: 'Ja.' }))).body);
    expect(reply.statusCode).toBe(200);
    expect(cardText(reply.value)).toContain('Sak til nærmeste leder');
    expect(cardText(reply.value)).toContain('Status: Godkjent');
    expect(cardText(reply.value)).not.toMatch(/Approved|Case for the nearest leader/);

    await connector.waitFor((rs) => rs.some((r) => r.method === 'PUT' && r.conversationId === kariChat));
    const kariCopy = connector.requests.find((r) => r.method === 'PUT' && r.conversationId === kariChat)!;
    expect(cardText(cardOf(kariCopy.body))).toContain('Case for the nearest leader');
    expect(cardText(cardOf(kariCopy.body))).toContain('Status: Approved');
  });
});
