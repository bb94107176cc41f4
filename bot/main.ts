/**
 * Production entry point (`npm run serve`): reads .env and the environment, validates the configuration,
 * starts the bot, and shuts down gracefully on SIGTERM/SIGINT.
 */
import 'dotenv/config';
import { ConfigError, parseConfig } from '../src/config/config-schema';
import { createLogger } from '../src/logging/logger';
import { startBot } from './app';

async function main(): Promise<void> {
  let config;
  try {
    config = parseConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const bot = await startBot(config, logger);
  process.stdout.write(`Bot listening on ${bot.url}/api/messages\n`);

  const shutdown = (signal: string): void => {
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    void bot.stop().then(() => process.exit(0));
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

void main().catch((error: unknown) => {
  process.stderr.write(`Failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
