/**
 * The requester's side of registration, one thin handler per Action.Submit verb: open or resume the form, a
 * step, back to a step, send, cancel, correct. Each validates card data with zod, applies a use case
 * (src/registration/registration-drafts.ts, registration-service.ts) to the form's dialog state
 * (registration-dialog.ts) and answers with a card or a sentence.
 */
import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import { formCard, problemsText, summaryCard, type RuleBook } from '../../cards/registration-cards';
import type { Lang } from '../../src/i18n/language';
import { registrationText } from '../../src/i18n/registration-text';
import type { Logger } from '../../src/logging/logger';
import { atStep, correctionDraft, newDraft, nextStep, withStep, type RegistrationDraft } from '../../src/registration/registration-drafts';
import { STEPS } from '../../src/registration/registration-form';
import { REFERENCE_PATTERN } from '../../src/registration/registration-record';
import type { RegistrationService } from '../../src/registration/registration-service';
import type { FeatureTurn, SubmitHandler } from '../feature';
import { addressOf } from '../proactive/proactive-sender';
import { sendCard } from '../send-card';
import { personOf } from './person-of';
import { RegistrationDialog } from './registration-dialog';

const stepSubmit = z.object({ step: z.enum(STEPS) });
const gotoSubmit = z.object({ step: z.enum([...STEPS, 'summary']) });
const correctSubmit = z.object({ ref: z.string().regex(REFERENCE_PATTERN) });
const sendSubmit = z.object({ draftId: z.string().max(200).optional() });

export function registrationFormHandlers(
  service: RegistrationService,
  now: () => Date,
  logger: Logger,
  rules: RuleBook,
): { start: (turn: FeatureTurn) => Promise<void>; submits: Record<string, SubmitHandler> } {
  const showStep = async (context: TurnContext, lang: Lang, draft: RegistrationDraft): Promise<void> => {
    await sendCard(context, draft.step === 'summary' ? summaryCard(lang, draft, rules) : formCard(lang, draft.step, draft, rules));
  };

  const start = async ({ dc, lang }: FeatureTurn): Promise<void> => {
    service.noteServiceUrl(dc.context.activity.serviceUrl);
    const open = await RegistrationDialog.surface(dc);
    if (open) await dc.context.sendActivity(registrationText(lang).resumed);
    const draft = open ?? newDraft(now());
    await RegistrationDialog.save(dc, draft);
    await showStep(dc.context, lang, draft);
  };

  const step: SubmitHandler = async (turn, value) => {
    const parsed = stepSubmit.safeParse(value);
    const draft = await RegistrationDialog.surface(turn.dc);
    if (!parsed.success || !draft) return start(turn);
    const result = withStep(draft, parsed.data.step, value, now());
    if (!result.ok) {
      await turn.dc.context.sendActivity(problemsText(turn.lang, result.problems));
      return;
    }
    await RegistrationDialog.save(turn.dc, result.draft);
    await showStep(turn.dc.context, turn.lang, result.draft);
  };

  const goto: SubmitHandler = async (turn, value) => {
    const parsed = gotoSubmit.safeParse(value);
    const draft = await RegistrationDialog.surface(turn.dc);
    if (!parsed.success || !draft) return start(turn);
    const next = atStep(draft, parsed.data.step, now());
    await RegistrationDialog.save(turn.dc, next);
    await showStep(turn.dc.context, turn.lang, next);
  };

  const send: SubmitHandler = async (turn, value) => {
    const { dc, lang } = turn;
    const t = registrationText(lang);
    service.noteServiceUrl(dc.context.activity.serviceUrl);
    const draft = await RegistrationDialog.surface(dc);
    const cardDraftId = sendSubmit.safeParse(value).data?.draftId;
    const result = await service.submit(draft, personOf(dc.context), addressOf(dc.context), lang, cardDraftId);
    if (result.kind === 'no-draft') return start(turn);
    if (result.kind === 'incomplete') {
      await dc.context.sendActivity(t.nothingToSend);
      return showStep(dc.context, lang, { ...result.draft, step: nextStep(result.draft) });
    }
    // The form is done, unless the click came from an old card of another, earlier form.
    const staleCard = cardDraftId !== undefined && cardDraftId !== draft?.id;
    if (!staleCard) await RegistrationDialog.close(dc);
    switch (result.kind) {
      case 'cannot-correct':
        await dc.context.sendActivity(t.cannotCorrect);
        return;
      case 'already-sent':
        await dc.context.sendActivity(t.alreadySent(result.ref));
        return;
      case 'corrected':
        logger.info({ ref: result.record.ref }, 'registration corrected');
        await dc.context.sendActivity(t.correctionSent(result.record.ref));
        return;
      case 'sent':
        logger.info({ ref: result.record.ref, itReachable: result.itReachable }, 'registration sent');
        await dc.context.sendActivity(result.itReachable ? t.sentReachable(result.record.ref) : t.sentNotReachable(result.record.ref));
    }
  };

  const cancel: SubmitHandler = async ({ dc, lang }) => {
    if (await RegistrationDialog.surface(dc)) await RegistrationDialog.close(dc);
    await dc.context.sendActivity(registrationText(lang).cancelled);
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
    await showStep(dc.context, lang, draft);
  };

  return {
    start,
    submits: {
      'registration.start': (turn) => start(turn),
      'registration.step': step,
      'registration.goto': goto,
      'registration.send': send,
      'registration.cancel': cancel,
      'registration.correct': correct,
    },
  };
}
