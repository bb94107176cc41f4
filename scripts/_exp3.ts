import MiniSearch from 'minisearch';
import { loadGuidelinePack } from '../src/guidelines/load-pack';
import { rulesUnder } from '../src/guidelines/rules-under';
import { loadOutOfScopePhrasings } from '../src/matching/out-of-scope';
import { phrasingsOf } from '../src/matching/phrasings';
import { QuestionMatcher, OUT_OF_SCOPE } from '../src/matching/question-matcher';
import { Synonyms } from '../src/matching/synonyms';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
const pack = loadGuidelinePack();
const oos = loadOutOfScopePhrasings();
const phr = [...phrasingsOf(pack), ...oos.map((text) => ({ nodeId: null as string | null, text }))];
const m = new QuestionMatcher(phr, Synonyms.load());
const idx = (m as unknown as { index: MiniSearch }).index;
const N = new Set(phr.map((p) => p.nodeId ?? OUT_OF_SCOPE)).size;
function rank(q: string, exclude: number | undefined, alpha: number, support: number) {
  const per = new Map<string, { scores: number[]; qt: Set<string> }>();
  for (const h of idx.search(q)) {
    if (h.id === exclude) continue;
    const id = String(h['nodeId']);
    const e = per.get(id) ?? { scores: [], qt: new Set() };
    e.scores.push(h.score); h.queryTerms.forEach((t: string) => e.qt.add(t)); per.set(id, e);
  }
  const df = new Map<string, number>();
  for (const e of per.values()) for (const t of e.qt) df.set(t, (df.get(t) ?? 0) + 1);
  const rows = [...per.entries()].map(([id, e]) => {
    const best = Math.max(...e.scores); const rest = e.scores.reduce((a, b) => a + b, 0) - best;
    const cov = [...e.qt].reduce((s, t) => s + Math.log(1 + N / (df.get(t) ?? 1)), 0);
    return { id, bm: best + support * rest, cov };
  });
  const maxBm = Math.max(...rows.map((r) => r.bm), 1e-9), maxCov = Math.max(...rows.map((r) => r.cov), 1e-9);
  return rows.map((r) => ({ id: r.id, s: alpha * r.bm / maxBm + (1 - alpha) * r.cov / maxCov })).sort((a, b) => b.s - a.s);
}
const correct = (node: string | undefined, expected: string[] | 'none') => {
  if (expected === 'none') return node === undefined || node === OUT_OF_SCOPE;
  if (!node || node === OUT_OF_SCOPE) return false;
  return rulesUnder(pack, node).some((r) => expected.includes(r.id));
};
const examples = new Set(pack.tree.nodes.flatMap((n) => (n.examples ? [...n.examples.nb, ...n.examples.nn, ...n.examples.en] : [])));
const lab = parse(readFileSync('test/fixtures/labelled-questions.yaml', 'utf8')).questions as { q: string; expect: string[] | 'none' }[];
for (const alpha of [1, 0.8, 0.6, 0.5, 0.4, 0.2, 0]) for (const support of [0, 0.1, 0.3]) {
  let r = 0, n = 0;
  phr.forEach((p, i) => { if (p.nodeId !== null && !examples.has(p.text)) return; const top = rank(p.text, i, alpha, support)[0]; const exp = p.nodeId === null ? 'none' : rulesUnder(pack, p.nodeId).map((x) => x.id); if (correct(top?.id, exp as string[] | 'none')) r++; n++; });
  let lr = 0; for (const q of lab) { const top = rank(q.q, undefined, alpha, support)[0]; if (q.expect !== 'none' && correct(top?.id, q.expect)) lr++; }
  const inscope = lab.filter((q) => q.expect !== 'none').length;
  console.log(`alpha ${alpha} support ${support}: LOO top1 ${(100 * r / n).toFixed(1)}  labelled in-scope top1 ${(100 * lr / inscope).toFixed(1)}`);
}
