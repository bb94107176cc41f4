/**
 * Cards of profile registration: the three-step form, the summary to review, a small notice card (offer,
 * outcome, problems) and the lists; the IT channel's card is in registration-it-card.ts. Typed data models; each template is expanded once.
 * Every value is a string (never undefined), so no `${…}` is left unexpanded.
 */
import type { Rule } from '../src/guidelines/pack-schema';
import { ruleCitation } from '../src/guidelines/rule-citation';
import type { Lang } from '../src/i18n/language';
import { registrationText, type RegistrationText } from '../src/i18n/registration-text';
import { CHECKLIST, LIMITS, PLATFORMS, STEPS, type FieldProblem, type FormStep, type RegistrationDetails } from '../src/registration/registration-form';
import type { HistoryEntry, RegistrationRecord } from '../src/registration/registration-record';
import type { RegistrationDraft } from '../src/registration/registration-drafts';
import type { Prefill } from '../src/registration/registration-prefill';
import { newestFirst, pageOf, shorten } from './list-page';
import { renderCard, type AdaptiveCardJson } from './render-card';

export interface Fact {
  title: string;
  value: string;
}

export interface FormCardData {
  title: string;
  /** The draft the card is for: its buttons send it back, so an old form's card is recognised. */
  draftId: string;
  step: FormStep;
  previousStep: FormStep;
  stepLabel: string;
  stepTitle: string;
  text: RegistrationText;
  platforms: { title: string; value: string }[];
  values: Record<string, string>;
  /** The rule the form rests on (R4.3.2), in the one citation format. */
  introCitation: string;
  /** Zero or one warning on the people step: addresses outside the kommune's domains, to change or confirm. */
  emailWarning: { title: string; body: string; addresses: { line: string }[]; confirm: string }[];
  /** Each item: the rule in its own words, its citation, what the requester confirms, and the toggle. */
  checklist: { id: string; quote: string; citation: string; label: string; confirm: string; value: string; errorMessage: string }[];
}

/** The guideline pack's rules, for the rules' own words and citations on the cards. */
export type RuleBook = ReadonlyMap<string, Rule>;

/** "Retningslinjer for sosiale medier, punkt 4.3 (R4.3.3)"; the bare id if the pack lacks the rule. */
export function citeRule(rules: RuleBook, id: string, lang: Lang): string {
  const rule = rules.get(id);
  return rule ? ruleCitation([rule], lang) : id;
}

export interface SummaryCardData {
  title: string;
  intro: string;
  facts: Fact[];
  checklistTitle: string;
  checklist: { line: string }[];
  sendTitle: string;
  /** The draft's id, sent back with "Send": a second click or an old card is recognised as already sent. */
  draftId: string;
  cancelTitle: string;
  edits: { title: string; step: FormStep }[];
}

export interface RegistrationListData {
  title: string;
  speak: string;
  /** "Viser 1–10 av 230". */
  showing: string;
  rows: { ref: string; facts: Fact[] }[];
  hasMore: boolean;
  showMoreTitle: string;
  /** "Vis flere" submits `{ verb, page: nextPage }`. */
  verb: RegistrationListVerb;
  nextPage: number;
}

/** The command that lists again: «mine registreringer» or «oversikt». */
export type RegistrationListVerb = 'registration.mine' | 'registration.register';

export interface NoticeCardData {
  title: string;
  lines: { line: string }[];
  /** Each button's Action.Submit data: its verb and what the verb needs (a reference, the prefill). */
  actions: { title: string; data: Record<string, string> }[];
}

const str = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'boolean' ? String(value) : '');

export interface FormCardOptions {
  /** People step: the addresses outside the kommune's domains to confirm, and those domains. */
  outsideAddresses?: readonly string[];
  kommuneDomains?: readonly string[];
}

export function formCard(lang: Lang, step: FormStep, draft: RegistrationDraft | undefined, rules: RuleBook, options: FormCardOptions = {}): AdaptiveCardJson {
  const t = registrationText(lang);
  const index = STEPS.indexOf(step);
  const values: Record<string, string> = {};
  for (const part of [draft?.profile, draft?.people, draft?.checklist]) {
    for (const [key, value] of Object.entries(part ?? {})) values[key] = str(value);
  }
  for (const [key, value] of Object.entries(draft?.prefill ?? {})) values[key] ??= str(value);
  for (const key of ['platform', 'profileName', 'profileUrl', 'unit', 'purpose', 'audience', 'headName', 'headEmail', 'admin1Name', 'admin1Email', 'admin2Name', 'admin2Email']) values[key] ??= '';
  const outside = options.outsideAddresses ?? [];
  const data: FormCardData = {
    title: t.formTitle,
    draftId: draft?.id ?? '',
    step,
    previousStep: STEPS[Math.max(0, index - 1)] ?? 'profile',
    stepLabel: t.stepOf(index + 1),
    stepTitle: t.stepTitles[step],
    text: t,
    platforms: PLATFORMS.map((p) => ({ title: t.platforms[p], value: p })),
    values,
    introCitation: citeRule(rules, 'R4.3.2', lang),
    emailWarning:
      step === 'people' && outside.length > 0
        ? [{ title: t.emailWarningTitle((options.kommuneDomains ?? []).join(', ')), body: t.emailWarningBody, addresses: outside.map((line) => ({ line })), confirm: t.emailWarningConfirm }]
        : [],
    checklist: CHECKLIST.map((item) => ({
      id: item.id,
      quote: `«${rules.get(item.rule)?.quote ?? ''}»`,
      citation: citeRule(rules, item.rule, lang),
      label: t.fields[item.id],
      confirm: t.checklistConfirm,
      value: values[item.id] === 'true' ? 'true' : 'false',
      errorMessage: t.inputErrors.checklist,
    })),
  };
  return renderCard('registration-form', data);
}

export function detailFacts(t: RegistrationText, details: Partial<RegistrationDetails>): Fact[] {
  const p = details.profile;
  const people = details.people;
  const admins = people ? [`${people.admin1Name} (${people.admin1Email})`, ...(people.admin2Name && people.admin2Email ? [`${people.admin2Name} (${people.admin2Email})`] : [])] : [];
  const facts: Fact[] = [
    { title: t.fields.platform, value: p ? t.platforms[p.platform] : '' },
    { title: t.fields.profileName, value: p?.profileName ?? '' },
    { title: 'URL', value: p?.profileUrl ?? t.notGiven },
    { title: t.fields.unit, value: p?.unit ?? '' },
    { title: t.fields.purpose, value: p?.purpose ?? '' },
    { title: t.fields.audience, value: p?.audience ?? '' },
    { title: t.fields.headName.split(' – ')[0] ?? '', value: people ? `${people.headName} (${people.headEmail})` : '' },
    { title: t.admins, value: admins.join(', ') },
  ];
  return facts.filter((f) => f.value !== '');
}

export function checklistLines(t: RegistrationText, details: Partial<RegistrationDetails>, rules: RuleBook, lang: Lang): { line: string }[] {
  return CHECKLIST.filter((item) => details.checklist?.[item.id] === true).map((item) => ({ line: `${t.fields[item.id]} – ${citeRule(rules, item.rule, lang)}` }));
}

export function summaryCard(lang: Lang, draft: RegistrationDraft, rules: RuleBook): AdaptiveCardJson {
  const t = registrationText(lang);
  const data: SummaryCardData = {
    title: t.summaryTitle,
    intro: t.summaryIntro,
    facts: detailFacts(t, draft),
    checklistTitle: t.stepTitles.checklist,
    checklist: checklistLines(t, draft, rules, lang),
    sendTitle: draft.editingRef ? t.sendCorrection : t.send,
    draftId: draft.id ?? '',
    cancelTitle: t.cancel,
    edits: STEPS.map((step) => ({ title: t.editStep[step], step })),
  };
  return renderCard('registration-summary', data);
}

export function noticeCard(data: NoticeCardData): AdaptiveCardJson {
  return renderCard('registration-notice', data);
}

/** The offer beside an answer about creating a profile; its button carries what the user said (platform, unit) for the form. */
export function offerCard(lang: Lang, rules: RuleBook, said: Pick<Prefill, 'platform' | 'unit'> = {}): AdaptiveCardJson {
  const t = registrationText(lang);
  const understood = said.platform || said.unit ? [{ line: t.offerPrefilled([said.platform ? t.platforms[said.platform] : '', said.unit ?? ''].filter(Boolean).join(', ')) }] : [];
  return noticeCard({
    title: t.offerTitle,
    lines: [{ line: t.offerBody }, ...understood, { line: citeRule(rules, 'R4.3.2', lang) }],
    actions: [{ title: t.offerStart, data: { verb: 'registration.start', ...said } }],
  });
}

export function problemsText(lang: Lang, problems: FieldProblem[]): string {
  const t = registrationText(lang);
  const label = (field: string): string => (field in t.fields ? t.fields[field as keyof RegistrationText['fields']] : field);
  const line = (p: FieldProblem): string => (t.sentenceProblems.includes(p.problem) ? `- ${t.problems[p.problem]}` : `- ${label(p.field)}: ${t.problems[p.problem]}`);
  return [t.problemsIntro, ...problems.map(line)].join('\n');
}

/** The personal message to the requester after IT acted. */
export function outcomeCard(record: RegistrationRecord, entry: HistoryEntry): AdaptiveCardJson {
  const t = registrationText(record.lang);
  const name = record.details.profile.profileName;
  const at = t.dateTime(new Date(entry.at));
  if (entry.to === 'needs-info') {
    return noticeCard({
      title: t.outcomeNeedsInfo(record.ref, name, entry.by.name, at),
      lines: entry.comment ? [{ line: t.commentIntro }, { line: entry.comment }] : [],
      actions: [{ title: t.correct, data: { verb: 'registration.correct', ref: record.ref } }],
    });
  }
  return noticeCard({ title: t.outcomeAcknowledged(record.ref, name, entry.by.name, at), lines: [], actions: [] });
}

export function listText(lang: Lang, title: string, records: RegistrationRecord[], withRequester: boolean): string {
  const t = registrationText(lang);
  const lines = records.map((r) => {
    const p = r.details.profile;
    const who = withRequester ? ` · ${p.unit} · ${r.requester.name}` : ` · ${p.unit}`;
    return `- ${r.ref} · ${t.platforms[p.platform]} «${p.profileName}»${who} — ${t.states[r.state]}`;
  });
  return [`**${title}**`, ...lines].join('\n');
}

/** Longest requester name shown in the list (names are not limited by the form; Entra allows 256). */
export const LIST_NAME_CHARS = 100;

/**
 * A list of registrations as a card: newest first, one page of ten with "Vis flere" / "Show more" while more
 * remain, so «oversikt» with hundreds of profiles stays far below Teams' 28 KB activity limit.
 */
export function registrationListCard(
  lang: Lang,
  title: string,
  records: readonly RegistrationRecord[],
  withRequester: boolean,
  page = 0,
  verb: RegistrationListVerb,
): AdaptiveCardJson {
  const t = registrationText(lang);
  const shown = pageOf(newestFirst(records, (r) => r.createdAt), page);
  const showing = t.listShowing(shown.from, shown.to, shown.total);
  const rows = shown.items.map((r) => {
    const p = r.details.profile;
    const facts: Fact[] = [
      { title: t.fields.platform, value: t.platforms[p.platform] },
      { title: t.fields.profileName, value: shorten(p.profileName, LIMITS.name) },
      { title: t.fields.unit, value: shorten(p.unit, LIMITS.unit) },
      ...(withRequester ? [{ title: t.requester, value: shorten(r.requester.name, LIST_NAME_CHARS) }] : []),
      { title: t.submittedAt, value: t.dateTime(new Date(r.createdAt)) },
      { title: t.statusLabel, value: t.states[r.state] },
    ];
    return { ref: r.ref, facts };
  });
  const data: RegistrationListData = { title, speak: `${title}. ${showing}.`, showing, rows, hasMore: shown.hasMore, showMoreTitle: t.showMore, verb, nextPage: shown.page + 1 };
  return renderCard('registration-list', data);
}
