/**
 * The personal-data guard of the escalation workflow: a fødselsnummer in the case (card input or typed) is
 * refused, and the number never reaches storage or the leader. A leader who has not installed the bot
 * (connector 403) leaves the case saved and the requester told to make contact directly.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ConnectorStub } from '../support/connector-stub';
import { postActivity, startInProcess } from '../support/bot-under-test';
import { actionTitled, cardOf, visibleText } from '../support/card-reader';
import { cardSubmit, personalConversationId, textMessage } from '../support/teams-activity';
import { KARI } from '../escalation/escalation-fixtures';
import type { RunningBot } from '../../bot/app';

const FNR = '15038740110';

/** Every byte the bot keeps in its data folder, its subfolders included (the SQLite files, the matcher's cache). */
function storedBytes(dataDir: string): string {
  return readdirSync(dataDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(path.join(entry.parentPath, entry.name)).toString('latin1'))
    .join('\n');
}

describe('escalation: personal data and unreachable leaders', () => {
  const connector = new ConnectorStub();
  let bot: RunningBot & { dataDir: string };
  const kariChat = personalConversationId(KARI);
  const last = (): Record<string, unknown> => connector.sentTo(kariChat).at(-1)!;

  beforeAll(async () => {
    await connector.start();
    bot = await startInProcess({ ESCALATION_REMINDER_CHECK_SECONDS: '0' });
  });
  afterAll(async () => {
    await bot.stop();
    await connector.stop();
  });

  it('refuses a fødselsnummer and never stores or forwards it; an unreachable leader keeps the case', async () => {
    await postActivity(bot.url, textMessage(KARI, connector.url, 'hei'));
    await postActivity(bot.url, textMessage(KARI, connector.url, 'spør leder'));
    await postActivity(bot.url, cardSubmit(KARI, connector.url, { verb: 'escalation.describe', description: `Kan jeg nevne eleven ${FNR} i et innlegg?` }));
    expect(visibleText(last())).toContain('fødselsnummer');
    await postActivity(bot.url, textMessage(KARI, connector.url, `Eleven har nummer ${FNR.slice(0, 6)} ${FNR.slice(6)}`));
    expect(visibleText(last())).toContain('fødselsnummer');

    await postActivity(bot.url, cardSubmit(KARI, connector.url, { verb: 'escalation.describe', description: 'Kan jeg nevne eleven med navn i et innlegg?' }));
    const sendToOle = actionTitled(cardOf(last()), 'Send til Ole Hansen');
    connector.failNext(1, 403, (req) => req.method === 'POST' && req.path === '/v3/conversations');
    await postActivity(bot.url, cardSubmit(KARI, connector.url, sendToOle.data));
    const told = connector.sentTo(kariChat).map(visibleText).join('\n');
    expect(told).toContain('boten er ikke installert hos Ole Hansen');
    expect(told).toContain('Ta kontakt med Ole Hansen direkte');

    await postActivity(bot.url, textMessage(KARI, connector.url, 'mine saker'));
    expect(visibleText(last())).toContain('Venter på svar · Ole Hansen');

    await bot.stop();
    // Nothing the bot sent anywhere (replies, the leader's chat, updates) carries the number.
    expect(JSON.stringify(connector.requests.map((r) => r.body))).not.toContain(FNR);
    expect(JSON.stringify(connector.requests.map((r) => r.body))).not.toContain(FNR.slice(6));
    expect(storedBytes(bot.dataDir)).not.toContain(FNR);
    expect(storedBytes(bot.dataDir)).not.toContain(FNR.slice(6));
    expect(storedBytes(bot.dataDir)).toContain('Kan jeg nevne eleven med navn');
  });
});
