/**
 * What every tab route shares: the pages' security headers, JSON and HTML answers, the query string, the
 * language, and `protectedRoute` — the one shape of an SSO-protected tab API (register, owner): local mode
 * answers loopback only, a refusal is logged without the token and answered with its safe message (401 with
 * `WWW-Authenticate: Bearer`), anything unexpected is a 500 with a kind sentence.
 */
import type restify from 'restify';
import type { Lang } from '../../src/i18n/language';
import type { Logger } from '../../src/logging/logger';
import { MAX_QUERY_LENGTH } from '../../src/tab/guideline-search';
import type { TabRefusal } from '../../src/tab/tab-access';

/** Teams, Outlook and the Microsoft 365 app may frame the tabs; nobody else. */
const FRAME_ANCESTORS = "'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.teams.microsoft.us https://*.cloud.microsoft https://*.office.com https://*.microsoft365.com https://outlook.office.com";
const PAGE_CSP = `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors ${FRAME_ANCESTORS}; base-uri 'none'; form-action 'self'; object-src 'none'`;

/** The query string, parsed here: the server has no query-parser plugin (it is shared with /api/messages). */
export function queryText(req: restify.Request, name: string): string {
  const value = new URL(req.url ?? '/', 'http://localhost').searchParams.get(name);
  return value === null ? '' : value.slice(0, MAX_QUERY_LENGTH);
}

export function langOf(req: restify.Request): Lang {
  return queryText(req, 'lang') === 'en' ? 'en' : 'nb';
}

/** The request came from this machine (local mode answers the protected tabs without sign-in to loopback only). */
export function fromLoopback(req: restify.Request): boolean {
  const address = req.socket?.remoteAddress ?? '';
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

export function sendHtml(res: restify.Response, html: string): void {
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': PAGE_CSP,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'same-origin',
    'cache-control': 'no-cache',
  });
  res.end(html);
}

export function sendJson(res: restify.Response, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(JSON.stringify(body));
}

export function sendCsv(res: restify.Response, filename: string, csv: string): void {
  res.writeHead(200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${filename}"`, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(csv);
}

export interface ProtectedRoute<Answer> {
  /** For the log line of a refusal, e.g. "profile register". */
  name: string;
  logger: Logger;
  /** Local mode: answered to loopback only, else 403 with `forbidden`. */
  localMode: boolean;
  forbidden: (lang: Lang) => string;
  /** The access check and the work; a refusal or the answer. */
  read: (req: restify.Request, lang: Lang) => Promise<Answer | TabRefusal | { status: 400; code: string; message: string }>;
  respond: (res: restify.Response, answer: Answer, lang: Lang, req: restify.Request) => void;
}

function isRefusal(answer: { status: number }): answer is TabRefusal | { status: 400; code: string; message: string } {
  return answer.status === 400 || answer.status === 401 || answer.status === 403 || answer.status === 503;
}

export function protectedRoute<Answer extends { status: 200 | 201 }>(route: ProtectedRoute<Answer>): (req: restify.Request, res: restify.Response) => Promise<void> {
  return async (req, res) => {
    const lang = langOf(req);
    try {
      if (route.localMode && !fromLoopback(req)) {
        sendJson(res, 403, { code: 'forbidden', message: route.forbidden(lang) });
        return;
      }
      const answer = await route.read(req, lang);
      if (isRefusal(answer)) {
        route.logger.info({ status: answer.status, code: answer.code, reason: 'reason' in answer ? answer.reason : undefined }, `${route.name} refused`);
        if (answer.status === 401) res.setHeader('www-authenticate', 'Bearer');
        sendJson(res, answer.status, { code: answer.code, message: answer.message });
        return;
      }
      route.respond(res, answer, lang, req);
    } catch (error) {
      route.logger.error({ err: error }, `${route.name} failed`);
      sendJson(res, 500, { code: 'error', message: lang === 'en' ? 'Something went wrong. Please try again.' : 'Noe gikk galt. Prøv igjen.' });
    }
  };
}
