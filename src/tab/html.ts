/**
 * Small, safe HTML building for the tab pages: every text is escaped; the page shell links the shared style
 * sheet, the Teams JavaScript library and the page's own script (no inline script: the CSP forbids it).
 */
import type { Lang } from '../i18n/language';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** JSON for a `<script type="application/json">` block: `<` escaped so no text can close the element. */
export function jsonForHtml(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

export const TAB_ASSETS = '/tab/assets';

export interface PageShell {
  lang: Lang;
  title: string;
  /** The page's script in tab/public (e.g. "reader.js"). */
  script: string;
  /** Data for the page's script, read from #tab-data. */
  data: unknown;
  body: string;
}

export function pageShell(page: PageShell): string {
  return `<!doctype html>
<html lang="${page.lang === 'en' ? 'en' : 'nb'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)}</title>
<link rel="stylesheet" href="${TAB_ASSETS}/tab.css">
<script src="${TAB_ASSETS}/teams-js.js" defer></script>
<script src="${TAB_ASSETS}/theme.js" defer></script>
<script src="${TAB_ASSETS}/${escapeHtml(page.script)}" defer></script>
</head>
<body class="theme-default">
<script type="application/json" id="tab-data">${jsonForHtml(page.data)}</script>
${page.body}
</body>
</html>
`;
}

/** The protected tabs' local-mode note (no sign-in, this machine only): a bold label, then the explanation. */
export function localModeNote(title: string, body: string): string {
  return `<p class="local-mode" role="note"><strong>${escapeHtml(title)}</strong> ${escapeHtml(body)}</p>\n`;
}
