/**
 * Cards update in place (issue 11, item 2): a step clicked on a menu card or a form card replaces that card (the
 * reply updates the activity it answers, PUT …/activities/<replyToId>) instead of posting a new one; a sent or
 * cancelled form, a sent or cancelled escalation draft and a decided case turn read-only with their outcome; a
 * click on an outdated card is explained and never opens a blank form.
 */
import type { RecordedRequest } from '../support/connector-stub';
import { postActivity } from '../support/bot-under-test';
import { useBotSession } from '../support/bot-session';
import { actionTitled, cardActions, cardOf, cardText, visibleText } from '../support/card-reader';
import { cardSubmit, personalConversationId, textMessage, type TeamsUser } from '../support/teams-activity';
import { KARI, OLE, cardInvoke, parseInvokeReply } from '../escalation/escalation-fixtures';
import { validChecklist, validPeople, validProfile } from '../registration/registration-driver';

type Json = Record<string, unknown>;
const person = (n: number, name: string): TeamsUser => ({ id: `29:1a111111-1111-4111-8111-00000000000${n}`, name, aadObjectId: `1a111111-1111-4111-8111-00000000000${n}`, locale: 'nb-NO' });

describe('cards update in place', () => {
  const session = useBotSession();
  const connector = session.connector;

  const inChat = (user: TeamsUser) => (r: RecordedRequest): boolean => r.conversationId === personalConversationId(user) && r.status === 200;
  const cardPosts = (user: TeamsUser): RecordedRequest[] => connector.requests.filter((r) => inChat(user)(r) && r.method === 'POST' && cardOf(r.body) !== undefined);

  /** Sends the activity; returns what the bot did in the user's chat during the turn (posts and updates). */
  async function turn(user: TeamsUser, activity: Json): Promise<RecordedRequest[]> {
    const before = connector.requests.length;
    expect((await postActivity(session.url(), activity)).status).toBe(200);
    return connector.requests.slice(before).filter(inChat(user));
  }

  /** Clicks an Action.Submit on the card shown by message `messageId` (Teams sends the message id as replyToId). */
  async function click(user: TeamsUser, messageId: string, data: unknown): Promise<RecordedRequest[]> {
    return turn(user, cardSubmit(user, connector.url, data, messageId));
  }

  it('a walk through the topic menu leaves one card, updated at each step', async () => {
    const user = person(4, 'Per Olsen');
    await turn(user, textMessage(user, connector.url, 'hei'));
    const [menuPost] = await turn(user, textMessage(user, connector.url, 'meny'));
    const menuId = menuPost!.answeredId!;
    const postsBefore = cardPosts(user).length;

    let card = cardOf(menuPost!.body);
    for (const title of ['Bilder og personvern', /kollega/i]) {
      const done = await click(user, menuId, actionTitled(card, title).data);
      expect(done.map((r) => r.method)).toEqual(['PUT']);
      expect(done[0]!.activityId).toBe(menuId);
      card = cardOf(done[0]!.body);
    }
    expect(cardText(card)).toContain('Publiser aldri bilder av kollegaer uten samtykke.');
    const back = await click(user, menuId, actionTitled(card, 'Tilbake').data);
    expect(back.map((r) => [r.method, r.activityId])).toEqual([['PUT', menuId]]);
    const restart = await click(user, menuId, actionTitled(cardOf(back[0]!.body), 'Start på nytt').data);
    expect(restart.map((r) => [r.method, r.activityId])).toEqual([['PUT', menuId]]);
    expect(cardPosts(user)).toHaveLength(postsBefore);
  });

  it('the registration form updates in place, its sent card turns read-only, and a stale "Send til IT" explains', async () => {
    const user = person(5, 'Sara Mikkelsen');
    const [formPost] = await turn(user, textMessage(user, connector.url, 'registrer profil'));
    const formId = formPost!.answeredId!;
    const step1 = cardOf(formPost!.body);
    const next = (card: Json | undefined) => actionTitled(card, 'Neste').data!;

    let done = await click(user, formId, { ...next(step1), ...validProfile });
    expect(done.map((r) => [r.method, r.activityId])).toEqual([['PUT', formId]]);
    done = await click(user, formId, { ...next(cardOf(done[0]!.body)), ...validPeople });
    done = await click(user, formId, { ...next(cardOf(done[0]!.body)), ...validChecklist });
    const summary = cardOf(done[0]!.body);
    expect(cardText(summary)).toContain('Se over registreringen');
    const sendToIt = actionTitled(summary, 'Send til IT');

    done = await click(user, formId, sendToIt.data);
    const sentCard = done.find((r) => r.method === 'PUT')!;
    expect(sentCard.activityId).toBe(formId);
    const ref = /SOME-\d{4}-\d{4}/.exec(cardText(cardOf(sentCard.body)))![0];
    expect(cardText(cardOf(sentCard.body))).toContain(`Sendt til IT som ${ref}`);
    expect(cardActions(cardOf(sentCard.body))).toEqual([]);
    expect(done.some((r) => r.method === 'POST' && visibleText(r.body).includes(ref))).toBe(true);
    expect(cardPosts(user)).toHaveLength(1);

    // The same "Send til IT" again (an old copy of the card, another device): explained, nothing new.
    done = await click(user, 'old-copy-of-the-summary', sendToIt.data);
    expect(done.map((r) => visibleText(r.body))).toEqual([`Dette skjemaet er allerede sendt som ${ref}. Skriv «mine registreringer» for å se status, eller «registrer profil» for å melde en ny.`]);
    // An old step card of that form: explained, never a blank form.
    done = await click(user, 'old-step-card', { ...next(step1), ...validProfile });
    expect(done).toHaveLength(1);
    expect(visibleText(done[0]!.body)).toContain(`allerede sendt som ${ref}`);
    expect(JSON.stringify(done)).not.toContain('Steg 1 av 3');
  });

  it('a cancelled form turns read-only, and its old cards do not touch a new form', async () => {
    const user = person(6, 'Anne Berg');
    const [formPost] = await turn(user, textMessage(user, connector.url, 'registrer profil'));
    const first = cardOf(formPost!.body);
    const cancelled = await click(user, formPost!.answeredId!, actionTitled(first, 'Avbryt').data);
    const closed = cancelled.find((r) => r.method === 'PUT')!;
    expect(cardText(cardOf(closed.body))).toContain('Avbrutt – ingenting er sendt.');
    expect(cardActions(cardOf(closed.body))).toEqual([]);

    await turn(user, textMessage(user, connector.url, 'registrer profil'));
    const stale = await click(user, 'the-cancelled-form', { ...actionTitled(first, 'Neste').data, ...validProfile });
    expect(stale.map((r) => visibleText(r.body))).toEqual(['Dette er et gammelt skjema. Du har et annet skjema på gang: skriv «registrer profil» for å fortsette der du slapp.']);
    const staleCancel = await click(user, 'the-cancelled-form', actionTitled(first, 'Avbryt').data);
    expect(visibleText(staleCancel[0]!.body)).toContain('gammelt skjema');
    // The new form is still open: «registrer profil» resumes it.
    const resumed = await turn(user, textMessage(user, connector.url, 'registrer profil'));
    expect(visibleText(resumed[0]!.body)).toContain('Du har en registrering du ikke ble ferdig med');
  });

  it('the escalation draft is one card: describe → leader → the case; a decided case is read-only', async () => {
    const kari = KARI;
    await turn(OLE, textMessage(OLE, connector.url, 'mine saker'));
    const [describePost] = await turn(kari, textMessage(kari, connector.url, 'spør leder'));
    const draftId = describePost!.answeredId!;
    let done = await click(kari, draftId, { verb: 'escalation.describe', description: 'Kan jeg dele et innlegg fra et politisk parti?' });
    expect(done.map((r) => [r.method, r.activityId])).toEqual([['PUT', draftId]]);
    done = await click(kari, draftId, actionTitled(cardOf(done[0]!.body), 'Send til Ole Hansen').data);
    const copy = done.find((r) => r.method === 'PUT')!;
    expect(copy.activityId).toBe(draftId);
    expect(cardText(cardOf(copy.body))).toContain('Venter på svar');
    expect(cardActions(cardOf(copy.body)).filter((a) => a.type === 'Action.Execute' && a.verb !== 'escalation.refresh').map((a) => a.title)).toEqual(['Trekk saken']);

    const oleChat = personalConversationId(OLE);
    await connector.waitFor(() => connector.sentTo(oleChat).some((a) => cardText(cardOf(a)).includes('Kan jeg dele et innlegg')));
    const leaderCard = cardOf(connector.sentTo(oleChat).find((a) => cardText(cardOf(a)).includes('Kan jeg dele et innlegg'))!);
    const approve = actionTitled(leaderCard, 'Godkjent');
    const decided = parseInvokeReply((await postActivity(session.url(), cardInvoke(OLE, connector.url, oleChat, approve.verb!, approve.data!))).body);
    expect(cardText(decided.value)).toContain('Status: Godkjent');
    expect(cardActions(decided.value).filter((a) => a.type === 'Action.Execute' && a.verb !== 'escalation.refresh')).toEqual([]);
    await connector.waitFor((rs) => rs.some((r) => r.method === 'PUT' && r.activityId === draftId && cardText(cardOf(r.body)).includes('Godkjent')));
  });

  it('a cancelled escalation draft turns read-only', async () => {
    const user = person(5, 'Sara Mikkelsen');
    const [describePost] = await turn(user, textMessage(user, connector.url, 'spør leder'));
    const done = await click(user, describePost!.answeredId!, actionTitled(cardOf(describePost!.body), 'Avbryt').data);
    const closed = done.find((r) => r.method === 'PUT')!;
    expect(cardText(cardOf(closed.body))).toContain('Avbrutt – saken er ikke sendt.');
    expect(cardActions(cardOf(closed.body))).toEqual([]);
  });
});
