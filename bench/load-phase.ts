/**
 * The measured part of a bench run: for each number of users, a warm-up, then rounds in which the bot's
 * scenarios and the echo baseline alternate (each echo round gets the message count of the bot round
 * before it), so that noise on the machine hits both.
 */
import type { ConnectorSink } from './connector-sink';
import { openPool, runRound, type RoundResult } from './load-round';
import type { BenchOptions } from './options';
import { summarise, type JourneyFigures, type ScenarioFigures } from './results';
import { makeUsers, type ScenarioContext, type ScenarioName, type VirtualUser } from './scenarios';
import { percentile } from './stats';
import type { TargetProcess } from './target-process';
import { runWorkflowRound, type WorkflowRoundResult, type WorkflowSetup } from './workflow-journeys';

export interface Targets {
  bot: TargetProcess;
  echo: TargetProcess;
}

export interface LoadPhase {
  figures: ScenarioFigures[];
  journeys: JourneyFigures[];
  /** Turns each target served, warm-up included (to divide profiles by). */
  turns: { bot: number; echo: number };
}

export interface LoadPhaseInput {
  options: BenchOptions;
  targets: Targets;
  sink: ConnectorSink;
  context: ScenarioContext;
  workflows: WorkflowSetup;
  failureTexts: readonly string[];
  log: (line: string) => void;
}

type Measured = ScenarioName | 'workflows';

const describe = (scenario: Measured, result: RoundResult): string =>
  `${scenario.padEnd(9)} ${result.turns} turns in ${(result.wallMs / 1000).toFixed(1)} s, ${((result.turns * 1000) / result.wallMs).toFixed(0)} turns/s, ` +
  `p99 ${percentile(result.latenciesMs, 99).toFixed(0)} ms, ${result.errors} errors`;

export async function runLoadPhase(input: LoadPhaseInput): Promise<LoadPhase> {
  const { options, targets, sink, context, workflows, failureTexts, log } = input;
  const figures: ScenarioFigures[] = [];
  const journeys: JourneyFigures[] = [];
  const turns = { bot: 0, echo: 0 };
  for (const userCount of options.users) {
    const botPool = openPool(targets.bot, userCount);
    const echoPool = openPool(targets.echo, userCount);
    const groups: Record<ScenarioName, VirtualUser[]> = {
      'tree-walk': makeUsers('tree-walk', userCount, context),
      'free-text': makeUsers('free-text', userCount, context),
      echo: makeUsers('echo', userCount, context),
    };
    const employees = workflows.employees.slice(0, userCount);
    const turnsPerUser = Math.max(1, Math.round(options.turnsPerRound / userCount));
    // A journey is about five turns; at least one registration and one escalation per user.
    const journeysPerUser = Math.max(2, Math.round(options.turnsPerRound / (5 * userCount)));

    // The targets' HTTP servers close keep-alive connections idle for 5 s (Node's default), which they are while
    // the other target runs; re-opening a few hundred at once costs seconds that no real turn pays. So each
    // measured round is preceded by one unmeasured turn per user, which re-opens the connections.
    const prime = async (target: 'bot' | 'echo'): Promise<void> => {
      const result = await runRound(target === 'echo' ? echoPool : botPool, {
        target: targets[target],
        sink,
        users: groups[target === 'echo' ? 'echo' : 'tree-walk'],
        turnsPerUser: 1,
        failureTexts,
      });
      turns[target] += result.turns;
    };
    const round = async (scenario: ScenarioName, turnsEach: number): Promise<RoundResult> => {
      await prime(scenario === 'echo' ? 'echo' : 'bot');
      const result = await runRound(scenario === 'echo' ? echoPool : botPool, {
        target: scenario === 'echo' ? targets.echo : targets.bot,
        sink,
        users: groups[scenario],
        turnsPerUser: turnsEach,
        failureTexts,
      });
      turns[scenario === 'echo' ? 'echo' : 'bot'] += result.turns;
      return result;
    };
    const workflowRound = async (journeysEach: number): Promise<WorkflowRoundResult> => {
      await prime('bot');
      const result = await runWorkflowRound(botPool, { target: targets.bot, sink, employees, itMember: workflows.itMember, journeysPerUser: journeysEach, failureTexts });
      turns.bot += result.turns;
      return result;
    };

    log(`\n${userCount} users: warming up (${options.warmupTurnsPerUser} turns and ${options.warmupJourneysPerUser} workflow journey(s) each)…`);
    const warm = [
      await round('tree-walk', options.warmupTurnsPerUser),
      await round('free-text', options.warmupTurnsPerUser),
      ...(options.warmupJourneysPerUser > 0 ? [await workflowRound(options.warmupJourneysPerUser)] : []),
      await round('echo', options.warmupTurnsPerUser),
    ];
    const warmErrors = warm.reduce((sum, r) => sum + r.errors, 0);
    if (warmErrors > 0) log(`  warm-up had ${warmErrors} error(s): ${[...new Set(warm.flatMap((r) => r.errorKinds))].join(', ')}`);

    const rounds: Record<Measured, RoundResult[]> = { 'tree-walk': [], 'free-text': [], workflows: [], echo: [] };
    const workflowResults: WorkflowRoundResult[] = [];
    for (let r = 1; r <= options.rounds; r++) {
      for (const scenario of ['tree-walk', 'free-text', 'workflows'] as const) {
        let result: RoundResult;
        if (scenario === 'workflows') {
          const workflowResult = await workflowRound(journeysPerUser);
          workflowResults.push(workflowResult);
          result = workflowResult;
        } else {
          result = await round(scenario, turnsPerUser);
        }
        rounds[scenario].push(result);
        log(`  round ${r} ${describe(scenario, result)}`);
        // The baseline right after, with the same number of messages.
        const echo = await round('echo', Math.max(1, Math.round(result.turns / userCount)));
        rounds.echo.push(echo);
        log(`  round ${r} ${describe('echo', echo)}`);
      }
    }
    await Promise.all([botPool.close(), echoPool.close()]);
    log(`  connector so far: ${sink.requests} requests over ${sink.connections} TCP connections`);
    for (const scenario of ['tree-walk', 'free-text', 'workflows', 'echo'] as const) figures.push(summarise(scenario, userCount, rounds[scenario]));
    const registrations = workflowResults.flatMap((w) => w.registrationMs);
    const escalations = workflowResults.flatMap((w) => w.escalationMs);
    journeys.push({
      users: userCount,
      registration: { count: registrations.length, p50Ms: percentile(registrations, 50), p99Ms: percentile(registrations, 99) },
      escalation: { count: escalations.length, p50Ms: percentile(escalations, 50), p99Ms: percentile(escalations, 99) },
    });
  }
  return { figures, journeys, turns };
}
