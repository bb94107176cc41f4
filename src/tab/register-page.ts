/**
 * IT's profile register page (the channel tab) and its configuration page. The page is a skeleton: the rows
 * come from the SSO-protected JSON API, fetched by tab/public/register.js with the user's Teams token.
 */
import type { Lang } from '../i18n/language';
import { tabText } from '../i18n/tab-text';
import { escapeHtml, localModeNote, pageShell } from './html';
import { registerStates } from './register-entry';

export const REGISTER_TAB_PATH = '/tab/register';
export const REGISTER_CONFIG_PATH = '/tab/register/config';
export const REGISTER_API_PATH = '/api/tab/register';
export const REGISTER_CSV_PATH = '/api/tab/register.csv';

/** `localMode`: no sign-in (no app id, no SSO, this machine only); the page says so and asks for no token. */
export function registerPage(lang: Lang, options: { localMode?: boolean } = {}): string {
  const t = tabText(lang);
  const localNote = options.localMode ? localModeNote(t.localModeTitle, t.localModeBody) : '';
  const stateOptions = registerStates.map((s) => `<option value="${s}">${escapeHtml(t.states[s])}</option>`).join('');
  const body = `<a class="skip-link" href="#main">${escapeHtml(t.skipToContent)}</a>
<header class="page-header">
<p class="page-kicker">Båtsfjord kommune</p>
<h1>${escapeHtml(t.registerTitle)}</h1>
<p>${escapeHtml(t.registerIntro)}</p>
${localNote}</header>
<main id="main" tabindex="-1" class="register">
<div id="status" role="status" aria-live="polite"><p>${escapeHtml(t.loading)}</p></div>
<div id="register" hidden>
<section class="filters" aria-labelledby="filter-heading">
<h2 id="filter-heading">${escapeHtml(t.filterHeading)}</h2>
<form id="filter-form" role="search">
<div class="field"><label for="filter-text">${escapeHtml(t.filterSearch)}</label><input id="filter-text" type="search" autocomplete="off"></div>
<div class="field"><label for="filter-state">${escapeHtml(t.filterState)}</label><select id="filter-state"><option value="">${escapeHtml(t.filterAll)}</option>${stateOptions}</select></div>
<div class="field"><label for="filter-platform">${escapeHtml(t.filterPlatform)}</label><select id="filter-platform"><option value="">${escapeHtml(t.filterAll)}</option></select></div>
</form>
<button type="button" id="export-csv">${escapeHtml(t.exportCsv)}</button>
</section>
<section aria-labelledby="table-heading">
<h2 id="table-heading">${escapeHtml(t.tableHeading)}</h2>
<p id="row-count"></p>
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="table-heading">
<table id="register-table">
<thead><tr>
<th scope="col">${escapeHtml(t.colProfile)}</th><th scope="col">${escapeHtml(t.colPlatform)}</th><th scope="col">${escapeHtml(t.colUnit)}</th>
<th scope="col">${escapeHtml(t.colState)}</th><th scope="col">${escapeHtml(t.colHead)}</th><th scope="col">${escapeHtml(t.colSubmitted)}</th>
<th scope="col">${escapeHtml(t.colUpdated)}</th><th scope="col">${escapeHtml(t.colHistory)}</th>
</tr></thead>
<tbody></tbody>
</table>
</div>
</section>
</div>
</main>`;
  return pageShell({
    lang,
    title: t.registerTitle,
    script: 'register.js',
    data: {
      lang,
      apiPath: REGISTER_API_PATH,
      csvPath: REGISTER_CSV_PATH,
      states: t.states,
      rowsShown: t.rowsShown,
      noRows: t.noRows,
      historyToggle: t.historyToggle,
      notInTeams: t.notInTeams,
      notSignedIn: t.notSignedIn,
      localMode: options.localMode === true,
    },
    body,
  });
}

export function registerConfigPage(lang: Lang, contentUrl: string): string {
  const t = tabText(lang);
  const body = `<main id="main" class="config">
<h1>${escapeHtml(t.configTitle)}</h1>
<p>${escapeHtml(t.configBody)}</p>
</main>`;
  return pageShell({ lang, title: t.configTitle, script: 'register-config.js', data: { contentUrl, suggestedDisplayName: t.registerTitle, entityId: 'profileRegister' }, body });
}
