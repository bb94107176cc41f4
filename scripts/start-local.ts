/**
 * `npm start`: the bot on its embedded defaults (local mode, SQLite under ./data) plus the local Teams
 * client (Microsoft 365 Agents Playground) with the Båtsfjord mock tenant from .m365agentsplayground.yml.
 * No Azure and no Teams tenant needed. Ctrl+C stops both.
 */
import 'dotenv/config';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { parseConfig } from '../src/config/config-schema';
import { createLogger } from '../src/logging/logger';
import { startBot } from '../bot/app';

const CLIENT_PORT = Number(process.env['PLAYGROUND_PORT'] ?? 56150);

async function main(): Promise<void> {
  const config = parseConfig({
    ...process.env,
    MicrosoftAppId: '',
    MicrosoftAppPassword: '',
    ALLOWED_TENANT_ID: '',
    MicrosoftAppTenantId: '',
    // The mock tenant's "IT" channel gets profile registrations; Ingrid Johansen (IT) and Kari Nilsen (the
    // client's signed-in user, so that a newcomer can act on the card) are the local IT team. Mock ids only.
    IT_CHANNEL_ID: process.env['IT_CHANNEL_ID'] || 'channel-it',
    IT_MEMBER_AAD_IDS: process.env['IT_MEMBER_AAD_IDS'] || '1a111111-1111-4111-8111-000000000003,1a111111-1111-4111-8111-000000000001',
  });
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const bot = await startBot(config, logger);
  const endpoint = `${bot.url}/api/messages`;

  const root = path.resolve(__dirname, '..');
  const cli = path.join(root, 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js');
  const client = spawn(process.execPath, [cli, '-c', 'msteams', '-p', String(CLIENT_PORT), '--disable-telemetry'], {
    cwd: root,
    env: { ...process.env, BOT_ENDPOINT: endpoint, TEAMSAPPTESTER_BROWSER: 'none', APPLICATION_INSIGHTS_NO_STATSBEAT: 'true' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });

  process.stdout.write(
    `\nBåtsfjord SoMe-assistent kjører lokalt / running locally:\n` +
      `  bot:          ${endpoint}\n` +
      `  Teams client: http://localhost:${CLIENT_PORT}  (open this in a browser and chat with the bot)\n` +
      `  Tabs:         ${bot.url}/tab/guidelines  (Retningslinjer, the guideline reader)\n` +
      `                ${bot.url}/tab/register  (Profiloversikt, IT's register; local mode: no sign-in, this machine only)\n` +
      `                ${bot.url}/tab/owner  (Tilbakemeldinger, the guideline owner's view; local mode as above)\n\n`,
  );

  const stop = (): void => {
    client.kill('SIGTERM');
    void bot.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  client.once('exit', (code) => {
    process.stdout.write(`Local Teams client exited (${code ?? 'signal'}); the bot keeps running at ${endpoint}. Ctrl+C to stop.\n`);
  });
}

void main().catch((error: unknown) => {
  process.stderr.write(`Failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
