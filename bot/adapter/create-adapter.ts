/**
 * The CloudAdapter with Bot Framework authentication from the configuration. In local mode (no app id) the
 * adapter accepts unauthenticated requests, which is why the server then listens on loopback only.
 * Every outgoing Bot Connector call has a deadline (CONNECTOR_TIMEOUT_MS), well inside Teams' 15 s.
 * The turn-error handler logs the error and tells the user kindly, never the internal message; when the
 * Bot Connector itself failed, the apology would go the same way and is not attempted.
 */
import { ActivityTypes, CallerIdConstants, CloudAdapter, ConfigurationBotFrameworkAuthentication, INVOKE_RESPONSE_KEY, type TurnContext } from 'botbuilder';
import { AuthenticationConstants, type ConnectorFactory } from 'botframework-connector';
import type { AppConfig } from '../../src/config/config-schema';
import { uiText } from '../../src/i18n/ui-text';
import type { Logger } from '../../src/logging/logger';
import { DeadlineConnectorFactory, isConnectorFailure } from '../http/connector-timeout';
import { errorResponse } from '../invoke/invoke-responses';
import { turnLangOr } from '../turn-info';
import { RefusingAuthentication } from './refusing-authentication';
import { tenantGuard } from './tenant-guard';

/** The adapter, and whether requests must carry a bearer token (app id set) – the HTTP edge checks it first. */
export type BotAdapter = CloudAdapter & { readonly requiresBearerToken: boolean };

export function createAdapter(config: AppConfig, logger: Logger): BotAdapter {
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
  const withDeadline = (factory: ConnectorFactory): ConnectorFactory => new DeadlineConnectorFactory(factory, config.connectorTimeoutMs);
  const adapter = Object.assign(new CloudAdapter(new RefusingAuthentication(authentication, withDeadline)), { requiresBearerToken: auth !== undefined });
  adapter.use(tenantGuard(config.allowedTenantId, logger));
  adapter.onTurnError = async (context: TurnContext, error: unknown) => {
    const connectorFailed = isConnectorFailure(error);
    logger.error(
      { err: error, activityType: context.activity.type, conversation: context.activity.conversation?.id, connectorFailed },
      connectorFailed ? 'turn failed: the Bot Connector call failed or timed out' : 'turn failed',
    );
    const t = uiText(turnLangOr(context));
    try {
      if (context.activity.type === ActivityTypes.Invoke && !context.turnState.get(INVOKE_RESPONSE_KEY)) {
        // Otherwise the SDK answers 501 ("not implemented"), which is not what happened.
        await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 500, body: errorResponse(500, 'InternalError', t.turnError) } });
      } else if (context.activity.type === ActivityTypes.Message && !connectorFailed) {
        await context.sendActivity(t.turnError);
      }
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
