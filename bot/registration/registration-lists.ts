/**
 * The registration lists and commands, one thin handler each: «mine registreringer» (the requester's own),
 * «oversikt» (every registration, for IT or in the IT channel), ten a page with "Vis flere", and
 * "bruk denne kanalen for IT-varsler" (an IT member picks the channel for IT cards).
 */
import { teamsGetChannelId, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import { registrationListCard } from '../../cards/registration-cards';
import { registrationText } from '../../src/i18n/registration-text';
import type { Logger } from '../../src/logging/logger';
import type { RegistrationService } from '../../src/registration/registration-service';
import type { FeatureTurn } from '../feature';
import { sendCard } from '../send-card';
import { personOf } from './person-of';

const listSubmit = z.object({ page: z.coerce.number().int().min(0).max(10_000).default(0) });
const pageOf = (value: unknown): number => listSubmit.safeParse(value ?? {}).data?.page ?? 0;

/** The channel the activity was written in, when it was written in a team channel. */
function channelOf(context: TurnContext): string | undefined {
  const channelId = teamsGetChannelId(context.activity);
  return context.activity.conversation.conversationType === 'channel' && channelId ? channelId : undefined;
}

export function registrationLists(service: RegistrationService, now: () => Date, logger: Logger) {
  /** «mine registreringer»: newest first, a page at a time. */
  const mine = async ({ dc, lang }: FeatureTurn, value?: unknown): Promise<void> => {
    const t = registrationText(lang);
    const records = await service.ofRequester(personOf(dc.context));
    if (records.length === 0) await dc.context.sendActivity(t.mineEmpty);
    else await sendCard(dc.context, registrationListCard(lang, t.mineTitle, records, false, pageOf(value), 'registration.mine'));
  };

  /** «oversikt»; false when it is not for this person here (in another channel: let the bot treat it as a question). */
  const register = async ({ dc, lang }: FeatureTurn, value?: unknown): Promise<boolean> => {
    const t = registrationText(lang);
    const channel = channelOf(dc.context);
    const records = await service.register(personOf(dc.context), channel);
    if (!records) {
      if (channel) return false;
      await dc.context.sendActivity(t.registerOnlyIt);
      return true;
    }
    if (records.length === 0) await dc.context.sendActivity(t.registerEmpty);
    else await sendCard(dc.context, registrationListCard(lang, t.registerTitle, records, true, pageOf(value), 'registration.register'));
    return true;
  };

  /** "bruk denne kanalen for IT-varsler", written in a channel by an IT member. */
  const useChannel = async ({ dc, lang }: FeatureTurn): Promise<void> => {
    const t = registrationText(lang);
    const activity = dc.context.activity;
    const channelId = channelOf(dc.context);
    if (!channelId) {
      await dc.context.sendActivity(t.channelOnlyInChannel);
      return;
    }
    const me = personOf(dc.context);
    const tenantId = activity.conversation.tenantId ?? (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id;
    const chosen = await service.useChannel({ channelId, serviceUrl: activity.serviceUrl, tenantId, configuredBy: me.name, configuredAt: now().toISOString() }, me.id);
    if (chosen) logger.info({ channel: 'it' }, 'IT channel chosen in Teams');
    await dc.context.sendActivity(chosen ? t.channelSet(me.name) : t.channelNotAllowed);
  };

  return { mine, register, useChannel };
}
