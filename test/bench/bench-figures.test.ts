/**
 * The bench's arithmetic and reporting: percentiles, per-scenario sums, the targets, and the
 * docs section that is rewritten between markers without touching the hand-written text around it.
 */
import { BEGIN_MARKER, END_MARKER, renderMarkdown, replaceBenchSection } from '../../bench/report';
import { checkTargets, compare, summarise, type BenchResult } from '../../bench/results';
import { percentile, ratio, seededRandom } from '../../bench/stats';
import type { RoundResult } from '../../bench/load-round';

function round(latenciesMs: number[], wallMs: number, cpuMs: number, peakRssBytes = 100 * 1024 * 1024, errors = 0): RoundResult {
  return { turns: latenciesMs.length + errors, errors, wallMs, latenciesMs, cpuMs, peakRssBytes, errorKinds: errors ? ['no reply'] : [] };
}

describe('bench statistics', () => {
  it('takes nearest-rank percentiles', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('gives NaN for a ratio against nothing, and the same random walk for the same seed', () => {
    expect(ratio(5, 0)).toBeNaN();
    expect(ratio(3, 2)).toBe(1.5);
    const a = seededRandom(42);
    const b = seededRandom(42);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });

  it('sums a scenario over its rounds: turns/s from wall time, CPU per turn, p99 over all latencies, peak RSS', () => {
    const figures = summarise('tree-walk', 50, [round([1, 2, 3, 4], 1000, 8, 200 * 1024 * 1024), round([5, 6, 7, 8], 1000, 8, 300 * 1024 * 1024, 2)]);
    expect(figures.turns).toBe(10);
    expect(figures.turnsPerSecond).toBe(5);
    expect(figures.cpuMsPerTurn).toBeCloseTo(1.6);
    expect(figures.p99Ms).toBe(8);
    expect(figures.peakRssMb).toBe(300);
    expect(figures.errors).toBe(2);
  });
});

const echo = summarise('echo', 50, [round([10, 10, 20], 100, 3)]);
const matcher = { questions: 3, passes: 1, buildMs: 1, questionsPerSecond: 1000, p50Ms: 0.2, p99Ms: 0.9, maxMs: 1 };
const coldStart = { runs: 1, listeningMs: 900, firstAnswerMs: 1500, worstFirstAnswerMs: 1500 };

describe('targets of issue 6', () => {

  it('a tree walk at 0.9× the echo throughput and equal p99 meets both targets', () => {
    const walk = summarise('tree-walk', 50, [round([10, 10, 20], 111, 3)]);
    const checks = checkTargets([compare(walk, echo)], matcher, { bot: 110, echo: 100 }, coldStart);
    expect(checks.every((c) => c.met)).toBe(true);
  });

  it('a free-text turn at half the echo throughput, a slow matcher, big memory and a slow start are reported as missed', () => {
    const freeText = summarise('free-text', 50, [round([10, 10, 40], 200, 6)]);
    const checks = checkTargets([compare(freeText, echo)], { ...matcher, p99Ms: 1.3 }, { bot: 200, echo: 100 }, { ...coldStart, firstAnswerMs: 2500 });
    expect(checks.filter((c) => !c.met).map((c) => c.target)).toEqual([
      'free-text @ 50 users: turns/s vs echo',
      'free-text @ 50 users: p99 vs echo',
      'matcher p99',
      'peak RSS vs echo (whole run)',
      'cold start to first answer',
    ]);
  });
});

describe('docs/performance.md section', () => {
  it('replaces only the text between the markers', () => {
    const document = `# Performance\n\nIntro.\n\n${BEGIN_MARKER}\nold figures\n${END_MARKER}\n\n## Analysis\nKeep me.\n`;
    const updated = replaceBenchSection(document, 'new figures');
    expect(updated).toContain('Intro.');
    expect(updated).toContain('## Analysis\nKeep me.');
    expect(updated).toContain(`${BEGIN_MARKER}\nnew figures\n${END_MARKER}`);
    expect(updated).not.toContain('old figures');
  });

  it('appends the section when the markers are missing', () => {
    expect(replaceBenchSection('# Performance\n', 'figures')).toBe(`# Performance\n\n${BEGIN_MARKER}\nfigures\n${END_MARKER}\n`);
  });

  it('renders the table with ratios and says plainly which targets were missed', () => {
    const walk = summarise('tree-walk', 50, [round([10, 10, 20], 200, 6)]);
    const comparisons = [compare(walk, echo)];
    const result: BenchResult = {
      finishedAt: '2026-01-01T00:00:00.000Z',
      mode: 'smoke',
      durationS: 10,
      machine: { cpu: 'Test CPU', cores: 2, memoryGb: 8, os: 'Linux', node: 'v20', loadAverageAtStart: 0.1 },
      settings: { users: [50], rounds: 1, turnsPerRound: 3, warmupTurnsPerUser: 1, outboxPollMs: 1000 },
      scenarios: [walk, echo],
      comparisons,
      journeys: [{ users: 50, registration: { count: 2, p50Ms: 1200, p99Ms: 1900 }, escalation: { count: 2, p50Ms: 40, p99Ms: 80 } }],
      matcher,
      coldStart: { bot: coldStart, echo: coldStart },
      peakRssMb: { bot: 100, echo: 100 },
      targets: checkTargets(comparisons, matcher, { bot: 100, echo: 100 }, coldStart),
      notMeasured: ['(c) not yet'],
    };
    const markdown = renderMarkdown(result);
    expect(markdown).toContain('| tree-walk | 50 | 3 | 15 |');
    expect(markdown).toContain('0.50×');
    expect(markdown).toMatch(/tree-walk @ 50 users: turns\/s vs echo \| ≥ 0\.80× \| 0\.50× \| \*\*no — missed\*\*/);
    expect(markdown).toContain('Test CPU, 2 cores');
    expect(markdown).toContain('Not measured: (c) not yet');
    expect(markdown).toContain('registration (incl. IT acknowledging the channel card) p50 1200 ms / p99 1900 ms over 2');
  });
});
