/**
 * CSV for the tabs' downloads (the register, the owner's report): semicolon-separated, as Norwegian Excel
 * expects, UTF-8 with BOM, CRLF lines. Cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR) are
 * prefixed with an apostrophe (CSV formula injection), and quoted when they hold a separator, quote or newline.
 */
const SEPARATOR = ';';

export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(SEPARATOR)).join('\r\n')}\r\n`;
}
