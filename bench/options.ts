/**
 * Command-line options of `npm run bench`: the full run (about 4 minutes on 2 cores) or `--smoke`
 * (a few seconds per scenario, for CI; writes no docs), plus overrides for experiments.
 */
import { z } from 'zod';

export interface BenchOptions {
  mode: 'full' | 'smoke';
  users: number[];
  rounds: number;
  /** Turns per round (split over the users); the echo baseline gets the same count. */
  turnsPerRound: number;
  warmupTurnsPerUser: number;
  /** Registrations/escalations per user in the warm-up (each waits for the outbox poll). */
  warmupJourneysPerUser: number;
  matcherPasses: number;
  coldStartRuns: number;
  /** Write docs/performance.md (full mode only, unless --no-docs). */
  writeDocs: boolean;
  /** JSON output path; default bench/results/latest.json (full) or a temp file (smoke). */
  jsonOut?: string;
  /** Start the bot with `node --cpu-prof` and leave the profile in this folder. */
  cpuProfDir?: string;
}

const positiveInt = z.coerce.number().int().positive();

export function parseOptions(argv: readonly string[]): BenchOptions {
  const smoke = argv.includes('--smoke');
  const value = (name: string): string | undefined => {
    const index = argv.indexOf(name);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const usersArg = value('--users');
  const options: BenchOptions = smoke
    ? { mode: 'smoke', users: [50], rounds: 1, turnsPerRound: 300, warmupTurnsPerUser: 2, warmupJourneysPerUser: 0, matcherPasses: 5, coldStartRuns: 1, writeDocs: false }
    : { mode: 'full', users: [50, 200], rounds: 3, turnsPerRound: 2400, warmupTurnsPerUser: 6, warmupJourneysPerUser: 1, matcherPasses: 50, coldStartRuns: 3, writeDocs: true };
  if (usersArg !== undefined) options.users = usersArg.split(',').map((u) => positiveInt.parse(u));
  const rounds = value('--rounds');
  if (rounds !== undefined) options.rounds = positiveInt.parse(rounds);
  const turns = value('--turns');
  if (turns !== undefined) options.turnsPerRound = positiveInt.parse(turns);
  if (argv.includes('--no-docs')) options.writeDocs = false;
  const json = value('--json');
  if (json !== undefined) options.jsonOut = json;
  const prof = value('--cpu-prof');
  if (prof !== undefined) options.cpuProfDir = prof;
  return options;
}
