/**
 * Labelled questions (content/questions-N.yaml): questions written by people who had only the guidelines — not the
 * pack's examples — each with the rule ids that answer it. They are training data: a question becomes an example
 * phrasing of the answers that cite a rule it expects (at most three, in tree order), or of "out of scope". Labels
 * name rules, not nodes, so they stay true when the tree is reorganised. The sets are also the matcher's dev
 * measurement, one held out at a time (scripts/matcher/evaluation.ts; docs/decisions/0098-labelled-questions-train.md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { GuidelinePack } from '../guidelines/guideline-pack';
import { contentDir } from '../guidelines/load-pack';
import { rulesUnder } from '../guidelines/rules-under';
import type { Phrasing } from './phrasings';

export const INTENTS = ['answer', 'doubt', 'smalltalk', 'register', 'out-of-scope'] as const;
export type Intent = (typeof INTENTS)[number];

export interface LabelledQuestion {
  q: string;
  lang: 'nb' | 'nn' | 'en';
  /** Rule ids that answer it (any one is right); empty when nothing in the guidelines does. */
  expect: string[];
  kind: 'short' | 'story';
  intent: Intent;
}

const fileSchema = z.object({
  questions: z.array(
    z.object({
      q: z.string().min(1),
      lang: z.enum(['nb', 'nn', 'en']),
      expect: z.union([z.literal('none'), z.array(z.string())]),
      kind: z.enum(['short', 'story']).optional(),
      intent: z.enum(INTENTS).optional(),
    }),
  ),
});

/** One file of labelled questions (also the locked test sets' format); throws naming the file when it is malformed. */
export function loadLabelledSet(file: string): LabelledQuestion[] {
  const parsed = fileSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data.questions.map((item) => {
    const expect = item.expect === 'none' ? [] : item.expect.filter((id) => id !== 'none');
    return { q: item.q, lang: item.lang, expect, kind: item.kind ?? 'short', intent: item.intent ?? (expect.length === 0 ? 'out-of-scope' : 'answer') };
  });
}

const SET_FILE = /^questions-(\d+)\.yaml$/;

/** The labelled question sets of a content folder, by name ("questions-1" …), in order. */
export function loadQuestionSets(dir: string = contentDir()): { name: string; questions: LabelledQuestion[] }[] {
  return readdirSync(dir)
    .filter((file) => SET_FILE.test(file))
    .sort((a, b) => Number(SET_FILE.exec(a)![1]) - Number(SET_FILE.exec(b)![1]))
    .map((file) => ({ name: path.basename(file, '.yaml'), questions: loadLabelledSet(path.join(dir, file)) }));
}

/** The rules about doubt itself (ask the nearest leader): a doubtful question is learnt as an example of its topic. */
const DOUBT_RULES = new Set(['R5.2.8', 'R5.2.9']);
/** A question that many answers could take is learnt as an example of the first few only. */
const MAX_ANSWERS_PER_QUESTION = 3;

/**
 * The questions as training phrasings. Small talk and registration requests are left out (they are recognised
 * before the matcher); a question expecting only the rules about doubt is left out too (the doubt is heard by its
 * words, doubt.ts, and its topic is what the matcher should learn).
 */
export function questionPhrasings(pack: GuidelinePack, questions: readonly LabelledQuestion[]): Phrasing[] {
  const answers = pack.tree.nodes.filter((node) => node.kind === 'answer').map((node) => ({ id: node.id, rules: new Set(rulesUnder(pack, node.id).map((rule) => rule.id)) }));
  return questions.flatMap((question): Phrasing[] => {
    if (question.intent === 'out-of-scope') return [{ nodeId: null, text: question.q }];
    if (question.intent === 'smalltalk' || question.intent === 'register') return [];
    const topical = question.expect.filter((id) => !DOUBT_RULES.has(id));
    return answers
      .filter((answer) => topical.some((id) => answer.rules.has(id)))
      .slice(0, MAX_ANSWERS_PER_QUESTION)
      .map((answer) => ({ nodeId: answer.id, text: question.q }));
  });
}
