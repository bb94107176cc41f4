/**
 * The composition root: configuration in, a listening bot out. Loads and validates the guideline pack,
 * opens storage, builds the matcher, the adapter, the bot and the HTTP server, and knows how to stop them
 * all gracefully. Used by main.ts (production), by the local-client launcher and by the tests.
 */
import type { AddressInfo } from 'node:net';
import { ConversationState, UserState } from 'botbuilder';
import type { AppConfig } from '../src/config/config-schema';
import { loadGuidelinePack } from '../src/guidelines/load-pack';
import type { Logger } from '../src/logging/logger';
import { QuestionMatcher } from '../src/matching/question-matcher';
import { loadOutOfScopePhrasings } from '../src/matching/out-of-scope';
import { Synonyms } from '../src/matching/synonyms';
import { createAdapter } from './adapter/create-adapter';
import type { BotFeature } from './feature';
import { GuidelineBot } from './guideline-bot';
import { createServer } from './http/create-server';
import { createStorage } from './storage/create-storage';

export interface RunningBot {
  /** e.g. http://127.0.0.1:3978 */
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Test seams: replace the clock, or add features built from the bot's own pieces. */
export interface StartOptions {
  now?: () => Date;
}

export async function startBot(config: AppConfig, logger: Logger, _options: StartOptions = {}): Promise<RunningBot> {
  const pack = loadGuidelinePack();
  const matcher = QuestionMatcher.fromPack(pack, loadOutOfScopePhrasings(), Synonyms.load());
  const storage = await createStorage(config.storage);
  const conversationState = new ConversationState(storage.store);
  const userState = new UserState(storage.store);
  const adapter = createAdapter(config, logger);
  // Workflows plugged into the conversation; each is built from the shared pieces above.
  const features: BotFeature[] = [];
  const bot = new GuidelineBot({ pack, matcher, conversationState, userState, features });
  const server = createServer({ adapter, bot, logger, maxBodyBytes: config.maxBodyBytes });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`;
  logger.info({ url, storage: config.storage.kind, auth: config.auth ? 'bot-framework' : 'local-mode' }, 'bot listening');

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= new Promise<void>((resolve) => {
      // close() stops accepting connections and waits for in-flight requests to finish.
      server.close(() => {
        storage.close();
        resolve();
      });
    });
    return stopping;
  };
  return { url, port, stop };
}
