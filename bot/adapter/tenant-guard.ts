/**
 * Refuses activities from any Microsoft 365 tenant but the configured one: the turn is not processed, an
 * invoke gets 403, a message gets one short refusal. With no tenant configured (local mode), all pass.
 */
import { ActivityTypes, type Middleware, type TurnContext } from 'botbuilder';
import type { Logger } from '../../src/logging/logger';
import { uiText } from '../../src/i18n/ui-text';
import { langFromLocale } from '../../src/i18n/language';

export function tenantOf(context: TurnContext): string | undefined {
  const channelData = context.activity.channelData as { tenant?: { id?: unknown } } | undefined;
  const fromChannelData = typeof channelData?.tenant?.id === 'string' ? channelData.tenant.id : undefined;
  return fromChannelData ?? context.activity.conversation?.tenantId;
}

export function tenantGuard(allowedTenantId: string | undefined, logger: Logger): Middleware {
  return {
    async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
      if (!allowedTenantId) return next();
      const tenant = tenantOf(context);
      if (tenant?.toLowerCase() === allowedTenantId.toLowerCase()) return next();
      logger.warn({ tenant, activityType: context.activity.type }, 'activity from another tenant refused');
      if (context.activity.type === ActivityTypes.Invoke) {
        await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 403, body: { code: 'Forbidden', message: uiText('nb').tenantRefused } } });
      } else if (context.activity.type === ActivityTypes.Message) {
        await context.sendActivity(uiText(langFromLocale(context.activity.locale)).tenantRefused);
      }
    },
  };
}
