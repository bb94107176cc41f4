/**
 * The domain of the escalation workflow: the state machine (who may do what, decided at most once), the
 * personal-data guard on drafts, the phrases that start it, the directory file, and optimistic concurrency
 * in the case repository.
 */
import { decide } from '../../src/escalation/case-machine';
import { CaseRepository } from '../../src/escalation/case-repository';
import { decideCase } from '../../src/escalation/decide-case';
import { escalationIntent, matchEscalationIntent } from '../../src/escalation/escalation-phrases';
import { checkDraft, openCase } from '../../src/escalation/raise-case';
import { allowedLeader, leaderChoices } from '../../src/escalation/leader-choice';
import { DirectoryFileError, FileDirectory } from '../../src/directory/file-directory';
import { openTempStore } from '../support/temp-store';
import path from 'node:path';

const KARI = { id: 'kari', name: 'Kari Nilsen' };
const OLE = { id: 'ole', name: 'Ole Hansen' };
const PER = { id: 'per', name: 'Per Olsen' };
const at = new Date('2026-11-25T09:00:00Z');
const pending = openCase({ id: '3f0c9a3e-8a0e-4d55-9a77-2b1d9c0e0a11', requester: KARI, leader: OLE, description: 'Bilde?', ruleIds: [], lang: 'nb', serviceUrl: 'x' }, at);

describe('case state machine', () => {
  it('lets only the leader decide and only the requester withdraw', () => {
    expect(decide(pending, 'approve', PER, at)).toEqual({ kind: 'refused', why: 'forbidden' });
    expect(decide(pending, 'approve', KARI, at)).toEqual({ kind: 'refused', why: 'forbidden' });
    expect(decide(pending, 'withdraw', OLE, at)).toEqual({ kind: 'refused', why: 'forbidden' });
    const approved = decide(pending, 'approve', OLE, at, '  Ja  ');
    expect(approved).toMatchObject({ kind: 'changed', next: { status: 'approved', comment: 'Ja', decidedAt: at.toISOString() } });
    const withdrawn = decide(pending, 'withdraw', KARI, at);
    expect(withdrawn).toMatchObject({ kind: 'changed', next: { status: 'withdrawn' } });
  });

  it('decides a case at most once', () => {
    const first = decide(pending, 'reject', OLE, at);
    if (first.kind !== 'changed') throw new Error('expected a change');
    expect(decide(first.next, 'approve', OLE, at)).toEqual({ kind: 'refused', why: 'not-now' });
    expect(first.next.history.map((h) => h.event)).toEqual(['created', 'rejected']);
  });
});

describe('case repository', () => {
  it('lets one of two concurrent decisions win; the other sees the final state', async () => {
    const cases = new CaseRepository(await openTempStore());
    await cases.create(pending);
    const results = await Promise.all([decideCase(cases, pending.id, 'approve', OLE, at, 'ja'), decideCase(cases, pending.id, 'reject', OLE, at, 'nei')]);
    expect(results.map((r) => r.kind).sort()).toEqual(['changed', 'final']);
    const stored = await cases.get(pending.id);
    expect(stored?.escalation.history.filter((h) => h.event === 'approved' || h.event === 'rejected')).toHaveLength(1);
    expect(await cases.pending()).toEqual([]);
    expect((await cases.casesOf('kari')).map((c) => c.id)).toEqual([pending.id]);
    expect((await cases.casesOf('ole')).map((c) => c.id)).toEqual([pending.id]);
  });
});

describe('personal-data guard on drafts', () => {
  it('refuses a fødselsnummer or d-nummer in the text or the link, and keeps only https links', () => {
    expect(checkDraft('Eleven 15038740110 vil være med')).toEqual({ kind: 'personal-id' });
    expect(checkDraft('Eleven 550387 40023 vil være med')).toEqual({ kind: 'personal-id' });
    expect(checkDraft('ok', 'https://example.org/?id=15038740110')).toEqual({ kind: 'personal-id' });
    expect(checkDraft('   ')).toEqual({ kind: 'empty' });
    expect(checkDraft(' Ordrenummer 15038740111 ', 'javascript:alert(1)')).toEqual({ kind: 'ok', description: 'Ordrenummer 15038740111' });
    expect(checkDraft('Bilde?', 'https://example.org/utkast')).toEqual({ kind: 'ok', description: 'Bilde?', link: 'https://example.org/utkast' });
  });
});

describe('escalation phrases', () => {
  it.each([
    ['spør leder', 'ask-leader'],
    ['Spør nærmeste leder', 'ask-leader'],
    ['ask my leader', 'ask-leader'],
    ['jeg er usikker', 'ask-leader'],
    ['kan du spørre lederen min?', 'ask-leader'],
    ['Kan du spørre lederen min om bildet?', 'ask-leader'],
    ['mine saker', 'my-cases'],
    ['My cases', 'my-cases'],
    ['jeg er usikker på om jeg kan legge ut bilder', undefined],
    ['Kan jeg legge ut bilder av elevene?', undefined],
  ])('%s → %s', (text, intent) => {
    expect(escalationIntent(text)).toBe(intent);
  });

  it('tells the language of the phrase', () => {
    expect(matchEscalationIntent('mine saker')?.lang).toBe('nb');
    expect(matchEscalationIntent('my cases')?.lang).toBe('en');
    expect(matchEscalationIntent('spør leder')?.lang).toBe('nb');
    expect(matchEscalationIntent('ask my leader')?.lang).toBe('en');
  });
});

describe('directory file', () => {
  it('reads the mock tenant: Kari → Ole, Anne at the top; only the manager chain to pick from', async () => {
    const directory = FileDirectory.load(path.join(__dirname, '..', '..', 'dev', 'org-directory.yaml'));
    const kari = '1a111111-1111-4111-8111-000000000001';
    await expect(directory.managerOf(kari)).resolves.toMatchObject({ kind: 'found', manager: { displayName: 'Ole Hansen', department: 'Helse og omsorg' } });
    await expect(directory.managerOf('1a111111-1111-4111-8111-000000000006')).resolves.toEqual({ kind: 'none' });
    expect((await directory.alternatives(kari)).map((p) => p.displayName)).toEqual(['Anne Berg']);
    const choices = await leaderChoices(directory, kari);
    expect([choices.nearest, ...choices.others].map((p) => p?.displayName)).toEqual(['Ole Hansen', 'Anne Berg']);
    // Per Olsen is a colleague, not a leader of Kari: a forged pick of him is not allowed.
    await expect(allowedLeader(directory, kari, '1a111111-1111-4111-8111-000000000004')).resolves.toBeUndefined();
    await expect(allowedLeader(directory, kari, '1a111111-1111-4111-8111-000000000006')).resolves.toMatchObject({ displayName: 'Anne Berg' });
  });

  it('accepts JSON and names the problem in a broken file', () => {
    expect(() => FileDirectory.parse('{"people":[{"id":"a","displayName":"A"}]}', 'org.json')).not.toThrow();
    expect(() => FileDirectory.parse('people:\n  - id: a\n    displayName: A\n    manager: b\n', 'org.yaml')).toThrow(DirectoryFileError);
    expect(() => FileDirectory.parse('people:\n  - id: a\n    displayName: A\n    manager: b\n  - id: b\n    displayName: B\n    manager: a\n', 'org.yaml')).toThrow(/cycle/);
    expect(() => FileDirectory.parse('people:\n  - id: a\n    name: A\n', 'org.yaml')).toThrow(/displayName/);
  });
});
