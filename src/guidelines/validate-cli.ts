/**
 * `npm run validate:content`: loads content/, validates it and checks that it covers every rule id of
 * ../shared/guidelines/RULES.md (relative to the repo root) when that file exists, else the ids of content/rules.yaml
 * (check-content.ts; a running bot runs the same check before it reloads the pack). Optional argument: another
 * content folder. Exit code 1 when there are problems.
 */
import path from 'node:path';
import { checkContent } from './check-content';
import { findContentDir } from './load-pack';

function main(argv: readonly string[]): number {
  const result = checkContent(path.resolve(argv[0] ?? findContentDir()));
  if (!result.ok) {
    console.error(`guideline pack has ${result.problems.length} problem(s):`);
    for (const problem of result.problems) console.error(`- ${problem}`);
    return 1;
  }
  const { pack } = result;
  const answers = pack.tree.nodes.filter((node) => node.kind === 'answer').length;
  console.log(
    `guideline pack OK: ${pack.document.sections.length} sections, ${pack.rules.size} rules, ${pack.nodes.size} nodes (${answers} answers)`,
  );
  console.log(`rule ids checked against ${result.checkedAgainst}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
