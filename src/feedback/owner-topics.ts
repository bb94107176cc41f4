/**
 * Out-of-scope questions grouped by the words they share, for the guideline owner — simple enough to explain in
 * one sentence: each question's words, lower-cased, without Norwegian and English stop words, numbers and words
 * shorter than three letters; each question joins the group of its word that most questions contain (ties: the
 * alphabetically first word). Questions without such a word form the last group (`word: undefined`).
 */
import { eng, nob } from 'stopword';

/** Nynorsk function words the stopword package lacks (it has Bokmål and English). */
const NYNORSK = ['eg', 'ikkje', 'kva', 'korleis', 'kven', 'kvifor', 'dei', 'ein', 'eit', 'berre', 'frå', 'mykje', 'vere', 'me', 'ho', 'dykk', 'når'];
/** Words every question to this bot has, which group nothing. */
const QUESTION_WORDS = ['lov', 'får', 'må', 'bør', 'allowed', 'hvilken', 'hvilket', 'hvilke', 'kva', 'kvar', 'kven', 'korleis', 'which', 'what', 'kan', 'can', 'could', 'should'];
const STOP = new Set([...nob, ...eng, ...NYNORSK, ...QUESTION_WORDS]);

export function contentWords(text: string): string[] {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return [...new Set(words.filter((word) => word.length >= 3 && !STOP.has(word)))];
}

export interface TopicGroup<Q> {
  /** The shared word; undefined for the questions that have none. */
  word?: string;
  questions: Q[];
}

/** Largest group first, then alphabetically; the questions in each keep their order. */
export function groupByWords<Q extends { text: string }>(questions: readonly Q[]): TopicGroup<Q>[] {
  const wordsOf = questions.map((q) => contentWords(q.text));
  const questionsWith = new Map<string, number>();
  for (const words of wordsOf) for (const word of words) questionsWith.set(word, (questionsWith.get(word) ?? 0) + 1);
  const groups = new Map<string | undefined, Q[]>();
  questions.forEach((question, i) => {
    const word = [...(wordsOf[i] ?? [])].sort((a, b) => (questionsWith.get(b) ?? 0) - (questionsWith.get(a) ?? 0) || a.localeCompare(b, 'nb'))[0];
    groups.set(word, [...(groups.get(word) ?? []), question]);
  });
  return [...groups.entries()]
    .map(([word, qs]) => ({ word, questions: qs }))
    .sort((a, b) => (a.word === undefined ? 1 : 0) - (b.word === undefined ? 1 : 0) || b.questions.length - a.questions.length || (a.word ?? '').localeCompare(b.word ?? '', 'nb'));
}
