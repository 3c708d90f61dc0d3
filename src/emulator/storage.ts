import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BlobServiceClient, StorageSharedKeyCredential } from '@azure/storage-blob';
import type { StorageAccount } from './state.js';

/** One Azurite account as the emulator sees it: containers for the datastores, and blob lookups for asset URIs. */
export class Storage {
  readonly service: BlobServiceClient;

  constructor(
    /** http://127.0.0.1:<port>/<account>: Azurite's path-style URL names the account. */
    readonly blobEndpoint: string,
    account: StorageAccount,
  ) {
    this.service = new BlobServiceClient(
      blobEndpoint,
      new StorageSharedKeyCredential(account.account, account.key),
      { retryOptions: { maxTries: 2 } },
    );
  }

  async ensureContainer(name: string): Promise<void> {
    await this.service.getContainerClient(name).createIfNotExists();
  }

  /** Whether `path` is a blob, or a folder with at least one blob under it. */
  async exists(container: string, path: string): Promise<boolean> {
    const client = this.service.getContainerClient(container);
    const trimmed = path.replace(/\/+$/, '');
    if (trimmed === '') return false;
    if (!path.endsWith('/') && (await client.getBlobClient(trimmed).exists())) return true;
    const first = await client
      .listBlobsFlat({ prefix: `${trimmed}/` })
      .byPage({ maxPageSize: 1 })
      .next();
    return !first.done && first.value.segment.blobItems.length > 0;
  }

  /** Whether `path` (not ending in `/`) names one blob rather than a folder of blobs. */
  async isBlob(container: string, path: string): Promise<boolean> {
    const trimmed = path.replace(/\/+$/, '');
    if (path.endsWith('/') || trimmed === '') return false;
    return this.service.getContainerClient(container).getBlobClient(trimmed).exists();
  }

  /**
   * Downloads the blob `path`, or every blob under the folder `path`, into `dir`: a folder's blobs keep their paths
   * below it, a single blob lands as `dir/<its name>`. Returns the files written, relative to `dir`.
   */
  async download(container: string, path: string, dir: string): Promise<{ files: string[]; bytes: number }> {
    const client = this.service.getContainerClient(container);
    const trimmed = path.replace(/\/+$/, '');
    const files: string[] = [];
    let bytes = 0;
    const fetch = async (blob: string, relative: string): Promise<void> => {
      const target = join(dir, ...relative.split('/'));
      mkdirSync(dirname(target), { recursive: true });
      const answer = await client.getBlobClient(blob).downloadToFile(target);
      bytes += answer.contentLength ?? 0;
      files.push(relative);
    };
    if (!path.endsWith('/') && (await client.getBlobClient(trimmed).exists())) {
      await fetch(trimmed, trimmed.split('/').pop()!);
      return { files, bytes };
    }
    for await (const item of client.listBlobsFlat({ prefix: `${trimmed}/` })) {
      const relative = item.name.slice(trimmed.length + 1);
      if (relative === '' || relative.split('/').some((p) => p === '..' || p === '.')) continue;
      await fetch(item.name, relative);
    }
    return { files, bytes };
  }
}

/** The accounts of one Azurite (one per workspace), each opened with its own key. */
export class StorageAccounts {
  private readonly opened = new Map<string, Storage>();

  constructor(
    /** http://127.0.0.1:<port> */
    readonly blobHost: string,
  ) {}

  /** http://127.0.0.1:<port>/<account> */
  endpoint(account: string): string {
    return `${this.blobHost}/${account}`;
  }

  /** The account's storage, opened with its key. */
  of(account: StorageAccount): Storage {
    const id = `${account.account}:${account.key}`;
    let storage = this.opened.get(id);
    if (!storage) {
      storage = new Storage(this.endpoint(account.account), account);
      this.opened.set(id, storage);
    }
    return storage;
  }
}
