/**
 * The HTTP edge: restify with `POST /api/messages` for the Bot Connector, `GET /healthz`, and the tabs' routes.
 * No body-parser plugin: the messaging endpoint reads, limits and parses its own body (messages-endpoint.ts),
 * so nothing is inflated or buffered before the checks; the tabs' routes are GETs and parse their own query.
 */
import restify from 'restify';
import type { ActivityHandlerBase } from 'botbuilder';
import type { Logger } from '../../src/logging/logger';
import type { BotAdapter } from '../adapter/create-adapter';
import { messagesEndpoint } from './messages-endpoint';

export interface ServerDeps {
  adapter: BotAdapter;
  bot: ActivityHandlerBase;
  logger: Logger;
  maxBodyBytes: number;
  /** Extra routes (tabs, APIs) registered by later features. */
  routes?: (server: restify.Server) => void;
  /** What `/healthz` reports beside `status` (e.g. the guideline pack's version); answered from memory. */
  health?: () => Record<string, unknown>;
}

export function createServer(deps: ServerDeps): restify.Server {
  const server = restify.createServer({ name: 'batsfjord-some-assistant', handleUncaughtExceptions: false });

  server.get('/healthz', (_req, res, next) => {
    res.send(200, { status: 'ok', ...deps.health?.() });
    return next();
  });

  server.post('/api/messages', messagesEndpoint(deps));

  deps.routes?.(server);
  return server;
}
