/**
 * Dialog transcripts: the bot's conversation logic driven through botbuilder's TestAdapter, turn by turn.
 */
import { ConversationState, MemoryStorage, TestAdapter, UserState, type Activity } from 'botbuilder';
import { GuidelineBot } from '../../bot/guideline-bot';
import { turnContent } from '../../bot/turn-content';
import { fixedPack } from '../../src/guidelines/live-pack';
import { loadGuidelinePack } from '../../src/guidelines/load-pack';
import { loadOutOfScopePhrasings } from '../../src/matching/out-of-scope';
import { QuestionMatcher } from '../../src/matching/question-matcher';
import { Synonyms } from '../../src/matching/synonyms';
import { cardActions, cardOf, cardText, visibleText } from '../support/card-reader';

const pack = loadGuidelinePack();
const matcher = QuestionMatcher.fromPack(pack, loadOutOfScopePhrasings(), Synonyms.load());
const content = turnContent(fixedPack({ pack, matcher, version: 'test', loadedAt: '2025-01-01T00:00:00.000Z' }));

function newConversation(locale = 'nb-NO'): TestAdapter {
  const storage = new MemoryStorage();
  const bot = new GuidelineBot({ content, conversationState: new ConversationState(storage), userState: new UserState(storage) });
  const adapter = new TestAdapter(async (context) => bot.run(context));
  adapter.locale = locale;
  return adapter;
}

const json = (activity: Partial<Activity>): Record<string, unknown> => activity as unknown as Record<string, unknown>;
const submit = (value: unknown): Partial<Activity> => ({ type: 'message', value });

describe('guideline bot transcripts', () => {
  it('first contact: a greeting gets the welcome card with the topic menu', async () => {
    await newConversation()
      .send('hei')
      .assertReply((a) => {
        expect(cardText(cardOf(json(a)))).toMatch(/retningslinjer for sosiale medier/);
        expect(cardActions(cardOf(json(a))).filter((action) => action.data?.['verb'] === 'tree.go').length).toBe(8);
      });
  });

  it('menu → topic → answer, then Back and Start over', async () => {
    await newConversation()
      .send('meny')
      .assertReply(() => undefined)
      .send(submit({ verb: 'tree.go', node: 'topic-pictures', from: 'start' }))
      .assertReply((a) => expect(cardText(cardOf(json(a)))).toContain('Retningslinjer for sosiale medier, punkt 4.4'))
      .send(submit({ verb: 'tree.go', node: 'picture-colleagues', from: 'topic-pictures' }))
      .assertReply((a) => {
        const text = cardText(cardOf(json(a)));
        expect(text).toContain('Publiser aldri bilder av kollegaer uten samtykke.');
        expect(text).toContain('R4.4.5');
      })
      .send('tilbake')
      .assertReply((a) => expect(cardText(cardOf(json(a)))).toContain('Hva vil du vite om bilder og personvern?'))
      .send('start på nytt')
      .assertReply((a) => expect(cardText(cardOf(json(a)))).toContain('Hva gjelder spørsmålet ditt?'));
  });

  it('a stale Back on an old card goes to that card\'s parent, not where the user is now', async () => {
    await newConversation()
      .send('meny')
      .assertReply(() => undefined)
      .send(submit({ verb: 'tree.go', node: 'topic-pictures', from: 'start' }))
      .assertReply(() => undefined)
      .send(submit({ verb: 'tree.go', node: 'picture-colleagues', from: 'topic-pictures' }))
      .assertReply(() => undefined)
      .send('start på nytt')
      .assertReply(() => undefined)
      .send(submit({ verb: 'tree.back', node: 'picture-colleagues' }))
      .assertReply((a) => expect(cardText(cardOf(json(a)))).toContain('Hva vil du vite om bilder og personvern?'));
  });

  it('free text in Nynorsk without æ/ø/å reaches the answer for kommune e-mail on private profiles', async () => {
    await newConversation()
      .send('hei')
      .assertReply(() => undefined)
      .send('kan eg bruke e-postadressa mi fra jobben pa den private facebookprofilen min?')
      .assertReply((a) => expect(visibleText(json(a))).toContain('R5.2.5'));
  });

  it('"english" switches the language; answers cite "Social media guidelines, section …"', async () => {
    await newConversation()
      .send('hei')
      .assertReply(() => undefined)
      .send('english')
      .assertReply("OK, I'll answer in English.")
      .send(submit({ verb: 'tree.go', node: 'picture-colleagues' }))
      .assertReply((a) => {
        const text = cardText(cardOf(json(a)));
        expect(text).toContain('Social media guidelines, section 4.4');
        expect(text).toContain('Publiser aldri bilder av kollegaer uten samtykke.');
      });
  });

  it('help, and a hand-off that is not available yet says so honestly', async () => {
    await newConversation()
      .send('hei')
      .assertReply(() => undefined)
      .send('hjelp')
      .assertReply((a) => expect(cardText(cardOf(json(a)))).toContain('Slik bruker du meg'))
      .send(submit({ verb: 'handoff', kind: 'registration', node: 'create-profile' }))
      .assertReply((a) => expect(a.text).toMatch(/ikke klar ennå|nærmeste leder|IT/));
  });
});
