/**
 * Issue 3 over HTTP, bot in-process: a registration made before any IT channel exists is kept and delivered
 * once an IT member chooses the channel in Teams (the requester was told the truth); IT asks for more
 * information, the requester corrects, the card updates; stale clicks change nothing; invalid form data is
 * explained in Norwegian and nothing is stored.
 */
import { useBotSession } from '../support/bot-session';
import { postActivity } from '../support/bot-under-test';
import { actionTitled, cardOf, cardText, visibleText } from '../support/card-reader';
import { cardSubmit, makeUser, personalConversationId, type TeamsUser } from '../support/teams-activity';
import {
  cardReading,
  channelMessage,
  channelPosts,
  clickOnLast,
  execute,
  executeAction,
  lastTo,
  registerProfile,
  say,
  submitStep,
  validProfile,
} from '../registration/registration-driver';

describe('profile registration: IT channel, corrections, validation', () => {
  const itMember = makeUser('Ingrid Johansen');
  const outsider = makeUser('Ole Hansen');
  const session = useBotSession({ IT_MEMBER_AAD_IDS: itMember.aadObjectId, OUTBOX_RETRY_BASE_MS: '20', OUTBOX_POLL_MS: '20' });
  const connector = session.connector;

  const postsNow = (): number => channelPosts(connector).length;
  const told = (user: TeamsUser, text: string): Record<string, unknown>[] => connector.sentTo(personalConversationId(user)).filter((a) => visibleText(a).includes(text));

  it('keeps the notification until an IT member chooses the channel, then delivers it once', async () => {
    const requester = makeUser('Kari Nilsen');
    const ref = await registerProfile(session.url(), connector, requester);
    expect(visibleText(lastTo(connector, requester))).toContain('IT-avdelingen har ikke fått varselet ennå');
    expect(postsNow()).toBe(0);

    // Someone outside IT cannot choose the channel.
    const refused = await postActivity(session.url(), channelMessage(outsider, connector.url, 'bruk denne kanalen for IT-varsler'));
    expect(refused.status).toBe(200);
    expect(connector.requests.at(-1)?.body['text']).toContain('Bare medlemmer av IT-avdelingen');
    expect(postsNow()).toBe(0);

    await postActivity(session.url(), channelMessage(itMember, connector.url, 'bruk denne kanalen for IT-varsler'));
    await connector.waitFor(() => postsNow() === 1);
    expect(cardReading(channelPosts(connector)[0]!.card)).toContain(ref);

    // The register in the IT channel lists it.
    await postActivity(session.url(), channelMessage(itMember, connector.url, 'oversikt'));
    const listed = connector.requests.filter((r) => r.method === 'POST' && JSON.stringify(r.body).includes('Oversikt over kommunens profiler')).at(-1);
    const register = JSON.stringify(cardOf(listed!.body));
    for (const shown of [ref, 'Instagram', 'Båtsfjord barnehage', 'Kari Nilsen', 'Ny – venter på IT']) expect(register).toContain(shown);
  });

  it('IT asks for more information, the requester updates, the card updates; a stale click changes nothing', async () => {
    const requester = makeUser('Per Olsen');
    const ref = await registerProfile(session.url(), connector, requester, { ...validProfile, profileName: 'Båtsfjord bibliotek', profileUrl: '' });
    expect(visibleText(lastTo(connector, requester))).toContain('sendes nå');
    await connector.waitFor(() => channelPosts(connector).some((p) => cardReading(p.card).includes(ref)));
    const post = channelPosts(connector).find((p) => cardReading(p.card).includes(ref))!;
    expect(cardReading(post.card)).toContain('URL: (ikke oppgitt ennå)');
    const ask = actionTitled(post.card, 'Be om mer informasjon');

    const asked = await execute(session.url(), executeAction(itMember, connector.url, post.thread, post.activityId, ask.verb!, { ...ask.data, comment: 'Hvem er administrator nummer to?' }));
    expect(asked.statusCode).toBe(200);
    expect(cardText(asked.value)).toContain('Status: IT har bedt om mer informasjon – Ingrid Johansen');
    await connector.waitFor(() => told(requester, 'ber om mer informasjon').length === 1);
    const question = told(requester, 'ber om mer informasjon')[0]!;
    expect(visibleText(question)).toContain('Hvem er administrator nummer to?');

    // The requester corrects: the summary offers to send the update, and the IT card updates in place.
    await postActivity(session.url(), cardSubmit(requester, connector.url, actionTitled(cardOf(question), 'Oppdater registreringen').data));
    expect(cardText(cardOf(lastTo(connector, requester)))).toContain('Se over registreringen');
    await clickOnLast(session.url(), connector, requester, 'Send oppdateringen til IT');
    expect(visibleText(lastTo(connector, requester))).toContain(`Oppdateringen av ${ref} er sendt til IT`);
    await connector.waitFor((rs) => rs.some((r) => r.method === 'PUT' && r.activityId === post.activityId && cardText(cardOf(r.body)).includes('Oppdatert av den som meldte')));

    // A stale acknowledge from the first version of the card (IT never saw the update) changes nothing.
    const acknowledgeV1 = actionTitled(post.card, 'Registrert i oversikten');
    const stale = await execute(session.url(), executeAction(itMember, connector.url, post.thread, post.activityId, acknowledgeV1.verb!, acknowledgeV1.data!));
    expect(stale.statusCode).toBe(200);
    expect(cardText(stale.value)).toContain('Status: Oppdatert av den som meldte – venter på IT – Per Olsen');

    const updatedCard = cardOf(connector.requests.filter((r) => r.method === 'PUT' && r.activityId === post.activityId).at(-1)!.body);
    const acknowledge = actionTitled(updatedCard, 'Registrert i oversikten');
    const done = await execute(session.url(), executeAction(itMember, connector.url, post.thread, post.activityId, acknowledge.verb!, acknowledge.data!));
    expect(cardText(done.value)).toContain('Status: Registrert i oversikten – Ingrid Johansen');
    await connector.waitFor(() => told(requester, 'har registrert profilen').length === 1);
  });

  it('is offered on free text, served as the hand-off of answer cards, and started by command in English', async () => {
    const requester = makeUser('Anne Berg');
    await say(session.url(), connector, requester, 'vi vil lage en Instagram-konto for barnehagen');
    const sent = connector.sentTo(personalConversationId(requester));
    const offer = sent.find((a) => visibleText(a).includes('Skal dere opprette en profil for kommunen?'));
    expect(offer).toBeDefined();
    expect(sent.length).toBeGreaterThan(1); // the guideline answer still comes: offered, not forced
    await postActivity(session.url(), cardSubmit(requester, connector.url, actionTitled(cardOf(offer!), 'Registrer profilen').data));
    expect(visibleText(lastTo(connector, requester))).toContain('Steg 1 av 3');

    const other = makeUser('Tor Hansen');
    await postActivity(session.url(), cardSubmit(other, connector.url, { verb: 'handoff', kind: 'registration', node: 'create-profile' }));
    expect(visibleText(lastTo(connector, other))).toContain('Steg 1 av 3');

    const english = makeUser('Jane Smith', 'en-GB');
    await say(session.url(), connector, english, 'register profile');
    expect(visibleText(lastTo(connector, english))).toContain('Step 1 of 3');
  });

  it('explains invalid form data in Norwegian and stores nothing', async () => {
    const requester = makeUser('Sara Mikkelsen');
    await say(session.url(), connector, requester, 'registrer profil');
    const cases: [Record<string, string>, string][] = [
      [{ ...validProfile, profileUrl: 'http://www.instagram.com/x' }, 'Adresse (URL) – valgfritt til profilen finnes: må være en gyldig adresse som begynner med https://'],
      [{ ...validProfile, profileUrl: 'https://evil.example.com/instagram.com' }, 'må være en adresse på plattformens eget domene'],
      [{ ...validProfile, unit: '' }, 'Virksomhet (enhet): må fylles ut'],
      [{ ...validProfile, profileName: 'x'.repeat(5000) }, 'Profilens navn: er for langt'],
      [{ ...validProfile, purpose: '<script>alert(1)</script>' }, 'Formål med profilen: kan ikke inneholde tegnene < eller >'],
      [{ ...validProfile, platform: 'myspace' }, 'Plattform: må velges fra listen'],
    ];
    for (const [inputs, message] of cases) {
      await submitStep(session.url(), connector, requester, 'profile', inputs);
      const answer = visibleText(lastTo(connector, requester));
      expect(answer).toContain('Ingenting er lagret fra dette steget');
      expect(answer).toContain(message);
    }
    // Sending without a complete form stores nothing either.
    await postActivity(session.url(), cardSubmit(requester, connector.url, { verb: 'registration.send' }));
    expect(visibleText(lastTo(connector, requester))).toContain('Steg 1 av 3');
    await say(session.url(), connector, requester, 'mine registreringer');
    expect(visibleText(lastTo(connector, requester))).toContain('Du har ikke registrert noen profiler ennå');
  });
});
