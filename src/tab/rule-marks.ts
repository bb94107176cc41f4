/**
 * Rule ids in the reader: every rule of a section is marked where its sentence begins, with its id as visible
 * text ("R4.4.5") and as the anchor (#R4.4.5) that answer cards and search results link to. A rule's quote may
 * run over several paragraphs or bullets (the validator joins them); the mark goes where its first words stand.
 */
import type { Rule } from '../guidelines/pack-schema';
import { escapeHtml } from './html';
import { ruleAnchor } from './section-links';

/** The words a rule's quote begins with: enough to find it, short enough to stay inside one paragraph or bullet. */
function headOf(quote: string): string {
  const text = (quote.trim().split('\n')[0] ?? '').replace(/\s+/g, ' ').trim();
  const sentenceEnd = text.search(/[.!?:](\s|$)/);
  const sentence = sentenceEnd > 0 ? text.slice(0, sentenceEnd) : text;
  return sentence.slice(0, 80);
}

export function ruleMarkHtml(ruleId: string): string {
  return `<span class="rule-id" id="${escapeHtml(ruleAnchor(ruleId))}" tabindex="-1">${escapeHtml(ruleId)}</span> `;
}

/**
 * A paragraph's or bullet's text as HTML, with the marks of the rules that begin in it; `placed` collects the
 * rules marked, so each rule is marked once (at its first occurrence).
 */
export function markedText(text: string, rules: readonly Rule[], placed: Set<string>): string {
  const flat = text.replace(/\s+/g, ' ');
  const starts = rules
    .filter((rule) => !placed.has(rule.id))
    .map((rule) => ({ rule, at: flat.indexOf(headOf(rule.quote)) }))
    .filter((start) => start.at >= 0)
    .sort((a, b) => a.at - b.at);
  let html = '';
  let from = 0;
  for (const { rule, at } of starts) {
    placed.add(rule.id);
    html += escapeHtml(flat.slice(from, at)) + ruleMarkHtml(rule.id);
    from = at;
  }
  return html + escapeHtml(flat.slice(from));
}
