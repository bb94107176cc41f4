/**
 * `npm run content:review`: the guideline owner's review queue (issue 12, ADR 0094) from the command line.
 * Opens the bot's own storage the way the bot does (the same configuration: SQLite under DATA_DIR, or
 * STORAGE=azure-blobs) and the pack's folder (CONTENT_DIR, default content/).
 *
 *   npm run content:review -- list [--all]      the proposed and accepted examples (--all: also rejected, applied)
 *   npm run content:review -- accept <id...>    accept proposed examples (an id or an unambiguous start of one)
 *   npm run content:review -- reject <id...>    reject them
 *   npm run content:review -- apply             add the accepted examples to tree.yaml, if the pack still validates
 *
 * `apply` writes nothing unless the changed pack passes the same check as `npm run validate:content` (exit code 1
 * and the problems otherwise). What it writes is a file change for a person to review and commit.
 */
import 'dotenv/config';
import path from 'node:path';
import { createStorage } from '../bot/storage/create-storage';
import { ConfigError, parseConfig, type AppConfig } from '../src/config/config-schema';
import { applyAcceptedExamples } from '../src/feedback/apply-accepted-examples';
import { ReviewQueue, type ReviewItem } from '../src/feedback/review-queue';
import { findContentDir } from '../src/guidelines/load-pack';

const USAGE = `Usage: npm run content:review -- <command>
  list [--all]      the proposed and accepted examples (--all: also the rejected and applied ones)
  accept <id...>    accept proposed examples (an id, or an unambiguous start of one)
  reject <id...>    reject them
  apply             add the accepted examples to tree.yaml if the guideline pack still validates
`;

const print = (line = ''): void => void process.stdout.write(`${line}\n`);
const complain = (line: string): void => void process.stderr.write(`${line}\n`);

function describe(item: ReviewItem): string {
  return `  ${item.id}  ${item.state.padEnd(8)}  ${item.lang}  ${item.nodeId}  ${JSON.stringify(item.text)}`;
}

async function list(queue: ReviewQueue, all: boolean): Promise<number> {
  const items = (await queue.list()).filter((item) => all || item.state === 'proposed' || item.state === 'accepted');
  if (items.length === 0) {
    print(all ? 'The review queue is empty.' : 'No examples waiting for review or to be applied.');
    return 0;
  }
  print(`${items.length} example(s)${all ? '' : ' proposed or accepted'} (id, state, language, node, text):`);
  for (const item of items) print(describe(item));
  print();
  print('Accept or reject with `npm run content:review -- accept <id...>` / `reject <id...>`; accepted ones go into tree.yaml with `apply`.');
  return 0;
}

/** The item an id (or the unambiguous start of one, at least 4 characters) names, or why there is none. */
function resolve(items: readonly ReviewItem[], given: string): ReviewItem | string {
  const exact = items.find((item) => item.id === given);
  if (exact) return exact;
  const matches = given.length >= 4 ? items.filter((item) => item.id.startsWith(given.toLowerCase())) : [];
  if (matches.length === 1 && matches[0]) return matches[0];
  return matches.length > 1 ? `${given}: more than one item starts with it; give more of the id` : `${given}: no such item in the review queue`;
}

async function decide(queue: ReviewQueue, ids: readonly string[], state: 'accepted' | 'rejected'): Promise<number> {
  if (ids.length === 0) {
    complain(`Name the item(s) to ${state === 'accepted' ? 'accept' : 'reject'}: npm run content:review -- list shows their ids.`);
    return 2;
  }
  const items = await queue.list();
  let failed = 0;
  for (const given of ids) {
    const found = resolve(items, given);
    const decided = typeof found === 'string' ? undefined : await queue.decide(found.id, state);
    if (typeof found === 'string' || !decided) {
      complain(typeof found === 'string' ? found : `${given}: no such item in the review queue`);
      failed += 1;
    } else if (decided.state === 'applied') {
      complain(`${decided.id}: already applied to tree.yaml; remove it there by hand if it should go`);
      failed += 1;
    } else {
      print(`${state}: ${describe(decided).trim()}`);
    }
  }
  return failed > 0 ? 1 : 0;
}

async function apply(queue: ReviewQueue, contentDir: string): Promise<number> {
  const outcome = await applyAcceptedExamples(queue, contentDir);
  if (outcome.kind === 'nothing-accepted') {
    print('No accepted examples to apply (accept some first: npm run content:review -- list).');
    return 0;
  }
  if (outcome.kind === 'refused') {
    complain(`Nothing was written: with the accepted examples the guideline pack has ${outcome.problems.length} problem(s):`);
    for (const problem of outcome.problems) complain(`- ${problem}`);
    complain('The examples stay accepted. Fix the content folder, or reject an example, and run apply again.');
    return 1;
  }
  if (outcome.added.length > 0) {
    print(`Added ${outcome.added.length} example(s) to ${outcome.treeFile}; the pack passes the validator (as npm run validate:content):`);
    for (const item of outcome.added) print(`  + ${item.nodeId} (${item.lang}): ${JSON.stringify(item.text)}`);
  }
  if (outcome.alreadyThere.length > 0) {
    print(`Already in tree.yaml, nothing added for ${outcome.alreadyThere.length} example(s):`);
    for (const item of outcome.alreadyThere) print(`  = ${item.nodeId} (${item.lang}): ${JSON.stringify(item.text)}`);
  }
  print('The review queue marks them applied.');
  if (outcome.added.length > 0) {
    const relative = path.relative(process.cwd(), contentDir);
    const shown = relative.startsWith('..') || path.isAbsolute(relative) ? contentDir : relative || '.';
    print();
    print(`This is a change to a file in your working copy, for a person to review and commit: git diff -- ${shown}`);
    print('A bot that watches the content folder reloads it as soon as the file changes.');
  }
  return 0;
}

async function run(args: readonly string[], config: AppConfig): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined || command === 'help' || command === '--help') {
    print(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (!['list', 'accept', 'reject', 'apply'].includes(command)) {
    complain(`Unknown command "${command}".\n${USAGE}`);
    return 2;
  }
  const storage = await createStorage(config.storage);
  try {
    const queue = new ReviewQueue(storage.store, () => new Date());
    if (command === 'list') return await list(queue, rest.includes('--all'));
    if (command === 'accept' || command === 'reject') return await decide(queue, rest, command === 'accept' ? 'accepted' : 'rejected');
    return await apply(queue, config.content.dir ?? findContentDir());
  } finally {
    storage.close();
  }
}

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = parseConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    complain(error.message);
    process.exitCode = 2;
    return;
  }
  process.exitCode = await run(process.argv.slice(2), config);
}

void main().catch((error: unknown) => {
  complain(`content:review failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exitCode = 1;
});
