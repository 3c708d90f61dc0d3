// Before a registered asset is reused for these files (a model version, a code version): are its files all there?
// An asset can outlive its blobs (a storage account restored from a backup, a container cleaned up, a kill between
// upload and commit on a disk-less Azurite); reusing it as is would hand a deployment a model the storage
// initializer cannot download, or a job code that is not there.
import { diffFiles, filesDiffer, someOf } from '../model/digest-check.js';
import type { HashedEntry, ModelSource } from '../model/model-source.js';
import type { uploadFiles } from './blob-upload.js';
import type { ModelRegistryClient, ModelVersionInfo } from './client.js';
import type { listStoredBlobs } from './model-blobs.js';

/** What checking (and restoring) a reused version's files did. */
export interface FilesRepair {
  /** Files the version should have (the local source's). */
  files: number;
  /** Files uploaded again because their blob was missing, or had another size or sha256. */
  restored: number;
  restoredBytes: number;
}

/** The blob access a repair needs; replaced in unit tests. */
export interface RepairIO {
  upload: typeof uploadFiles;
  listBlobs: typeof listStoredBlobs;
}

/**
 * Whether the version's modelUri names a folder or one blob, from the URI itself (the same digest can be a folder
 * holding one file or that file alone): a trailing slash is a folder; a URI ending in the name of the one file
 * the digest covers is that file; else the listing decides (a blob there, or a folder).
 */
function layoutOf(modelUri: string, source: ModelSource): 'file' | 'folder' | undefined {
  if (modelUri.endsWith('/')) return 'folder';
  const last = modelUri.slice(modelUri.lastIndexOf('/') + 1);
  return source.files.length === 1 && source.files[0]!.path === last ? 'file' : undefined;
}

/** A registered asset whose files are in the default datastore: how messages name it, and where its files are. */
export interface StoredAsset {
  label: string;
  uri: string;
  /** A folder, or one blob; undefined: the listing decides. */
  layout?: 'file' | 'folder';
  /** The way out when its folder holds blobs its files do not (ends the error). */
  whenExtra: string;
}

/** The local files the asset must hold: the same digest, so they can stand in for missing blobs. */
export interface LocalFiles {
  path: string;
  digest: string;
  files: HashedEntry[];
}

/** A model version as a StoredAsset. */
export function modelVersionAsset(version: ModelVersionInfo, source: ModelSource): StoredAsset {
  const label = `${version.name} version ${version.version}`;
  if (!version.modelUri) throw new Error(`${label} has no modelUri: its files cannot be checked.`);
  return {
    label,
    uri: version.modelUri,
    layout: layoutOf(version.modelUri, source),
    whenExtra: `a deployment would get them too. Delete them from the datastore, or archive version ${version.version} and run again.`,
  };
}

/**
 * Checks that every local file is stored for the asset (same path, size and sha256 metadata: what the digest is
 * computed over, model/digest.ts) and uploads the missing or different ones again from the local files, which have
 * the same digest. The sha256 metadata is the proof, not Content-MD5: blob-upload sets sha256 on every blob, while
 * Content-MD5 is computed by the service only for single-shot uploads, not for a block list, and the digest is
 * defined over SHA-256. Blobs below the asset's folder that its files do not have are refused: they would be served
 * with it, and deleting files a person put there is not ours to do.
 */
export async function ensureStoredFiles(
  client: ModelRegistryClient,
  asset: StoredAsset,
  source: LocalFiles,
  io: RepairIO,
  log: (line: string) => void,
): Promise<FilesRepair> {
  const label = asset.label;
  const stored = await io.listBlobs(client, asset.uri, asset.layout);
  const diff = diffFiles(source.files, stored.files);
  if (diff.extra.length > 0) {
    throw new Error(
      `${label} holds these files (digest ${source.digest}), but its folder ${asset.uri} also has ` +
        `${someOf(diff.extra)}, which they do not: ${asset.whenExtra}`,
    );
  }
  if (!filesDiffer(diff)) {
    log(`All ${source.files.length} files of ${label} are there (sizes and sha256 match).`);
    return { files: source.files.length, restored: 0, restoredBytes: 0 };
  }
  const broken = new Set([...diff.missing, ...diff.changed]);
  log(
    `${label}: ${diff.missing.length} file(s) missing${diff.missing.length ? ` (${someOf(diff.missing)})` : ''}, ` +
      `${diff.changed.length} different${diff.changed.length ? ` (${someOf(diff.changed)})` : ''}: ` +
      `uploading them again from ${source.path} (same digest).`,
  );
  const result = await io.upload(
    source.files.filter((f) => broken.has(f.path)),
    stored.target,
    { log },
  );
  return { files: source.files.length, restored: result.uploadedFiles, restoredBytes: result.uploadedBytes };
}
