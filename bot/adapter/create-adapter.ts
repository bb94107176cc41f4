/**
 * The CloudAdapter with Bot Framework authentication from the configuration. In local mode (no app id) the
 * adapter accepts unauthenticated requests, which is why the server then listens on loopback only.
 * The turn-error handler logs the error and tells the user kindly, never the internal message.
 */
import { CallerIdConstants, CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import { AuthenticationConstants } from 'botframework-connector';
import type { AppConfig } from '../../src/config/config-schema';
import { chooseLang } from '../../src/i18n/language';
import { uiText } from '../../src/i18n/ui-text';
import type { Logger } from '../../src/logging/logger';
import { RefusingAuthentication } from './refusing-authentication';
import { tenantGuard } from './tenant-guard';

export function createAdapter(config: AppConfig, logger: Logger): CloudAdapter {
  const auth = config.auth;
  const authentication = new ConfigurationBotFrameworkAuthentication(
    auth
      ? {
          MicrosoftAppId: auth.appId,
          MicrosoftAppPassword: auth.appPassword,
          MicrosoftAppType: auth.appType,
          MicrosoftAppTenantId: auth.tenantId,
          ...(auth.openIdMetadataUrl ? publicCloudWithMetadataUrl(auth.openIdMetadataUrl) : {}),
        }
      : {},
  );
  const adapter = new CloudAdapter(new RefusingAuthentication(authentication));
  adapter.use(tenantGuard(config.allowedTenantId, logger));
  adapter.onTurnError = async (context: TurnContext, error: unknown) => {
    logger.error(
      { err: error, activityType: context.activity.type, conversation: context.activity.conversation?.id },
      'turn failed',
    );
    if (context.activity.type !== 'message') return;
    try {
      await context.sendActivity(uiText(chooseLang({ locale: context.activity.locale })).turnError);
    } catch (sendError) {
      logger.error({ err: sendError }, 'could not tell the user about the failed turn');
    }
  };
  return adapter;
}

/**
 * Overriding one endpoint makes the SDK treat every endpoint as given ("parameterized"), so the test seam
 * states the public-cloud values for all of them and changes only where channel signing keys come from.
 */
function publicCloudWithMetadataUrl(openIdMetadataUrl: string): Record<string, string | boolean> {
  return {
    ValidateAuthority: true,
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    ToBotFromChannelOpenIdMetadataUrl: openIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
  };
}
