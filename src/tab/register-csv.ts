/** The register as CSV for IT, in the tabs' CSV format (csv.ts: Excel-friendly, formula-safe). */
import type { Lang } from '../i18n/language';
import { tabText } from '../i18n/tab-text';
import { csvTable } from './csv';
import type { RegisterEntry } from './register-entry';

export function registerCsv(entries: readonly RegisterEntry[], lang: Lang): string {
  const t = tabText(lang);
  const header = [t.colProfile, t.colPlatform, t.colUrl, t.colUnit, t.colState, t.colHead, t.colSubmittedBy, t.colSubmitted, t.colUpdated, t.colHistory];
  const rows = entries.map((e) => [
    e.profileName,
    e.platform,
    e.url ?? '',
    e.unit,
    t.states[e.state],
    e.headOfUnit,
    e.submittedBy,
    e.submittedAt,
    e.updatedAt,
    e.history.map((h) => `${h.at} ${t.states[h.state]} (${h.by})${h.note ? `: ${h.note}` : ''}`).join(' | '),
  ]);
  return csvTable(header, rows);
}
