/**
 * The registration form helps (issue 11, item 7): it is prefilled with what the user said («instagram for
 * biblioteket») and what the directory knows (name, e-mail, unit, the manager as head of unit); the checklist
 * quotes the rules in their own words; long values wrap; an administrator's e-mail outside the kommune's domains
 * must be confirmed; the optional second administrator's messages say what to do.
 */
import { postActivity } from '../support/bot-under-test';
import { useBotSession } from '../support/bot-session';
import { actionTitled, cardOf, cardText, visibleText } from '../support/card-reader';
import { cardSubmit, personalConversationId, textMessage } from '../support/teams-activity';
import { KARI } from '../escalation/escalation-fixtures';
import { validChecklist, validPeople, validProfile } from '../registration/registration-driver';

type Json = Record<string, unknown>;

function inputs(card: Json | undefined): Record<string, unknown> {
  const found: Record<string, unknown> = {};
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === 'object' && node !== null) {
      const element = node as Json;
      if (typeof element['type'] === 'string' && element['type'].startsWith('Input.') && typeof element['id'] === 'string') found[element['id']] = element['value'];
      Object.values(element).forEach(walk);
    }
  };
  walk(card?.['body']);
  return found;
}

function elements(card: Json | undefined, type: string): Json[] {
  const found: Json[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === 'object' && node !== null) {
      if ((node as Json)['type'] === type) found.push(node as Json);
      Object.values(node).forEach(walk);
    }
  };
  walk(card?.['body']);
  return found;
}

describe('the registration form helps', () => {
  const session = useBotSession();
  const connector = session.connector;
  const chat = personalConversationId(KARI);
  const last = (): Json => connector.sentTo(chat).at(-1)!;

  const say = (text: string): Promise<unknown> => postActivity(session.url(), textMessage(KARI, connector.url, text));
  const click = (data: unknown): Promise<unknown> => postActivity(session.url(), cardSubmit(KARI, connector.url, data));
  const lastCard = (): Json | undefined => cardOf([...connector.sentTo(chat)].reverse().find((a) => cardOf(a) !== undefined)!);
  const next = (inputsOfStep: Record<string, string>): Promise<unknown> => click({ ...actionTitled(lastCard(), 'Neste').data, ...inputsOfStep });

  it('is prefilled with what the user said and what the directory knows', async () => {
    await say('hei');
    await say('vi vil lage en Instagram-konto for biblioteket');
    const offer = connector.sentTo(chat).find((a) => visibleText(a).includes('Skal dere opprette en profil for kommunen?'));
    expect(visibleText(offer!)).toContain('Jeg fyller inn det du har sagt: Instagram, Biblioteket.');
    await click(actionTitled(cardOf(offer!), 'Registrer profilen').data);
    expect(inputs(cardOf(last()))).toMatchObject({ platform: 'instagram', unit: 'Biblioteket', profileName: '' });
    await next({ ...validProfile, unit: 'Båtsfjord bibliotek' });
    expect(inputs(cardOf(last()))).toMatchObject({
      headName: 'Ole Hansen',
      headEmail: 'ole.hansen@batsfjord.kommune.no',
      admin1Name: 'Kari Nilsen',
      admin1Email: 'kari.nilsen@batsfjord.kommune.no',
      admin2Name: '',
    });
    await click(actionTitled(cardOf(last()), 'Avbryt').data);
  });

  it('a form opened by command gets the unit from the directory', async () => {
    await say('registrer profil');
    expect(inputs(cardOf(last()))).toMatchObject({ unit: 'Helse og omsorg', platform: '' });
  });

  it("an administrator's address outside the kommune must be confirmed; the optional administrator's messages say what to do", async () => {
    await next(validProfile);
    await next({ ...validPeople, admin2Name: 'Bare Navn' });
    expect(visibleText(last())).toContain('- Fyll inn e-post for administrator 2, eller fjern navnet.');
    expect(visibleText(last())).not.toContain('må fylles ut');

    await next({ ...validPeople, admin1Email: 'kari.privat@gmail.com' });
    const warned = cardOf(last());
    expect(cardText(warned)).toContain('⚠ Ikke en kommuneadresse (batsfjord.kommune.no)');
    expect(cardText(warned)).toContain('- kari.privat@gmail.com');
    expect(cardText(warned)).toContain('Steg 2 av 3');
    expect(inputs(warned)).toMatchObject({ admin1Email: 'kari.privat@gmail.com', confirmOutside: 'false' });

    await next({ ...validPeople, admin1Email: 'kari.privat@gmail.com', confirmOutside: 'true' });
    const checklist = cardOf(last());
    expect(cardText(checklist)).toContain('Steg 3 av 3');
    expect(cardText(checklist)).toContain('Retningslinjer for sosiale medier, punkt 4.3 (R4.3.3)');
    expect(cardText(checklist)).not.toMatch(/Regel R\d/);
    for (const toggle of elements(checklist, 'Input.Toggle')) {
      expect(String(toggle['label'])).not.toMatch(/^Regel/);
      expect(toggle['wrap']).toBe(true);
    }
  });

  it('long values wrap on the summary', async () => {
    await next(validChecklist);
    const summary = cardOf(last());
    expect(cardText(summary)).toContain('Se over registreringen');
    expect(elements(summary, 'FactSet')).toEqual([]);
    for (const block of elements(summary, 'TextBlock')) expect(block['wrap']).toBe(true);
    expect(cardText(summary)).toContain('kari.privat@gmail.com');
  });
});
