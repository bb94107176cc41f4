/**
 * The first labelled question set (content/questions-1.yaml), read and validated for the bench.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { repoRoot } from './target-process';

const labelledSet = z.object({
  questions: z.array(z.object({ q: z.string().min(1), lang: z.enum(['nb', 'nn', 'en']) })).min(1),
});

export function loadQuestionTexts(file = path.join(repoRoot, 'content', 'questions-1.yaml')): string[] {
  return labelledSet.parse(parse(readFileSync(file, 'utf8'))).questions.map((item) => item.q);
}
