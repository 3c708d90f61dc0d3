import type { ContainerClient } from '@azure/storage-blob';
import { SHA256_METADATA } from '../model/digest.js';
import type { StoredFile } from '../model/digest-check.js';
import { openDatastoreContainer, type UploadTarget } from './blob-upload.js';
import type { ModelRegistryClient } from './client.js';
import { containerUrl } from './datastore-url.js';
import { parseDatastorePath } from './model-reference.js';

/** A model version's blobs as stored, and where to write them back (its datastore and blob prefix). */
export interface ModelBlobs {
  /** The container, its credential and the prefix the files' paths follow (for uploadFiles). */
  target: UploadTarget;
  /** A folder (paths relative to it) or one blob (its path is its own name). */
  folder: boolean;
  /** Each blob, by the path the digest names it by, with its size and sha256 metadata. */
  files: StoredFile[];
}

/**
 * Lists the blobs a datastore URI names (a model version's modelUri, a code version's codeUri), with their sizes and
 * sha256 metadata (one listing call per page, no download): the one blob of a single-file model (`kind: 'file'`, or
 * a URI without a trailing slash naming a blob), else every blob below the folder. The files must be in the
 * workspace's default datastore, where register-model, promotions and code uploads put them.
 */
export async function listStoredBlobs(
  client: ModelRegistryClient,
  modelUri: string,
  kind?: 'file' | 'folder',
): Promise<ModelBlobs> {
  const where = parseDatastorePath(modelUri);
  if (!where)
    throw new Error(`The files at ${modelUri} are not at a datastore path: they cannot be checked.`);
  const datastore = await client.getDefaultDatastore();
  if (datastore.name !== where.datastore) {
    throw new Error(
      `The files at ${modelUri} are in datastore '${where.datastore}', not the workspace's default '${datastore.name}': they cannot be checked.`,
    );
  }
  const { container, secret } = await openDatastoreContainer(client, datastore);
  const listed = await listBlobsAt(container, where.path, kind);
  return {
    target: {
      containerUrl: containerUrl(datastore),
      accountName: datastore.accountName,
      secret,
      prefix: listed.prefix,
    },
    folder: listed.folder,
    files: listed.blobs.map(({ path, size, sha256 }) => ({ path, size, ...(sha256 && { sha256 }) })),
  };
}

/** One stored blob: its full name, and the path the digest names it by (relative to the folder; a file's own name). */
export interface StoredBlob extends StoredFile {
  name: string;
}

/**
 * The blobs at a datastore path of `container`: the one blob it names (`kind: 'file'`, or a path without a trailing
 * slash naming a blob), else every blob below the folder; with the prefix their paths follow.
 */
export async function listBlobsAt(
  container: ContainerClient,
  path: string,
  kind?: 'file' | 'folder',
): Promise<{ blobs: StoredBlob[]; folder: boolean; prefix: string }> {
  const trimmed = path.replace(/\/+$/, '');
  if (kind === 'file' || (kind === undefined && !path.endsWith('/'))) {
    const cut = trimmed.lastIndexOf('/');
    const one = await container
      .getBlobClient(trimmed)
      .getProperties()
      .catch((error: { statusCode?: number }) => {
        if (error.statusCode === 404) return undefined;
        throw error;
      });
    if (one || kind === 'file') {
      const sha256 = one?.metadata?.[SHA256_METADATA];
      const blobs: StoredBlob[] = one
        ? [
            {
              name: trimmed,
              path: trimmed.slice(cut + 1),
              size: one.contentLength ?? 0,
              ...(sha256 && { sha256 }),
            },
          ]
        : [];
      return { blobs, folder: false, prefix: trimmed.slice(0, Math.max(cut, 0)) };
    }
  }
  const blobs: StoredBlob[] = [];
  for await (const b of container.listBlobsFlat({ prefix: `${trimmed}/`, includeMetadata: true })) {
    const sha256 = b.metadata?.[SHA256_METADATA];
    blobs.push({
      name: b.name,
      path: b.name.slice(trimmed.length + 1),
      size: b.properties.contentLength ?? 0,
      ...(sha256 && { sha256 }),
    });
  }
  return { blobs, folder: true, prefix: trimmed };
}
