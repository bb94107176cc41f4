/**
 * The CPU breakdown charges each profile sample to the innermost known component on its stack.
 */
import { breakdown, renderBreakdown, type CpuProfile } from '../../bench/profile-summary';

const frame = (id: number, functionName: string, url: string, children: number[] = []): CpuProfile['nodes'][number] => ({ id, callFrame: { functionName, url }, children });

// root ─┬─ (idle)
//       ├─ (garbage collector)
//       ├─ search (minisearch) ── writev (native)
//       ├─ executeStmt (@libsql/client)
//       ├─ send (@azure/core-rest-pipeline) ── writev (native)
//       └─ Module._load (node:internal/modules) ── compile (restify)
const profile: CpuProfile = {
  nodes: [
    frame(1, '(root)', '', [2, 3, 4, 6, 7, 9]),
    frame(2, '(idle)', ''),
    frame(3, '(garbage collector)', ''),
    frame(4, 'search', 'file:///app/node_modules/minisearch/dist/cjs/index.cjs', [5]),
    frame(5, 'writev', ''),
    frame(6, 'executeStmt', 'file:///app/node_modules/@libsql/client/lib-cjs/sqlite3.js'),
    frame(7, 'send', 'file:///app/node_modules/@azure/core-rest-pipeline/dist/index.js', [8]),
    frame(8, 'writev', ''),
    frame(9, 'Module._load', 'node:internal/modules/cjs/loader', [10]),
    frame(10, 'compile', 'file:///app/node_modules/restify/lib/index.js'),
  ],
  samples: [2, 2, 3, 5, 6, 6, 8, 10],
  timeDeltas: [5000, 5000, 1000, 2000, 1000, 1000, 3000, 4000],
};

describe('CPU breakdown from a .cpuprofile', () => {
  it('leaves idle out and charges native frames to the component that called them', () => {
    const result = breakdown(profile);
    expect(result.ms).toEqual({
      'garbage collector': 1,
      'question matcher': 2,
      'storage (SQLite)': 2,
      'outbound connector client': 3,
      'module loading (start-up)': 4,
    });
    expect(result.totalMs).toBe(12);
  });

  it('renders µs per turn for the bot beside the echo baseline', () => {
    const table = renderBreakdown(breakdown(profile), 2, breakdown(profile), 4);
    expect(table).toContain('| module loading (start-up) | 2000 | 1000 |');
    expect(table).toContain('| **total (idle excluded)** | **6000** | **3000** |');
  });
});
