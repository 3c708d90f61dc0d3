import { BlobServiceClient, StorageSharedKeyCredential } from '@azure/storage-blob';

/** The emulator's view of its Azurite account: containers for the datastores, and blob lookups for asset URIs. */
export class Storage {
  private readonly service: BlobServiceClient;

  constructor(
    /** http://127.0.0.1:<port>/<account> */
    readonly blobEndpoint: string,
    account: string,
    key: string,
  ) {
    this.service = new BlobServiceClient(blobEndpoint, new StorageSharedKeyCredential(account, key), {
      retryOptions: { maxTries: 2 },
    });
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
}
