/**
 * The log of questions the bot could not answer (issue 12): no identity in it (scrubbed before storage,
 * asserted on the SQLite file's bytes through the real HTTP endpoint), and days past the retention limit deleted
 * (injected clock).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { UnansweredLog } from '../../src/feedback/unanswered-log';
import { scrubPersonalData } from '../../src/privacy/scrub-personal-data';
import { ConnectorStub } from '../support/connector-stub';
import { postActivity, startInProcess } from '../support/bot-under-test';
import { makeUser, textMessage } from '../support/teams-activity';
import { openTempStore } from '../support/temp-store';

describe('scrubbing personal data', () => {
  it.each([
    ['ring meg på 909 12 345', 'ring meg på [telefonnummer fjernet]'],
    ['tlf +47 78 98 50 00 i dag', 'tlf [telefonnummer fjernet] i dag'],
    ['skriv til kari.nilsen@batsfjord.kommune.no', 'skriv til [e-post fjernet]'],
    ['kan vi legge ut bilder fra 17. mai 2025?', 'kan vi legge ut bilder fra 17. mai 2025?'],
  ])('%s', (text, expected) => {
    expect(scrubPersonalData(text)).toBe(expected);
  });

  it('removes a checksum-valid fødselsnummer', () => {
    // A synthetic number with a valid checksum (the personal-id guard's tests use it), not a real person.
    expect(scrubPersonalData('gjelder 15038740110 her')).toBe('gjelder [fødselsnummer fjernet] her');
  });
});

describe('the unanswered-question log', () => {
  it('keeps entries for the retention period and deletes older days', async () => {
    let now = new Date('2026-01-01T10:00:00Z');
    const log = new UnansweredLog(await openTempStore(), () => now, 180);
    await log.record({ text: 'hva koster en annonse', lang: 'nb', outcome: 'out-of-scope', nodeIds: [] });
    now = new Date('2026-03-01T10:00:00Z');
    await log.record({ text: 'bilder av elevene?', lang: 'nb', outcome: 'asked-back', nodeIds: ['picture-consent', 'picture-checklist'] });
    expect((await log.entries()).map((e) => e.text)).toEqual(['hva koster en annonse', 'bilder av elevene?']);
    now = new Date('2026-07-10T10:00:00Z'); // 190 days after the first, 131 after the second
    expect(await log.purge()).toBe(1);
    expect((await log.entries()).map((e) => e.text)).toEqual(['bilder av elevene?']);
  });

  it('stores what the bot could not answer without the asker or their contact details (SQLite file bytes)', async () => {
    const connector = await new ConnectorStub().start();
    const bot = await startInProcess({ ESCALATION_REMINDER_CHECK_SECONDS: '0' });
    try {
      const user = makeUser('Personvern Testesen');
      await postActivity(bot.url, textMessage(user, connector.url, 'Hva koster en annonse på Facebook? Ring meg på 909 12 345 eller skriv til personvern.testesen@example.no'));
      const files = readdirSync(bot.dataDir).filter((f) => f.startsWith('bot.sqlite'));
      const bytes = files.map((f) => readFileSync(path.join(bot.dataDir, f)).toString('latin1')).join('');
      expect(bytes).toContain('Hva koster en annonse');
      expect(bytes).toContain('[e-post fjernet]');
      expect(bytes).not.toContain('909 12 345');
      expect(bytes).not.toContain('personvern.testesen@example.no');
      // The stored entry itself (the day's JSON in the file) names no one.
      const entry = /feedback\/unanswered\/\d{4}-\d{2}-\d{2}(\{"entries":.*?\]\})/.exec(bytes)?.[1] ?? '';
      expect(entry).toContain('[telefonnummer fjernet]');
      for (const identity of [user.aadObjectId, user.id, user.name]) expect(entry).not.toContain(identity);
    } finally {
      await bot.stop();
      await connector.stop();
    }
  });
});
