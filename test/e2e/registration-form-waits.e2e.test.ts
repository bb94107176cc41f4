/**
 * The registration form is a dialog that waits underneath (docs/decisions/0023): a question, the menu or a
 * case for the leader in the middle of the form leave it where it was, and its next button or «registrer
 * profil» carries on from there.
 */
import { ConnectorStub } from '../support/connector-stub';
import { postActivity, startInProcess } from '../support/bot-under-test';
import { cardOf, visibleText } from '../support/card-reader';
import { makeUser, textMessage } from '../support/teams-activity';
import { lastTo, say, submitStep, validPeople, validProfile } from '../registration/registration-driver';
import type { RunningBot } from '../../bot/app';

describe('the registration form waits while the user does other things', () => {
  const connector = new ConnectorStub();
  let bot: RunningBot;
  const user = makeUser('Midt i Skjemaet');

  beforeAll(async () => {
    await connector.start();
    bot = await startInProcess({ ESCALATION_REMINDER_CHECK_SECONDS: '0' });
  });
  afterAll(async () => {
    await bot.stop();
    await connector.stop();
  });

  it('keeps step 2 through a question, the menu and «spør leder», and continues there', async () => {
    await say(bot.url, connector, user, 'registrer profil');
    await submitStep(bot.url, connector, user, 'profile', validProfile);
    expect(visibleText(lastTo(connector, user))).toContain('Steg 2 av 3');

    await postActivity(bot.url, textMessage(user, connector.url, 'kan jeg legge ut bilder av kolleger uten å spørre?'));
    expect(JSON.stringify(cardOf(lastTo(connector, user)))).toMatch(/R4\.4\.\d/);
    await say(bot.url, connector, user, 'meny');
    await say(bot.url, connector, user, 'spør leder');
    await say(bot.url, connector, user, 'avbryt');

    await say(bot.url, connector, user, 'registrer profil');
    expect(visibleText(lastTo(connector, user))).toContain('Steg 2 av 3');
    await submitStep(bot.url, connector, user, 'people', validPeople);
    expect(visibleText(lastTo(connector, user))).toContain('Steg 3 av 3');
  });
});
