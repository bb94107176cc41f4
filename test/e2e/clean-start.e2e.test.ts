/**
 * A clean start (issue 11, item 10; ADR 0077): the bot starts as `npm run serve` runs it, on the Node.js version
 * the README names, without a deprecation, experimental or engine warning — restify 11's unused HTTP/2 dependency
 * (spdy → http-deceiver, which calls process.binding and printed DEP0111) is replaced by an empty module — and the
 * README and package.json's `engines` name the same Node.js versions.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { engines: { node: string }; overrides?: Record<string, string> };

describe('a clean start', () => {
  it('runs on this Node.js, which package.json allows and the README names', () => {
    const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
    expect((major === 20 && minor >= 18) || major >= 22).toBe(true);
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    expect(readme).toContain('Requires Node.js 20.18+ (or 22+)');
    expect(pkg.engines.node).toBe('>=20.18 <21 || >=22');
  });

  it('prints no deprecation, experimental or engine warning while starting and serving a turn', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'bot', 'main.ts')], {
      cwd: root,
      env: { PATH: process.env['PATH'] ?? '', PORT: '0', LOG_LEVEL: 'warn', DATA_DIR: mkdtempSync(path.join(tmpdir(), 'clean-start-')) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    try {
      const deadline = Date.now() + 20_000;
      while (!/Bot listening on (http:\/\/\S+)\/api\/messages/.test(output) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      const url = /Bot listening on (http:\/\/\S+)\/api\/messages/.exec(output)?.[1];
      expect(url).toBeDefined();
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      expect((await fetch(`${url}/tab/guidelines`)).status).toBe(200);
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
    expect(output).not.toMatch(/DeprecationWarning|ExperimentalWarning|DEP0\d+|EBADENGINE|process\.binding/);
  }, 30_000);
});
