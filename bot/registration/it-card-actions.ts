/**
 * The Action.Execute verbs of the IT channel card, one thin handler each: an IT member acknowledges the
 * registration or asks for more information, and Teams asks for each viewer's view (`registration.refresh`): IT
 * members get IT's view with the buttons, everyone else the status. Who may act and who sees which view is
 * decided from the configured IT members (never from card data): others get 403; a stale or replayed click gets
 * the current card.
 */
import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { RuleBook } from '../../cards/registration-cards';
import { itCard } from '../../cards/registration-it-card';
import { registrationText } from '../../src/i18n/registration-text';
import type { Logger } from '../../src/logging/logger';
import { REFERENCE_PATTERN } from '../../src/registration/registration-record';
import type { RegistrationService } from '../../src/registration/registration-service';
import type { CardActionHandler } from '../feature';
import { cardResponse, errorResponse } from '../invoke/invoke-responses';
import { personOf } from './person-of';

const cardActionData = z.object({
  ref: z.string().regex(REFERENCE_PATTERN),
  version: z.coerce.number().int().min(1).max(10_000),
  comment: z.string().trim().max(1000).optional(),
});
const refreshData = z.object({ ref: z.string().regex(REFERENCE_PATTERN) });

export function itCardActions(service: RegistrationService, logger: Logger, rules: RuleBook): Record<string, CardActionHandler> {
  const t = registrationText('nb');

  const act =
    (event: 'acknowledge' | 'request-info'): CardActionHandler =>
    async (context: TurnContext, data) => {
      service.noteServiceUrl(context.activity.serviceUrl);
      const parsed = cardActionData.safeParse(data);
      if (!parsed.success || /[<>]/.test(parsed.data.comment ?? '')) return errorResponse(400, 'InvalidAction', t.invalidAction);
      const comment = event === 'request-info' ? parsed.data.comment || t.defaultInfoRequest : parsed.data.comment || undefined;
      const activity = context.activity;
      const cardAt = activity.replyToId ? { conversationId: activity.conversation.id, activityId: activity.replyToId, serviceUrl: activity.serviceUrl, tenantId: activity.conversation.tenantId } : undefined;
      const actor = personOf(context);
      const result = await service.act(parsed.data.ref, event, actor, parsed.data.version, comment, cardAt);
      switch (result.outcome) {
        case 'forbidden':
          logger.warn({ ref: parsed.data.ref, event }, 'registration action refused: not an IT member');
          return errorResponse(403, 'Forbidden', t.forbidden);
        case 'not-found':
          return errorResponse(404, 'NotFound', t.notFound);
        case 'changed':
        case 'unchanged':
          if (result.outcome === 'changed') logger.info({ ref: result.record.ref, event, state: result.record.state }, 'registration changed by IT');
          await service.noteActor(actor);
          return cardResponse(itCard(result.record, rules, { view: 'it', itViewers: await service.itViewers() }));
      }
    };

  /** Teams asks for the viewer's own view of the card (automatically for `refresh.userIds`, else by hand). */
  const refresh: CardActionHandler = async (context, data) => {
    const parsed = refreshData.safeParse(data);
    if (!parsed.success) return errorResponse(400, 'InvalidAction', t.invalidAction);
    const record = await service.find(parsed.data.ref);
    if (!record) return errorResponse(404, 'NotFound', t.notFound);
    const viewer = personOf(context);
    await service.noteActor(viewer);
    const view = service.isItMember(viewer.id) ? 'it' : 'status';
    return cardResponse(itCard(record, rules, { view, itViewers: await service.itViewers() }));
  };

  return { 'registration.acknowledge': act('acknowledge'), 'registration.requestInfo': act('request-info'), 'registration.refresh': refresh };
}
