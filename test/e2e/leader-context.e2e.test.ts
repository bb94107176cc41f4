/**
 * The leader decides on the right context (issue 11, item 4): a case started from an answer card carries that
 * answer's topic and rules; a case started by text carries the topic the matcher finds in the description, or
 * none — never the answer the user looked at earlier. The leader's card shows each rule in its own words with
 * its citation, and a link to the rule in the reader.
 */
import { ConnectorStub } from '../support/connector-stub';
import { postActivity, startInProcess } from '../support/bot-under-test';
import { actionTitled, cardActions, cardOf, cardText } from '../support/card-reader';
import { cardSubmit, personalConversationId, textMessage } from '../support/teams-activity';
import { KARI, OLE } from '../escalation/escalation-fixtures';
import { loadGuidelinePack } from '../../src/guidelines/load-pack';

type Json = Record<string, unknown>;
const pack = loadGuidelinePack();
const titleOf = (nodeId: string): string => {
  const node = pack.nodes.get(nodeId);
  if (node?.kind !== 'answer') throw new Error(`${nodeId} is not an answer`);
  return node.title.nb;
};

describe("the leader's context", () => {
  const connector = new ConnectorStub();
  let bot: Awaited<ReturnType<typeof startInProcess>>;
  const kariChat = personalConversationId(KARI);
  const oleChat = personalConversationId(OLE);
  const lastToKari = (): Json => connector.sentTo(kariChat).at(-1)!;

  beforeAll(async () => {
    await connector.start();
    bot = await startInProcess();
    await postActivity(bot.url, textMessage(OLE, connector.url, 'mine saker'));
  });
  afterAll(async () => {
    await bot.stop();
    await connector.stop();
  });

  /** Describes the open draft, sends it to Ole and returns the card Ole receives. */
  async function describeAndSend(description: string): Promise<Json | undefined> {
    await postActivity(bot.url, cardSubmit(KARI, connector.url, { verb: 'escalation.describe', description }));
    const before = connector.sentTo(oleChat).length;
    await postActivity(bot.url, cardSubmit(KARI, connector.url, actionTitled(cardOf(lastToKari()), 'Send til Ole Hansen').data));
    await connector.waitFor(() => connector.sentTo(oleChat).length > before);
    return cardOf(connector.sentTo(oleChat).at(-1)!);
  }

  it("a case started from an answer carries that answer's rules, and the leader's card quotes them with their citations", async () => {
    await postActivity(bot.url, cardSubmit(KARI, connector.url, { verb: 'tree.go', node: 'picture-consent' }));
    await postActivity(bot.url, cardSubmit(KARI, connector.url, actionTitled(cardOf(lastToKari()), 'Spør nærmeste leder').data));
    const card = await describeAndSend('Gjelder samtykket også for bilder fra leirskolen?');
    const text = cardText(card);
    expect(JSON.stringify(card)).toContain(`{"title":"Tema","value":"${titleOf('picture-consent')}"}`);
    expect(text).toContain('Dette sier retningslinjene');
    for (const id of ['R4.4.4', 'R5.2.9']) {
      const rule = pack.rules.get(id)!;
      expect(text).toContain(`«${rule.quote}»`);
      expect(text).toContain(`Retningslinjer for sosiale medier, punkt ${rule.section} (${id})`);
    }
    expect(text).not.toMatch(/^Regler: /m);
    const readMore = cardActions(card).find((a) => a.type === 'Action.OpenUrl' && a.title === 'Les hele punkt 4.4');
    expect(readMore).toBeDefined();
    expect(JSON.stringify(card)).toContain('/tab/guidelines#R4.4.4');
  });

  it('a case started by text takes its topic from the description, not from the answer looked at before', async () => {
    await postActivity(bot.url, cardSubmit(KARI, connector.url, { verb: 'tree.go', node: 'create-profile' }));
    await postActivity(bot.url, textMessage(KARI, connector.url, 'spør leder'));
    expect(JSON.stringify(cardOf(lastToKari()))).not.toContain(titleOf('create-profile'));
    const card = await describeAndSend('Må jeg ha samtykke fra foreldrene før jeg legger ut bilder av elevene på facebook?');
    expect(JSON.stringify(card)).not.toContain(titleOf('create-profile'));
    expect(JSON.stringify(card)).not.toContain('R4.3.2');
    expect(JSON.stringify(card)).toContain(`{"title":"Tema","value":"${titleOf('picture-consent')}"}`);
    expect(cardText(card)).toContain('Retningslinjer for sosiale medier, punkt 4.4 (R4.4.4)');
  });

  it('a description the guidelines do not cover carries no topic: none rather than a stale one', async () => {
    await postActivity(bot.url, cardSubmit(KARI, connector.url, { verb: 'tree.go', node: 'create-profile' }));
    await postActivity(bot.url, textMessage(KARI, connector.url, 'jeg er usikker'));
    const card = await describeAndSend('Kan jeg ta med meg hunden på kontoret på fredag?');
    expect(JSON.stringify(card)).not.toContain(titleOf('create-profile'));
    expect(JSON.stringify(card)).not.toContain('"title":"Tema"');
    expect(JSON.stringify(card)).not.toContain('R4.3.2');
    expect(cardText(card)).toContain('Retningslinjer for sosiale medier, punkt 5.2 (R5.2.9)');
  });

  it('the help card\'s "Spør nærmeste leder" carries no topic of a card looked at before', async () => {
    await postActivity(bot.url, cardSubmit(KARI, connector.url, { verb: 'tree.go', node: 'create-profile' }));
    await postActivity(bot.url, cardSubmit(KARI, connector.url, { verb: 'handoff', kind: 'escalation' }));
    expect(JSON.stringify(cardOf(lastToKari()))).not.toContain(titleOf('create-profile'));
    expect(cardText(cardOf(lastToKari()))).toContain('Beskriv saken kort');
  });
});
