/**
 * Help and welcome name the bot's three jobs — guideline questions, registering a profile, asking the nearest
 * leader — each with an example and a button that starts it (issue 11, item 6).
 */
import { ConnectorStub } from '../support/connector-stub';
import { postActivity, startInProcess } from '../support/bot-under-test';
import { actionTitled, cardActions, cardOf, cardText, visibleText } from '../support/card-reader';
import { validationErrors } from '../support/card-validation';
import { botInstalled, cardSubmit, makeUser, personalConversationId, textMessage, type TeamsUser } from '../support/teams-activity';
import type { AdaptiveCardJson } from '../../cards/render-card';

type Json = Record<string, unknown>;

describe('help and welcome name all three jobs', () => {
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

  async function turn(user: TeamsUser, activity: Json): Promise<Json> {
    const before = connector.sentTo(personalConversationId(user)).length;
    expect((await postActivity(bot.url, activity)).status).toBe(200);
    return connector.sentTo(personalConversationId(user)).slice(before).at(-1)!;
  }

  function expectThreeJobs(card: Json | undefined, examples: string[], buttons: string[]): void {
    const text = cardText(card);
    for (const example of examples) expect(text).toContain(example);
    const titles = cardActions(card).map((a) => a.title);
    for (const button of buttons) expect(titles).toContain(button);
    expect(validationErrors(card as AdaptiveCardJson)).toEqual([]);
    expect((card?.['body'] as Json[])[0]).toMatchObject({ type: 'TextBlock', style: 'heading' });
    expect(String(card?.['speak'])).not.toBe('');
  }

  it('«hjelp» shows the three jobs with an example and a button each, and each button starts its job', async () => {
    const user = makeUser('Hjelp Bruker');
    await turn(user, textMessage(user, connector.url, 'hei'));
    const help = cardOf(await turn(user, textMessage(user, connector.url, 'hjelp')));
    expectThreeJobs(help, ['«Kan jeg legge ut bilder av elevene?»', '«registrer profil»', '«spør leder»'], ['Vis temaene', 'Registrer ny profil', 'Spør nærmeste leder']);

    expect(cardText(cardOf(await turn(user, cardSubmit(user, connector.url, actionTitled(help, 'Vis temaene').data))))).toContain('Hva gjelder spørsmålet ditt?');
    expect(visibleText(await turn(user, cardSubmit(user, connector.url, actionTitled(help, 'Registrer ny profil').data)))).toContain('Steg 1 av 3');
    const ask = cardOf(await turn(user, cardSubmit(user, connector.url, actionTitled(help, 'Spør nærmeste leder').data)));
    expect(cardText(ask)).toContain('Beskriv saken kort');
  });

  it('the welcome card offers the topics and the two other jobs with an example and a button each', async () => {
    const user = makeUser('Ny Bruker');
    const welcome = cardOf(await turn(user, botInstalled(user, connector.url)));
    expectThreeJobs(welcome, ['«Kan jeg legge ut bilder av elevene?»', '«registrer profil»', '«spør leder»'], ['Bilder og personvern', 'Registrer ny profil', 'Spør nærmeste leder']);
  });

  it('in English too', async () => {
    const user = makeUser('Help User');
    await turn(user, textMessage(user, connector.url, 'english'));
    const help = cardOf(await turn(user, textMessage(user, connector.url, 'help')));
    expectThreeJobs(help, ['"Can I post pictures of the pupils?"', '"register profile"', '"ask my leader"'], ['Show topics', 'Register a new profile', 'Ask my nearest leader']);
  });
});
