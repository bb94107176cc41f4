/**
 * Votes on answers (issue 12): one vote per person and answer however often or however simultaneously it is
 * cast, the "Hva manglet?" text scrubbed before storage, votes past the retention limit deleted (injected clock),
 * and a voter key that is the same for one person, different for another and never the raw id — on the real
 * SQLite adapter.
 */
import { AnswerVotes, type AnswerVote } from '../../src/feedback/answer-votes';
import { VoterKeys } from '../../src/feedback/voter-key';
import { openTempStore } from '../support/temp-store';

const UP: Omit<AnswerVote, 'at'> = { nodeId: 'picture-consent', ruleIds: ['R4.4.4', 'R4.4.5'], lang: 'nb', outcome: 'matched', vote: 'up' };
const DOWN: Omit<AnswerVote, 'at'> = { ...UP, vote: 'down', outcome: 'menu' };
const T0 = new Date('2026-01-01T10:00:00Z');

describe('answer votes', () => {
  it('stores a vote once per person and answer: a second vote later is "already-voted" and changes nothing', async () => {
    let now = T0;
    const votes = new AnswerVotes(await openTempStore(), () => now, 180);
    expect(await votes.record('voter-a', UP)).toBe('recorded');
    now = new Date('2026-01-05T10:00:00Z');
    expect(await votes.record('voter-a', { ...UP, vote: 'down' })).toBe('already-voted');
    expect(await votes.record('voter-a', { ...UP, nodeId: 'picture-colleagues' })).toBe('recorded');
    expect(await votes.record('voter-b', DOWN)).toBe('recorded');
    expect(await votes.all()).toEqual([
      { ...UP, at: T0.toISOString() },
      { ...UP, nodeId: 'picture-colleagues', at: now.toISOString() },
      { ...DOWN, at: now.toISOString() },
    ]);
  });

  it('stores one vote when the same person votes many times at once, and every person once when many vote at once', async () => {
    const votes = new AnswerVotes(await openTempStore(), () => T0, 180);
    const same = await Promise.all(Array.from({ length: 8 }, () => votes.record('voter-a', UP)));
    expect(same.filter((r) => r === 'recorded')).toHaveLength(1);
    const others = await Promise.all(Array.from({ length: 8 }, (_, i) => votes.record(`voter-${i + 1}`, DOWN)));
    expect(others).toEqual(Array(8).fill('recorded'));
    expect((await votes.all()).map((v) => v.vote).sort()).toEqual([...Array(8).fill('down'), 'up']);
  });

  it('adds the scrubbed "Hva manglet?" text to the person\'s own down vote only', async () => {
    const votes = new AnswerVotes(await openTempStore(), () => T0, 180);
    await votes.record('voter-a', DOWN);
    await votes.record('voter-b', UP);
    expect(await votes.addExplanation('voter-a', DOWN.nodeId, 'Svar til kari.nilsen@batsfjord.kommune.no, fnr 15038740110')).toBe('added');
    expect(await votes.addExplanation('voter-a', DOWN.nodeId, 'Hva med russebilder?')).toBe('replaced');
    expect(await votes.explain('voter-b', UP.nodeId, 'ikke en nedstemme')).toBe(false);
    expect(await votes.explain('voter-c', DOWN.nodeId, 'har ikke stemt')).toBe(false);
    expect(await votes.explain('voter-a', 'picture-colleagues', 'annet svar')).toBe(false);
    const [down, up] = await votes.all();
    expect(down).toEqual({ ...DOWN, at: T0.toISOString(), missing: 'Hva med russebilder?' });
    expect(up).not.toHaveProperty('missing');
  });

  it('scrubs identity numbers, e-mail addresses and phone numbers before a text is stored', async () => {
    const store = await openTempStore();
    const votes = new AnswerVotes(store, () => T0, 180);
    await votes.record('voter-a', { ...DOWN, missing: 'Ring 909 12 345 eller skriv til per@example.no om 15038740110' });
    const stored = JSON.stringify(await store.read([`feedback/vote/${DOWN.nodeId}/voter-a`]));
    expect(stored).toContain('[telefonnummer fjernet]');
    expect(stored).toContain('[e-post fjernet]');
    expect(stored).toContain('[fødselsnummer fjernet]');
    expect(stored).not.toMatch(/909 12 345|per@example\.no|15038740110/);
  });

  it('deletes the votes of days past the retention limit, and the person may vote again after', async () => {
    let now = T0;
    const votes = new AnswerVotes(await openTempStore(), () => now, 30);
    await votes.record('voter-a', UP);
    now = new Date('2026-01-20T10:00:00Z');
    await votes.record('voter-b', DOWN);
    now = new Date('2026-02-05T10:00:00Z'); // 35 days after the first vote, 16 after the second
    expect((await votes.all()).map((v) => v.at)).toEqual(['2026-01-20T10:00:00.000Z']);
    expect(await votes.purge()).toBe(1);
    expect(await votes.purge()).toBe(0);
    expect((await votes.all()).map((v) => v.at)).toEqual(['2026-01-20T10:00:00.000Z']);
    expect(await votes.record('voter-a', UP)).toBe('recorded');
  });

  it('deletes expired days on its own as new votes come in', async () => {
    let now = T0;
    const store = await openTempStore();
    const votes = new AnswerVotes(store, () => now, 30);
    await votes.record('voter-a', UP);
    now = new Date('2026-03-01T10:00:00Z');
    await votes.record('voter-b', UP);
    expect(await store.read([`feedback/vote/${UP.nodeId}/voter-a`, 'feedback/votes/2026-01-01'])).toEqual({});
  });
});

describe('voter keys', () => {
  it('are a keyed hash: the same for one person, different for another, never the id itself, one secret per installation', async () => {
    const store = await openTempStore();
    const [keysA, keysB] = [new VoterKeys(store), new VoterKeys(store)];
    const [kari1, kari2] = await Promise.all([keysA.keyFor('1a111111-1111-4111-8111-000000000001'), keysB.keyFor('1a111111-1111-4111-8111-000000000001')]);
    const ole = await keysA.keyFor('1a111111-1111-4111-8111-000000000002');
    expect(kari1).toBe(kari2);
    expect(kari1).toMatch(/^[0-9a-f]{64}$/);
    expect(ole).not.toBe(kari1);
    // Another installation (another secret) gives the same person another key.
    expect(await new VoterKeys(await openTempStore()).keyFor('1a111111-1111-4111-8111-000000000001')).not.toBe(kari1);
  });
});
