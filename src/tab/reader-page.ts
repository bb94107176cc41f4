/**
 * The guideline reader page: the whole restored document with a table of contents, an anchor per section
 * (#section-4.4) and per rule (#R4.4.5, its id shown where its sentence begins), and a search form that works
 * without JavaScript too (GET ?q=…, answered on the server).
 */
import type { DocumentSection, GuidelineDocument } from '../guidelines/guideline-pack';
import type { Rule } from '../guidelines/pack-schema';
import type { Lang } from '../i18n/language';
import { tabText } from '../i18n/tab-text';
import { escapeHtml, pageShell } from './html';
import type { SectionHit } from './guideline-search';
import { markedText, ruleMarkHtml } from './rule-marks';
import { GUIDELINE_TAB_PATH, sectionAnchor } from './section-links';

/** The section's Markdown body (paragraphs, "- " bullets) as HTML, each of `rules` marked where it begins. */
export function bodyHtml(markdown: string, rules: readonly Rule[] = []): string {
  const placed = new Set<string>();
  const blocks = markdown.split(/\n\s*\n/).map((block) => block.trim()).filter((block) => block !== '');
  const html = blocks
    .map((block) => {
      const lines = block.split('\n');
      if (lines.every((line) => line.startsWith('- '))) {
        return `<ul>${lines.map((line) => `<li>${markedText(line.slice(2).trim(), rules, placed)}</li>`).join('')}</ul>`;
      }
      return `<p>${markedText(lines.join(' '), rules, placed)}</p>`;
    })
    .join('\n');
  // A rule whose first words were not found (never expected: the validator checks every quote) still gets its anchor.
  const unplaced = rules.filter((rule) => !placed.has(rule.id));
  return unplaced.length > 0 ? `${html}\n<p>${unplaced.map((rule) => ruleMarkHtml(rule.id)).join('')}</p>` : html;
}

function label(section: DocumentSection): string {
  return section.id === 'vedtak' ? section.title : `${section.id} ${section.title}`;
}

function tocHtml(document: GuidelineDocument): string {
  const items = document.sections.map(
    (s) => `<li class="${s.id.includes('.') ? 'toc-sub' : 'toc-top'}"><a href="#${sectionAnchor(s.id)}">${escapeHtml(label(s))}</a></li>`,
  );
  return `<ol class="toc" role="list">${items.join('')}</ol>`;
}

function sectionsHtml(document: GuidelineDocument, rules: readonly Rule[]): string {
  return document.sections
    .map((s) => {
      const level = s.id.includes('.') ? 3 : 2;
      return `<section class="doc-section" aria-labelledby="${sectionAnchor(s.id)}" data-section="${escapeHtml(s.id)}">
<h${level} id="${sectionAnchor(s.id)}" tabindex="-1">${escapeHtml(label(s))}</h${level}>
${bodyHtml(s.body, rules.filter((rule) => rule.section === s.id))}
</section>`;
    })
    .join('\n');
}

export function resultsHtml(hits: readonly SectionHit[], lang: Lang): string {
  const t = tabText(lang);
  if (hits.length === 0) return `<p>${escapeHtml(t.searchNone)}</p>`;
  const items = hits.map(
    (h) =>
      `<li><a href="#${escapeHtml(h.anchor ?? sectionAnchor(h.id))}" data-section="${escapeHtml(h.id)}"${h.ruleId ? ` data-rule="${escapeHtml(h.ruleId)}"` : ''}>${escapeHtml(hitTitle(h, lang))}</a><p>${escapeHtml(h.excerpt)}</p></li>`,
  );
  return `<ol class="results">${items.join('')}</ol>`;
}

/** "Punkt 4.4 Retningslinjer for …", with the cited rule for a rule hit: "… – Retningslinjer for sosiale medier, punkt 4.4 (R4.4.5)". */
function hitTitle(hit: SectionHit, lang: Lang): string {
  const t = tabText(lang);
  const title = hit.id === 'vedtak' ? hit.title : `${t.sectionPrefix} ${hit.id} ${hit.title}`;
  return hit.citation ? `${title} – ${hit.citation}` : title;
}

export interface ReaderPageInput {
  document: GuidelineDocument;
  /** The pack's rules, marked in the text where each begins. */
  rules?: readonly Rule[];
  lang: Lang;
  query?: string;
  hits?: readonly SectionHit[];
}

export function readerPage(input: ReaderPageInput): string {
  const t = tabText(input.lang);
  const otherLang = input.lang === 'en' ? 'nb' : 'en';
  const query = input.query ?? '';
  const body = `<a class="skip-link" href="#main">${escapeHtml(t.skipToContent)}</a>
<header class="page-header">
<p class="page-kicker">Båtsfjord kommune</p>
<h1>${escapeHtml(t.readerTitle)}</h1>
<p>${escapeHtml(t.readerIntro)}</p>
<p><a href="${GUIDELINE_TAB_PATH}?lang=${otherLang}" lang="${otherLang}" hreflang="${otherLang}">${escapeHtml(t.languageSwitch)}</a></p>
</header>
<div class="layout">
<nav class="toc-nav" aria-labelledby="toc-heading">
<h2 id="toc-heading">${escapeHtml(t.tocHeading)}</h2>
${tocHtml(input.document)}
</nav>
<main id="main" tabindex="-1">
<section class="search" aria-labelledby="search-heading">
<h2 id="search-heading">${escapeHtml(t.searchHeading)}</h2>
<form role="search" id="search-form" method="get" action="${GUIDELINE_TAB_PATH}">
<input type="hidden" name="lang" value="${input.lang}">
<label for="search-input">${escapeHtml(t.searchLabel)}</label>
<div class="search-row">
<input id="search-input" name="q" type="search" maxlength="200" autocomplete="off" value="${escapeHtml(query)}">
<button type="submit">${escapeHtml(t.searchButton)}</button>
</div>
</form>
<div id="search-results" aria-live="polite">${input.hits ? `<h3>${escapeHtml(t.searchResults)}</h3>${resultsHtml(input.hits, input.lang)}` : ''}</div>
</section>
<article class="document" lang="nb" aria-labelledby="doc-title">
<h2 id="doc-title" class="doc-title">${escapeHtml(input.document.title)}</h2>
${sectionsHtml(input.document, input.rules ?? [])}
</article>
<p><a href="#main">${escapeHtml(t.backToTop)}</a></p>
</main>
</div>`;
  return pageShell({
    lang: input.lang,
    title: t.readerTitle,
    script: 'reader.js',
    data: { lang: input.lang, searchResults: t.searchResults, searchNone: t.searchNone, searchFailed: t.searchFailed, sectionPrefix: t.sectionPrefix },
    body,
  });
}
