import type { AssetVersionInfo, AzureMLClient } from '../azureml/client.js';
import { uploadFiles, uploadPrefix, type UploadResult } from '../azureml/blob-upload.js';
import { containerUrl, datastoreUri } from '../azureml/datastore-url.js';
import { combineDigest, hashFiles } from '../model/digest.js';
import { listFiles } from '../model/files.js';

/** The code version a deployment runs, and whether it had to be uploaded. */
export interface CodeAsset {
  version: AssetVersionInfo;
  digest: string;
  files: number;
  /** Undefined when a code version with these files already existed. */
  upload?: UploadResult;
}

/** The code asset's name: content-addressed, so the same files are uploaded and registered once. */
export function codeAssetName(digest: string): string {
  return `code-${digest.replace(/^sha256:/, '').slice(0, 32)}`;
}

/**
 * Registers the scoring code in `codePath` as a code version (`code-<digest>`, version 1): the files go to the
 * default datastore under LocalUpload/<digest>/code/ (blobs already there are skipped), then the version is
 * created. An existing version with the same name (hence the same files) is reused.
 */
export async function ensureCodeAsset(
  client: AzureMLClient,
  codePath: string,
  log: (line: string) => void,
): Promise<CodeAsset> {
  const files = await listFiles(codePath, 'code-path');
  const hashed = await hashFiles(files);
  const digest = combineDigest(hashed);
  const name = codeAssetName(digest);
  const existing = await client.getCodeVersion(name, '1');
  if (existing) {
    log(`Code ${name}:1 already holds these ${files.length} files (digest ${digest}).`);
    return { version: existing, digest, files: files.length };
  }
  const datastore = await client.getDefaultDatastore();
  const secret = await client.getDatastoreSecrets(datastore.name);
  const prefix = uploadPrefix(digest, 'code');
  const upload = await uploadFiles(
    hashed.map((f, i) => ({ ...f, absolutePath: files[i]!.absolutePath })),
    { containerUrl: containerUrl(datastore), accountName: datastore.accountName, secret, prefix },
    { log },
  );
  const version = await client.createCodeVersion(name, '1', {
    codeUri: datastoreUri(client.address, datastore.name, prefix),
    tags: { 'mlops.digest': digest },
  });
  log(`Registered code ${name}:1 (${files.length} files, digest ${digest}).`);
  return { version, digest, files: files.length, upload };
}
