/**
 * `POST /api/messages`, in the order that keeps a bad request cheap: headers (bearer token shape with an app id,
 * no compression, JSON media type), then the body with a byte limit counted on the wire, then JSON, then the
 * activity schema, and only then the CloudAdapter (full token validation, tenant guard, the bot). Every refusal
 * is a 4xx with a short JSON body `{ code, message }` that names no internals; nothing here throws to restify.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ActivityHandlerBase } from 'botbuilder';
import type restify from 'restify';
import type { Logger } from '../../src/logging/logger';
import type { BotAdapter } from '../adapter/create-adapter';
import { checkActivity } from './activity-schema';
import { parseJson } from './parse-json';
import { discardRest, readBody } from './read-body';
import { bearerRefusal, encodingRefusal, mediaTypeRefusal, type Refusal } from './request-checks';
import { runTurn } from './run-turn';

export interface EndpointDeps {
  adapter: BotAdapter;
  bot: ActivityHandlerBase;
  logger: Logger;
  maxBodyBytes: number;
  /** How long the body may take to arrive (Teams sends it at once). */
  bodyDeadlineMs?: number;
}

interface Answer {
  status: number;
  code: string;
  message: string;
  headers?: Record<string, string>;
}

function sendJson(res: ServerResponse, answer: Answer): void {
  if (res.headersSent) return;
  const body = JSON.stringify({ code: answer.code, message: answer.message });
  res.writeHead(answer.status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), ...answer.headers });
  res.end(body);
}

const READ_REFUSALS: Record<400 | 408 | 413, Omit<Answer, 'status'>> = {
  400: { code: 'BadRequest', message: 'The request body could not be read.' },
  408: { code: 'RequestTimeout', message: 'The request body did not arrive in time.' },
  413: { code: 'PayloadTooLarge', message: 'The request body is too large.' },
};

export function messagesEndpoint(deps: EndpointDeps): (req: restify.Request, res: restify.Response) => Promise<void> {
  const refuse = (req: IncomingMessage, res: ServerResponse, answer: Answer, reason: string, bodyUnread: boolean): void => {
    deps.logger.info({ status: answer.status, reason }, 'request to /api/messages refused');
    sendJson(res, answer);
    // The rest of an unread body is not read: a short grace to let the client see the answer, then the connection closes.
    if (bodyUnread) discardRest(req);
  };

  return async (req, res) => {
    try {
      const refusal: Refusal | undefined =
        (deps.adapter.requiresBearerToken ? bearerRefusal(req.headers) : undefined) ?? encodingRefusal(req.headers) ?? mediaTypeRefusal(req.headers);
      if (refusal) {
        refuse(req, res, refusal, refusal.code, true);
        return;
      }
      const read = await readBody(req, { maxBytes: deps.maxBodyBytes, deadlineMs: deps.bodyDeadlineMs ?? 10_000 });
      if (!read.ok) {
        refuse(req, res, { status: read.status, ...READ_REFUSALS[read.status] }, read.reason, true);
        return;
      }
      const json = parseJson(read.bytes);
      if (!json.ok) {
        refuse(req, res, { status: 400, code: 'BadRequest', message: 'The body is not valid JSON.' }, json.reason, false);
        return;
      }
      const check = checkActivity(json.value);
      if (!check.ok) {
        refuse(req, res, { status: 400, code: 'BadRequest', message: check.problem }, 'not an activity', false);
        return;
      }
      const answer = await runTurn(deps.adapter, check.activity, req.headers.authorization, (context) => deps.bot.run(context));
      if (answer.detail !== undefined) {
        const unauthorized = answer.status === 401;
        deps.logger[unauthorized ? 'info' : 'error']({ status: answer.status, detail: answer.detail, activityType: check.activity.type }, 'the adapter refused the activity');
        sendJson(
          res,
          unauthorized
            ? { status: 401, code: 'Unauthorized', message: 'The request could not be authenticated.', headers: { 'www-authenticate': 'Bearer' } }
            : { status: answer.status, code: 'InternalError', message: 'The activity could not be processed.' },
        );
      } else if (answer.body === undefined) {
        res.writeHead(answer.status, { 'content-length': 0 });
        res.end();
      } else {
        res.send(answer.status, answer.body);
      }
    } catch (error) {
      deps.logger.error({ err: error }, 'could not process activity');
      sendJson(res, { status: 500, code: 'InternalError', message: 'The activity could not be processed.' });
    }
  };
}
