/**
 * The bot as its own Node process (as `npm run serve` runs it) survives compressed and unauthenticated requests:
 * it is still alive and answering afterwards, without and with an app id, and a gzip bomb does not inflate.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { startProcess, tempDataDir, type BotProcess } from '../support/bot-under-test';
import { TENANT_ID } from '../support/teams-activity';
import { healthy, rawRequest } from './http-edge-client';

const JSON_TYPE = { 'content-type': 'application/json' };

/** Peak resident memory of a process in MB (Linux), or undefined elsewhere. */
function peakRssMb(pid: number | undefined): number | undefined {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match?.[1] ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

async function expectAlive(bot: BotProcess): Promise<void> {
  expect(bot.child.exitCode).toBeNull();
  expect(bot.child.signalCode).toBeNull();
  expect(await healthy(bot.url)).toBe(true);
}

const modes: Array<[string, Record<string, string>]> = [
  ['local mode (no app id)', {}],
  [
    'with an app id',
    {
      MicrosoftAppId: '3f0a8a3e-5a1b-4c9d-9e2f-7a6b5c4d3e2f',
      MicrosoftAppPassword: 'dummy-secret',
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppTenantId: TENANT_ID,
      HOST: '127.0.0.1',
      // Never fetched in these tests (nothing reaches token validation), but never the real one either.
      BOT_OPENID_METADATA_URL: 'http://127.0.0.1:9/.well-known/openidconfiguration',
    },
  ],
];

describe.each(modes)('the bot process, %s', (_label, env) => {
  let bot: BotProcess;
  const withAppId = 'MicrosoftAppId' in env;

  beforeAll(async () => {
    bot = await startProcess({ DATA_DIR: tempDataDir(), ESCALATION_REMINDER_CHECK_SECONDS: '0', ...env });
  }, 30_000);
  afterAll(async () => {
    if (bot.child.exitCode === null && bot.child.signalCode === null) await bot.stop();
  });

  it('a gzip body that is not gzip → 4xx, and the process is alive and answering', async () => {
    const headers: Record<string, string> = { ...JSON_TYPE, 'content-encoding': 'gzip' };
    if (withAppId) headers['authorization'] = 'Bearer aaa.bbb.ccc';
    const answer = await rawRequest(bot.url, { headers, body: 'x' });
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await expectAlive(bot);
  });

  it('the same without a token → 4xx (401 with an app id), and the process is alive', async () => {
    const answer = await rawRequest(bot.url, { headers: { ...JSON_TYPE, 'content-encoding': 'gzip' }, body: 'x' });
    if (withAppId) expect(answer.status).toBe(401);
    else expect([400, 415]).toContain(answer.status);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await expectAlive(bot);
  });

  it('a gzip bomb (64 KB → 64 MB) is refused without inflating it', async () => {
    const before = peakRssMb(bot.child.pid);
    const bomb = gzipSync(Buffer.concat([Buffer.from('{"type":"message","text":"'), Buffer.alloc(64 * 1024 * 1024, 0x61), Buffer.from('"}')]), { level: 9 });
    const headers: Record<string, string> = { ...JSON_TYPE, 'content-encoding': 'gzip' };
    if (withAppId) headers['authorization'] = 'Bearer aaa.bbb.ccc';
    const answer = await rawRequest(bot.url, { headers, body: bomb });
    expect(answer.status).toBe(415);
    const after = peakRssMb(bot.child.pid);
    if (before !== undefined && after !== undefined) expect(after - before).toBeLessThan(48);
    await expectAlive(bot);
  });

  it('a body over the limit without a token → 413 (401 with an app id), and the process is alive', async () => {
    const answer = await rawRequest(bot.url, { headers: JSON_TYPE, stream: { chunk: Buffer.alloc(64 * 1024, 0x20), count: 64 } });
    expect(answer.status).toBe(withAppId ? 401 : 413);
    await expectAlive(bot);
  });
});
