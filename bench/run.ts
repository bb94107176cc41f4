/**
 * `npm run bench`: what a turn of the bot costs, measured against a bare Bot Framework echo bot.
 *
 * Starts the bot as production runs it (compiled, SQLite on a temporary file, pino at warn) and the echo
 * baseline, each in its own process, plus a loopback Bot Connector that timestamps every reply. Simulated
 * Teams users (50, then 200, each in a personal conversation) walk the decision tree, ask free-text
 * questions and go through a registration and an escalation; the echo bot gets the same number of messages,
 * target and baseline alternating in rounds. Also measures the matcher alone and the cold start. Prints a
 * markdown table, writes JSON and (full mode) the figures section of docs/performance.md.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { uiText } from '../src/i18n/ui-text';
import { TENANT_ID } from '../test/support/teams-activity';
import { measureColdStart, measureRestart } from './cold-start';
import { ConnectorSink } from './connector-sink';
import { loadQuestionTexts } from './labelled-questions';
import { runLoadPhase, type LoadPhase, type Targets } from './load-phase';
import { benchMatcher } from './matcher-bench';
import { parseOptions } from './options';
import { peakRssBytes } from './proc-stats';
import { breakdown, readCpuProfile, renderBreakdown } from './profile-summary';
import { renderMarkdown, replaceBenchSection } from './report';
import { checkTargets, compare, type BenchResult } from './results';
import type { ScenarioContext } from './scenarios';
import { botSpec, echoSpec, removeDir, repoRoot, startTarget } from './target-process';
import { makeWorkflowSetup } from './workflow-journeys';

/** The outbox's production default: a registration reaches the IT channel within one poll. */
const OUTBOX_POLL_MS = 1000;

const log = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const started = performance.now();
  const loadAverageAtStart = os.loadavg()[0] ?? 0;
  if (loadAverageAtStart > os.cpus().length / 2) log(`warning: load average ${loadAverageAtStart.toFixed(1)} on ${os.cpus().length} cores — other work will skew the figures`);
  log(`bench (${options.mode}): users ${options.users.join(', ')}, ${options.rounds} round(s) of ~${options.turnsPerRound} turns per scenario`);
  const sink = await new ConnectorSink().start();
  const questions = loadQuestionTexts();
  const context: ScenarioContext = { serviceUrl: sink.url, questions };
  const failureTexts = [uiText('nb').turnError, uiText('en').turnError];
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'bench-'));
  const workflows = makeWorkflowSetup(Math.max(...options.users), workDir, sink.url);
  const botEnv = { ...workflows.env, OUTBOX_POLL_MS: String(OUTBOX_POLL_MS) };

  log('matcher alone…');
  const matcher = benchMatcher(questions, options.matcherPasses);
  log('cold start…');
  const coldBot = await measureColdStart(() => botSpec(TENANT_ID, botEnv), sink, options.coldStartRuns);
  const coldEcho = await measureColdStart(() => echoSpec(), sink, options.coldStartRuns);
  const restartBot = await measureRestart(() => botSpec(TENANT_ID, botEnv), sink, options.coldStartRuns);

  const profile = (name: string): string[] =>
    options.cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(options.cpuProfDir)}`, `--cpu-prof-name=${name}.cpuprofile`] : [];
  const spec = botSpec(TENANT_ID, botEnv, profile('bot'));
  const targets: Targets = { bot: await startTarget(spec), echo: await startTarget(echoSpec(profile('echo'))) };
  let load: LoadPhase;
  let peakRssMb: { bot: number; echo: number };
  try {
    load = await runLoadPhase({ options, targets, sink, context, workflows, failureTexts, log });
    peakRssMb = { bot: peakRssBytes(targets.bot.pid) / (1024 * 1024), echo: peakRssBytes(targets.echo.pid) / (1024 * 1024) };
  } finally {
    await Promise.all([targets.bot.stop(), targets.echo.stop()]);
    removeDir(spec.dataDir);
    removeDir(workDir);
    await sink.stop();
  }

  const scenarios = load.figures;
  const comparisons = scenarios
    .filter((s) => s.scenario !== 'echo')
    .flatMap((s) => {
      const baseline = scenarios.find((b) => b.scenario === 'echo' && b.users === s.users);
      return baseline ? [compare(s, baseline)] : [];
    });
  const result: BenchResult = {
    finishedAt: new Date().toISOString(),
    mode: options.mode,
    durationS: (performance.now() - started) / 1000,
    machine: {
      cpu: os.cpus()[0]?.model ?? 'unknown',
      cores: os.cpus().length,
      memoryGb: os.totalmem() / 1024 ** 3,
      os: `${os.type()} ${os.release()} ${os.arch()}`,
      node: process.version,
      loadAverageAtStart,
    },
    settings: { users: options.users, rounds: options.rounds, turnsPerRound: options.turnsPerRound, warmupTurnsPerUser: options.warmupTurnsPerUser, outboxPollMs: OUTBOX_POLL_MS },
    scenarios,
    comparisons,
    journeys: load.journeys,
    matcher,
    coldStart: { bot: coldBot, echo: coldEcho, botRestart: restartBot },
    peakRssMb,
    targets: checkTargets(comparisons, matcher, peakRssMb, coldBot),
    notMeasured: [],
  };
  if (options.cpuProfDir) {
    const dir = path.resolve(options.cpuProfDir);
    result.cpuBreakdown = renderBreakdown(
      breakdown(readCpuProfile(path.join(dir, 'bot.cpuprofile'))),
      load.turns.bot,
      breakdown(readCpuProfile(path.join(dir, 'echo.cpuprofile'))),
      load.turns.echo,
    );
  }

  const markdown = renderMarkdown(result);
  log(`\n${markdown}\n`);
  const jsonOut = options.jsonOut ?? (options.mode === 'full' ? path.join(repoRoot, 'bench', 'results', 'latest.json') : path.join(os.tmpdir(), 'bench-smoke.json'));
  mkdirSync(path.dirname(jsonOut), { recursive: true });
  writeFileSync(jsonOut, `${JSON.stringify(result, null, 2)}\n`);
  log(`JSON: ${jsonOut}`);
  if (options.writeDocs) {
    const docFile = path.join(repoRoot, 'docs', 'performance.md');
    const existing = existsSync(docFile) ? readFileSync(docFile, 'utf8') : '# Performance\n';
    writeFileSync(docFile, replaceBenchSection(existing, markdown));
    log(`Figures written to ${docFile}`);
  }
  const errors = scenarios.reduce((sum, s) => sum + s.errors, 0);
  if (errors > 0) {
    log(`${errors} turn(s) failed: ${[...new Set(scenarios.flatMap((s) => s.errorKinds))].join(', ')}`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
