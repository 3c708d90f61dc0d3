import { basename, resolve } from 'node:path';
import { localUploadPath, uploadFiles, type UploadResult } from '../azureml/blob-upload.js';
import type { AzureMLClient, BlobDatastore } from '../azureml/client.js';
import { containerUrl } from '../azureml/datastore-url.js';
import { azMlObjectHash } from '../model/az-ml-hash.js';
import { combineDigest, hashFiles } from '../model/digest.js';
import { listUploadFiles, type IgnoreRules } from '../model/ignore-file.js';
import type { HashedEntry } from '../model/model-source.js';

/** A local folder as `az ml` uploads it: its files less what its .amlignore/.gitignore excludes, hashed. */
export interface LocalFolder {
  path: string;
  files: Array<HashedEntry & { absolutePath: string }>;
  /** sha256 over the files (combineDigest): what names a content-addressed asset. */
  digest: string;
  ignore?: IgnoreRules;
  /** How many files the ignore file left out. */
  ignored: number;
}

/** Lists and hashes a folder to upload; the errors name `input`. */
export async function readLocalFolder(path: string, input: string): Promise<LocalFolder> {
  const listed = await listUploadFiles(path, input);
  const hashed = await hashFiles(listed.files);
  return {
    path,
    files: hashed.map((f, i) => ({ ...f, absolutePath: listed.files[i]!.absolutePath })),
    digest: combineDigest(hashed),
    ignore: listed.ignore,
    ignored: listed.ignored,
  };
}

/** Where a local folder landed in the workspace's default datastore. */
export interface UploadedFolder {
  datastore: BlobDatastore;
  /** `LocalUpload/<hash>/<folder name>`, no trailing slash. */
  prefix: string;
  upload: UploadResult;
}

/**
 * Uploads a local folder (scoring code, a Docker build context) to the default datastore as `az ml` uploads it:
 * LocalUpload/<its hash>/<the folder's own name>/... (see model/az-ml-hash.ts); blobs already there are skipped.
 */
export async function uploadFolder(
  client: AzureMLClient,
  folder: LocalFolder,
  log: (line: string) => void,
): Promise<UploadedFolder> {
  const datastore = await client.getDefaultDatastore();
  const secret = await client.getDatastoreSecrets(datastore.name);
  if (folder.ignored > 0)
    log(`${folder.ignored} files of ${folder.path} left out by its ${folder.ignore?.file ?? 'ignore file'}.`);
  const ignore = folder.ignore;
  const hash = await azMlObjectHash(folder.path, ignore ? (path) => ignore.excludes(path) : undefined);
  const prefix = localUploadPath(hash, basename(resolve(folder.path)));
  const upload = await uploadFiles(
    folder.files,
    { containerUrl: containerUrl(datastore), accountName: datastore.accountName, secret, prefix },
    { log },
  );
  return { datastore, prefix, upload };
}
