/**
 * A real second process that holds an SQLite file's write lock, as `sqlite3 bot.sqlite` with an open
 * `BEGIN IMMEDIATE` (or another process mid-transaction) would: its own libSQL connection takes the lock with
 * BEGIN IMMEDIATE and a write, prints "locked", and keeps the transaction open until it is killed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const repoRoot = path.resolve(__dirname, '..', '..');

const LOCKER = `
const { createClient } = require('@libsql/client');
(async () => {
  const client = createClient({ url: 'file:' + process.argv[1] });
  const tx = await client.transaction('write');
  await tx.execute("INSERT INTO items (key, value, etag) VALUES ('locker', '{}', 'locker') ON CONFLICT(key) DO UPDATE SET etag = 'locker'");
  process.stdout.write('locked\\n');
  setInterval(() => undefined, 60_000);
})().catch((error) => { process.stderr.write(String((error && error.stack) || error)); process.exit(1); });
`;

export interface Locker {
  /** SIGKILL: the operating system releases the lock, the open transaction is lost. */
  release(): Promise<void>;
}

/** Starts the locker on `file` (which must already have the items table) and resolves once it holds the lock. */
export async function holdWriteLock(file: string): Promise<Locker> {
  const child: ChildProcess = spawn(process.execPath, ['-e', LOCKER, file], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`locker did not take the lock within 10 s:\n${output}`)), 10_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      if (output.includes('locked')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`locker exited with ${code}:\n${output}`));
    });
  });
  return {
    release: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}

/** Measures the longest event-loop stall while `work` runs (a 5 ms timer that notes how late it fires). */
export async function longestStall<T>(work: () => Promise<T>): Promise<{ result: PromiseSettledResult<T>; stallMs: number; ms: number }> {
  let stallMs = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last - 5);
    last = now;
  }, 5);
  const started = performance.now();
  const [result] = await Promise.allSettled([work()]);
  const ms = performance.now() - started;
  await new Promise((resolve) => setTimeout(resolve, 10));
  clearInterval(timer);
  return { result: result!, stallMs, ms };
}
