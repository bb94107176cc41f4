/**
 * The baseline: the smallest Bot Framework bot that does a turn the way ours does — restify, a CloudAdapter
 * without credentials (local mode, like the bot under test) and an ActivityHandler that echoes the text.
 * Run as its own process by the bench: `node dist/bench/echo-bot.js` (PORT from the environment, 0 = any).
 */
import type { AddressInfo } from 'node:net';
import restify from 'restify';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const bot = new ActivityHandler();
bot.onMessage(async (context, next) => {
  await context.sendActivity(`Echo: ${context.activity.text ?? ''}`);
  await next();
});

const server = restify.createServer({ handleUncaughtExceptions: false });
server.use(restify.plugins.bodyParser({ mapParams: false, mapFiles: false }));
server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, (context) => bot.run(context));
});
server.listen(Number(process.env['PORT'] ?? 0), '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  process.stdout.write(`Bot listening on http://127.0.0.1:${port}/api/messages\n`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
