/**
 * Where a target's CPU time went, from a V8 `.cpuprofile` (`node --cpu-prof`): every sample is charged to
 * the innermost frame on its stack that belongs to a known component (a native `writev` under the
 * connector client counts as the connector client), module loading is kept apart, idle is left out.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const profileSchema = z.object({
  nodes: z.array(
    z.object({
      id: z.number(),
      callFrame: z.object({ functionName: z.string(), url: z.string() }),
      children: z.array(z.number()).optional(),
    }),
  ),
  samples: z.array(z.number()),
  timeDeltas: z.array(z.number()),
});
export type CpuProfile = z.infer<typeof profileSchema>;

export function readCpuProfile(file: string): CpuProfile {
  return profileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** Components, most specific first; a frame belongs to the first whose pattern matches its script URL. */
const components: ReadonlyArray<readonly [string, RegExp]> = [
  ['question matcher', /node_modules\/(minisearch|snowball-stemmers|stopword)\/|\/src\/matching\//],
  ['storage (SQLite)', /node_modules\/(libsql|@libsql\/[^/]+)\/|\/src\/storage\//],
  ['cards (templating)', /node_modules\/(adaptivecards-templating|adaptive-expressions|antlr4ts)\/|\/cards\//],
  ['dialogs', /node_modules\/botbuilder-dialogs\//],
  ['bot state (load, hash, save)', /node_modules\/botbuilder-core\/lib\/(botState|storage|botStatePropertyAccessor)\.js/],
  ['outbound connector client', /node_modules\/(@azure\/[^/]+|@typespec\/[^/]+|botframework-connector)\/|botbuilder-stdlib\/lib\/azureCoreHttpCompat/],
  ['inbound HTTP (restify)', /node_modules\/(restify|find-my-way|restify-errors)\//],
  ['Bot Framework turn pipeline', /node_modules\/(botbuilder|botbuilder-core|botbuilder-stdlib|botframework-schema|zod)\//],
  ['logging (pino)', /node_modules\/(pino|pino-std-serializers|sonic-boom)\//],
  ['bot code (bot/, src/)', /^(?!.*node_modules).*\/(bot|src|bench)\/[^/]+$/],
];

export interface CpuBreakdown {
  /** CPU ms per component, idle excluded; `module loading` and `garbage collector` are their own rows. */
  ms: Record<string, number>;
  totalMs: number;
}

function componentOf(url: string): string | undefined {
  return components.find(([, pattern]) => pattern.test(url))?.[0];
}

export function breakdown(profile: CpuProfile): CpuBreakdown {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const cache = new Map<number, string>();

  const classify = (leaf: number): string => {
    const cached = cache.get(leaf);
    if (cached !== undefined) return cached;
    const frame = byId.get(leaf)?.callFrame;
    let result: string;
    if (frame?.functionName === '(idle)') result = 'idle';
    else if (frame?.functionName === '(garbage collector)') result = 'garbage collector';
    else {
      let found: string | undefined;
      let loading = false;
      for (let id: number | undefined = leaf; id !== undefined; id = parent.get(id)) {
        const callFrame = byId.get(id)?.callFrame;
        if (!callFrame) break;
        if (callFrame.url.startsWith('node:internal/modules/')) loading = true;
        found ??= componentOf(callFrame.url);
      }
      result = loading ? 'module loading (start-up)' : (found ?? 'Node.js core and other');
    }
    cache.set(leaf, result);
    return result;
  };

  const ms: Record<string, number> = {};
  let totalMs = 0;
  profile.samples.forEach((sample, index) => {
    const component = classify(sample);
    if (component === 'idle') return;
    const delta = (profile.timeDeltas[index] ?? 0) / 1000;
    ms[component] = (ms[component] ?? 0) + delta;
    totalMs += delta;
  });
  return { ms, totalMs };
}

/** A markdown table: CPU µs per turn by component, target beside baseline. */
export function renderBreakdown(target: CpuBreakdown, targetTurns: number, baseline: CpuBreakdown, baselineTurns: number): string {
  const rows = [...new Set([...Object.keys(target.ms), ...Object.keys(baseline.ms)])].sort((a, b) => (target.ms[b] ?? 0) - (target.ms[a] ?? 0));
  const perTurn = (ms: number | undefined, turns: number): string => (((ms ?? 0) * 1000) / turns).toFixed(0);
  return [
    '| Component | bot µs/turn | echo µs/turn |',
    '|---|---:|---:|',
    ...rows.map((row) => `| ${row} | ${perTurn(target.ms[row], targetTurns)} | ${perTurn(baseline.ms[row], baselineTurns)} |`),
    `| **total (idle excluded)** | **${perTurn(target.totalMs, targetTurns)}** | **${perTurn(baseline.totalMs, baselineTurns)}** |`,
  ].join('\n');
}
