/**
 * Judges what the bot makes of labelled questions (src/conversation/understand.ts) and sums it up, for
 * `npm run matcher:eval` and the dev floors in test/matching. The labelled question sets (content/questions-N.yaml)
 * are training data, so the dev measurement holds each set out in turn: it is judged by a matcher trained on the
 * pack and the other sets (`heldOut`). The locked sets in test/fixtures/locked/ are judged by the bot's own
 * matcher, trained on every set, and run to report, never to choose (ADR 0080, ADR 0098).
 */
import { understand, type Understanding } from '../../src/conversation/understand';
import type { GuidelinePack } from '../../src/guidelines/guideline-pack';
import { rulesUnder } from '../../src/guidelines/rules-under';
import type { LabelledQuestion } from '../../src/matching/labelled-questions';
import type { QuestionMatcher } from '../../src/matching/question-matcher';

/** One held-out set: its questions and what a matcher that never saw them made of each. */
export interface HeldOutSet {
  name: string;
  items: LabelledQuestion[];
  verdicts: Verdict[];
}

/** Each set (or only the one named `only`) judged by the matcher `train` builds from the other sets' questions (never from its own). */
export function heldOut(pack: GuidelinePack, sets: readonly { name: string; questions: LabelledQuestion[] }[], train: (questions: LabelledQuestion[]) => QuestionMatcher, only?: string): HeldOutSet[] {
  return sets.filter(({ name }) => only === undefined || name === only).map(({ name, questions }) => {
    const matcher = train(sets.filter((other) => other.name !== name).flatMap((other) => other.questions));
    return { name, items: questions, verdicts: questions.map((item) => judge(pack, item, understand(item.q, matcher))) };
  });
}

export interface Verdict {
  /** The first reply is right: an answer citing an expected rule (with the leader offered for doubt), the registration, small talk, or "not covered". */
  strict: boolean;
  /** The right answer is on screen: answered, or among the choices offered. */
  onScreen: boolean;
  /** An in-scope question got "Mente du …?" choices. */
  askedBack: boolean;
  /** An in-scope question got an answer that cites none of the expected rules. */
  confidentlyWrong: boolean;
  /** An out-of-scope question or small talk got an answer card. */
  invented: boolean;
  /** What was shown, for the confusion pairs: the answer's node, the choices, or the kind of reply. */
  shown: string;
}

const LEADER_RULES = ['R5.2.8', 'R5.2.9'];

export function judge(pack: GuidelinePack, item: LabelledQuestion, understood: Understanding): Verdict {
  const cites = (nodeId: string): boolean => rulesUnder(pack, nodeId).some((rule) => item.expect.includes(rule.id));
  // The registration is offered: started, offered beside the answer, or the answer's own "register" button.
  const answerOffersRegistration = (nodeId: string | undefined): boolean => {
    const node = nodeId ? pack.nodes.get(nodeId) : undefined;
    return node?.kind === 'answer' && node.offers.includes('registration');
  };
  const match = understood.kind === 'question' ? understood.match : undefined;
  const answered = match?.kind === 'confident' ? match.nodeId : undefined;
  const registration = understood.kind === 'registration' || (understood.kind === 'question' && understood.offersRegistration) || answerOffersRegistration(answered);
  const offered = match?.kind === 'ambiguous' ? match.nodeIds : [];
  // Topics offered as choices beside the answer (a card of its own under it: doubt's topics, close runners-up) are on screen too.
  const offeredBeside = understood.kind === 'question' ? understood.alsoOffer : [];
  const inScope = item.intent === 'answer' || item.intent === 'doubt' || item.intent === 'register';
  const leaderFlow = understood.kind === 'ask-leader' && item.expect.some((id) => LEADER_RULES.includes(id));
  const shown = answered ? `${answered}${offeredBeside.length > 0 ? `+?${offeredBeside.join('|')}` : ''}` : (offered.length > 0 ? `?${offered.join('|')}` : understood.kind === 'question' ? `none(${match?.kind === 'none' ? match.reason : ''})` : understood.kind);

  let strict: boolean;
  let onScreen: boolean;
  switch (item.intent) {
    case 'answer':
      strict = (answered !== undefined && cites(answered)) || leaderFlow;
      onScreen = strict || offered.some(cites) || offeredBeside.some(cites);
      break;
    case 'doubt': {
      const doubtHeard = understood.kind === 'ask-leader' || (understood.kind === 'question' && understood.doubt);
      strict = leaderFlow || (answered !== undefined && cites(answered) && doubtHeard);
      onScreen = strict || (answered !== undefined && cites(answered)) || offered.some(cites) || offeredBeside.some(cites) || understood.kind === 'ask-leader';
      break;
    }
    case 'register':
      strict = registration;
      onScreen = registration || (answered !== undefined && cites(answered)) || offered.some(cites);
      break;
    case 'smalltalk':
      strict = understood.kind === 'small-talk' || (understood.kind === 'command' && ['greeting', 'help'].includes(understood.command));
      onScreen = strict;
      break;
    case 'out-of-scope':
      strict = understood.kind === 'question' && match?.kind === 'none';
      onScreen = strict;
      break;
  }
  return {
    strict,
    onScreen,
    askedBack: inScope && offered.length > 0,
    confidentlyWrong: inScope && answered !== undefined && !cites(answered) && !registration,
    invented: !inScope && answered !== undefined,
    shown,
  };
}

export interface Summary {
  label: string;
  total: number;
  strict: number;
  onScreen: number;
  inScope: number;
  askedBack: number;
  confidentlyWrong: number;
  outOfScope: number;
  invented: number;
}

export function summarize(label: string, items: readonly LabelledQuestion[], verdicts: readonly Verdict[]): Summary {
  const s: Summary = { label, total: items.length, strict: 0, onScreen: 0, inScope: 0, askedBack: 0, confidentlyWrong: 0, outOfScope: 0, invented: 0 };
  items.forEach((item, i) => {
    const v = verdicts[i]!;
    if (v.strict) s.strict += 1;
    if (v.onScreen) s.onScreen += 1;
    if (['answer', 'doubt', 'register'].includes(item.intent)) s.inScope += 1;
    else s.outOfScope += 1;
    if (v.askedBack) s.askedBack += 1;
    if (v.confidentlyWrong) s.confidentlyWrong += 1;
    if (v.invented) s.invented += 1;
  });
  return s;
}

const pct = (n: number, of: number): string => (of === 0 ? '–' : `${((100 * n) / of).toFixed(1)} %`);

export function table(rows: readonly Summary[]): string {
  const head = '| slice | n | strict | on screen | asked back (in scope) | confidently wrong (in scope) | invented (out of scope + small talk) |\n|---|---:|---:|---:|---:|---:|---:|';
  const body = rows.map(
    (r) =>
      `| ${r.label} | ${r.total} | ${pct(r.strict, r.total)} | ${pct(r.onScreen, r.total)} | ${r.askedBack}/${r.inScope} (${pct(r.askedBack, r.inScope)}) | ${r.confidentlyWrong}/${r.inScope} (${pct(r.confidentlyWrong, r.inScope)}) | ${r.invented}/${r.outOfScope} |`,
  );
  return [head, ...body].join('\n');
}

/** The most frequent mistakes: expected rules → what was shown. */
export function confusionPairs(items: readonly LabelledQuestion[], verdicts: readonly Verdict[], top = 12): string[] {
  const counts = new Map<string, number>();
  items.forEach((item, i) => {
    const v = verdicts[i]!;
    if (v.strict) return;
    const key = `${item.intent}:${item.expect.join(',') || '–'} → ${v.shown}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([key, n]) => `${n}× ${key}`);
}
