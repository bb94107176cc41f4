/**
 * The bench's figures as a markdown section (for docs/performance.md and the console). Only the part
 * between the bench markers is rewritten, so the hand-written analysis around it stays.
 */
import type { BenchResult, Comparison, ScenarioFigures } from './results';

export const BEGIN_MARKER = '<!-- bench:begin (written by npm run bench; do not edit by hand) -->';
export const END_MARKER = '<!-- bench:end -->';

const num = (value: number, digits = 1): string => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const times = (value: number | undefined): string => (value !== undefined && Number.isFinite(value) ? `${value.toFixed(2)}×` : '—');

function scenarioRow(s: ScenarioFigures, c: Comparison | undefined): string {
  return `| ${s.scenario} | ${s.users} | ${s.turns} | ${num(s.turnsPerSecond, 0)} | ${num(s.p50Ms)} | ${num(s.p99Ms)} | ${num(s.cpuMsPerTurn, 2)} | ${num(s.peakRssMb, 0)} | ${s.errors} | ${times(c?.throughput)} | ${times(c?.p99)} | ${times(c?.cpu)} |`;
}

export function renderMarkdown(result: BenchResult): string {
  const m = result.machine;
  const lines = [
    `Run: ${result.finishedAt} (${result.mode} mode, ${num(result.durationS, 0)} s). Machine: ${m.cpu}, ${m.cores} cores, ${num(m.memoryGb, 0)} GB RAM, ${m.os}, Node ${m.node}; load average ${num(m.loadAverageAtStart, 1)} at the start.`,
    `Settings: users ${result.settings.users.join(' and ')}; ${result.settings.rounds} round(s) per scenario of about ${result.settings.turnsPerRound} turns, each followed by an echo round of the same message count; ${result.settings.warmupTurnsPerUser} warm-up turn(s) per user first; outbox poll ${result.settings.outboxPollMs} ms (the production default).`,
    '',
    '| Scenario | Users | Turns | Turns/s | p50 ms | p99 ms | CPU ms/turn | Peak RSS MB | Errors | × echo turns/s | × echo p99 | × echo CPU |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...result.scenarios.map((s) => scenarioRow(s, result.comparisons.find((c) => c.scenario === s.scenario && c.users === s.users))),
    '',
    ...result.journeys.map(
      (j) =>
        `Workflows (c) at ${j.users} users, first message → requester told: registration (incl. IT acknowledging the channel card) p50 ${num(j.registration.p50Ms, 0)} ms / p99 ${num(j.registration.p99Ms, 0)} ms over ${j.registration.count}; ` +
        `escalation (incl. the leader approving) p50 ${num(j.escalation.p50Ms, 0)} ms / p99 ${num(j.escalation.p99Ms, 0)} ms over ${j.escalation.count}.`,
    ),
    `Matcher alone: ${num(result.matcher.questionsPerSecond, 0)} questions/s, p50 ${num(result.matcher.p50Ms, 3)} ms, p99 ${num(result.matcher.p99Ms, 3)} ms, max ${num(result.matcher.maxMs, 3)} ms over ${result.matcher.questions} labelled questions × ${result.matcher.passes} passes; index built in ${num(result.matcher.buildMs, 0)} ms.`,
    `Cold start (spawn → first answer at the connector, median of ${result.coldStart.bot.runs}): bot ${num(result.coldStart.bot.firstAnswerMs, 0)} ms (listening after ${num(result.coldStart.bot.listeningMs, 0)} ms, worst ${num(result.coldStart.bot.worstFirstAnswerMs, 0)} ms); echo ${num(result.coldStart.echo.firstAnswerMs, 0)} ms.${result.coldStart.botRestart ? ` Restart on the same data directory (the matcher's trained weights kept): bot ${num(result.coldStart.botRestart.firstAnswerMs, 0)} ms (listening after ${num(result.coldStart.botRestart.listeningMs, 0)} ms).` : ''}`,
    `Peak RSS over the whole run (VmHWM): bot ${num(result.peakRssMb.bot, 0)} MB, echo ${num(result.peakRssMb.echo, 0)} MB.`,
    '',
    '| Target (issue 6) | Limit | Measured | Met |',
    '|---|---|---|---|',
    ...result.targets.map((t) => `| ${t.target} | ${t.limit} | ${t.measured} | ${t.met ? 'yes' : '**no — missed**'} |`),
  ];
  if (result.cpuBreakdown) {
    lines.push('', `CPU per turn by component (this run was profiled with --cpu-prof, which slows both targets a little; module loading is the start-up spread over the turns):`, '', result.cpuBreakdown);
  }
  if (result.notMeasured.length > 0) lines.push('', ...result.notMeasured.map((note) => `Not measured: ${note}`));
  return lines.join('\n');
}

/** Puts `section` between the bench markers of `document` (appending the markers if they are missing). */
export function replaceBenchSection(document: string, section: string): string {
  const block = `${BEGIN_MARKER}\n${section}\n${END_MARKER}`;
  const begin = document.indexOf(BEGIN_MARKER);
  const end = document.indexOf(END_MARKER);
  if (begin === -1 || end === -1 || end < begin) return `${document.trimEnd()}\n\n${block}\n`;
  return `${document.slice(0, begin)}${block}${document.slice(end + END_MARKER.length)}`;
}
