/**
 * The tabs on the bot's own server: the guideline reader (/tab/guidelines), its search API (/api/tab/search),
 * IT's profile register (/tab/register, its configuration page, and the SSO-protected /api/tab/register[.csv]),
 * and the pages' static assets, including the Teams JavaScript library straight from node_modules.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type restify from 'restify';
import type { PackSource } from '../../src/guidelines/live-pack';
import type { Lang } from '../../src/i18n/language';
import type { Logger } from '../../src/logging/logger';
import { MAX_QUERY_LENGTH, searchSections } from '../../src/tab/guideline-search';
import { tabText } from '../../src/i18n/tab-text';
import { TAB_ASSETS } from '../../src/tab/html';
import { readerPage } from '../../src/tab/reader-page';
import { readRegister, type RegisterAccessDeps } from '../../src/tab/register-access';
import { registerCsv } from '../../src/tab/register-csv';
import { REGISTER_API_PATH, REGISTER_CONFIG_PATH, REGISTER_CSV_PATH, REGISTER_TAB_PATH, registerConfigPage, registerPage } from '../../src/tab/register-page';
import { GUIDELINE_TAB_PATH } from '../../src/tab/section-links';

export interface TabRouteDeps {
  /** The live guideline pack; each request reads one snapshot. */
  content: PackSource;
  register: RegisterAccessDeps;
  logger: Logger;
  /** The public base URL (https://BOT_DOMAIN, or the server's own address), read per request. */
  baseUrl: () => string;
}

/** Teams, Outlook and the Microsoft 365 app may frame the tabs; nobody else. */
const FRAME_ANCESTORS = "'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.teams.microsoft.us https://*.cloud.microsoft https://*.office.com https://*.microsoft365.com https://outlook.office.com";
const PAGE_CSP = `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors ${FRAME_ANCESTORS}; base-uri 'none'; form-action 'self'; object-src 'none'`;

const ASSETS: Record<string, { file: () => string; type: string }> = {
  'tab.css': { file: () => publicFile('tab.css'), type: 'text/css; charset=utf-8' },
  'theme.js': { file: () => publicFile('theme.js'), type: 'text/javascript; charset=utf-8' },
  'reader.js': { file: () => publicFile('reader.js'), type: 'text/javascript; charset=utf-8' },
  'register.js': { file: () => publicFile('register.js'), type: 'text/javascript; charset=utf-8' },
  'register-config.js': { file: () => publicFile('register-config.js'), type: 'text/javascript; charset=utf-8' },
  // The UMD browser bundle is the package's "main".
  'teams-js.js': { file: () => require.resolve('@microsoft/teams-js'), type: 'text/javascript; charset=utf-8' },
};

function publicDir(): string {
  // From bot/tab (tsx, ts-jest) or dist/bot/tab (compiled): the pages stay in the source tree.
  const candidates = [path.join(__dirname, '..', '..', 'tab', 'public'), path.join(__dirname, '..', '..', '..', 'tab', 'public')];
  const found = candidates.find((dir) => existsSync(path.join(dir, 'tab.css')));
  if (!found) throw new Error(`tab/public not found (looked in ${candidates.join(', ')})`);
  return found;
}

function publicFile(name: string): string {
  return path.join(publicDir(), name);
}

/** The query string, parsed here: the server has no query-parser plugin (it is shared with /api/messages). */
function queryText(req: restify.Request, name: string): string {
  const value = new URL(req.url ?? '/', 'http://localhost').searchParams.get(name);
  return value === null ? '' : value.slice(0, MAX_QUERY_LENGTH);
}

function langOf(req: restify.Request): Lang {
  return queryText(req, 'lang') === 'en' ? 'en' : 'nb';
}

/** The request came from this machine (local mode answers the register without sign-in to loopback only). */
function fromLoopback(req: restify.Request): boolean {
  const address = req.socket?.remoteAddress ?? '';
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

function sendHtml(res: restify.Response, html: string): void {
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': PAGE_CSP,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'same-origin',
    'cache-control': 'no-cache',
  });
  res.end(html);
}

function sendJson(res: restify.Response, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(JSON.stringify(body));
}

export function tabRoutes(deps: TabRouteDeps): (server: restify.Server) => void {
  const assetCache = new Map<string, Buffer>();
  return (server) => {
    server.get(GUIDELINE_TAB_PATH, (req, res, next) => {
      const query = queryText(req, 'q').trim();
      const lang = langOf(req);
      const { pack, matcher } = deps.content.current();
      const hits = query ? searchSections(pack, matcher, query, lang) : undefined;
      sendHtml(res, readerPage({ document: pack.document, rules: [...pack.rules.values()], lang, query, hits }));
      return next();
    });

    server.get('/api/tab/search', (req, res, next) => {
      const query = queryText(req, 'q').trim();
      const { pack, matcher } = deps.content.current();
      sendJson(res, 200, { query, hits: query ? searchSections(pack, matcher, query, langOf(req)) : [] });
      return next();
    });

    server.get(REGISTER_TAB_PATH, (req, res, next) => {
      sendHtml(res, registerPage(langOf(req), { localMode: deps.register.localUser !== undefined }));
      return next();
    });

    server.get(REGISTER_CONFIG_PATH, (req, res, next) => {
      sendHtml(res, registerConfigPage(langOf(req), `${deps.baseUrl()}${REGISTER_TAB_PATH}`));
      return next();
    });

    const register = (csv: boolean) => async (req: restify.Request, res: restify.Response): Promise<void> => {
      const lang = langOf(req);
      try {
        if (deps.register.localUser && !fromLoopback(req)) {
          sendJson(res, 403, { code: 'forbidden', message: tabText(lang).notItMember });
          return;
        }
        const answer = await readRegister(deps.register, req.header('authorization'), lang);
        if (answer.status !== 200) {
          deps.logger.info({ status: answer.status, code: answer.code, reason: 'reason' in answer ? answer.reason : undefined }, 'profile register refused');
          if (answer.status === 401) res.setHeader('www-authenticate', 'Bearer');
          sendJson(res, answer.status, { code: answer.code, message: answer.message });
        } else if (csv) {
          res.writeHead(200, {
            'content-type': 'text/csv; charset=utf-8',
            'content-disposition': 'attachment; filename="profiloversikt.csv"',
            'cache-control': 'no-store',
          });
          res.end(registerCsv(answer.entries, lang));
        } else {
          sendJson(res, 200, { entries: answer.entries });
        }
      } catch (error) {
        deps.logger.error({ err: error }, 'profile register failed');
        sendJson(res, 500, { code: 'error', message: lang === 'en' ? 'Something went wrong. Please try again.' : 'Noe gikk galt. Prøv igjen.' });
      }
    };
    server.get(REGISTER_API_PATH, register(false));
    server.get(REGISTER_CSV_PATH, register(true));

    server.get(`${TAB_ASSETS}/:file`, (req, res, next) => {
      const name = String(req.params['file'] ?? '');
      const asset = Object.hasOwn(ASSETS, name) ? ASSETS[name] : undefined;
      if (!asset) {
        sendJson(res, 404, { code: 'NotFound', message: 'Not found' });
        return next();
      }
      let body = assetCache.get(name);
      if (!body) {
        body = readFileSync(asset.file());
        assetCache.set(name, body);
      }
      res.writeHead(200, { 'content-type': asset.type, 'cache-control': 'public, max-age=300', 'x-content-type-options': 'nosniff' });
      res.end(body);
      return next();
    });
  };
}
