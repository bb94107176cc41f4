/**
 * One citation format, once per rule, the same on cards, in the reader tab and in messages (issue 11, item 5):
 * "Retningslinjer for sosiale medier, punkt 4.4 (R4.4.5)" / "Social media guidelines, section 4.4 (R4.4.5)".
 * Answer cards quote each rule with its citation under it and no second source line; the registration form cites
 * R4.3.2 the same way; the reader's search finds a rule by its id and links to its anchor (#R4.4.5).
 */
import { useBotSession } from '../support/bot-session';
import { cardActions, cardOf, cardText } from '../support/card-reader';
import { cardSubmit, makeUser, textMessage, type TeamsUser } from '../support/teams-activity';

type Json = Record<string, unknown>;
const NB_FORMAT = /^Retningslinjer for sosiale medier, (punkt \d+(\.\d+)?|vedtak) \((R\d+(\.\d+)+|M\.\d+)(, (R\d+(\.\d+)+|M\.\d+))*\)$/;
const EN_FORMAT = /^Social media guidelines, (section \d+(\.\d+)?|adoption) \((R\d+(\.\d+)+|M\.\d+)(, (R\d+(\.\d+)+|M\.\d+))*\)$/;

describe('one citation format', () => {
  const session = useBotSession();
  const connector = session.connector;

  const turn = async (user: TeamsUser, activity: Json): Promise<Json> => (await session.turn(user, activity)).at(-1)!;

  const citationLines = (text: string, prefix: string): string[] => text.split('\n').filter((line) => line.includes(prefix));

  it.each([
    ['nb', 'Retningslinjer for sosiale medier', NB_FORMAT, 'Retningslinjer for sosiale medier, punkt 4.4 (R4.4.5)'],
    ['en', 'Social media guidelines', EN_FORMAT, 'Social media guidelines, section 4.4 (R4.4.5)'],
  ] as const)('an answer card (%s) cites each rule once, in the one format, under its quote', async (lang, prefix, format, expected) => {
    const user = makeUser(`Citation ${lang}`);
    if (lang === 'en') await turn(user, textMessage(user, connector.url, 'english'));
    const card = cardOf(await turn(user, cardSubmit(user, connector.url, { verb: 'tree.go', node: 'picture-colleagues', from: 'topic-pictures' })));
    const text = cardText(card);
    const lines = citationLines(text, prefix);
    expect(lines).toEqual([expected]);
    for (const line of lines) expect(line).toMatch(format);
    expect(text.match(/R4\.4\.5/g)).toHaveLength(1);
    expect(text).not.toMatch(/Kilde:|Source:|·/);
    const lineOfQuote = text.split('\n').indexOf('«Publiser aldri bilder av kollegaer uten samtykke.»');
    expect(text.split('\n').slice(lineOfQuote + 1).find((line) => line.includes(prefix))).toBe(expected);
    const readMore = cardActions(card).find((a) => a.type === 'Action.OpenUrl');
    expect(readMore).toBeDefined();
    expect(JSON.stringify(card)).toContain('/tab/guidelines#R4.4.5');
  });

  it('an answer with rules in two sections cites each rule with its own section', async () => {
    const user = makeUser('Citation multi');
    const card = cardOf(await turn(user, cardSubmit(user, connector.url, { verb: 'tree.go', node: 'ethics' })));
    const lines = citationLines(cardText(card), 'Retningslinjer for sosiale medier');
    expect(lines).toEqual([
      'Retningslinjer for sosiale medier, punkt 3 (R3.1)',
      'Retningslinjer for sosiale medier, punkt 3 (R3.2)',
      'Retningslinjer for sosiale medier, punkt 5.2 (R5.2.6)',
    ]);
    for (const line of lines) expect(line).toMatch(NB_FORMAT);
  });

  it('the registration form and its offer cite R4.3.2 in the same format', async () => {
    const user = makeUser('Citation form');
    const form = cardText(cardOf(await turn(user, textMessage(user, connector.url, 'registrer profil'))));
    expect(form).toContain('Retningslinjer for sosiale medier, punkt 4.3 (R4.3.2)');
    expect(form).not.toMatch(/punkt \d\.\d\.\d/);
  });

  it("the reader's search finds a rule by its id, with the same citation and the rule's anchor", async () => {
    const response = await fetch(`${session.url()}/api/tab/search?q=R4.4.5`);
    const body = (await response.json()) as { hits: { id: string; anchor?: string; citation?: string; excerpt: string }[] };
    expect(body.hits[0]).toMatchObject({ id: '4.4', anchor: 'R4.4.5', citation: 'Retningslinjer for sosiale medier, punkt 4.4 (R4.4.5)', excerpt: 'Publiser aldri bilder av kollegaer uten samtykke.' });
    const lower = (await (await fetch(`${session.url()}/api/tab/search?q=r4.4.5&lang=en`)).json()) as typeof body;
    expect(lower.hits[0]).toMatchObject({ anchor: 'R4.4.5', citation: 'Social media guidelines, section 4.4 (R4.4.5)' });
    const page = await (await fetch(`${session.url()}/tab/guidelines?q=R4.4.5`)).text();
    expect(page).toContain('id="R4.4.5"');
    expect(page).toContain('href="#R4.4.5"');
    expect(page).toContain('Punkt 4.4 Retningslinjer for bruk av sosiale medier på vegne av Båtsfjord kommune – Retningslinjer for sosiale medier, punkt 4.4 (R4.4.5)');
  });
});
