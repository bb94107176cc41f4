/**
 * A deadline for every outgoing Bot Connector call (replies, card updates, new conversations). Teams waits 15 s
 * for the bot to answer an inbound request, and replies are sent inside that request; a serviceUrl that accepts
 * the connection and never answers would otherwise hold it open for good. The deadline covers the whole call,
 * retries and the response body included, and ends it with an AbortError.
 *
 * Why a ConnectorFactory decorator: ConnectorClientOptions.requestPolicyFactories would be the obvious hook, but
 * the SDK's ConnectorFactoryImpl (botframework-connector 4.23) overwrites it with its own "accept" policy. Every
 * Connector operation goes through the client's sendOperationRequest, whose options take an abortSignal.
 */
import { ConnectorFactory, type ConnectorClient } from 'botframework-connector';

type OperationArguments = Parameters<ConnectorClient['sendOperationRequest']>[0];
type SignalLike = NonNullable<NonNullable<OperationArguments['options']>['abortSignal']>;

/** The caller's own signal (if any) and the deadline, as one signal. */
function withDeadline(outer: SignalLike | undefined, timeoutMs: number): AbortSignal {
  const deadline = AbortSignal.timeout(timeoutMs);
  if (!outer) return deadline;
  if (outer instanceof AbortSignal) return AbortSignal.any([outer, deadline]);
  const controller = new AbortController();
  if (outer.aborted) controller.abort();
  else outer.addEventListener('abort', () => controller.abort());
  return AbortSignal.any([controller.signal, deadline]);
}

/** Makes every operation of this client end by the deadline. */
export function limitCalls(client: ConnectorClient, timeoutMs: number): ConnectorClient {
  const send = client.sendOperationRequest.bind(client);
  client.sendOperationRequest = (args, spec, callback) =>
    send({ ...args, options: { ...args.options, abortSignal: withDeadline(args.options?.abortSignal, timeoutMs) } }, spec, callback);
  return client;
}

/** The adapter's connector factory, handing out clients whose calls have the deadline. */
export class DeadlineConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly inner: ConnectorFactory,
    private readonly timeoutMs: number,
  ) {
    super();
  }

  async create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    return limitCalls(await this.inner.create(serviceUrl, audience), this.timeoutMs);
  }
}

/** True for the errors a failed or timed-out Bot Connector call ends with (the HTTP pipeline's own types). */
export function isConnectorFailure(error: unknown): boolean {
  return error instanceof Error && (error.name === 'AbortError' || error.name === 'RestError');
}
