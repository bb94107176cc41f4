/**
 * Bot Framework authentication that answers every failed token check with 401. The SDK lets some of them
 * escape as plain errors (a bad signature becomes a 500 with the library's message); a request whose token
 * cannot be validated is unauthenticated, whatever the reason, and is not processed.
 * It is also where the adapter gets its connector factories (for turns and for proactive messages), so the
 * optional `connectors` decorator (the call deadline, see bot/http/connector-timeout.ts) is applied here.
 */
import { StatusCodes, type Activity } from 'botbuilder';
import {
  AuthenticationError,
  BotFrameworkAuthentication,
  type AuthenticateRequestResult,
  type BotFrameworkClient,
  type ClaimsIdentity,
  type ConnectorFactory,
  type UserTokenClient,
} from 'botframework-connector';

function refuse(error: unknown): never {
  if (error instanceof AuthenticationError) throw error;
  throw new AuthenticationError('Unauthorized: the token could not be validated.', StatusCodes.UNAUTHORIZED);
}

export class RefusingAuthentication extends BotFrameworkAuthentication {
  constructor(
    private readonly inner: BotFrameworkAuthentication,
    private readonly connectors: (factory: ConnectorFactory) => ConnectorFactory = (factory) => factory,
  ) {
    super();
  }

  private decorated(result: AuthenticateRequestResult): AuthenticateRequestResult {
    return result.connectorFactory ? { ...result, connectorFactory: this.connectors(result.connectorFactory) } : result;
  }

  async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    return this.decorated(await this.inner.authenticateRequest(activity, authHeader).catch(refuse));
  }

  async authenticateStreamingRequest(authHeader: string, channelIdHeader: string): Promise<AuthenticateRequestResult> {
    return this.decorated(await this.inner.authenticateStreamingRequest(authHeader, channelIdHeader).catch(refuse));
  }

  override async authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    return this.inner.authenticateChannelRequest(authHeader).catch(refuse);
  }

  createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.connectors(this.inner.createConnectorFactory(claimsIdentity));
  }

  createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.inner.createUserTokenClient(claimsIdentity);
  }

  override createBotFrameworkClient(): BotFrameworkClient {
    return this.inner.createBotFrameworkClient();
  }

  override getOriginatingAudience(): string {
    return this.inner.getOriginatingAudience();
  }
}
