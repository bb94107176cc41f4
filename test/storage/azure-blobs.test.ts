/**
 * The multi-instance adapter (AzureBlobStore against Azurite) keeps the storage port's promise, and
 * two bot instances on the same storage continue each other's conversations.
 */
import { AzureBlobStore } from '../../src/storage/azure-blob-store';
import { isStorageConflict, type KeyValueStore } from '../../src/storage/key-value-store';
import { useAzurite } from '../support/azurite';
import { itKeepsTheConcurrencyContract } from './store-contract';
import { ConnectorStub } from '../support/connector-stub';
import { postActivity, startInProcess } from '../support/bot-under-test';
import { actionTitled, cardOf, cardText } from '../support/card-reader';
import { cardSubmit, makeUser, personalConversationId, textMessage } from '../support/teams-activity';

describe('Azure Blob storage via Azurite', () => {
  const running = useAzurite();

  it('reads back writes, detects a stale eTag, and lets one of two concurrent writers win', async () => {
    const store: KeyValueStore = new AzureBlobStore(running().connectionString, 'port-contract');
    await store.write({ 'registration/SOME-2026-0001': { state: 'submitted' } });
    const first = (await store.read(['registration/SOME-2026-0001']))['registration/SOME-2026-0001']!;
    expect(first).toMatchObject({ state: 'submitted' });
    expect(typeof first.eTag).toBe('string');

    await store.write({ 'registration/SOME-2026-0001': { ...first, state: 'acknowledged' } });
    const stale = await store.write({ 'registration/SOME-2026-0001': { ...first, state: 'needs-info' } }).then(
      () => 'written',
      (error: unknown) => (isStorageConflict(error) ? 'conflict' : `other: ${String(error)}`),
    );
    expect(stale).toBe('conflict');
    expect((await store.read(['registration/SOME-2026-0001']))['registration/SOME-2026-0001']).toMatchObject({ state: 'acknowledged' });

    const snapshot = (await store.read(['registration/SOME-2026-0001']))['registration/SOME-2026-0001']!;
    const results = await Promise.allSettled([1, 2].map((n) => store.write({ 'registration/SOME-2026-0001': { ...snapshot, n } })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  });

  describe('concurrency contract', () => {
    let n = 0;
    itKeepsTheConcurrencyContract(() => new AzureBlobStore(running().connectionString, `contract-${++n}`));
  });

  it('a conversation started on one bot instance continues on another', async () => {
    const connector = await new ConnectorStub().start();
    const env = { STORAGE: 'azure-blobs', AZURE_STORAGE_CONNECTION_STRING: running().connectionString, AZURE_STORAGE_CONTAINER: 'two-instances' };
    const a = await startInProcess(env);
    const b = await startInProcess(env);
    try {
      const user = makeUser('To Instanser');
      const last = (): Record<string, unknown> => connector.sentTo(personalConversationId(user)).at(-1)!;
      await postActivity(a.url, textMessage(user, connector.url, 'hei'));
      await postActivity(a.url, cardSubmit(user, connector.url, actionTitled(cardOf(last()), 'Bilder og personvern').data));
      const topic = cardText(cardOf(last()));
      await postActivity(a.url, cardSubmit(user, connector.url, actionTitled(cardOf(last()), /.+/).data));
      const response = await postActivity(b.url, textMessage(user, connector.url, 'tilbake'));
      expect(response.status).toBe(200);
      expect(cardText(cardOf(last()))).toBe(topic);
    } finally {
      await a.stop();
      await b.stop();
      await connector.stop();
    }
  });
});
