import {
  AnonymousCredential,
  ContainerClient,
  StorageSharedKeyCredential,
  type BlockBlobClient,
  type StoragePipelineOptions,
} from '@azure/storage-blob';
import { SHA256_METADATA } from '../model/digest.js';
import type { AzureMLClient, BlobDatastore, DatastoreSecret } from './client.js';
import { containerUrl } from './datastore-url.js';
import { USER_AGENT_PREFIX } from './user-agent.js';

/** A file to upload, with the hash that proves a blob already holds it. */
export interface UploadItem {
  /** Path below the prefix, `/`-separated. */
  path: string;
  absolutePath: string;
  size: number;
  sha256: string;
}

/** Where the files go. */
export interface UploadTarget {
  /** The container URL (datastore-url.ts), without a SAS. */
  containerUrl: string;
  accountName: string;
  /** The datastore's account key or SAS token (already masked by the client). */
  secret: DatastoreSecret;
  /** Blob name prefix without a trailing slash: `LocalUpload/<hash>/<folder name>` (or `LocalUpload/<hash>` for a file). */
  prefix: string;
}

export interface UploadOptions {
  /** Files uploaded at the same time. */
  fileConcurrency?: number;
  /** Block size for files larger than one block; each block is streamed from disk, never held whole. */
  blockSize?: number;
  /** Blocks of one file in flight at the same time. */
  blockConcurrency?: number;
  /** How often a long upload prints a progress line. */
  progressIntervalMs?: number;
  /** Where progress and per-file lines go (core.info in the actions). */
  log?: (line: string) => void;
  /** Storage pipeline retries (the SDK retries 5xx, 408, resets and throttling). */
  retry?: StoragePipelineOptions['retryOptions'];
}

export interface UploadResult {
  files: number;
  bytes: number;
  uploadedFiles: number;
  uploadedBytes: number;
  /** Files whose blob already existed with the same size and sha256. */
  skippedFiles: number;
  skippedBytes: number;
  seconds: number;
}

const MiB = 1024 * 1024;
export const DEFAULT_UPLOAD: Required<Omit<UploadOptions, 'log' | 'retry'>> = {
  fileConcurrency: 8,
  blockSize: 8 * MiB,
  blockConcurrency: 8,
  progressIntervalMs: 5000,
};
const DEFAULT_STORAGE_RETRY: StoragePipelineOptions['retryOptions'] = {
  maxTries: 6,
  retryDelayInMs: 500,
  maxRetryDelayInMs: 15_000,
};
/** The blob metadata key holding the file's SHA-256 (hex): the digest's format (model/digest.ts). */
export { SHA256_METADATA };

/** The datastore folder every local upload goes under (azure-ai-ml `ARTIFACT_ORIGIN`). */
export const LOCAL_UPLOAD = 'LocalUpload';

/**
 * `LocalUpload/<hash>/<own name>`: where the Azure ML CLI v2 puts a local folder or file, and what the asset's
 * path points at (azure-ai-ml `BlobStorageClient.upload`: `PurePosixPath(generate_asset_id(hash), Path(source).name)`;
 * the hash is model/az-ml-hash.ts). A folder's files go below it under their relative paths; a file is that blob.
 */
export function localUploadPath(hash: string, ownName: string): string {
  return `${LOCAL_UPLOAD}/${hash.replace(/^sha256:/, '')}/${ownName}`;
}

export function blobName(prefix: string, path: string): string {
  return `${prefix.replace(/\/+$/, '')}/${path}`;
}

/** "Uploaded 3/10 files, 120.0/2048.0 MB, 85.3 MB/s" */
export function formatProgress(p: {
  doneFiles: number;
  files: number;
  doneBytes: number;
  bytes: number;
  seconds: number;
}): string {
  const mb = (n: number): string => (n / MiB).toFixed(1);
  const rate = p.seconds > 0 ? (p.doneBytes / MiB / p.seconds).toFixed(1) : '0.0';
  return `Uploaded ${p.doneFiles}/${p.files} files, ${mb(p.doneBytes)}/${mb(p.bytes)} MB, ${rate} MB/s`;
}

export function containerClientFor(target: UploadTarget, retry = DEFAULT_STORAGE_RETRY): ContainerClient {
  const options: StoragePipelineOptions = {
    retryOptions: retry,
    userAgentOptions: { userAgentPrefix: USER_AGENT_PREFIX },
  };
  if (target.secret.kind === 'account-key') {
    return new ContainerClient(
      target.containerUrl,
      new StorageSharedKeyCredential(target.accountName, target.secret.accountKey),
      options,
    );
  }
  const sas = target.secret.sasToken.replace(/^\?/, '');
  return new ContainerClient(`${target.containerUrl}?${sas}`, new AnonymousCredential(), options);
}

/** A blob datastore's container, opened with the secret the workspace gives for it (account key or SAS). */
export async function openDatastoreContainer(
  client: Pick<AzureMLClient, 'getDatastoreSecrets'>,
  datastore: BlobDatastore,
): Promise<{ container: ContainerClient; secret: DatastoreSecret }> {
  const secret = await client.getDatastoreSecrets(datastore.name);
  const container = containerClientFor({
    containerUrl: containerUrl(datastore),
    accountName: datastore.accountName,
    secret,
    prefix: '',
  });
  return { container, secret };
}

/** True when the blob exists with this size and sha256 metadata (a complete, identical upload). */
async function alreadyUploaded(blob: BlockBlobClient, item: UploadItem): Promise<boolean> {
  try {
    const props = await blob.getProperties();
    return props.contentLength === item.size && props.metadata?.[SHA256_METADATA] === item.sha256;
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 404) return false;
    throw error;
  }
}

/**
 * Uploads files under `target.prefix`, several at a time, each streamed from disk in blocks.
 * A blob that already holds the same bytes (size and sha256 metadata) is skipped, so a re-run after an
 * interruption sends only what is missing; a blob only appears once its block list is committed,
 * so an interrupted file is never mistaken for a complete one.
 */
export async function uploadFiles(
  items: UploadItem[],
  target: UploadTarget,
  options: UploadOptions = {},
): Promise<UploadResult> {
  const o = { ...DEFAULT_UPLOAD, ...options };
  const log = options.log ?? ((): void => undefined);
  const container = containerClientFor(target, options.retry ?? DEFAULT_STORAGE_RETRY);
  const started = Date.now();
  const bytes = items.reduce((n, f) => n + f.size, 0);
  const inFlight = new Map<number, number>();
  let doneFiles = 0;
  let doneBytes = 0;
  let uploadedFiles = 0;
  let uploadedBytes = 0;
  let skippedFiles = 0;
  let skippedBytes = 0;
  const progress = (): string =>
    formatProgress({
      doneFiles,
      files: items.length,
      doneBytes: doneBytes + [...inFlight.values()].reduce((n, b) => n + b, 0),
      bytes,
      seconds: (Date.now() - started) / 1000,
    });
  const timer = setInterval(() => log(progress()), o.progressIntervalMs);
  timer.unref();

  // The first failure stops the other workers and aborts their transfers.
  const abort = new AbortController();
  let next = 0;
  async function worker(): Promise<void> {
    while (next < items.length && !abort.signal.aborted) {
      const i = next++;
      const item = items[i]!;
      const name = blobName(target.prefix, item.path);
      const blob = container.getBlockBlobClient(name);
      try {
        await uploadOne(blob, item, i);
      } catch (error) {
        if (abort.signal.aborted) throw error;
        // Named without the blob client's URL, which would carry a SAS token.
        const e = error as { statusCode?: number; code?: string; message?: string };
        const cause = [e.statusCode, e.code].filter((x) => x !== undefined).join(' ');
        throw new Error(
          `Could not upload ${item.path} to ${target.containerUrl}/${name}: ${cause ? `${cause}: ` : ''}${e.message ?? String(error)}`,
        );
      }
      doneFiles++;
      doneBytes += item.size;
    }
  }
  async function uploadOne(blob: BlockBlobClient, item: UploadItem, i: number): Promise<void> {
    if (await alreadyUploaded(blob, item)) {
      skippedFiles++;
      skippedBytes += item.size;
      return;
    }
    inFlight.set(i, 0);
    await blob.uploadFile(item.absolutePath, {
      blockSize: o.blockSize,
      maxSingleShotSize: o.blockSize,
      concurrency: o.blockConcurrency,
      metadata: { [SHA256_METADATA]: item.sha256 },
      onProgress: (p) => inFlight.set(i, p.loadedBytes),
      abortSignal: abort.signal,
    });
    inFlight.delete(i);
    uploadedFiles++;
    uploadedBytes += item.size;
  }
  try {
    await Promise.all(
      Array.from({ length: Math.max(1, Math.min(o.fileConcurrency, items.length)) }, () =>
        worker().catch((error: unknown) => {
          abort.abort();
          throw error;
        }),
      ),
    );
  } finally {
    clearInterval(timer);
  }
  const seconds = (Date.now() - started) / 1000;
  log(`${progress()} (${uploadedFiles} uploaded, ${skippedFiles} already there)`);
  return { files: items.length, bytes, uploadedFiles, uploadedBytes, skippedFiles, skippedBytes, seconds };
}
