/**
 * The registration form is a dialog that waits underneath (docs/decisions/0023): a question, the menu or a
 * case for the leader in the middle of the form leave it where it was, and its next button or «registrer
 * profil» carries on from there.
 */
import { postActivity } from '../support/bot-under-test';
import { useBotSession } from '../support/bot-session';
import { cardOf, visibleText } from '../support/card-reader';
import { makeUser, textMessage } from '../support/teams-activity';
import { lastTo, say, submitStep, validPeople, validProfile } from '../registration/registration-driver';

describe('the registration form waits while the user does other things', () => {
  const session = useBotSession({ ESCALATION_REMINDER_CHECK_SECONDS: '0' });
  const connector = session.connector;
  const user = makeUser('Midt i Skjemaet');

  it('keeps step 2 through a question, the menu and «spør leder», and continues there', async () => {
    await say(session.url(), connector, user, 'registrer profil');
    await submitStep(session.url(), connector, user, 'profile', validProfile);
    expect(visibleText(lastTo(connector, user))).toContain('Steg 2 av 3');

    await postActivity(session.url(), textMessage(user, connector.url, 'kan jeg legge ut bilder av kolleger uten å spørre?'));
    expect(JSON.stringify(cardOf(lastTo(connector, user)))).toMatch(/R4\.4\.\d/);
    await say(session.url(), connector, user, 'meny');
    await say(session.url(), connector, user, 'spør leder');
    await say(session.url(), connector, user, 'avbryt');

    await say(session.url(), connector, user, 'registrer profil');
    expect(visibleText(lastTo(connector, user))).toContain('Steg 2 av 3');
    await submitStep(session.url(), connector, user, 'people', validPeople);
    expect(visibleText(lastTo(connector, user))).toContain('Steg 3 av 3');
  });
});
