/**
 * Help and welcome name the bot's three jobs — guideline questions, registering a profile, asking the nearest
 * leader — each with an example and a button that starts it (issue 11, item 6).
 */
import { useBotSession } from '../support/bot-session';
import { actionTitled, cardActions, cardOf, cardText, visibleText } from '../support/card-reader';
import { validationErrors } from '../support/card-validation';
import { botInstalled, cardSubmit, makeUser, textMessage, type TeamsUser } from '../support/teams-activity';
import type { AdaptiveCardJson } from '../../cards/render-card';

type Json = Record<string, unknown>;

describe('help and welcome name all three jobs', () => {
  const session = useBotSession();
  const connector = session.connector;

  const turn = async (user: TeamsUser, activity: Json): Promise<Json> => (await session.turn(user, activity)).at(-1)!;

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
