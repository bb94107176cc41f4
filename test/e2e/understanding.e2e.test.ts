/**
 * What the bot does with messages that are not plain guideline questions (issue 10, item 5), through the
 * HTTP endpoint: small talk gets a short kind reply (not "not in the guidelines"), doubt gets the answer
 * plus "Spør nærmeste leder", a registration request in Nynorsk or English is recognised, a close call is
 * asked back with the decision tree's own question, and a close runner-up is offered beside an answer.
 */
import { useBotSession } from '../support/bot-session';
import { actionTitled, cardOf, cardText, visibleText } from '../support/card-reader';
import { questionFor } from '../support/question-for-outcome';
import { makeUser, textMessage } from '../support/teams-activity';

describe('beyond plain questions', () => {
  const session = useBotSession({ ESCALATION_REMINDER_CHECK_SECONDS: '0' });
  const connector = session.connector;

  const ask = (user: ReturnType<typeof makeUser>, text: string): Promise<Record<string, unknown>[]> => session.turn(user, textMessage(user, connector.url, text));

  it.each([
    ['takk for hjelpa!', 'Bare hyggelig'],
    ['tusen takk 😊', 'Bare hyggelig'],
    ['ok', 'Fint!'],
    ['ha en fin helg', 'Ha det bra'],
    ['hvem er du?', 'ikke et menneske'],
    ["thanks, that's helpful!", "You're welcome"],
  ])('small talk "%s" gets a short kind reply', async (text, expected) => {
    const replies = await ask(makeUser(`Småprat ${text.length}`), text);
    expect(replies).toHaveLength(1);
    expect(visibleText(replies[0]!)).toContain(expected);
    expect(visibleText(replies[0]!)).not.toContain('Det finner jeg ikke');
  });

  it('doubt gets the answer and, beside it, the nearest leader', async () => {
    const user = makeUser('Tvil Tvilsen');
    const replies = await ask(user, 'Jeg er i tvil om jeg kan legge ut et bilde av en kollega uten å spørre henne først');
    // Answer, then the leader; a card of close runners-up may follow (ADR 0099).
    expect(replies.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(cardOf(replies[0]!))).toContain('R4.4.5');
    const offer = cardOf(replies[1]!);
    expect(cardText(offer)).toContain('Fortsatt i tvil?');
    expect(actionTitled(offer, 'Spør nærmeste leder').data).toMatchObject({ verb: 'handoff', kind: 'escalation' });
  });

  it('doubt about a case whose rule is unclear gets the doubt rule (R5.2.9) at once, and the closest topics beside it', async () => {
    const user = makeUser('Tvil Usikkersen');
    const replies = await ask(user, 'Eg er i tvil om eg kan skrive om dette på Facebook');
    expect(replies.length).toBe(2);
    const answer = cardOf(replies[0]!);
    expect(cardText(answer)).toContain('R5.2.9');
    expect(actionTitled(answer, 'Spør nærmeste leder').data).toMatchObject({ verb: 'handoff', kind: 'escalation' });
    const topics = cardOf(replies[1]!);
    expect(cardText(topics)).not.toContain('R5.2.9');
    expect(cardText(topics)).not.toContain('Mente du');
    expect(JSON.stringify(topics)).toContain('"verb":"tree.go"');
  });

  it('a close runner-up is offered beside the answer, so a wrong first guess leaves the right answer one click away', async () => {
    const candidates = ['Kan jeg skrive om politikk på Facebook når jeg jobber i kommunen?', 'Can I post about the harbour plan on my own Facebook?', 'Må vi svare på kommentarer i helgene?', 'svare innbygger'];
    const { text: question, understood } = questionFor(candidates, (u) => u.kind === 'question' && u.match.kind === 'confident' && u.alsoOffer.length > 0);
    if (understood.kind !== 'question') throw new Error('unreachable: questionFor picked a question');
    const replies = await ask(makeUser('Nabo Nærsen'), question);
    expect(replies.length).toBe(2);
    expect(cardText(cardOf(replies[0]!))).toMatch(/R\d/);
    const beside = JSON.stringify(cardOf(replies[1]!));
    for (const nodeId of understood.alsoOffer) expect(beside).toContain(`"node":"${nodeId}"`);
    expect(cardText(cardOf(replies[1]!))).not.toContain('Mente du');
  });

  it('doubt about something the guidelines do not cover is told so, not sent to the answer about doubt', async () => {
    const replies = await ask(makeUser('Tvil Overtid'), 'Jeg er usikker på om jeg har krav på overtidsbetaling etter stormen');
    const text = replies.map((reply) => visibleText(reply)).join(' ');
    expect(text).toContain('Det finner jeg ikke');
    expect(JSON.stringify(replies)).not.toContain('R5.2.9');
  });

  it.each([
    ['Vi ønskjer å opne ei Instagram-side for biblioteket. Korleis går vi fram?'],
    ['We want to set up a Facebook page for the harbour office. What do we need to do?'],
  ])('a registration request is recognised: "%s"', async (text) => {
    const replies = await ask(makeUser(`Registrering ${text.length}`), text);
    expect(replies.map((r) => JSON.stringify(r)).join(' ')).toMatch(/registration\.start|registrer/i);
  });
});
