/**
 * Starts the real bot (restify + CloudAdapter + SQLite) on a loopback port for end-to-end tests, either in
 * this process or as a separate Node process that a test can SIGKILL and start again on the same data.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseConfig } from '../../src/config/config-schema';
import { createLogger } from '../../src/logging/logger';
import { startBot, type RunningBot } from '../../bot/app';

export function tempDataDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'some-bot-'));
}

export async function startInProcess(env: Record<string, string> = {}): Promise<RunningBot & { dataDir: string }> {
  const dataDir = env['DATA_DIR'] ?? tempDataDir();
  // The content watcher only where a test asks for it (CONTENT_WATCH: 'true'): the others keep the pack they started with.
  const config = parseConfig({ PORT: '0', LOG_LEVEL: 'silent', DATA_DIR: dataDir, CONTENT_WATCH: 'false', ...env });
  const bot = await startBot(config, createLogger(config.logLevel));
  return { ...bot, dataDir };
}

export interface BotProcess {
  url: string;
  child: ChildProcess;
  /** SIGKILL: no graceful shutdown, as when a container is killed. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

const repoRoot = path.resolve(__dirname, '..', '..');

/** Runs bot/main.ts in its own Node process (through tsx), as `npm run serve` would, and waits until it listens. */
export async function startProcess(env: Record<string, string>): Promise<BotProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'bot', 'main.ts')], {
    cwd: repoRoot,
    env: { PATH: process.env['PATH'] ?? '', PORT: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`bot process did not start within 20 s:\n${output}`)), 20_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /Bot listening on (http:\/\/[^/\s]+)\/api\/messages/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`bot process exited with ${code}:\n${output}`));
    });
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url,
    child,
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** POSTs an activity to the bot's messaging endpoint the way the Bot Connector does. */
export async function postActivity(botUrl: string, activity: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  const response = await fetch(`${botUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof activity === 'string' ? activity : JSON.stringify(activity),
  });
  return { status: response.status, body: await response.text() };
}
