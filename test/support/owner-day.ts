/**
 * A scripted day of questions through the bot's HTTP endpoint, for the owner tab's tests: answers found at once
 * (👍 and a 👎 with "Hva manglet?"), a choice picked from suggestions, a walk through the menu, questions the
 * bot could not answer (asked back, not covered) and out-of-scope questions sharing the word "ferie".
 */
import { postActivity } from './bot-under-test';
import { questionFor } from './question-for-outcome';
import { actionTitled, cardActions, cardOf, visibleText } from './card-reader';
import type { ConnectorStub, RecordedRequest } from './connector-stub';
import { cardSubmit, makeUser, personalConversationId, TENANT_ID, textMessage, type TeamsUser } from './teams-activity';

type Json = Record<string, unknown>;

export const DAY = {
  answered: 'kan jeg legge ut bilder av elevene pa facebook?',
  /** Vague one-word questions; the day asks the first one the pack's matcher asks back about (which depends on its training). */
  askedBackCandidates: ['side', 'gruppe', 'kommentere', 'bilde', 'konto', 'melding'],
  notCovered: 'snapchat',
  outOfScope: ['Hvordan søker jeg ferie i Visma?', 'Hvor mye ferie har jeg igjen?', 'hva er lunsjmenyen i kantina?'],
  /** Typed as "Hva manglet?" after a 👎; the phone number must not reach the owner. */
  missing: 'Hva med bilder fra skoleavslutningen? Ring meg på 912 34 567',
};

export interface DayFacts {
  /** The question that was asked back. */
  askedBack: string;
  /** The node the answered question got (from its card). */
  answeredNode: string;
  /** The node chosen from the suggestions. */
  chosenNode: string;
  /** The nodes offered for the asked-back question, best first. */
  offeredNodes: string[];
}

/** `tenantId`: the tenant the bot serves (ALLOWED_TENANT_ID), when not the test default. */
export async function scriptedDay(botUrl: string, connector: ConnectorStub, tenantId = TENANT_ID): Promise<DayFacts> {
  const turn = async (user: TeamsUser, activity: Json): Promise<RecordedRequest[]> => {
    const before = connector.requests.length;
    const response = await postActivity(botUrl, activity);
    if (response.status !== 200) throw new Error(`turn refused: ${response.status}`);
    return connector.requests.slice(before).filter((r) => r.conversationId === personalConversationId(user) && r.status === 200);
  };
  const say = async (user: TeamsUser, text: string): Promise<{ card: Json; id: string }> => {
    const [post] = await turn(user, textMessage(user, connector.url, text, tenantId));
    const card = post ? cardOf(post.body) : undefined;
    if (!post || !card) throw new Error(`no card for «${text}»: ${post ? visibleText(post.body) : 'no reply'}`);
    return { card, id: post.answeredId! };
  };
  const click = async (user: TeamsUser, id: string, data: unknown): Promise<Json> => {
    const [reply] = await turn(user, cardSubmit(user, connector.url, data, id, tenantId));
    const card = reply ? cardOf(reply.body) : undefined;
    if (!card) throw new Error('no card after the click');
    return card;
  };

  const kari = makeUser('Kari Nilsen');
  const ole = makeUser('Ole Hansen');
  const per = makeUser('Per Olsen');
  for (const user of [kari, ole, per]) await turn(user, textMessage(user, connector.url, 'hei', tenantId));

  // Answered at once: Kari finds it useful, Ole does not and says what was missing.
  const first = await say(kari, DAY.answered);
  const up = actionTitled(first.card, '👍 Ja').data!;
  await click(kari, first.id, up);
  const second = await say(ole, DAY.answered);
  const explain = await click(ole, second.id, actionTitled(second.card, '👎 Nei').data);
  await click(ole, second.id, { ...actionTitled(explain, 'Send').data, missing: DAY.missing });

  // Asked back: Per picks the first suggestion.
  const askedBack = questionFor(DAY.askedBackCandidates, (u) => u.kind === 'question' && u.match.kind === 'ambiguous').text;
  const suggestions = await say(per, askedBack);
  const choices = cardActions(suggestions.card).filter((a) => a.data?.['verb'] === 'tree.go');
  const chosen = choices[0]!.data!;
  await click(per, suggestions.id, chosen);

  // A walk through the menu to an answer.
  const menu = await say(per, 'meny');
  let card = menu.card;
  for (const title of ['Bilder og personvern', /kollega/i]) card = await click(per, menu.id, actionTitled(card, title).data);

  await say(kari, DAY.notCovered);
  for (const question of DAY.outOfScope) await say(ole, question);
  return { askedBack, answeredNode: String(up['node']), chosenNode: String(chosen['node']), offeredNodes: choices.map((c) => String(c.data!['node'])) };
}
