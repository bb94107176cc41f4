/**
 * The requester's side of registration, one thin handler per Action.Submit verb: open or resume the form, a
 * step, back to a step, send, cancel, correct. Each validates card data with zod, calls a use case
 * (src/registration/registration-drafts.ts, registration-service.ts) and answers with a card or a sentence.
 */
import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import { formCard, problemsText, summaryCard } from '../../cards/registration-cards';
import type { Lang } from '../../src/i18n/language';
import { registrationText } from '../../src/i18n/registration-text';
import type { Logger } from '../../src/logging/logger';
import { nextStep, type RegistrationDrafts } from '../../src/registration/registration-drafts';
import { STEPS } from '../../src/registration/registration-form';
import { REFERENCE_PATTERN } from '../../src/registration/registration-record';
import type { RegistrationDraft } from '../../src/registration/registration-repository';
import type { RegistrationService } from '../../src/registration/registration-service';
import type { FeatureTurn, SubmitHandler } from '../feature';
import { addressOf } from '../proactive/proactive-sender';
import { sendCard } from '../send-card';
import { personOf } from './person-of';

const stepSubmit = z.object({ step: z.enum(STEPS) });
const gotoSubmit = z.object({ step: z.enum([...STEPS, 'summary']) });
const correctSubmit = z.object({ ref: z.string().regex(REFERENCE_PATTERN) });
const sendSubmit = z.object({ draftId: z.string().max(200).optional() });

async function showStep(context: TurnContext, lang: Lang, draft: RegistrationDraft): Promise<void> {
  await sendCard(context, draft.step === 'summary' ? summaryCard(lang, draft) : formCard(lang, draft.step, draft));
}

export function registrationFormHandlers(drafts: RegistrationDrafts, service: RegistrationService, logger: Logger): { start: (turn: FeatureTurn) => Promise<void>; submits: Record<string, SubmitHandler> } {
  const start = async ({ dc, lang }: FeatureTurn): Promise<void> => {
    service.noteServiceUrl(dc.context.activity.serviceUrl);
    const { draft, resumed } = await drafts.open(personOf(dc.context));
    if (resumed) await dc.context.sendActivity(registrationText(lang).resumed);
    await showStep(dc.context, lang, draft);
  };

  const step: SubmitHandler = async (turn, value) => {
    const parsed = stepSubmit.safeParse(value);
    if (!parsed.success) return start(turn);
    const result = await drafts.saveStep(personOf(turn.dc.context), parsed.data.step, value);
    if (!result.ok) await turn.dc.context.sendActivity(problemsText(turn.lang, result.problems));
    else await showStep(turn.dc.context, turn.lang, result.draft);
  };

  const goto: SubmitHandler = async (turn, value) => {
    const parsed = gotoSubmit.safeParse(value);
    const draft = parsed.success ? await drafts.goTo(personOf(turn.dc.context), parsed.data.step) : undefined;
    if (!draft) return start(turn);
    await showStep(turn.dc.context, turn.lang, draft);
  };

  const send: SubmitHandler = async (turn, value) => {
    const { dc, lang } = turn;
    const t = registrationText(lang);
    service.noteServiceUrl(dc.context.activity.serviceUrl);
    const result = await service.submit(personOf(dc.context), addressOf(dc.context), lang, sendSubmit.safeParse(value).data?.draftId);
    switch (result.kind) {
      case 'no-draft':
        return start(turn);
      case 'incomplete':
        await dc.context.sendActivity(t.nothingToSend);
        return showStep(dc.context, lang, { ...result.draft, step: nextStep(result.draft) });
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
    await drafts.discard(personOf(dc.context));
    await dc.context.sendActivity(registrationText(lang).cancelled);
  };

  const correct: SubmitHandler = async ({ dc, lang }, value) => {
    const parsed = correctSubmit.safeParse(value);
    const draft = parsed.success ? await drafts.correct(personOf(dc.context), parsed.data.ref) : undefined;
    if (!draft) await dc.context.sendActivity(registrationText(lang).cannotCorrect);
    else await showStep(dc.context, lang, draft);
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
