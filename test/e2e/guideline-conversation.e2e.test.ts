/**
 * End to end through HTTP, the way Teams talks to the bot: the real restify server and CloudAdapter on a
 * loopback port, SQLite storage, and a loopback Bot Connector that records what the bot sends.
 */
import { ConnectorStub } from '../support/connector-stub';
import { postActivity, startInProcess } from '../support/bot-under-test';
import { actionTitled, cardActions, cardOf, cardText, visibleText } from '../support/card-reader';
import { botInstalled, cardSubmit, makeUser, personalConversationId, textMessage, type TeamsUser } from '../support/teams-activity';

type Json = Record<string, unknown>;

describe('guideline conversation over HTTP', () => {
  const connector = new ConnectorStub();
  let bot: Awaited<ReturnType<typeof startInProcess>>;

  beforeAll(async () => {
    await connector.start();
    bot = await startInProcess();
  });
  afterAll(async () => {
    await bot.stop();
    await connector.stop();
  });

  /** Sends one activity and returns what the bot sent back into the user's conversation during that turn. */
  async function turn(user: TeamsUser, activity: Json): Promise<Json[]> {
    const before = connector.sentTo(personalConversationId(user)).length;
    const response = await postActivity(bot.url, activity);
    expect(response.status).toBe(200);
    return connector.sentTo(personalConversationId(user)).slice(before);
  }

  async function say(user: TeamsUser, text: string): Promise<Json[]> {
    return turn(user, textMessage(user, connector.url, text));
  }

  async function click(user: TeamsUser, card: Json | undefined, title: string | RegExp): Promise<Json[]> {
    const action = actionTitled(card, title);
    return turn(user, cardSubmit(user, connector.url, action.data));
  }

  it('welcomes the user when the bot is installed, with the topic menu', async () => {
    const user = makeUser('Kari Nilsen');
    const replies = await turn(user, botInstalled(user, connector.url));
    expect(replies).toHaveLength(1);
    const card = cardOf(replies[0]!);
    expect(cardText(card)).toMatch(/retningslinjer for sosiale medier/i);
    expect(cardActions(card).length).toBeGreaterThanOrEqual(5);
    expect(cardActions(card).map((a) => a.title)).toContain('Bilder og personvern');
  });

  it('walks menu → topic → answer by clicking the cards, and the answer quotes the rule with its citation', async () => {
    const user = makeUser('Ole Hansen');
    let replies = await say(user, 'meny');
    let card = cardOf(replies[0]!);
    replies = await click(user, card, 'Bilder og personvern');
    card = cardOf(replies[0]!);
    expect(cardText(card)).toContain('Retningslinjer for sosiale medier, punkt 4.4');
    // Keep taking the first option until an answer card arrives (at most three levels).
    for (let depth = 0; depth < 3 && !cardText(card).includes('Slik står det i retningslinjene'); depth++) {
      const first = cardActions(card).find((a) => a.data?.['verb'] === 'tree.go');
      replies = await turn(user, cardSubmit(user, connector.url, first!.data));
      card = cardOf(replies[0]!);
    }
    const text = cardText(card);
    expect(text).toContain('Slik står det i retningslinjene');
    expect(text).toMatch(/R4\.4\.\d/);
    expect(text).toContain('Retningslinjer for sosiale medier, punkt 4.4');
    expect(cardActions(card).map((a) => a.title)).toEqual(expect.arrayContaining(['Tilbake', 'Start på nytt', 'Spør nærmeste leder']));

    replies = await click(user, card, 'Tilbake');
    expect(cardText(cardOf(replies[0]!))).toContain('punkt 4.4');
    replies = await click(user, cardOf(replies[0]!), 'Start på nytt');
    expect(cardActions(cardOf(replies[0]!)).map((a) => a.title)).toContain('Bilder og personvern');
  });

  it('answers a free-text question without æ/ø/å with the consent rule, in the document\'s wording', async () => {
    const user = makeUser('Sara Mikkelsen');
    await say(user, 'hei');
    const replies = await say(user, 'kan jeg legge ut bilder av elevene pa facebook?');
    const text = visibleText(replies[0]!);
    expect(text).toContain('R4.4.4');
    expect(text).toContain('skriftlig samtykke');
    expect(text).toContain('Retningslinjer for sosiale medier, punkt 4.4');
  });

  it('answers in English for an English Teams locale, citing "Social media guidelines, section …"', async () => {
    const user = makeUser('Per Olsen', 'en-GB');
    await say(user, 'hi');
    const replies = await say(user, 'can I use my work email address for my private facebook profile?');
    const text = visibleText(replies[0]!);
    expect(text).toContain('R5.2.5');
    expect(text).toContain('Social media guidelines, section 5.2');
  });

  it('says honestly when the guidelines do not cover a question, and points to R5.2.8', async () => {
    const user = makeUser('Anne Berg');
    await say(user, 'hei');
    const replies = await say(user, 'hvordan bytter jeg passord på pc-en?');
    const text = visibleText(replies[0]!);
    expect(text).toContain('Det finner jeg ikke i retningslinjene');
    expect(text).toContain('R5.2.8');
    expect(cardActions(cardOf(replies[0]!)).map((a) => a.title)).toContain('Vis temaene');
  });

  it('a 20 000-character message gets a friendly answer', async () => {
    const user = makeUser('Lang Melding');
    await say(user, 'hei');
    const replies = await say(user, 'bilder '.repeat(3000).slice(0, 20_000));
    expect(replies).toHaveLength(1);
    expect(visibleText(replies[0]!)).toMatch(/for lang/);
  });

  it('a fødselsnummer in a question is refused and never echoed', async () => {
    const user = makeUser('Personvern Test');
    await say(user, 'hei');
    const replies = await say(user, 'kan jeg poste bilde av eleven 15038740110?');
    expect(visibleText(replies[0]!)).toMatch(/fødselsnummer/);
    expect(JSON.stringify(replies)).not.toContain('15038740110');
  });

  it('a forged or missing card value does not crash, and the conversation goes on', async () => {
    const user = makeUser('Feil Kort');
    await say(user, 'hei');
    for (const value of [{ verb: 'tree.go', node: '../../etc/passwd' }, { verb: 'drop-table' }, 'just a string', { verb: 'tree.go', node: 'no-such-node' }]) {
      const replies = await turn(user, cardSubmit(user, connector.url, value));
      expect(replies.length).toBeGreaterThanOrEqual(1);
      expect(JSON.stringify(replies)).not.toMatch(/Error|stack|exception/i);
    }
    const replies = await say(user, 'meny');
    expect(cardActions(cardOf(replies[0]!)).map((a) => a.title)).toContain('Bilder og personvern');
  });
});
