/**
 * Starts a bot as its own Node process (the bot under test as `npm run serve` runs it, or the echo
 * baseline) on a loopback port, and waits for its "Bot listening on …" line.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

export interface TargetProcess {
  name: string;
  url: string;
  pid: number;
  /** performance.now() at spawn and when the process said it listens. */
  spawnedAt: number;
  listeningAt: number;
  stop(): Promise<void>;
}

/** The repository root: the first folder above this file (bench/ or dist/bench/) that holds package.json. */
function findRepoRoot(start: string): string {
  let dir = start;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${start}`);
    dir = parent;
  }
  return dir;
}

export const repoRoot = findRepoRoot(__dirname);

export interface TargetSpec {
  name: string;
  /** Script relative to the repo root, e.g. dist/bot/main.js. */
  script: string;
  env?: Record<string, string>;
  nodeArgs?: string[];
}

/** The bot under test as production runs it: compiled, SQLite on a temporary file, pino at warn. */
export function botSpec(tenantId: string, env: Record<string, string> = {}, nodeArgs: string[] = []): TargetSpec & { dataDir: string } {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-bot-'));
  return {
    name: 'bot',
    script: path.join('dist', 'bot', 'main.js'),
    env: { ...env, DATA_DIR: dataDir, LOG_LEVEL: 'warn', STORAGE: 'sqlite', ALLOWED_TENANT_ID: tenantId, NODE_ENV: 'production' },
    nodeArgs,
    dataDir,
  };
}

export function echoSpec(nodeArgs: string[] = []): TargetSpec {
  return { name: 'echo', script: path.join('dist', 'bench', 'echo-bot.js'), env: { NODE_ENV: 'production' }, nodeArgs };
}

export async function startTarget(spec: TargetSpec): Promise<TargetProcess> {
  const spawnedAt = performance.now();
  const child: ChildProcess = spawn(process.execPath, [...(spec.nodeArgs ?? []), path.join(repoRoot, spec.script)], {
    cwd: repoRoot,
    env: { PATH: process.env['PATH'] ?? '', PORT: '0', ...spec.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${spec.name} did not start within 30 s:\n${output}`)), 30_000);
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
      reject(new Error(`${spec.name} exited with ${String(code)}:\n${output}`));
    });
  });
  const listeningAt = performance.now();
  // Keep draining the output (warnings at most) so the pipe never blocks the child.
  child.stdout?.resume();
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(`[${spec.name}] ${chunk.toString()}`));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const pid = child.pid;
  if (pid === undefined) throw new Error(`${spec.name} has no pid`);
  return {
    name: spec.name,
    url,
    pid,
    spawnedAt,
    listeningAt,
    stop: async () => {
      child.kill('SIGTERM');
      const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(force);
    },
  };
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
