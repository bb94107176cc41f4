/**
 * `npm run validate:content`: loads content/, validates it and checks that it covers every rule id of
 * ../shared/guidelines/RULES.md (relative to the repo root) when that file exists, else the ids of content/rules.yaml.
 * Optional argument: another content folder. Exit code 1 when there are problems.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { GuidelinePack } from './guideline-pack';
import { findContentDir, GuidelinePackError, loadGuidelinePack } from './load-pack';
import { parseRuleIdsFromRulesMd, validatePack } from './validate-pack';

function report(problems: readonly string[]): number {
  console.error(`guideline pack has ${problems.length} problem(s):`);
  for (const problem of problems) console.error(`- ${problem}`);
  return 1;
}

function main(argv: readonly string[]): number {
  const contentDir = path.resolve(argv[0] ?? findContentDir());
  let pack: GuidelinePack;
  try {
    pack = loadGuidelinePack(contentDir);
  } catch (error) {
    if (error instanceof GuidelinePackError) return report(error.problems);
    throw error;
  }

  const rulesMd = path.resolve(path.dirname(contentDir), '../shared/guidelines/RULES.md');
  const problems: string[] = [];
  let expected = [...pack.rules.keys()];
  let source = 'content/rules.yaml';
  if (existsSync(rulesMd)) {
    expected = parseRuleIdsFromRulesMd(readFileSync(rulesMd, 'utf8'));
    source = rulesMd;
    if (expected.length === 0) problems.push(`${rulesMd} lists no rule ids`);
  }
  problems.push(...validatePack(pack, expected));
  if (problems.length > 0) return report(problems);

  const answers = pack.tree.nodes.filter((node) => node.kind === 'answer').length;
  console.log(
    `guideline pack OK: ${pack.document.sections.length} sections, ${pack.rules.size} rules, ${pack.nodes.size} nodes (${answers} answers)`,
  );
  console.log(`rule ids checked against ${source}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
