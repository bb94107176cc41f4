/**
 * The Action.Execute verbs of the IT channel card, one thin handler each: an IT member acknowledges the
 * registration or asks for more information. Who may act is decided by the use case from the configured IT
 * members (never from card data): others get 403; a stale or replayed click gets the current card.
 */
import { z } from 'zod';
import { itCard, type RuleBook } from '../../cards/registration-cards';
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

export function itCardActions(service: RegistrationService, logger: Logger, rules: RuleBook): Record<string, CardActionHandler> {
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
      const result = await service.act(parsed.data.ref, event, personOf(context), parsed.data.version, comment, cardAt);
      switch (result.outcome) {
        case 'forbidden':
          logger.warn({ ref: parsed.data.ref, event }, 'registration action refused: not an IT member');
          return errorResponse(403, 'Forbidden', t.forbidden);
        case 'not-found':
          return errorResponse(404, 'NotFound', t.notFound);
        case 'changed':
          logger.info({ ref: result.record.ref, event, state: result.record.state }, 'registration changed by IT');
          return cardResponse(itCard(result.record, rules));
        case 'unchanged':
          return cardResponse(itCard(result.record, rules));
      }
    };
  return { 'registration.acknowledge': act('acknowledge'), 'registration.requestInfo': act('request-info') };
}
