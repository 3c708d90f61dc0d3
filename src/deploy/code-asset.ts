import type { AssetVersionInfo, AzureMLClient } from '../azureml/client.js';
import { uploadFiles, type UploadResult } from '../azureml/blob-upload.js';
import { datastoreUri } from '../azureml/datastore-url.js';
import { listStoredBlobs } from '../azureml/model-blobs.js';
import { ensureStoredFiles, type RepairIO } from '../azureml/model-files-repair.js';
import { readLocalFolder, uploadFolder } from './folder-upload.js';

/** The code version a deployment or a job runs, and whether it had to be uploaded. */
export interface CodeAsset {
  version: AssetVersionInfo;
  digest: string;
  files: number;
  /** Undefined when a code version with these files already existed. */
  upload?: UploadResult;
}

const CODE_IO: RepairIO = { upload: uploadFiles, listBlobs: listStoredBlobs };

/** The code asset's name: content-addressed, so the same files are uploaded and registered once. */
export function codeAssetName(digest: string): string {
  return `code-${digest.replace(/^sha256:/, '').slice(0, 32)}`;
}

/**
 * Registers the code in `codePath` as a code version (`code-<digest>`, version 1): the files go to the default
 * datastore under LocalUpload/<hash>/<folder name>/ (blobs already there are skipped), then the version is created.
 * An existing version with the same name (hence the same files) is reused once its files are checked: the missing
 * or different ones are uploaded again (a version never outlives its files, as for models).
 */
export async function ensureCodeAsset(
  client: AzureMLClient,
  codePath: string,
  log: (line: string) => void,
): Promise<CodeAsset> {
  // As `az ml` reads it: the folder less what its .amlignore (else .gitignore) excludes.
  const folder = await readLocalFolder(codePath, 'code-path');
  const { digest, files } = folder;
  const name = codeAssetName(digest);
  const existing = await client.getCodeVersion(name, '1');
  if (existing) {
    const label = `Code ${name}:1`;
    if (!existing.codeUri)
      throw new Error(`${label} has no codeUri: its files cannot be checked. Archive it and run again.`);
    const asset = {
      label,
      uri: existing.codeUri,
      layout: 'folder' as const,
      whenExtra: 'a job or a deployment would get them too. Delete them from the datastore and run again.',
    };
    await ensureStoredFiles(client, asset, folder, CODE_IO, log);
    log(`${label} already holds these ${files.length} files (digest ${digest}).`);
    return { version: existing, digest, files: files.length };
  }
  // As `az ml` uploads code: LocalUpload/<its hash>/<the code folder's own name>/... (see model/az-ml-hash.ts).
  const { datastore, prefix, upload } = await uploadFolder(client, folder, log);
  const version = await client.createCodeVersion(name, '1', {
    codeUri: datastoreUri(client.address, datastore.name, prefix),
    tags: { 'mlops.digest': digest },
  });
  log(`Registered code ${name}:1 (${files.length} files, digest ${digest}).`);
  return { version, digest, files: files.length, upload };
}
