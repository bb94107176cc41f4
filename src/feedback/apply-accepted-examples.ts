/**
 * Applies the review queue's accepted examples to the guideline pack's folder (`npm run content:review apply`):
 * the examples are added to tree.yaml's text (add-examples.ts), the changed folder is checked in a temporary copy
 * with the same check as `npm run validate:content` (check-content.ts, against the RULES.md of the real folder),
 * and only if it passes is tree.yaml replaced and the items marked applied. Otherwise nothing is written and the
 * problems are returned. The result is a file change in the working copy for a person to review and commit.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { addExamples, TreeLayoutError, UnknownNodeError, type AddedExamples } from '../guidelines/add-examples';
import { checkContent, rulesMdFor } from '../guidelines/check-content';
import { TREE_FILE } from '../guidelines/load-pack';
import type { ReviewItem, ReviewQueue } from './review-queue';

export type ApplyOutcome =
  | { kind: 'nothing-accepted' }
  /** Nothing was written; the items stay accepted. */
  | { kind: 'refused'; problems: string[] }
  /** tree.yaml was written (unless every example was already there) and every accepted item is now applied. */
  | { kind: 'applied'; added: ReviewItem[]; alreadyThere: ReviewItem[]; treeFile: string };

export async function applyAcceptedExamples(queue: ReviewQueue, contentDir: string): Promise<ApplyOutcome> {
  const accepted = (await queue.list()).filter((item) => item.state === 'accepted');
  if (accepted.length === 0) return { kind: 'nothing-accepted' };
  const treeFile = path.join(contentDir, TREE_FILE);
  const before = readFileSync(treeFile, 'utf8');

  let edit: AddedExamples<ReviewItem>;
  try {
    edit = addExamples(before, accepted);
  } catch (error) {
    if (error instanceof UnknownNodeError || error instanceof TreeLayoutError) return { kind: 'refused', problems: [error.message] };
    throw error;
  }
  const { added, skipped: alreadyThere } = edit;
  if (added.length > 0) {
    const problems = problemsWith(contentDir, edit.text);
    if (problems.length > 0) return { kind: 'refused', problems };
    replaceFile(treeFile, edit.text);
  }
  await queue.markApplied(accepted.map((item) => item.id));
  return { kind: 'applied', added, alreadyThere, treeFile };
}

/**
 * The validator's findings for the folder as it would be with `treeYaml` as its tree.yaml, checked in a temporary
 * copy laid out like the repo (<tmp>/repo/content beside <tmp>/shared/guidelines/RULES.md when the real one exists),
 * so the check is the one `npm run validate:content` runs on the real folder.
 */
function problemsWith(contentDir: string, treeYaml: string): string[] {
  const root = mkdtempSync(path.join(tmpdir(), 'content-review-'));
  try {
    const staging = path.join(root, 'repo', path.basename(contentDir));
    cpSync(contentDir, staging, { recursive: true });
    writeFileSync(path.join(staging, TREE_FILE), treeYaml, 'utf8');
    const rulesMd = rulesMdFor(contentDir);
    if (existsSync(rulesMd)) cpSync(rulesMd, rulesMdFor(staging));
    const check = checkContent(staging);
    return check.ok ? [] : check.problems;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** Write beside, then rename: a running bot watching the folder never reads a half-written tree.yaml. */
function replaceFile(file: string, text: string): void {
  const next = `${file}.${process.pid}.tmp`;
  writeFileSync(next, text, 'utf8');
  renameSync(next, file);
}
