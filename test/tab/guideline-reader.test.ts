/**
 * The reader's pieces without a browser: deep links (Teams format and the page fallback), the search behind
 * the search box, and the page's HTML (every section anchored, text escaped).
 */
import { loadGuidelinePack } from '../../src/guidelines/load-pack';
import { loadOutOfScopePhrasings } from '../../src/matching/out-of-scope';
import { QuestionMatcher } from '../../src/matching/question-matcher';
import { Synonyms } from '../../src/matching/synonyms';
import { searchSections } from '../../src/tab/guideline-search';
import { bodyHtml, readerPage } from '../../src/tab/reader-page';
import { pageLink, sectionLinker, teamsDeepLink } from '../../src/tab/section-links';

const pack = loadGuidelinePack();
const matcher = QuestionMatcher.fromPack(pack, loadOutOfScopePhrasings(), Synonyms.load());

describe('section links', () => {
  const appId = '6a1f2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b';

  it('builds the Teams deep link into the personal tab with subEntityId, URL-encoded', () => {
    const link = teamsDeepLink(appId, '4.4');
    expect(link).toBe(`https://teams.microsoft.com/l/entity/${appId}/guidelines?context=%7B%22subEntityId%22%3A%224.4%22%7D`);
    const context: unknown = JSON.parse(new URL(link).searchParams.get('context') ?? '');
    expect(context).toEqual({ subEntityId: '4.4' });
  });

  it('falls back to the page on the bot server when there is no Teams app id', () => {
    expect(pageLink('https://bot.example.no/', '4.4')).toBe('https://bot.example.no/tab/guidelines#section-4.4');
    let base = 'http://127.0.0.1:1';
    const link = sectionLinker({ baseUrl: () => base });
    base = 'http://127.0.0.1:3978';
    expect(link('5.2')).toBe('http://127.0.0.1:3978/tab/guidelines#section-5.2');
    expect(sectionLinker({ teamsAppId: appId, baseUrl: () => base })('4.4')).toContain('teams.microsoft.com/l/entity/');
  });
});

describe('guideline search', () => {
  it('finds "samtykke" in section 4.4, with the sentence that says it', () => {
    const hits = searchSections(pack, matcher, 'samtykke');
    expect(hits[0]?.id).toBe('4.4');
    expect(hits[0]?.excerpt).toMatch(/samtykke/i);
  });

  it('understands the words as the bot does (no æøå, inflected forms)', () => {
    expect(searchSections(pack, matcher, 'taushetsplikten').map((h) => h.id)).toEqual(expect.arrayContaining(['3', '5.2']));
    expect(searchSections(pack, matcher, 'kommunevapen').map((h) => h.id)).toContain('4.3');
  });

  it('returns nothing for a query without content words', () => {
    expect(searchSections(pack, matcher, 'og i på')).toEqual([]);
  });
});

describe('reader page HTML', () => {
  const html = readerPage({ document: pack.document, lang: 'nb' });

  it('anchors every section of the document and lists it in the table of contents', () => {
    for (const section of pack.document.sections) {
      expect(html).toContain(`id="section-${section.id}"`);
      expect(html).toContain(`href="#section-${section.id}"`);
    }
    expect(html).toContain('<nav class="toc-nav"');
    expect(html).toContain('<main id="main"');
    expect(html).not.toMatch(/<script>(?!<\/script>)/);
  });

  it('escapes text and renders bullets as a list', () => {
    expect(bodyHtml('A <b>bold</b> "claim"\n\n- one\n- two')).toBe('<p>A &lt;b&gt;bold&lt;/b&gt; &quot;claim&quot;</p>\n<ul><li>one</li><li>two</li></ul>');
    const page = readerPage({ document: pack.document, lang: 'en', query: '"><script>alert(1)</script>', hits: [] });
    expect(page).not.toContain('<script>alert(1)');
    expect(page).toContain('&quot;&gt;&lt;script&gt;');
  });
});
