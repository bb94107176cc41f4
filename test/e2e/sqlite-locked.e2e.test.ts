/**
 * Another process holds the SQLite file's write lock (someone runs `sqlite3 bot.sqlite` and leaves a
 * transaction open, or a second process is mid-transaction). The bot must stay responsive: `/healthz`
 * answers from memory at once, a turn that needs storage fails fast with the kind apology, and once the lock
 * is released the next turn works normally. The lock is held by a real second Node process on the same file
 * (test/storage/sqlite-locker.ts).
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { uiText } from '../../src/i18n/ui-text';
import { postActivity, startInProcess, tempDataDir } from '../support/bot-under-test';
import { ConnectorStub } from '../support/connector-stub';
import { makeUser, personalConversationId, textMessage, type TeamsUser } from '../support/teams-activity';
import { holdWriteLock, type Locker } from '../storage/sqlite-locker';

type Json = Record<string, unknown>;

async function healthzMs(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${url}/healthz`);
  expect(response.status).toBe(200);
  await response.text();
  return performance.now() - started;
}

describe('SQLite file locked by another process', () => {
  const connector = new ConnectorStub();
  let bot: Awaited<ReturnType<typeof startInProcess>>;
  let locker: Locker | undefined;

  beforeAll(async () => {
    await connector.start();
    bot = await startInProcess({ DATA_DIR: tempDataDir() });
  });
  afterAll(async () => {
    await locker?.release();
    await bot.stop();
    await connector.stop();
  });

  /** Sends a text message; returns how long the turn took and what the bot sent into the conversation meanwhile. */
  async function say(user: TeamsUser, text: string): Promise<{ ms: number; status: number; replies: Json[] }> {
    const before = connector.sentTo(personalConversationId(user)).length;
    const started = performance.now();
    const response = await postActivity(bot.url, textMessage(user, connector.url, text));
    const ms = performance.now() - started;
    return { ms, status: response.status, replies: connector.sentTo(personalConversationId(user)).slice(before) };
  }

  it('keeps /healthz fast, apologises kindly within 4 s while locked, and works again once the lock is gone', async () => {
    const user = makeUser('Låst Fil');
    const apology = uiText('nb').turnError;
    expect((await say(user, 'hei')).status).toBe(200);

    locker = await holdWriteLock(path.join(bot.dataDir, 'bot.sqlite'));

    for (let i = 0; i < 3; i++) expect(await healthzMs(bot.url)).toBeLessThan(500);

    // A turn that must write state, with /healthz polled all the while.
    const healthLatencies: number[] = [];
    let turnDone = false;
    const turn = say(user, 'meny').finally(() => {
      turnDone = true;
    });
    while (!turnDone) {
      healthLatencies.push(await healthzMs(bot.url));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const locked = await turn;
    expect(locked.status).toBe(200);
    expect(locked.ms).toBeLessThan(4000);
    expect(locked.replies.map((r) => r['text'])).toContain(apology);
    expect(healthLatencies.length).toBeGreaterThan(3);
    expect(Math.max(...healthLatencies)).toBeLessThan(500);

    await locker.release();
    locker = undefined;

    const after = await say(user, 'meny');
    expect(after.status).toBe(200);
    expect(after.ms).toBeLessThan(4000);
    expect(after.replies.length).toBeGreaterThan(0);
    expect(after.replies.map((r) => r['text'])).not.toContain(apology);
    expect(after.replies.some((r) => Array.isArray(r['attachments']) && r['attachments'].length > 0)).toBe(true);
  });
});
