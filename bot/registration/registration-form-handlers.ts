/**
 * The requester's side of registration, one thin handler per Action.Submit verb: open or resume the form, a
 * step, back to a step, send, cancel, correct. Each validates card data with zod, applies a use case
 * (src/registration/registration-drafts.ts, registration-service.ts) to the form's dialog state
 * (registration-dialog.ts) and answers with a card or a sentence. A step clicked on the form replaces the form's
 * card; a sent or cancelled form's card turns read-only with its outcome; a click on an old form's card (its
 * draft id is not the open form's) is explained — «allerede sendt som SOME-2026-0001» — and never opens a blank form.
 */
import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import { closedCard } from '../../cards/closed-card';
import { formCard, problemsText, summaryCard, type RuleBook } from '../../cards/registration-cards';
import type { Lang } from '../../src/i18n/language';
import { registrationText } from '../../src/i18n/registration-text';
import type { Logger } from '../../src/logging/logger';
import type { LeaderDirectory } from '../../src/directory/leader-directory';
import { atStep, correctionDraft, newDraft, nextStep, withStep, type RegistrationDraft } from '../../src/registration/registration-drafts';
import { PLATFORMS, STEPS } from '../../src/registration/registration-form';
import { needsEmailConfirmation } from '../../src/registration/kommune-email';
import { prefillFor, type Prefill } from '../../src/registration/registration-prefill';
import { REFERENCE_PATTERN, type RegistrationRecord } from '../../src/registration/registration-record';
import type { RegistrationService } from '../../src/registration/registration-service';
import type { FeatureTurn, SubmitHandler } from '../feature';
import { addressOf } from '../proactive/proactive-sender';
import { clickedCardId, replaceClickedCard, sendCard } from '../send-card';
import { personOf } from './person-of';
import { RegistrationDialog } from './registration-dialog';

/** Every form card's button carries the id of the draft it was made for (absent on cards from before that). */
const draftId = z.preprocess((v) => (v === '' ? undefined : v), z.string().max(200).optional());
const stepSubmit = z.object({ step: z.enum(STEPS), draftId });
const gotoSubmit = z.object({ step: z.enum([...STEPS, 'summary']), draftId });
const correctSubmit = z.object({ ref: z.string().regex(REFERENCE_PATTERN) });
const cardOfDraft = z.object({ draftId });
/** What the user said, carried by the offer card's button: suggestions for the form (never trusted beyond that). */
const saidSubmit = z.object({
  platform: z.enum(PLATFORMS).optional().catch(undefined),
  unit: z.string().trim().min(1).max(120).regex(/^[^<>]+$/).optional().catch(undefined),
});

export interface FormHandlerOptions {
  rules: RuleBook;
  /** The kommune's e-mail domains: other administrator addresses must be confirmed. */
  kommuneDomains: readonly string[];
  /** Where the requester's name, unit and head of unit are looked up for the prefill. */
  directory?: LeaderDirectory;
}

export function registrationFormHandlers(
  service: RegistrationService,
  now: () => Date,
  logger: Logger,
  options: FormHandlerOptions,
): { start: (turn: FeatureTurn, said?: Prefill) => Promise<void>; submits: Record<string, SubmitHandler> } {
  const { rules, kommuneDomains } = options;
  /** The form at its step: in place of the clicked form card, else as a new card. */
  const showStep = async (context: TurnContext, lang: Lang, draft: RegistrationDraft): Promise<void> => {
    const card = draft.step === 'summary' ? summaryCard(lang, draft, rules) : formCard(lang, draft.step, draft, rules);
    if (clickedCardId(context)) await replaceClickedCard(context, card);
    else await sendCard(context, card);
  };

  /** The open form, if the clicked card belongs to it; undefined (after explaining) for an old form's card. */
  const openFormOf = async (turn: FeatureTurn, value: unknown): Promise<RegistrationDraft | undefined> => {
    const draft = await RegistrationDialog.surface(turn.dc);
    const cardDraft = cardOfDraft.safeParse(value).data?.draftId;
    if (draft && (cardDraft === undefined || cardDraft === draft.id)) return draft;
    const t = registrationText(turn.lang);
    const sentAs = cardDraft ? await service.sentAs(cardDraft) : undefined;
    await turn.dc.context.sendActivity(sentAs ? t.alreadySent(sentAs) : draft ? t.staleFormOtherOpen : t.staleForm);
    return undefined;
  };

  const sentCard = (lang: Lang, record: RegistrationRecord, status: string): ReturnType<typeof closedCard> => {
    const t = registrationText(lang);
    const p = record.details.profile;
    return closedCard(t.formTitle, status, [`${t.platforms[p.platform]} «${p.profileName}» – ${p.unit}`, t.sentCardNext]);
  };

  /** Opens the form (or resumes the open one), filled in with what the user said and what the directory knows. */
  const start = async ({ dc, lang }: FeatureTurn, said: Prefill = {}): Promise<void> => {
    service.noteServiceUrl(dc.context.activity.serviceUrl);
    const open = await RegistrationDialog.surface(dc);
    if (open) await dc.context.sendActivity(registrationText(lang).resumed);
    const draft = open ?? newDraft(now(), { ...(await prefillFor(options.directory, personOf(dc.context).id)), ...said });
    await RegistrationDialog.save(dc, draft);
    await sendCard(dc.context, draft.step === 'summary' ? summaryCard(lang, draft, rules) : formCard(lang, draft.step, draft, rules));
  };

  const step: SubmitHandler = async (turn, value) => {
    const parsed = stepSubmit.safeParse(value);
    const draft = await openFormOf(turn, value);
    if (!parsed.success || !draft) return;
    const result = withStep(draft, parsed.data.step, value, now());
    if (!result.ok) {
      await turn.dc.context.sendActivity(problemsText(turn.lang, result.problems));
      return;
    }
    // Addresses outside the kommune's domains: the people step again, with the warning and a box to confirm them.
    const outside = parsed.data.step === 'people' && result.draft.people ? needsEmailConfirmation(result.draft.people, value, kommuneDomains) : [];
    if (outside.length > 0) {
      const card = formCard(turn.lang, 'people', { ...draft, people: result.draft.people }, rules, { outsideAddresses: outside, kommuneDomains });
      if (clickedCardId(turn.dc.context)) await replaceClickedCard(turn.dc.context, card);
      else await sendCard(turn.dc.context, card);
      return;
    }
    await RegistrationDialog.save(turn.dc, result.draft);
    await showStep(turn.dc.context, turn.lang, result.draft);
  };

  const goto: SubmitHandler = async (turn, value) => {
    const parsed = gotoSubmit.safeParse(value);
    const draft = await openFormOf(turn, value);
    if (!parsed.success || !draft) return;
    const next = atStep(draft, parsed.data.step, now());
    await RegistrationDialog.save(turn.dc, next);
    await showStep(turn.dc.context, turn.lang, next);
  };

  const send: SubmitHandler = async (turn, value) => {
    const { dc, lang } = turn;
    const t = registrationText(lang);
    service.noteServiceUrl(dc.context.activity.serviceUrl);
    const draft = await openFormOf(turn, value);
    if (!draft) return;
    const result = await service.submit(draft, personOf(dc.context), addressOf(dc.context), lang);
    if (result.kind === 'no-draft') return;
    if (result.kind === 'incomplete') {
      await dc.context.sendActivity(t.nothingToSend);
      return showStep(dc.context, lang, { ...result.draft, step: nextStep(result.draft) });
    }
    await RegistrationDialog.close(dc);
    switch (result.kind) {
      case 'cannot-correct':
        await dc.context.sendActivity(t.cannotCorrect);
        return;
      case 'already-sent':
        await dc.context.sendActivity(t.alreadySent(result.ref));
        return;
      case 'corrected':
        logger.info({ ref: result.record.ref }, 'registration corrected');
        if (clickedCardId(dc.context)) await replaceClickedCard(dc.context, sentCard(lang, result.record, t.correctionSentStatus(result.record.ref)));
        await dc.context.sendActivity(t.correctionSent(result.record.ref));
        return;
      case 'sent':
        logger.info({ ref: result.record.ref, itReachable: result.itReachable }, 'registration sent');
        if (clickedCardId(dc.context)) await replaceClickedCard(dc.context, sentCard(lang, result.record, t.sentStatus(result.record.ref)));
        await dc.context.sendActivity(result.itReachable ? t.sentReachable(result.record.ref) : t.sentNotReachable(result.record.ref));
    }
  };

  const cancel: SubmitHandler = async (turn, value) => {
    const { dc, lang } = turn;
    const t = registrationText(lang);
    if (!(await openFormOf(turn, value))) return;
    await RegistrationDialog.close(dc);
    if (clickedCardId(dc.context)) await replaceClickedCard(dc.context, closedCard(t.formTitle, t.cancelledStatus));
    await dc.context.sendActivity(t.cancelled);
  };

  const correct: SubmitHandler = async ({ dc, lang }, value) => {
    const parsed = correctSubmit.safeParse(value);
    const me = personOf(dc.context);
    const draft = parsed.success ? correctionDraft(await service.correctable(parsed.data.ref, me), me, now()) : undefined;
    if (!draft) {
      await dc.context.sendActivity(registrationText(lang).cannotCorrect);
      return;
    }
    if (await RegistrationDialog.surface(dc)) await RegistrationDialog.close(dc);
    await RegistrationDialog.save(dc, draft);
    await sendCard(dc.context, summaryCard(lang, draft, rules));
  };

  return {
    start,
    submits: {
      'registration.start': (turn, value) => start(turn, saidSubmit.safeParse(value).data ?? {}),
      'registration.step': step,
      'registration.goto': goto,
      'registration.send': send,
      'registration.cancel': cancel,
      'registration.correct': correct,
    },
  };
}
