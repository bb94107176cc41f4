/**
 * The owner's report as CSV, one part per download (each a plain table a spreadsheet can filter): the answers
 * with their counts and votes, the failed questions with their closest node, the out-of-scope questions with
 * their shared word. The tabs' CSV format (csv.ts): Excel-friendly and formula-safe.
 */
import type { OwnerReport } from '../feedback/owner-report';
import type { Lang } from '../i18n/language';
import { ownerText } from '../i18n/owner-text';
import { csvTable } from './csv';

export const OWNER_CSV_PARTS = ['answers', 'failed', 'out-of-scope'] as const;
export type OwnerCsvPart = (typeof OWNER_CSV_PARTS)[number];

export function ownerCsv(report: OwnerReport, part: OwnerCsvPart, lang: Lang): string {
  const t = ownerText(lang);
  switch (part) {
    case 'answers':
      return csvTable(
        [t.csvNode, t.colTitle, t.colRules, t.colMatched, t.colChosen, t.colMenu, t.colTotal, t.colUp, t.colDown, t.colMissing],
        report.answers.map((a) => [a.nodeId, a.title, a.ruleIds.join(' '), ...[a.answered.matched, a.answered.chosen, a.answered.menu, a.answered.total, a.up, a.down].map(String), a.missing.join(' | ')]),
      );
    case 'failed':
      return csvTable(
        [t.csvNode, t.colTitle, t.colQuestion, t.colOutcome, t.colWhen, t.colLang],
        report.failed.flatMap((g) => g.questions.map((q) => [g.nodeId ?? '', g.title ?? t.failedNone, q.text, t.outcomes[q.outcome] ?? q.outcome, q.at, q.lang])),
      );
    case 'out-of-scope':
      return csvTable(
        [t.colWord, t.colQuestion, t.colWhen, t.colLang],
        report.outOfScope.flatMap((g) => g.questions.map((q) => [g.word ?? t.noWord, q.text, q.at, q.lang])),
      );
  }
}
