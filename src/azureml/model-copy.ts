import {
  BlobSASPermissions,
  generateBlobSASQueryParameters,
  StorageSharedKeyCredential,
  type ContainerClient,
} from '@azure/storage-blob';
import { combineDigest, type HashedFile } from '../model/digest.js';
import { openDatastoreContainer, SHA256_METADATA } from './blob-upload.js';
import type { AzureMLClient, BlobDatastore, DatastoreSecret } from './client.js';
import { datastoreUri } from './datastore-url.js';
import { listBlobsAt } from './model-blobs.js';
import { parseDatastorePath } from './model-reference.js';

/** What a server-side copy of a model's files did. */
export interface ModelCopy {
  /** The target's datastore URI (a model version's modelUri). */
  modelUri: string;
  files: number;
  bytes: number;
  copied: number;
  /** Blobs that were already in the target with the same size and sha256. */
  skipped: number;
  /** The digest recomputed from the target blobs' sizes and sha256 metadata. */
  digest: string;
  seconds: number;
}

const SAS_MINUTES = 60;
const CONCURRENCY = 8;

interface Side {
  datastore: BlobDatastore;
  secret: DatastoreSecret;
  container: ContainerClient;
}

async function side(client: AzureMLClient): Promise<Side> {
  const datastore = await client.getDefaultDatastore();
  const { container, secret } = await openDatastoreContainer(client, datastore);
  return { datastore, secret, container };
}

/** A read-only URL of one source blob, valid for an hour (the SAS is masked through `setSecret`). */
function readableUrl(src: Side, blobName: string, setSecret: (s: string) => void): string {
  const url = src.container.getBlobClient(blobName).url.split('?')[0]!;
  if (src.secret.kind === 'sas') return `${url}?${src.secret.sasToken.replace(/^\?/, '')}`;
  const sas = generateBlobSASQueryParameters(
    {
      containerName: src.datastore.containerName,
      blobName,
      permissions: BlobSASPermissions.parse('r'),
      startsOn: new Date(Date.now() - 5 * 60_000),
      expiresOn: new Date(Date.now() + SAS_MINUTES * 60_000),
    },
    new StorageSharedKeyCredential(src.datastore.accountName, src.secret.accountKey),
  ).toString();
  setSecret(sas);
  for (const part of sas.split('&'))
    if (part.startsWith('sig=')) setSecret(decodeURIComponent(part.slice(4)));
  return `${url}?${sas}`;
}

/**
 * Copies a model version's files from the source workspace's datastore to the target's, server-side (the
 * target storage reads each blob from a short-lived read-only SAS URL), under the same datastore path: the
 * `LocalUpload/<hash>/<folder or file name>` layout `az ml` gave them (or `LocalUpload/<digest>/<model name>/` of
 * versions registered before register-model followed it) is kept, so a score.py finds the same files under
 * AZUREML_MODEL_DIR after the promotion. Blobs already there with the same size and sha256 are skipped, so a
 * re-run copies only what is missing. Then the digest is recomputed from the target blobs (paths, sizes, sha256
 * metadata) and must equal `digest`.
 */
export async function copyModelFiles(
  source: { client: AzureMLClient; modelUri: string },
  target: AzureMLClient,
  digest: string,
  options: { setSecret: (s: string) => void; log: (line: string) => void },
): Promise<ModelCopy> {
  const started = Date.now();
  const where = parseDatastorePath(source.modelUri);
  if (!where) throw new Error(`The source model's files are at ${source.modelUri}, not a datastore path.`);
  const src = await side(source.client);
  if (src.datastore.name !== where.datastore) {
    throw new Error(
      `The source model's files are in datastore '${where.datastore}', not the source workspace's default '${src.datastore.name}'.`,
    );
  }
  const { blobs, folder } = await listBlobsAt(src.container, where.path);
  if (blobs.length === 0) throw new Error(`No files under the source model's ${source.modelUri}.`);
  const unhashed = blobs.find((b) => !b.sha256);
  if (unhashed) {
    throw new Error(
      `Source blob ${unhashed.name} has no sha256 metadata: the source version was not uploaded by register-model, so its digest cannot be verified.`,
    );
  }

  const tgt = await side(target);
  const assetPath = where.path.replace(/\/+$/, '');
  let copied = 0;
  let skipped = 0;
  let next = 0;
  async function worker(): Promise<void> {
    while (next < blobs.length) {
      const b = blobs[next++]!;
      const dest = tgt.container.getBlobClient(b.name);
      const props = await dest.getProperties().catch(() => undefined);
      if (props && props.contentLength === b.size && props.metadata?.[SHA256_METADATA] === b.sha256) {
        skipped++;
        continue;
      }
      const poller = await dest.beginCopyFromURL(readableUrl(src, b.name, options.setSecret), {
        intervalInMs: 200,
        metadata: { [SHA256_METADATA]: b.sha256! },
      });
      const result = await poller.pollUntilDone();
      if (result.copyStatus !== 'success') throw new Error(`Copying ${b.path} ended ${result.copyStatus}.`);
      copied++;
    }
  }
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, blobs.length) }, worker));
  const bytes = blobs.reduce((n, b) => n + b.size, 0);
  options.log(
    `Copied ${copied} files, ${skipped} already there (${(bytes / 1048576).toFixed(1)} MB in all).`,
  );

  // Verify what the target now holds.
  const landed: HashedFile[] = [];
  for (const b of (await listBlobsAt(tgt.container, where.path)).blobs) {
    landed.push({ path: b.path, size: b.size, sha256: b.sha256 ?? '' });
  }
  const expected = new Set(blobs.map((b) => b.path));
  const mine = landed.filter((f) => expected.has(f.path));
  const got = combineDigest(mine);
  if (got !== digest || mine.length !== blobs.length) {
    throw new Error(
      `The copied files do not match: digest ${got} in the target, ${digest} expected (${mine.length} of ${blobs.length} files). Nothing was registered; run again.`,
    );
  }
  options.log(`Verified: the target files have digest ${got}.`);
  return {
    modelUri: datastoreUri(target.address, tgt.datastore.name, assetPath, folder),
    files: blobs.length,
    bytes,
    copied,
    skipped,
    digest: got,
    seconds: (Date.now() - started) / 1000,
  };
}
