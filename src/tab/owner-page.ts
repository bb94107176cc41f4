/**
 * The guideline owner's tab ("Tilbakemeldinger", a personal tab): a skeleton page whose tables are filled by
 * tab/public/owner.js from the SSO-protected report API, as the register tab does. Every table has a caption and
 * column headers; numbers are text, never colour alone.
 */
import type { Lang } from '../i18n/language';
import { ownerText } from '../i18n/owner-text';
import { tabText } from '../i18n/tab-text';
import { escapeHtml, localModeNote, pageShell } from './html';

export const OWNER_TAB_PATH = '/tab/owner';
export const OWNER_REPORT_PATH = '/api/tab/owner/report';
export const OWNER_CSV_PATH = '/api/tab/owner/report.csv';
export const OWNER_REVIEW_PATH = '/api/tab/owner/review-queue';
export const OWNER_PERIODS = [7, 30, 180] as const;
export const DEFAULT_PERIOD = 30;
/** The static tab's entityId in manifest/manifest.template.json. */
export const OWNER_TAB_ENTITY_ID = 'ownerFeedback';

/** The owner tab in Teams (a deep link when the app id is known), else the page on the bot's server. */
export function ownerTabLink(teamsAppId: string | undefined, baseUrl: string): string {
  return teamsAppId ? `https://teams.microsoft.com/l/entity/${encodeURIComponent(teamsAppId)}/${OWNER_TAB_ENTITY_ID}` : `${baseUrl.replace(/\/+$/, '')}${OWNER_TAB_PATH}`;
}

function table(id: string, caption: string, columns: readonly string[]): string {
  const head = columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('');
  return `<div class="table-wrap" tabindex="0" role="region" aria-labelledby="${id}-caption">
<table id="${id}"><caption id="${id}-caption">${escapeHtml(caption)}</caption>
<thead><tr>${head}</tr></thead><tbody></tbody></table>
</div>`;
}

/** `localMode`: no sign-in (no app id, no SSO, this machine only); the page says so and asks for no token. */
export function ownerPage(lang: Lang, options: { localMode?: boolean } = {}): string {
  const t = ownerText(lang);
  const localNote = options.localMode ? localModeNote(t.localModeTitle, t.localModeBody) : '';
  const periods = OWNER_PERIODS.map((d) => `<option value="${d}"${d === DEFAULT_PERIOD ? ' selected' : ''}>${escapeHtml(t.periods[String(d)] ?? String(d))}</option>`).join('');
  const stat = (id: string, label: string): string => `<div class="stat"><dt>${escapeHtml(label)}</dt><dd id="${id}">–</dd></div>`;
  const body = `<a class="skip-link" href="#main">${escapeHtml(tabText(lang).skipToContent)}</a>
<header class="page-header">
<p class="page-kicker">Båtsfjord kommune</p>
<h1>${escapeHtml(t.title)}</h1>
<p>${escapeHtml(t.intro)}</p>
${localNote}</header>
<main id="main" tabindex="-1" class="owner">
<form id="period-form" class="filters">
<div class="field"><label for="period">${escapeHtml(t.periodLabel)}</label><select id="period" name="days">${periods}</select></div>
<p id="period-shown"></p>
</form>
<div id="status" role="status" aria-live="polite"><p>${escapeHtml(t.loading)}</p></div>
<div id="report" hidden>
<section aria-labelledby="summary-heading">
<h2 id="summary-heading">${escapeHtml(t.summaryHeading)}</h2>
<dl class="stats">${stat('stat-answered', t.summaryAnswered)}${stat('stat-up', t.summaryUp)}${stat('stat-down', t.summaryDown)}${stat('stat-failed', t.summaryFailed)}${stat('stat-out-of-scope', t.summaryOutOfScope)}</dl>
</section>
<section aria-labelledby="answers-heading">
<h2 id="answers-heading">${escapeHtml(t.answersHeading)}</h2>
<button type="button" class="export" data-part="answers">${escapeHtml(t.exportAnswers)}</button>
<p><label class="inline"><input type="checkbox" id="show-unused"> ${escapeHtml(t.showUnused)}</label></p>
${table('answers-table', t.answersCaption, [t.colTitle, t.colRules, t.colMatched, t.colChosen, t.colMenu, t.colTotal, t.colUp, t.colDown, t.colMissing])}
</section>
<section aria-labelledby="failed-heading">
<h2 id="failed-heading">${escapeHtml(t.failedHeading)}</h2>
<button type="button" class="export" data-part="failed">${escapeHtml(t.exportFailed)}</button>
<div id="failed-groups"></div>
</section>
<section aria-labelledby="out-of-scope-heading">
<h2 id="out-of-scope-heading">${escapeHtml(t.outOfScopeHeading)}</h2>
<button type="button" class="export" data-part="out-of-scope">${escapeHtml(t.exportOutOfScope)}</button>
${table('out-of-scope-table', t.outOfScopeCaption, [t.colWord, t.colCount, t.colQuestion])}
</section>
</div>
</main>`;
  return pageShell({
    lang,
    title: t.title,
    script: 'owner.js',
    data: {
      lang,
      apiPath: OWNER_REPORT_PATH,
      csvPath: OWNER_CSV_PATH,
      reviewPath: OWNER_REVIEW_PATH,
      localMode: options.localMode === true,
      text: {
        failedCaption: t.failedCaption,
        failedNone: t.failedNone,
        failedNoneCaption: t.failedNoneCaption,
        colQuestion: t.colQuestion,
        colOutcome: t.colOutcome,
        colWhen: t.colWhen,
        colLang: t.colLang,
        colAction: t.colAction,
        outcomes: t.outcomes,
        langs: t.langs,
        guessed: t.guessed,
        nodeSelect: t.nodeSelect,
        addExample: t.addExample,
        added: t.added,
        addFailed: t.addFailed,
        noWord: t.noWord,
        noRows: t.noRows,
        periodShown: t.periodShown,
        notInTeams: t.notInTeams,
        notSignedIn: t.notSignedIn,
      },
    },
    body,
  });
}
