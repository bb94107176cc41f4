/**
 * Chooses the storage adapter from the configuration: the embedded SQLite file by default, Azure Blob
 * Storage (our AzureBlobStore on @azure/storage-blob; Azurite locally) when several bot instances share state.
 * Both satisfy the domain's KeyValueStore port and botbuilder's Storage interface.
 */
import type { AppConfig } from '../../src/config/config-schema';
import { AzureBlobStore } from '../../src/storage/azure-blob-store';
import type { KeyValueStore } from '../../src/storage/key-value-store';
import { SqliteStore } from '../../src/storage/sqlite-store';

export interface OpenStorage {
  store: KeyValueStore;
  close(): void;
}

export async function createStorage(config: AppConfig['storage']): Promise<OpenStorage> {
  if (config.kind === 'sqlite') {
    const store = await SqliteStore.open(config.file);
    return { store, close: () => store.close() };
  }
  const blobs = new AzureBlobStore(config.connectionString, config.container);
  return { store: blobs, close: () => undefined };
}
