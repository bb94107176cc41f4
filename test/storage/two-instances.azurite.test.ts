/**
 * Two bot instances on one Azure Storage account (Azurite), each with its own storage client, racing on the
 * first records of the year: eight registrations at once get eight distinct references, none overwritten,
 * every one in the register and every IT card in the outbox; six cases at once are all in the leader's list,
 * in the reminder index and in the outbox. (Before insert-if-absent, the first-of-the-year counter and the
 * lists were created with unconditional writes, and three people got SOME-2026-0001.)
 */
import { randomUUID } from 'node:crypto';
import { CaseRepository } from '../../src/escalation/case-repository';
import { EscalationService } from '../../src/escalation/escalation-service';
import { FileDirectory } from '../../src/directory/file-directory';
import { Outbox } from '../../src/outbox/outbox';
import { validateStep } from '../../src/registration/registration-form';
import { RegistrationRepository } from '../../src/registration/registration-repository';
import { RegistrationService } from '../../src/registration/registration-service';
import { AzureBlobStore } from '../../src/storage/azure-blob-store';
import { escalationRenderer } from '../../bot/escalation/escalation-renderer';
import { useAzurite } from '../support/azurite';
import { validChecklist, validPeople, validProfile } from '../registration/registration-driver';

const now = (): Date => new Date('2026-01-02T08:00:00Z');
const address = { serviceUrl: 'http://127.0.0.1:9/', conversationId: 'a:chat', channelId: 'msteams' };

function step<T>(result: { ok: true; value: T } | { ok: false }): T {
  if (!result.ok) throw new Error('fixture does not validate');
  return result.value;
}

describe('two instances on Azure Blob storage (Azurite)', () => {
  const running = useAzurite();

  it('eight simultaneous first registrations of the year: distinct references, nothing lost', async () => {
    const instance = (): { service: RegistrationService; repository: RegistrationRepository; outbox: Outbox } => {
      const store = new AzureBlobStore(running().connectionString, 'first-registrations');
      const repository = new RegistrationRepository(store);
      const outbox = new Outbox(store, now);
      const renderer = { itCard: () => ({}), outcome: () => ({}) };
      return { service: new RegistrationService({ repository, outbox, kick: () => undefined, renderer, now, itMembers: [] }), repository, outbox };
    };
    const [a, b] = [instance(), instance()];
    const draft = { profile: step(validateStep('profile', validProfile)), people: step(validateStep('people', validPeople)), checklist: step(validateStep('checklist', validChecklist)) };
    const results = await Promise.all(
      [0, 1, 2, 3, 4, 5, 6, 7].map((n) =>
        (n % 2 === 0 ? a : b).service.send({ id: randomUUID(), step: 'summary', updatedAt: now().toISOString(), ...draft }, { id: `user-${n}`, name: `Bruker ${n}` }, address, 'nb'),
      ),
    );
    const refs = results.map((r) => (r.ok ? r.record.ref : 'failed'));
    expect(new Set(refs).size).toBe(8);
    expect([...refs].sort()).toEqual(['0001', '0002', '0003', '0004', '0005', '0006', '0007', '0008'].map((n) => `SOME-2026-${n}`));
    const register = await a.repository.all();
    expect(register.map((r) => r.ref).sort()).toEqual([...refs].sort());
    expect(new Set(register.map((r) => r.requester.id)).size).toBe(8);
    const posts = (await b.outbox.pending()).filter((item) => item.destination.kind === 'channel-thread');
    expect(posts.map((item) => item.subject).sort()).toEqual([...refs].sort());
  });

  it('six simultaneous first cases to one leader: all in his list, in the reminder index and in the outbox', async () => {
    const leader = { id: 'leader-1', displayName: 'Ole Hansen' };
    const staff = [1, 2, 3, 4, 5, 6].map((n) => ({ id: `staff-${n}`, displayName: `Ansatt ${n}`, manager: leader.id }));
    const directory = new FileDirectory([leader, ...staff]);
    const instance = (): { service: EscalationService; cases: CaseRepository; outbox: Outbox } => {
      const store = new AzureBlobStore(running().connectionString, 'first-cases');
      const cases = new CaseRepository(store);
      const outbox = new Outbox(store, now);
      return { service: new EscalationService({ cases, outbox, kick: () => undefined, directory, renderer: escalationRenderer(), now }), cases, outbox };
    };
    const [a, b] = [instance(), instance()];
    const results = await Promise.all(
      staff.map((person, n) =>
        (n % 2 === 0 ? a : b).service.submit({
          caseId: randomUUID(),
          requester: { id: person.id, name: person.displayName },
          leaderId: leader.id,
          description: `Sak ${n}`,
          ruleIds: ['R5.2.9'],
          lang: 'nb',
          serviceUrl: address.serviceUrl,
        }),
      ),
    );
    expect(results.map((r) => r.kind)).toEqual(['sent', 'sent', 'sent', 'sent', 'sent', 'sent']);
    expect(await a.cases.casesOf(leader.id)).toHaveLength(6);
    expect(await b.cases.pending()).toHaveLength(6);
    expect((await a.outbox.pending()).filter((item) => item.id.endsWith('-leader-card'))).toHaveLength(6);
  });
});
