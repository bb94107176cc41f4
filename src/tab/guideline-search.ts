/**
 * The reader's search box: which sections of the document answer a query. A rule id in the query ("R4.4.5",
 * "r4.4.5") finds that rule first, at its anchor. Otherwise it uses the bot's own question matcher twice over: its
 * ranking of decision-tree nodes (the answers' sections first, as the bot would answer) and its text
 * normalisation (folding, thesaurus, stemming) to find every section whose text contains a query term.
 */
import type { DocumentSection, GuidelinePack } from '../guidelines/guideline-pack';
import { sectionsOfNode } from '../guidelines/load-pack';
import { ruleCitation } from '../guidelines/rule-citation';
import type { Lang } from '../i18n/language';
import type { QuestionMatcher } from '../matching/question-matcher';
import { ruleAnchor } from './section-links';

export interface SectionHit {
  /** The section ("4.4"). */
  id: string;
  title: string;
  /** The first sentence or bullet of the section that contains a query term (plain text), else its opening; a rule's quote for a rule hit. */
  excerpt: string;
  /** A rule hit: where it links (#R4.4.5), the rule id and its citation ("Retningslinjer for sosiale medier, punkt 4.4 (R4.4.5)"). */
  anchor?: string;
  ruleId?: string;
  citation?: string;
}

const RULE_IDS = /\b(r\d+(?:\.\d+)+|m\.\d+)\b/gi;

export const MAX_QUERY_LENGTH = 200;
const MAX_HITS = 8;
const EXCERPT_LENGTH = 240;

/** Sections for a query, best first (the rules it names by id first of all); empty for a query without content words. */
export function searchSections(pack: GuidelinePack, matcher: QuestionMatcher, query: string, lang: Lang = 'nb'): SectionHit[] {
  const text = query.slice(0, MAX_QUERY_LENGTH);
  const ruleHits = rulesNamed(pack, text, lang);
  const rest = text.replace(RULE_IDS, ' ');
  return [...ruleHits, ...sectionsFor(pack, matcher, rest)].slice(0, MAX_HITS);
}

/** The rules a query names by id ("R4.4.5", case-insensitive), in the order named; unknown ids are ignored. */
function rulesNamed(pack: GuidelinePack, query: string, lang: Lang): SectionHit[] {
  const ids = [...new Set([...query.matchAll(RULE_IDS)].map((m) => m[1]!.toUpperCase()))];
  return ids.flatMap((id) => {
    const rule = pack.rules.get(id);
    const section = rule ? pack.document.sections.find((s) => s.id === rule.section) : undefined;
    if (!rule || !section) return [];
    const excerpt = rule.quote.length > EXCERPT_LENGTH ? `${rule.quote.slice(0, EXCERPT_LENGTH - 1)}…` : rule.quote;
    return [{ id: section.id, title: section.title, excerpt, anchor: ruleAnchor(rule.id), ruleId: rule.id, citation: ruleCitation([rule], lang) }];
  });
}

function sectionsFor(pack: GuidelinePack, matcher: QuestionMatcher, query: string): SectionHit[] {
  const terms = new Set(matcher.terms(query));
  if (terms.size === 0) return [];
  const fromMatcher = matcher
    .rank(query)
    .slice(0, 3)
    .flatMap((ranked) => {
      const node = pack.nodes.get(ranked.nodeId);
      return node ? sectionsOfNode(pack, node) : [];
    });
  const byText = pack.document.sections
    .map((section) => ({ section, count: sentencesOf(section).filter((s) => containsTerm(matcher, s, terms)).length }))
    .filter((row) => row.count > 0)
    .sort((a, b) => b.count - a.count)
    .map((row) => row.section.id);
  // Sections that literally contain the words come first; the matcher's answers add the related ones.
  const ids = [...new Set([...byText, ...fromMatcher])].slice(0, MAX_HITS);
  return ids.flatMap((id) => {
    const section = pack.document.sections.find((s) => s.id === id);
    return section ? [{ id, title: section.title, excerpt: excerptOf(matcher, section, terms) }] : [];
  });
}

function sentencesOf(section: DocumentSection): string[] {
  return [section.title, ...section.body.split(/\n+|(?<=[.!?])\s+/)].map((s) => s.replace(/^- /, '').trim()).filter((s) => s !== '');
}

function containsTerm(matcher: QuestionMatcher, sentence: string, terms: ReadonlySet<string>): boolean {
  return matcher.terms(sentence).some((term) => terms.has(term));
}

function excerptOf(matcher: QuestionMatcher, section: DocumentSection, terms: ReadonlySet<string>): string {
  const sentences = sentencesOf(section).slice(1);
  const best = sentences.find((s) => containsTerm(matcher, s, terms)) ?? sentences[0] ?? '';
  return best.length > EXCERPT_LENGTH ? `${best.slice(0, EXCERPT_LENGTH - 1)}…` : best;
}
