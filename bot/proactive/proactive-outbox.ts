/**
 * The one outbox and sender of the bot, built in the composition root and shared by every workflow.
 *
 * API
 *   const proactive = createProactiveOutbox({ store, adapter, appId, settings, logger, now });
 *   proactive.outbox.enqueue(...);  proactive.worker.kick();      // send soon
 *   proactive.worker.registerTopic(...) / registerChannel(...);   // per workflow
 *   proactive.start(); await proactive.stop();
 */
import type { CloudAdapter } from 'botbuilder';
import type { Logger } from '../../src/logging/logger';
import type { BackoffPolicy } from '../../src/outbox/backoff';
import { Outbox } from '../../src/outbox/outbox';
import { OutboxWorker } from '../../src/outbox/outbox-worker';
import { PersonalChats } from '../../src/outbox/personal-chats';
import type { KeyValueStore } from '../../src/storage/key-value-store';
import { createProactiveSender, type InstallOnDemand } from './proactive-sender';

export interface OutboxSettings {
  backoff: BackoffPolicy;
  pollMs: number;
  sendTimeoutMs: number;
}

export interface ProactiveOutbox {
  outbox: Outbox;
  worker: OutboxWorker;
  /** The 1:1 chats the bot knows, for `person` destinations (remembered from incoming personal turns). */
  chats: PersonalChats;
  start(): void;
  stop(): Promise<void>;
}

export interface ProactiveOutboxDeps {
  store: KeyValueStore;
  adapter: CloudAdapter;
  /** Empty in local mode. */
  appId: string;
  settings: OutboxSettings;
  logger: Logger;
  now: () => Date;
  /** Install the app through Graph for people who lack it (TEAMS_APP_CATALOG_ID); absent: off. */
  install?: InstallOnDemand;
}

export function createProactiveOutbox(deps: ProactiveOutboxDeps): ProactiveOutbox {
  const outbox = new Outbox(deps.store, deps.now);
  const chats = new PersonalChats(deps.store);
  const worker = new OutboxWorker({
    outbox,
    deliver: createProactiveSender(deps.adapter, deps.appId, deps.settings.sendTimeoutMs, chats, deps.install),
    now: deps.now,
    backoff: deps.settings.backoff,
    leaseMs: deps.settings.sendTimeoutMs * 2,
    logger: deps.logger,
  });
  return {
    outbox,
    worker,
    chats,
    start: () => worker.start(deps.settings.pollMs),
    stop: () => worker.stop(),
  };
}
