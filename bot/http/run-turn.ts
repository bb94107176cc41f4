/**
 * Hands an activity that the edge has already read and validated to the CloudAdapter, and brings back the answer
 * (status and invoke-response body) instead of letting the adapter write to the socket: the adapter puts an
 * exception's message in the body of its 500s and 401s, and that must not reach the caller.
 */
import type { CloudAdapter, Request, Response, TurnContext } from 'botbuilder';
import type { InboundActivity } from './activity-schema';

export interface TurnAnswer {
  status: number;
  /** The invoke response body, if any (an exception's message from the adapter is put in `detail` instead). */
  body?: unknown;
  /** For the log only: what the adapter said about a failure. */
  detail?: string;
}

/** The few methods of an HTTP response the adapter calls; it remembers instead of writing. */
class CapturedResponse implements Response {
  readonly socket = undefined;
  code = 200;
  body: unknown;

  status(code: number): this {
    this.code = code;
    return this;
  }

  header(): this {
    return this;
  }

  send(body?: unknown): this {
    this.body = body;
    return this;
  }

  end(): this {
    return this;
  }
}

export async function runTurn(
  adapter: CloudAdapter,
  activity: InboundActivity,
  authorization: string | undefined,
  logic: (context: TurnContext) => Promise<void>,
): Promise<TurnAnswer> {
  const request: Request = { method: 'POST', headers: { authorization: authorization ?? '' }, body: activity };
  const captured = new CapturedResponse();
  await adapter.process(request, captured, logic);
  // The SDK's own error answers (401 from authentication, 500 from outside the turn) carry an exception's
  // message or the exception itself; invoke responses (objects the bot built) pass as they are.
  if (captured.code >= 400 && (typeof captured.body === 'string' || captured.body instanceof Error)) {
    return { status: captured.code, detail: String(captured.body) };
  }
  return { status: captured.code, body: captured.body };
}
