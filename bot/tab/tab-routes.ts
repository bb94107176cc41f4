/**
 * The tabs on the bot's own server: the guideline reader (/tab/guidelines), its search API (/api/tab/search),
 * IT's profile register (/tab/register, its configuration page, and the SSO-protected /api/tab/register[.csv]),
 * the guideline owner's view (owner-routes.ts), and the pages' static assets, including the Teams JavaScript
 * library straight from node_modules.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type restify from 'restify';
import type { PackSource } from '../../src/guidelines/live-pack';
import type { Logger } from '../../src/logging/logger';
import { searchSections } from '../../src/tab/guideline-search';
import { tabText } from '../../src/i18n/tab-text';
import { TAB_ASSETS } from '../../src/tab/html';
import { readerPage } from '../../src/tab/reader-page';
import { readRegister, type RegisterAccessDeps } from '../../src/tab/register-access';
import { registerCsv } from '../../src/tab/register-csv';
import type { RegisterEntry } from '../../src/tab/register-entry';
import { REGISTER_API_PATH, REGISTER_CONFIG_PATH, REGISTER_CSV_PATH, REGISTER_TAB_PATH, registerConfigPage, registerPage } from '../../src/tab/register-page';
import { GUIDELINE_TAB_PATH } from '../../src/tab/section-links';
import { ownerRoutes, type OwnerRouteDeps } from './owner-routes';
import { langOf, protectedRoute, queryText, sendCsv, sendHtml, sendJson } from './tab-http';

export interface TabRouteDeps {
  /** The live guideline pack; each request reads one snapshot. */
  content: PackSource;
  register: RegisterAccessDeps;
  /** The guideline owner's view ("Tilbakemeldinger"). */
  owner: OwnerRouteDeps['owner'];
  logger: Logger;
  /** The public base URL (https://BOT_DOMAIN, or the server's own address), read per request. */
  baseUrl: () => string;
}

const ASSETS: Record<string, { file: () => string; type: string }> = {
  'tab.css': { file: () => publicFile('tab.css'), type: 'text/css; charset=utf-8' },
  'theme.js': { file: () => publicFile('theme.js'), type: 'text/javascript; charset=utf-8' },
  'reader.js': { file: () => publicFile('reader.js'), type: 'text/javascript; charset=utf-8' },
  'register.js': { file: () => publicFile('register.js'), type: 'text/javascript; charset=utf-8' },
  'register-config.js': { file: () => publicFile('register-config.js'), type: 'text/javascript; charset=utf-8' },
  'owner.js': { file: () => publicFile('owner.js'), type: 'text/javascript; charset=utf-8' },
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

    const register = (respond: (res: restify.Response, entries: RegisterEntry[], lang: 'nb' | 'en') => void): ReturnType<typeof protectedRoute> =>
      protectedRoute({
        name: 'profile register',
        logger: deps.logger,
        localMode: deps.register.localUser !== undefined,
        forbidden: (lang) => tabText(lang).notItMember,
        read: (req, lang) => readRegister(deps.register, req.header('authorization'), lang),
        respond: (res, answer, lang) => respond(res, answer.entries, lang),
      });
    server.get(REGISTER_API_PATH, register((res, entries) => sendJson(res, 200, { entries })));
    server.get(REGISTER_CSV_PATH, register((res, entries, lang) => sendCsv(res, 'profiloversikt.csv', registerCsv(entries, lang))));

    ownerRoutes({ owner: deps.owner, logger: deps.logger })(server);

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
