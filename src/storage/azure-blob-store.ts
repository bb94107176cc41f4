/**
 * The multi-instance adapter of the storage port: one JSON blob per key in an Azure Storage container
 * (Azurite locally). eTags are the blobs' own: a write with an eTag is `If-Match`, `insertIfAbsent` is
 * `If-None-Match: *`, so several bot instances never overwrite each other's records. Keys are encoded the
 * way botbuilder-azure-blobs encodes them, so state written by either is readable by the other.
 */
import { text } from 'node:stream/consumers';
import { ContainerClient, RestError } from '@azure/storage-blob';
import { StorageConflictError, type KeyValueStore, type StoreItem, type StoreItems } from './key-value-store';

const blobName = (key: string): string => encodeURIComponent(key.split('/').filter(Boolean).join('/')).slice(0, 1024);

const statusOf = (error: unknown): number | undefined => (error instanceof RestError ? error.statusCode : undefined);

export class AzureBlobStore implements KeyValueStore {
  private readonly container: ContainerClient;
  private ready?: Promise<unknown>;

  constructor(connectionString: string, containerName: string) {
    this.container = new ContainerClient(connectionString, containerName);
  }

  async read(keys: string[]): Promise<StoreItems> {
    await this.initialize();
    const items: StoreItems = {};
    await Promise.all(
      keys.map(async (key) => {
        const item = await this.readOne(key);
        if (item) items[key] = item;
      }),
    );
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    await this.initialize();
    await Promise.all(
      Object.entries(changes).map(async ([key, item]) => {
        const { eTag, ...fields } = item;
        await this.upload(key, fields, eTag && eTag !== '*' ? { ifMatch: eTag } : {});
      }),
    );
  }

  async delete(keys: string[]): Promise<void> {
    await this.initialize();
    await Promise.all(keys.map((key) => this.container.deleteBlob(blobName(key)).catch((error: unknown) => ignoreNotFound(error))));
  }

  async insertIfAbsent(key: string, item: StoreItem): Promise<boolean> {
    await this.initialize();
    const { eTag: _ignored, ...fields } = item;
    try {
      await this.upload(key, fields, { ifNoneMatch: '*' });
      return true;
    } catch (error) {
      if (error instanceof StorageConflictError) return false;
      throw error;
    }
  }

  private initialize(): Promise<unknown> {
    this.ready ??= this.container.createIfNotExists().catch((error: unknown) => {
      this.ready = undefined;
      throw error;
    });
    return this.ready;
  }

  private async readOne(key: string): Promise<StoreItem | undefined> {
    try {
      const blob = await this.container.getBlobClient(blobName(key)).download();
      if (!blob.readableStreamBody) return undefined;
      const value = JSON.parse(await text(blob.readableStreamBody)) as StoreItem;
      return { ...value, eTag: blob.etag };
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
  }

  private async upload(key: string, fields: Record<string, unknown>, conditions: { ifMatch?: string; ifNoneMatch?: string }): Promise<void> {
    const body = JSON.stringify(fields);
    try {
      await this.container.getBlockBlobClient(blobName(key)).upload(body, Buffer.byteLength(body), {
        conditions,
        blobHTTPHeaders: { blobContentType: 'application/json' },
      });
    } catch (error) {
      // 412: the eTag changed; 409: the blob exists (If-None-Match: *); 404 with If-Match: it was deleted.
      const status = statusOf(error);
      if (status === 412 || status === 409 || (status === 404 && conditions.ifMatch)) throw new StorageConflictError(key);
      throw error;
    }
  }
}

function ignoreNotFound(error: unknown): void {
  if (statusOf(error) !== 404) throw error;
}
