// Checks a model's registered versions against their files, as a client with the datastore's key sees them:
// every version's blobs are there and hash to its `mlops.digest`, and no two versions share a digest.
import { ContainerClient, StorageSharedKeyCredential } from '@azure/storage-blob';
import { createHash } from 'node:crypto';
import { containerUrl } from '../src/azureml/datastore-url.js';
import { combineDigest, DIGEST_TAG as DIGEST, type HashedFile } from '../src/model/digest.js';
import { Arm, props } from './arm.js';

/** `azureml://.../datastores/<name>/paths/<path>` -> its datastore and path. */
function parseDatastoreUri(uri: string): { datastore: string; path: string } | undefined {
  const m = /\/datastores\/([^/]+)\/paths\/(.+)$/.exec(uri);
  return m ? { datastore: m[1]!, path: m[2]! } : undefined;
}

async function container(arm: Arm, datastore: string): Promise<ContainerClient> {
  const ds = props(await arm.get(`/datastores/${datastore}`));
  const secrets = await arm.call('POST', `/datastores/${datastore}/listSecrets`);
  const key = secrets.body.key as string | undefined;
  if (!key) throw new Error(`datastore ${datastore}'s listSecrets gave no account key`);
  const location = {
    accountName: ds.accountName as string,
    containerName: ds.containerName as string,
    endpoint: ds.endpoint as string,
    protocol: ds.protocol as string | undefined,
  };
  return new ContainerClient(
    containerUrl(location),
    new StorageSharedKeyCredential(location.accountName, key),
  );
}

/** The digest of the blobs below `path` (a folder: paths relative to it; one blob: its own name). */
async function digestOfBlobs(
  client: ContainerClient,
  path: string,
): Promise<{ digest?: string; files: number }> {
  const folder = path.endsWith('/');
  const files: HashedFile[] = [];
  for await (const blob of client.listBlobsFlat({ prefix: path })) {
    if (!folder && blob.name !== path) continue;
    const bytes = await client.getBlobClient(blob.name).downloadToBuffer();
    const relative = folder ? blob.name.slice(path.length) : blob.name.slice(blob.name.lastIndexOf('/') + 1);
    files.push({
      path: relative,
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
  }
  return { digest: files.length ? combineDigest(files) : undefined, files: files.length };
}

/** Problems of one model's versions: missing or changed files, and shared digests. */
export async function checkModelFiles(
  arm: Arm,
  model: string,
): Promise<{ versions: number; files: string[]; duplicates: string[] }> {
  const versions = await arm.list(`/models/${model}/versions`);
  const files: string[] = [];
  const byDigest = new Map<string, string[]>();
  const clients = new Map<string, ContainerClient>();
  for (const v of versions) {
    const p = props(v);
    const digest = (p.properties as Record<string, string> | undefined)?.[DIGEST];
    const where = parseDatastoreUri(String(p.modelUri ?? ''));
    if (!where) {
      files.push(`${model}:${String(v.name)}: modelUri ${String(p.modelUri)} is not a datastore path`);
      continue;
    }
    if (!clients.has(where.datastore)) clients.set(where.datastore, await container(arm, where.datastore));
    const found = await digestOfBlobs(clients.get(where.datastore)!, where.path);
    if (found.files === 0) files.push(`${model}:${String(v.name)}: no blob under ${where.path}`);
    else if (!digest) files.push(`${model}:${String(v.name)}: no ${DIGEST} property`);
    else if (found.digest !== digest)
      files.push(
        `${model}:${String(v.name)}: its ${found.files} blob(s) under ${where.path} hash to ${found.digest}, not ${digest}`,
      );
    if (digest) byDigest.set(digest, [...(byDigest.get(digest) ?? []), String(v.name)]);
  }
  const duplicates = [...byDigest.entries()]
    .filter(([, names]) => names.length > 1)
    .map(([digest, names]) => `${model} versions ${names.join(', ')} share ${digest.slice(0, 19)}...`);
  return { versions: versions.length, files, duplicates };
}
