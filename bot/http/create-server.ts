/**
 * The HTTP edge: restify with a body-size limit, `POST /api/messages` for the Bot Connector and
 * `GET /healthz`. A body that is not a Bot Framework activity is answered 400 before the adapter sees it;
 * authentication is the adapter's (401 before any processing).
 */
import restify from 'restify';
import type { CloudAdapter } from 'botbuilder';
import type { ActivityHandlerBase } from 'botbuilder';
import type { Logger } from '../../src/logging/logger';

export interface ServerDeps {
  adapter: CloudAdapter;
  bot: ActivityHandlerBase;
  logger: Logger;
  maxBodyBytes: number;
  /** Extra routes (tabs, APIs) registered by later features. */
  routes?: (server: restify.Server) => void;
}

function looksLikeActivity(body: unknown): boolean {
  return typeof body === 'object' && body !== null && !Array.isArray(body) && typeof (body as { type?: unknown }).type === 'string';
}

export function createServer(deps: ServerDeps): restify.Server {
  const server = restify.createServer({ name: 'batsfjord-some-assistant', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: deps.maxBodyBytes, mapParams: false, mapFiles: false }));

  server.get('/healthz', (_req, res, next) => {
    res.send(200, { status: 'ok' });
    return next();
  });

  server.post('/api/messages', async (req, res) => {
    if (!looksLikeActivity(req.body)) {
      res.send(400, { code: 'BadRequest', message: 'Expected a Bot Framework activity (JSON object with a "type").' });
      return;
    }
    try {
      await deps.adapter.process(req, res, (context) => deps.bot.run(context));
    } catch (error) {
      deps.logger.error({ err: error }, 'could not process activity');
      if (!res.headersSent) res.send(400, { code: 'BadRequest', message: 'The activity could not be processed.' });
    }
  });

  deps.routes?.(server);
  return server;
}
