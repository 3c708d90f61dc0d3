import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { opendir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { compareUtf8 } from './files.js';

/**
 * The hash the Azure ML CLI v2 (azure-ai-ml) names an upload by: `LocalUpload/<this hash>/<own name>`.
 *
 * Why the CLI's own hash and not our digest: the same folder then lands in the same blobs whichever tool uploads
 * it (`az ml model create`, the Python SDK or register-model), so a score.py and a storage path written for one
 * work for the other, and nothing is stored twice. Our `mlops.digest` (sha256 over paths, sizes and contents)
 * stays the identity register-model reuses versions by; this hash only names the folder.
 *
 * Source: Azure/azure-sdk-for-python, sdk/ml/azure-ai-ml/azure/ai/ml/_utils/_asset_utils.py
 * (commit 00117027544e8aa9ec3ab36c72a61a7a6005b7de): `_upload_to_datastore` (_artifacts/_artifact_utilities.py)
 * takes `asset_hash = get_object_hash(path, ignore_file)` when the asset has no `_upload_hash` (a named Model or
 * Code has none), and `BlobStorageClient.upload` (_artifacts/_blob_storage_helper.py) writes under
 * `generate_asset_id(asset_hash)` = `LocalUpload/<asset_hash>` + `/` + `Path(source).name`.
 * `get_object_hash`:
 * - MD5, first fed the bytes `Initialize for october 2021 AML CLI version`;
 * - a file: its bytes (`_get_file_hash`), the name not included;
 * - a folder (`_get_dir_hash`): its entries sorted by `str(path).lower()` (a stable sort, so names equal but for
 *   case keep the order the directory lists them in); for each entry not excluded by the ignore file, its name
 *   (UTF-8) then, for a file, its bytes, for a folder, the same walk (so an empty folder adds only its name).
 * Symlinks: the SDK hashes the target (`os.readlink`); we hash the resolved target, as listFiles reads it, and visit
 * a folder once (listFiles refuses links leaving the folder before this runs).
 */
export const AZ_ML_HASH_SEED = 'Initialize for october 2021 AML CLI version';

/** Decides whether an entry (its path relative to the hashed folder, `/`-separated) is left out (ignore-file.ts). */
export type Excluded = (relativePath: string) => boolean;

function feedFile(hash: Hash, path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const stream = createReadStream(path, { highWaterMark: 1024 * 1024 });
    stream.on('data', (chunk) => hash.update(chunk));
    stream.on('error', reject);
    stream.on('end', () => resolve());
  });
}

/** Entry names in the order the directory lists them (fs.opendir does not sort, unlike fs.readdir). */
async function rawNames(dir: string): Promise<string[]> {
  const names: string[] = [];
  for await (const entry of await opendir(dir)) names.push(entry.name);
  return names;
}

/** Python's `sorted(key=lambda p: str(p).lower())`: code point order of the lower-cased names, stable. */
export function cliOrder(names: string[]): string[] {
  return names
    .map((name, i) => ({ name, key: name.toLowerCase(), i }))
    .sort((a, b) => compareUtf8(a.key, b.key) || a.i - b.i)
    .map((e) => e.name);
}

async function feedDir(
  hash: Hash,
  dir: string,
  rel: string,
  excluded: Excluded,
  visited: Set<string>,
): Promise<void> {
  for (const name of cliOrder(await rawNames(dir))) {
    const full = join(dir, name);
    const relPath = rel === '' ? name : `${rel}/${name}`;
    if (excluded(relPath)) continue;
    const target = await realpath(full);
    const info = await stat(target);
    hash.update(Buffer.from(name, 'utf8'));
    if (info.isFile()) await feedFile(hash, target);
    else if (info.isDirectory() && !visited.has(target)) {
      visited.add(target);
      await feedDir(hash, target, relPath, excluded, visited);
    }
  }
}

/** `get_object_hash(path, ignore_file)` of azure-ai-ml: the `<hash>` of `LocalUpload/<hash>/<name>` (hex MD5). */
export async function azMlObjectHash(path: string, excluded: Excluded = () => false): Promise<string> {
  const hash = createHash('md5').update(AZ_ML_HASH_SEED, 'utf8');
  const root = await realpath(path);
  if ((await stat(root)).isDirectory()) await feedDir(hash, root, '', excluded, new Set([root]));
  else await feedFile(hash, root);
  return hash.digest('hex');
}
