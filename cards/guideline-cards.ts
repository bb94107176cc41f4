/**
 * Cards of the guideline conversation: typed data models for the question, answer, suggestions, no-match,
 * welcome and help templates, and the functions that fill them from the guideline pack.
 */
import type { GuidelinePack } from '../src/guidelines/guideline-pack';
import type { AnswerNode, HandoffKind, QuestionNode, Rule } from '../src/guidelines/pack-schema';
import { rulesOf, sectionsOfNode } from '../src/guidelines/load-pack';
import { ruleCitation } from '../src/guidelines/rule-citation';
import { rulesUnder } from '../src/guidelines/rules-under';
import type { Lang } from '../src/i18n/language';
import { uiText } from '../src/i18n/ui-text';
import { readSectionTitle } from '../src/i18n/tab-text';
import type { SectionLinker } from '../src/tab/section-links';
import { separatingQuestion } from '../src/guidelines/tree-navigator';
import { renderCard, type AdaptiveCardJson } from './render-card';
import { feedbackQuestion, feedbackSection, type AnswerFeedbackView, type FeedbackSectionData } from './answer-feedback';

interface CardText {
  back: string;
  startOver: string;
  showMenu: string;
  quoteIntro: string;
  noMatchTitle: string;
  noMatchBody: string;
  handoffEscalation: string;
  welcomeTitle: string;
  welcomeBody: string;
  welcomeCommands: string;
  menuHeading: string;
  alsoHeading: string;
  helpTitle: string;
}

function cardText(lang: Lang): CardText {
  const t = uiText(lang);
  return {
    back: t.back,
    startOver: t.startOver,
    showMenu: t.showMenu,
    quoteIntro: t.quoteIntro,
    noMatchTitle: t.noMatchTitle,
    noMatchBody: t.noMatchBody,
    handoffEscalation: t.handoffEscalation,
    welcomeTitle: t.welcomeTitle,
    welcomeBody: t.welcomeBody,
    welcomeCommands: t.welcomeCommands,
    menuHeading: t.menuHeading,
    alsoHeading: t.alsoHeading,
    helpTitle: t.helpTitle,
  };
}

export interface RuleQuoteData {
  quote: string;
  /** English paraphrase for English users; empty in Bokmål. */
  paraphrase: string;
  /** "Retningslinjer for sosiale medier, punkt 4.4 (R4.4.4)", the one citation format (src/guidelines/rule-citation.ts). */
  label: string;
}

export interface OptionData {
  label: string;
  node: string;
}

export interface QuestionCardData {
  lang: Lang;
  speak: string;
  nodeId: string;
  heading: string;
  intro: string;
  options: OptionData[];
  citation: string;
  canGoBack: boolean;
  text: CardText;
}

export interface AnswerCardData {
  lang: Lang;
  speak: string;
  nodeId: string;
  title: string;
  summary: string;
  /** Each rule quoted with its citation under it: the answer's only citation, once per rule. */
  rules: RuleQuoteData[];
  offers: { kind: HandoffKind; title: string }[];
  /** "Les hele punkt 4.4": the guideline tab at the answer's first rule (its anchor, e.g. #R4.4.4); zero or one entry. */
  readMore: { title: string; url: string }[];
  /** "Var dette nyttig?" with 👍 / 👎, or the thank-you after a vote (cards/answer-feedback.ts). */
  feedback: FeedbackSectionData;
  text: CardText;
}

export interface SuggestionsCardData {
  lang: Lang;
  speak: string;
  heading: string;
  /** Each choice's tree.go data says it was chosen for the question asked (how the answer was reached, issue 12). */
  choices: (OptionData & { data: { verb: 'tree.go'; node: string; question?: string; inPlace: true } })[];
  text: CardText;
}

export interface NoMatchCardData {
  lang: Lang;
  speak: string;
  rule: RuleQuoteData;
  text: CardText;
}

export function ruleQuote(rule: Rule, lang: Lang): RuleQuoteData {
  return { quote: rule.quote, paraphrase: lang === 'en' ? rule.en : '', label: ruleCitation([rule], lang) };
}

/** "Kilde: Retningslinjer for sosiale medier, punkt 4.4 (R4.4.4, R4.4.5)": the rules a menu leads to, by section. */
export function citationLine(rules: readonly Rule[], sectionIds: readonly string[], lang: Lang): string {
  const cited = sectionIds.flatMap((section) => rules.filter((r) => r.section === section));
  return cited.length > 0 ? `${uiText(lang).citationPrefix} ${ruleCitation(cited, lang)}` : '';
}

export function questionCard(pack: GuidelinePack, node: QuestionNode, lang: Lang, canGoBack: boolean): AdaptiveCardJson {
  const sections = sectionsOfNode(pack, node);
  const rules = rulesUnder(pack, node.id).filter((r) => sections.includes(r.section));
  const data: QuestionCardData = {
    lang,
    speak: node.text[lang],
    nodeId: node.id,
    heading: node.text[lang],
    intro: '',
    options: node.options.map((o) => ({ label: o.label[lang], node: o.next })),
    citation: citationLine(rules, sections, lang),
    canGoBack,
    text: cardText(lang),
  };
  return renderCard('question', data);
}

/**
 * `sectionLink` (the guideline tab) adds "Les hele punkt 4.4" / "Read section 4.4" for the answer's first section;
 * `feedback` says whether the card asks "Var dette nyttig?" (and how the answer was reached) or thanks for a vote.
 */
export function answerCard(pack: GuidelinePack, node: AnswerNode, lang: Lang, sectionLink?: SectionLinker, feedback: AnswerFeedbackView = { state: 'ask', outcome: 'menu' }): AdaptiveCardJson {
  const t = uiText(lang);
  const rules = rulesOf(pack, node);
  const firstRule = rules[0];
  const offers: HandoffKind[] = [...new Set<HandoffKind>([...node.offers, 'escalation'])];
  const data: AnswerCardData = {
    lang,
    speak: `${t.answerSpeakPrefix} ${node.title[lang]}. ${node.summary[lang]}`,
    nodeId: node.id,
    title: node.title[lang],
    summary: node.summary[lang],
    rules: rules.map((r) => ruleQuote(r, lang)),
    offers: offers.map((kind) => ({ kind, title: kind === 'registration' ? t.handoffRegistration : t.handoffEscalation })),
    readMore: sectionLink && firstRule ? [{ title: readSectionTitle(firstRule.section, lang), url: sectionLink(firstRule.id) }] : [],
    feedback: feedbackSection(feedback, node.id, lang),
    text: cardText(lang),
  };
  return renderCard('answer', data);
}

/**
 * Choices instead of an answer ("Mente du …?"), or, with `beside: 'answer'`, the topics offered beside an answer
 * already given (doubt about an unclear case, ADR 0082) — either way under the tree's own separating question.
 * `question`: the free text that got these choices; a choice's answer then knows it was chosen for it (issue 12).
 */
export function suggestionsCard(pack: GuidelinePack, nodeIds: readonly string[], lang: Lang, question?: string, beside?: 'answer'): AdaptiveCardJson {
  const t = uiText(lang);
  const choices = nodeIds.flatMap((id) => {
    const node = pack.nodes.get(id);
    if (!node) return [];
    const asked = question ? { question: feedbackQuestion(question) } : {};
    return [{ label: node.kind === 'answer' ? node.title[lang] : node.text[lang], node: id, data: { verb: 'tree.go' as const, node: id, ...asked, inPlace: true as const } }];
  });
  // Ask back the way the tree would: the question that separates the choices, when one does.
  const separating = pack.nodes.get(separatingQuestion(pack.tree, nodeIds) ?? '');
  const askBack = choices.length === 1 ? t.suggestionTitle : t.suggestionsTitle;
  const heading = separating?.kind === 'question' ? separating.text[lang] : beside === 'answer' ? t.relatedTitle : askBack;
  const data: SuggestionsCardData = { lang, speak: heading, heading, choices, text: cardText(lang) };
  return renderCard('suggestions', data);
}

/** The honest "not covered" card, pointing to R5.2.8: ask your leader or the IT department. */
export function noMatchCard(pack: GuidelinePack, lang: Lang): AdaptiveCardJson {
  const t = uiText(lang);
  const rule = pack.rules.get('R5.2.8');
  if (!rule) throw new Error('The guideline pack lacks rule R5.2.8');
  const data: NoMatchCardData = { lang, speak: `${t.noMatchTitle}. ${t.noMatchBody}`, rule: ruleQuote(rule, lang), text: cardText(lang) };
  return renderCard('no-match', data);
}

/** One of the bot's three jobs on the help and welcome cards: what, an example, and the button that starts it. */
export interface JobData {
  title: string;
  example: string;
  button: string;
  /** The button's Action.Submit data: the menu, or a hand-off without a topic. */
  data: { verb: 'tree.restart' } | { verb: 'handoff'; kind: HandoffKind };
}

function jobs(lang: Lang): { ask: JobData; register: JobData; escalate: JobData } {
  const { ask, register, escalate } = uiText(lang).jobs;
  return {
    ask: { ...ask, data: { verb: 'tree.restart' } },
    register: { ...register, data: { verb: 'handoff', kind: 'registration' } },
    escalate: { ...escalate, data: { verb: 'handoff', kind: 'escalation' } },
  };
}

/** The first card: the topic menu, then the two other jobs (register a profile, ask the leader), each with a button. */
export function welcomeCard(pack: GuidelinePack, lang: Lang): AdaptiveCardJson {
  const root = pack.nodes.get(pack.tree.root);
  const options = root && root.kind === 'question' ? root.options.map((o) => ({ label: o.label[lang], node: o.next })) : [];
  const { register, escalate } = jobs(lang);
  return renderCard('welcome', { lang, rootId: pack.tree.root, options, otherJobs: [register, escalate], text: cardText(lang) });
}

/** «hjelp»: the three jobs with an example and a button each, then the commands. */
export function helpCard(lang: Lang): AdaptiveCardJson {
  const t = uiText(lang);
  const { ask, register, escalate } = jobs(lang);
  return renderCard('help', { lang, intro: t.helpIntro, jobs: [ask, register, escalate], lines: t.helpLines.map((line) => ({ line })), text: cardText(lang) });
}
