/**
 * The register as CSV for IT (semicolon-separated, as Norwegian Excel expects; UTF-8 with BOM). Cells that a
 * spreadsheet would run as a formula (=, +, -, @, tab, CR) are prefixed with an apostrophe.
 */
import type { Lang } from '../i18n/language';
import { tabText } from '../i18n/tab-text';
import type { RegisterEntry } from './register-entry';

const SEPARATOR = ';';

export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

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
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(SEPARATOR)).join('\r\n')}\r\n`;
}
