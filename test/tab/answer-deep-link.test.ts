/**
 * Every answer card, given the guideline tab's linker, carries "Les hele punkt 4.4" / "Read section 4.4" as an
 * Action.OpenUrl to its first rule's anchor in that section (#R4.4.4), and stays a valid Adaptive Card 1.5. The bot
 * sends it end to end.
 */
import { validationErrors } from '../support/card-validation';
import { answerCard } from '../../cards/guideline-cards';
import { loadGuidelinePack, rulesOf } from '../../src/guidelines/load-pack';
import { sectionLinker } from '../../src/tab/section-links';
import { ConnectorStub } from '../support/connector-stub';
import { postActivity, startInProcess } from '../support/bot-under-test';
import { cardOf } from '../support/card-reader';
import { makeUser, personalConversationId, textMessage, TENANT_ID } from '../support/teams-activity';

const pack = loadGuidelinePack();
const APP_ID = '6a1f2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b';

function openUrls(card: Record<string, unknown> | undefined): { title: string; url: string }[] {
  const actions: unknown = card?.['actions'];
  return (Array.isArray(actions) ? actions : []).flatMap((a: unknown) => {
    const action = a as { type?: string; title?: string; url?: string };
    return action.type === 'Action.OpenUrl' ? [{ title: String(action.title), url: String(action.url) }] : [];
  });
}

describe('answer cards link into the guideline tab', () => {
  const answers = pack.tree.nodes.filter((n) => n.kind === 'answer');

  it.each(['nb', 'en'] as const)("every answer card (%s) has a valid read-more link to its first rule's anchor", (lang) => {
    const linker = sectionLinker({ teamsAppId: APP_ID, baseUrl: () => 'https://unused' });
    for (const node of answers) {
      const rule = rulesOf(pack, node)[0]!;
      const section = rule.section;
      const card = answerCard(pack, node, lang, linker);
      expect(validationErrors(card)).toEqual([]);
      const expectedTitle = section === 'vedtak' ? (lang === 'en' ? 'Read the adoption note' : 'Les hele vedtaket') : lang === 'en' ? `Read section ${section}` : `Les hele punkt ${section}`;
      expect(openUrls(card)).toEqual([{ title: expectedTitle, url: linker(rule.id) }]);
    }
  });

  it('has no link when no linker is given (cards built outside the bot)', () => {
    expect(openUrls(answerCard(pack, answers[0]!, 'nb'))).toEqual([]);
  });

  describe('from the running bot', () => {
    const connector = new ConnectorStub();
    let bot: Awaited<ReturnType<typeof startInProcess>> | undefined;
    afterEach(async () => {
      await bot?.stop();
      bot = undefined;
    });
    beforeAll(() => connector.start());
    afterAll(() => connector.stop());

    async function askForConsent(env: Record<string, string>): Promise<{ title: string; url: string }[]> {
      bot = await startInProcess({ ALLOWED_TENANT_ID: TENANT_ID, ...env });
      const user = makeUser('deep-link-user');
      const response = await postActivity(bot.url, textMessage(user, connector.url, 'Trenger jeg samtykke for å legge ut bilder av elever?'));
      expect(response.status).toBeLessThan(300);
      const sent = connector.sentTo(personalConversationId(user));
      const card = cardOf(sent[sent.length - 1]!);
      return openUrls(card);
    }

    it('links to the Teams deep link when TEAMS_APP_ID is configured', async () => {
      const links = await askForConsent({ TEAMS_APP_ID: APP_ID });
      expect(links).toEqual([{ title: 'Les hele punkt 4.4', url: `https://teams.microsoft.com/l/entity/${APP_ID}/guidelines?context=%7B%22subEntityId%22%3A%22R4.4.4%22%7D` }]);
    });

    it('links to the tab page on the bot itself otherwise', async () => {
      const links = await askForConsent({});
      expect(links).toEqual([{ title: 'Les hele punkt 4.4', url: `${bot!.url}/tab/guidelines#R4.4.4` }]);
    });
  });
});
