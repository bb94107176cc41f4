/**
 * Profile registration (issue 3) as a BotFeature: entry points (command, hand-off from the answer cards of
 * R4.3.2–R4.3.4, an offer on free text about creating a profile), the three-step form with a stored draft
 * (resumes where the user was, also after a restart), the summary, sending to IT through the outbox, the IT
 * card's Action.Execute verbs, choosing the IT channel in Teams, and the lists.
 */
import { randomUUID } from 'node:crypto';
import { teamsGetChannelId, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import { formCard, itCard, offerCard, outcomeCard, problemsText, registrationListCard, summaryCard, type RegistrationListVerb } from '../../cards/registration-cards';
import type { AppConfig } from '../../src/config/config-schema';
import type { Lang } from '../../src/i18n/language';
import { registrationText } from '../../src/i18n/registration-text';
import type { Logger } from '../../src/logging/logger';
import { STEPS, validateStep, type FormStep } from '../../src/registration/registration-form';
import { registrationIntent } from '../../src/registration/registration-intent';
import { REFERENCE_PATTERN, type Person } from '../../src/registration/registration-record';
import { RegistrationRepository, type RegistrationDraft } from '../../src/registration/registration-repository';
import { IT_CHANNEL, REGISTRATION_TOPIC, RegistrationService } from '../../src/registration/registration-service';
import { registerSource } from '../../src/registration/register-source';
import type { RegisterSource } from '../../src/tab/register-entry';
import type { KeyValueStore } from '../../src/storage/key-value-store';
import type { BotFeature, CardActionHandler, FeatureTurn } from '../feature';
import { cardResponse, errorResponse } from '../invoke/invoke-responses';
import type { ProactiveOutbox } from '../proactive/proactive-outbox';
import { addressOf } from '../proactive/proactive-sender';
import { sendCard } from '../send-card';

export interface RegistrationFeatureDeps {
  store: KeyValueStore;
  proactive: ProactiveOutbox;
  config: AppConfig['registration'];
  logger: Logger;
  now: () => Date;
}

const stepSubmit = z.object({ verb: z.literal('registration.step'), step: z.enum(STEPS) });
const gotoSubmit = z.object({ verb: z.literal('registration.goto'), step: z.enum([...STEPS, 'summary']) });
const correctSubmit = z.object({ verb: z.literal('registration.correct'), ref: z.string().regex(REFERENCE_PATTERN) });
const sendSubmit = z.object({ draftId: z.string().max(200).optional() });
const listSubmit = z.object({ page: z.coerce.number().int().min(0).max(10_000).default(0) });
const cardActionData = z.object({
  ref: z.string().regex(REFERENCE_PATTERN),
  version: z.coerce.number().int().min(1).max(10_000),
  comment: z.string().trim().max(1000).optional(),
});

const person = (context: TurnContext): Person => ({ id: context.activity.from.aadObjectId ?? context.activity.from.id, name: context.activity.from.name ?? '', teamsId: context.activity.from.id });

function nextStep(draft: RegistrationDraft): FormStep | 'summary' {
  return STEPS.find((step) => draft[step] === undefined) ?? 'summary';
}

export function createRegistrationFeature(deps: RegistrationFeatureDeps): { feature: BotFeature; service: RegistrationService; registerSource: RegisterSource } {
  const repository = new RegistrationRepository(deps.store);
  const { outbox, worker } = deps.proactive;
  const service = new RegistrationService({
    repository,
    outbox,
    kick: (id) => worker.kick(id),
    renderer: {
      itCard: (record) => ({ type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: itCard(record) }] }),
      outcome: (record, entry) => ({ type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: outcomeCard(record, entry) }] }),
    },
    now: deps.now,
    itMembers: deps.config.itMemberAadIds,
    configuredChannel: deps.config.itChannel,
  });
  worker.registerTopic(REGISTRATION_TOPIC, { render: (item) => service.render(item), delivered: (item, result) => service.delivered(item, result) });
  worker.registerChannel(IT_CHANNEL, () => service.itChannel());

  const showStep = async (context: TurnContext, lang: Lang, draft: RegistrationDraft): Promise<void> => {
    await sendCard(context, draft.step === 'summary' ? summaryCard(lang, draft) : formCard(lang, draft.step, draft));
  };

  const start = async ({ dc, lang }: FeatureTurn): Promise<void> => {
    const context = dc.context;
    service.noteServiceUrl(context.activity.serviceUrl);
    const me = person(context);
    const existing = await repository.draft(me.id);
    if (existing) {
      await context.sendActivity(registrationText(lang).resumed);
      await showStep(context, lang, existing);
      return;
    }
    const draft: RegistrationDraft = { id: randomUUID(), step: 'profile', updatedAt: deps.now().toISOString() };
    await repository.saveDraft(me.id, draft);
    await showStep(context, lang, draft);
  };

  const step = async ({ dc, lang }: FeatureTurn, value: unknown): Promise<void> => {
    const context = dc.context;
    const parsed = stepSubmit.safeParse(value);
    if (!parsed.success) return start({ dc, lang });
    const me = person(context);
    const draft = (await repository.draft(me.id)) ?? { id: randomUUID(), step: 'profile', updatedAt: deps.now().toISOString() };
    const validated = validateStep(parsed.data.step, value);
    if (!validated.ok) {
      await context.sendActivity(problemsText(lang, validated.problems));
      return;
    }
    const next: RegistrationDraft = { ...draft, [parsed.data.step]: validated.value, updatedAt: deps.now().toISOString() };
    next.step = nextStep(next);
    await repository.saveDraft(me.id, next);
    await showStep(context, lang, next);
  };

  const goto = async ({ dc, lang }: FeatureTurn, value: unknown): Promise<void> => {
    const parsed = gotoSubmit.safeParse(value);
    const me = person(dc.context);
    const draft = await repository.draft(me.id);
    if (!parsed.success || !draft) return start({ dc, lang });
    const next: RegistrationDraft = { ...draft, step: parsed.data.step, updatedAt: deps.now().toISOString() };
    await repository.saveDraft(me.id, next);
    await showStep(dc.context, lang, next);
  };

  const send = async ({ dc, lang }: FeatureTurn, value: unknown): Promise<void> => {
    const context = dc.context;
    const t = registrationText(lang);
    service.noteServiceUrl(context.activity.serviceUrl);
    const me = person(context);
    const cardDraftId = sendSubmit.safeParse(value).data?.draftId;
    const draft = await repository.draft(me.id);
    // An old "Send" card (its draft was sent, or replaced by a newer form) says what became of it.
    const sentAs = cardDraftId && cardDraftId !== draft?.id ? await service.sentAs(cardDraftId) : undefined;
    if (sentAs) {
      await context.sendActivity(t.alreadySent(sentAs));
      return;
    }
    if (!draft) return start({ dc, lang });
    const result = await service.send(draft, me, addressOf(context), lang);
    if (!result.ok) {
      if ('problems' in result) {
        await context.sendActivity(t.nothingToSend);
        await showStep(context, lang, { ...draft, step: nextStep(draft) });
      } else {
        await repository.deleteDraft(me.id);
        await context.sendActivity(t.cannotCorrect);
      }
      return;
    }
    await repository.deleteDraft(me.id);
    deps.logger.info({ ref: result.record.ref, corrected: result.corrected, itReachable: result.itReachable, alreadySent: result.alreadySent }, 'registration sent');
    if (result.alreadySent) await context.sendActivity(t.alreadySent(result.record.ref));
    else if (result.corrected) await context.sendActivity(t.correctionSent(result.record.ref));
    else await context.sendActivity(result.itReachable ? t.sentReachable(result.record.ref) : t.sentNotReachable(result.record.ref));
  };

  const cancel = async ({ dc, lang }: FeatureTurn): Promise<void> => {
    await repository.deleteDraft(person(dc.context).id);
    await dc.context.sendActivity(registrationText(lang).cancelled);
  };

  const correct = async ({ dc, lang }: FeatureTurn, value: unknown): Promise<void> => {
    const parsed = correctSubmit.safeParse(value);
    const me = person(dc.context);
    const draft = parsed.success ? await service.draftForCorrection(parsed.data.ref, me) : undefined;
    if (!draft) {
      await dc.context.sendActivity(registrationText(lang).cannotCorrect);
      return;
    }
    await repository.saveDraft(me.id, draft);
    await showStep(dc.context, lang, draft);
  };

  const act =
    (event: 'acknowledge' | 'request-info'): CardActionHandler =>
    async (context, data) => {
      const t = registrationText('nb');
      service.noteServiceUrl(context.activity.serviceUrl);
      const parsed = cardActionData.safeParse(data);
      if (!parsed.success || /[<>]/.test(parsed.data.comment ?? '')) return errorResponse(400, 'InvalidAction', t.invalidAction);
      const comment = event === 'request-info' ? parsed.data.comment || t.defaultInfoRequest : parsed.data.comment || undefined;
      const activity = context.activity;
      const cardAt = activity.replyToId ? { conversationId: activity.conversation.id, activityId: activity.replyToId, serviceUrl: activity.serviceUrl, tenantId: activity.conversation.tenantId } : undefined;
      const result = await service.act(parsed.data.ref, event, person(context), parsed.data.version, comment, cardAt);
      switch (result.outcome) {
        case 'forbidden':
          deps.logger.warn({ ref: parsed.data.ref, event }, 'registration action refused: not an IT member');
          return errorResponse(403, 'Forbidden', t.forbidden);
        case 'not-found':
          return errorResponse(404, 'NotFound', t.notFound);
        case 'changed':
          deps.logger.info({ ref: result.record.ref, event, state: result.record.state }, 'registration changed by IT');
          return cardResponse(itCard(result.record));
        case 'unchanged':
          return cardResponse(itCard(result.record));
      }
    };

  const pageOf = (value: unknown): number => listSubmit.safeParse(value).data?.page ?? 0;

  const showList = async ({ dc, lang }: FeatureTurn, title: string, records: Awaited<ReturnType<typeof repository.all>>, withRequester: boolean, value: unknown, verb: RegistrationListVerb): Promise<void> => {
    await sendCard(dc.context, registrationListCard(lang, title, records, withRequester, pageOf(value), verb));
  };

  /** «mine registreringer»: the user's own registrations, newest first, a page at a time. */
  const showMine = async (turn: FeatureTurn, value: unknown): Promise<void> => {
    const t = registrationText(turn.lang);
    const mine = await repository.ofRequester(person(turn.dc.context).id);
    if (mine.length === 0) await turn.dc.context.sendActivity(t.mineEmpty);
    else await showList(turn, t.mineTitle, mine, false, value, 'registration.mine');
  };

  /** «oversikt»: every registration, for IT (or in the IT channel); false = not for this person here. */
  const showRegister = async (turn: FeatureTurn, value: unknown): Promise<boolean> => {
    const context = turn.dc.context;
    const t = registrationText(turn.lang);
    const channelId = teamsGetChannelId(context.activity);
    const inChannel = context.activity.conversation.conversationType === 'channel' && !!channelId;
    const itChannel = await service.itChannel();
    if (!(inChannel && itChannel?.channelId === channelId) && !service.isItMember(person(context).id)) {
      if (inChannel) return false;
      await context.sendActivity(t.registerOnlyIt);
      return true;
    }
    const all = await repository.all();
    if (all.length === 0) await context.sendActivity(t.registerEmpty);
    else await showList(turn, t.registerTitle, all, true, value, 'registration.register');
    return true;
  };

  const onText = async (turn: FeatureTurn, text: string): Promise<boolean> => {
    service.noteServiceUrl(turn.dc.context.activity.serviceUrl);
    const intent = registrationIntent(text);
    if (!intent) return false;
    const context = turn.dc.context;
    const t = registrationText(turn.lang);
    const me = person(context);
    const channelId = teamsGetChannelId(context.activity);
    const inChannel = context.activity.conversation.conversationType === 'channel' && !!channelId;
    switch (intent) {
      case 'start':
        await start(turn);
        return true;
      case 'mine':
        await showMine(turn, {});
        return true;
      case 'register':
        return showRegister(turn, {});
      case 'use-channel': {
        if (!inChannel || !channelId) {
          await context.sendActivity(t.channelOnlyInChannel);
          return true;
        }
        const activity = context.activity;
        const chosen = await service.useChannel(
          { channelId, serviceUrl: activity.serviceUrl, tenantId: activity.conversation.tenantId ?? activity.channelData?.tenant?.id, configuredBy: me.name, configuredAt: deps.now().toISOString() },
          me.id,
        );
        if (chosen) deps.logger.info({ channel: 'it' }, 'IT channel chosen in Teams');
        await context.sendActivity(chosen ? t.channelSet(me.name) : t.channelNotAllowed);
        return true;
      }
      case 'offer':
        if (context.activity.conversation.conversationType === 'personal' || !context.activity.conversation.conversationType) await sendCard(context, offerCard(turn.lang));
        return false;
    }
  };

  const feature: BotFeature = {
    name: 'registration',
    handoffs: { registration: (turn) => start(turn) },
    submits: {
      'registration.start': (turn) => start(turn),
      'registration.step': step,
      'registration.goto': goto,
      'registration.send': send,
      'registration.mine': (turn, value) => showMine(turn, value),
      'registration.register': async (turn, value) => void (await showRegister(turn, value)),
      'registration.cancel': (turn) => cancel(turn),
      'registration.correct': correct,
    },
    cardActions: { 'registration.acknowledge': act('acknowledge'), 'registration.requestInfo': act('request-info') },
    onText,
  };
  return { feature, service, registerSource: registerSource(repository) };
}
