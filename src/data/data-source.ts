// What a data asset version is registered from: a local file or folder (uploaded as `az ml data create` lays it
// out), or a URI the data already lives at (registered as a reference, nothing copied). Pure reading and hashing.
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { DATA_TYPES, type DataType } from '../azureml/data-client.js';
import { datastoreOf } from '../azureml/datastore-url.js';
import { loadYaml } from '../deploy/yaml-reader.js';
import { ConfigurationError } from '../errors.js';
import { azMlObjectHash } from '../model/az-ml-hash.js';
import { combineDigest, hashFiles } from '../model/digest.js';
import { listUploadFiles } from '../model/ignore-file.js';
import type { HashedEntry } from '../model/model-source.js';

/** The file an mltable folder must hold (azure-ai-ml read_local_mltable_metadata_contents). */
export const MLTABLE_FILE = 'MLTable';

/** Local files to upload. */
export interface LocalData {
  kind: 'local';
  dataType: DataType;
  /** The file or folder. */
  path: string;
  /** Its own name: the blobs go to LocalUpload/<uploadHash>/<rootName>[/...]. */
  rootName: string;
  /** The Azure ML CLI's hash of the file or folder (model/az-ml-hash.ts). */
  uploadHash: string;
  /** `sha256:` digest of the files (combineDigest), the mlops.digest tag. */
  digest: string;
  /** A folder's files (paths relative to it), or the one file under its own name. */
  files: Array<HashedEntry & { absolutePath: string }>;
  bytes: number;
  /** Files a folder's .amlignore/.gitignore left out (az ml leaves them out too). */
  ignored: number;
  /** mltable: the paths its MLTable file reads. */
  referencedUris?: string[];
}

/** Data that stays where it is. */
export interface UriData {
  kind: 'uri';
  dataType: DataType;
  uri: string;
  /** `sha256:` of the data type and the URI: a reference's identity (its bytes are not read). */
  digest: string;
}

export type DataSource = LocalData | UriData;

const URI_SCHEMES = /^(azureml|https|http|wasbs|wasb|abfss|abfs|adl):\/\//i;

export function isRemoteUri(value: string): boolean {
  return URI_SCHEMES.test(value.trim());
}

export function parseDataType(value: string, input: string): DataType | undefined {
  const v = value.trim();
  if (v === '' || v === 'auto') return undefined;
  if (!(DATA_TYPES as readonly string[]).includes(v)) {
    throw new ConfigurationError(
      `Input '${input}': '${v}' is not a data asset type. Use ${DATA_TYPES.join(', ')} (or auto: a file is uri_file, a folder uri_folder).`,
      input,
    );
  }
  return v as DataType;
}

/**
 * A URI the data is registered at, checked: a datastore path (short or long form), an https/wasbs/abfss URL.
 * `azureml://jobs/...` and other azureml:// forms are not data locations; http:// is refused (Azure ML reads
 * storage over TLS). The type defaults to uri_folder for a URI ending with '/', else uri_file.
 */
export function readUriData(uri: string, requested: DataType | undefined, input: string): UriData {
  const value = uri.trim();
  const fail = (why: string): never => {
    throw new ConfigurationError(`Input '${input}': ${why}`, input);
  };
  if (/^https?:\/\//i.test(value)) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return fail(`the value is not a valid URL.`);
    }
    // Named without its query: a SAS token there is a secret, never echoed.
    const shown = `${url.origin}${url.pathname}`;
    if (url.search)
      fail(`'${shown}?...' has a query string: give the URL without a SAS token or other query.`);
    if (url.protocol !== 'https:') fail(`'${shown}' is http: give the https URL of the data.`);
  } else if (/^azureml:\/\//i.test(value)) {
    const where = datastoreOf(value);
    if (!where) {
      fail(
        `'${value}' is not a datastore path. Write azureml://datastores/<datastore>/paths/<path> ` +
          `(a job's output: register it with register-model, or give its datastore path).`,
      );
    }
    if (where!.path.split('/').includes('..'))
      fail(`'${value}' has a '..' segment: give the path inside the datastore.`);
  }
  const dataType = requested ?? (value.endsWith('/') ? 'uri_folder' : 'uri_file');
  const digest = `sha256:${createHash('sha256').update(`${dataType}\0${value}`, 'utf8').digest('hex')}`;
  return { kind: 'uri', dataType, uri: value, digest };
}

/** The paths an MLTable file reads (`paths: [{file|folder|pattern: ...}]`), as azure-ai-ml's referenced_uris. */
async function mltableReferences(folder: string, input: string): Promise<string[]> {
  const file = join(folder, MLTABLE_FILE);
  const found = await stat(file).then(
    (info) => info.isFile(),
    () => false,
  );
  if (!found) {
    throw new ConfigurationError(
      `Input '${input}': ${folder} has no ${MLTABLE_FILE} file. An mltable data asset is a folder holding an ${MLTABLE_FILE} file; ` +
        `add one, or set type to uri_folder.`,
      input,
    );
  }
  const { root, reader } = await loadYaml(file, input);
  const paths = root.paths;
  if (paths === undefined) return [];
  if (!Array.isArray(paths)) reader.fail(['paths'], 'expected a list of {file|folder|pattern: <path>}.');
  const out: string[] = [];
  (paths as unknown[]).forEach((entry, i) => {
    const item = reader.object(entry, ['paths', i]);
    for (const key of ['file', 'folder', 'pattern']) {
      const value = reader.string(item, ['paths', i], key);
      if (value !== undefined) out.push(value);
    }
  });
  return out;
}

/**
 * Reads a local file or folder as `az ml data create` would upload it: a folder less what its .amlignore/.gitignore
 * excludes, hashed for the digest and for its LocalUpload/<hash>/ prefix. The type must fit the path (a file is
 * uri_file; a folder uri_folder or mltable, which needs an MLTable file), as azure-ai-ml _validate checks.
 */
export async function readLocalData(
  path: string,
  requested: DataType | undefined,
  input: string,
): Promise<LocalData> {
  const info = await stat(path).catch(() => undefined);
  if (!info || !(info.isFile() || info.isDirectory())) {
    throw new ConfigurationError(`Input '${input}': ${path} is not a file or folder. Check the path.`, input);
  }
  const rootName = basename(resolve(path));
  if (info.isFile()) {
    if (requested && requested !== 'uri_file') {
      throw new ConfigurationError(
        `Input '${input}': ${path} is a file, but type is ${requested} (a folder type). Set type to uri_file, or point ${input} at a folder.`,
        input,
      );
    }
    const entry = { path: rootName, absolutePath: resolve(path), size: info.size };
    const [hashed] = await hashFiles([entry]);
    return {
      kind: 'local',
      dataType: 'uri_file',
      path: resolve(path),
      rootName,
      uploadHash: await azMlObjectHash(path),
      digest: combineDigest([hashed!]),
      files: [{ ...entry, sha256: hashed!.sha256 }],
      bytes: info.size,
      ignored: 0,
    };
  }
  if (requested === 'uri_file') {
    throw new ConfigurationError(
      `Input '${input}': ${path} is a folder, but type is uri_file. Set type to uri_folder (or mltable), or point ${input} at a file.`,
      input,
    );
  }
  const dataType = requested ?? 'uri_folder';
  const referencedUris = dataType === 'mltable' ? await mltableReferences(path, input) : undefined;
  const listed = await listUploadFiles(path, input);
  if (listed.files.length === 0) {
    throw new ConfigurationError(
      `Input '${input}': ${path} has no files to register. Check the path.`,
      input,
    );
  }
  const hashed = await hashFiles(listed.files);
  const ignore = listed.ignore;
  return {
    kind: 'local',
    dataType,
    path: resolve(path),
    rootName,
    uploadHash: await azMlObjectHash(path, ignore ? (p) => ignore.excludes(p) : undefined),
    digest: combineDigest(hashed),
    files: hashed.map((h, i) => ({ ...h, absolutePath: listed.files[i]!.absolutePath })),
    bytes: hashed.reduce((n, f) => n + f.size, 0),
    ignored: listed.ignored,
    ...(referencedUris ? { referencedUris } : {}),
  };
}
