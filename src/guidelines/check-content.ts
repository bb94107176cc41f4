/**
 * The content check that `npm run validate:content` runs and that a running bot runs before it swaps in a changed
 * pack (ADR 0091): load and validate the folder, with the rule ids of ../shared/guidelines/RULES.md (relative to the
 * repo root beside the folder) when that file exists, else the pack's own ids.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadQuestionSets, type LabelledQuestion } from '../matching/labelled-questions';
import type { GuidelinePack } from './guideline-pack';
import { GuidelinePackError, loadGuidelinePack } from './load-pack';
import { parseRuleIdsFromRulesMd, validatePack } from './validate-pack';

export type ContentCheck =
  | { ok: true; pack: GuidelinePack; /** the labelled questions (content/questions-N.yaml), checked */ questions: LabelledQuestion[]; /** where the expected rule ids came from */ checkedAgainst: string }
  | { ok: false; problems: string[] };

/** RULES.md for a content folder: <repo>/../shared/guidelines/RULES.md, the repo being the folder's parent. */
export function rulesMdFor(contentDir: string): string {
  return path.resolve(path.dirname(contentDir), '../shared/guidelines/RULES.md');
}

export function checkContent(contentDir: string): ContentCheck {
  let pack: GuidelinePack;
  try {
    pack = loadGuidelinePack(contentDir);
  } catch (error) {
    if (error instanceof GuidelinePackError) return { ok: false, problems: error.problems };
    throw error;
  }
  const { questions, problems: questionProblems } = checkQuestions(contentDir, pack);
  const rulesMd = rulesMdFor(contentDir);
  if (!existsSync(rulesMd)) {
    const problems = [...validatePack(pack, [...pack.rules.keys()]), ...questionProblems];
    return problems.length > 0 ? { ok: false, problems } : { ok: true, pack, questions, checkedAgainst: 'content/rules.yaml' };
  }
  const expected = parseRuleIdsFromRulesMd(readFileSync(rulesMd, 'utf8'));
  const problems = [...(expected.length === 0 ? [`${rulesMd} lists no rule ids`] : []), ...validatePack(pack, expected), ...questionProblems];
  return problems.length > 0 ? { ok: false, problems } : { ok: true, pack, questions, checkedAgainst: rulesMd };
}

/** The labelled questions (content/questions-N.yaml) must be well-formed and expect only rules of the pack. */
function checkQuestions(contentDir: string, pack: GuidelinePack): { questions: LabelledQuestion[]; problems: string[] } {
  try {
    const sets = loadQuestionSets(contentDir);
    const problems = sets.flatMap(({ name, questions }) =>
      questions.flatMap((question, i) => question.expect.filter((id) => !pack.rules.has(id)).map((id) => `${name}.yaml: question ${i + 1} expects ${id}, which is not a rule of the pack`)),
    );
    return { questions: sets.flatMap((set) => set.questions), problems };
  } catch (error) {
    return { questions: [], problems: [error instanceof Error ? error.message : String(error)] };
  }
}
