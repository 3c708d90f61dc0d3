import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { compareUtf8, type FileEntry } from './files.js';

/** A file with its SHA-256, as the manifest records it. */
export interface HashedFile {
  path: string;
  size: number;
  sha256: string;
}

/**
 * The digest's format, in one place for every side that writes or checks it (register-model, deploy-endpoint,
 * model-copy, the emulator's provisioning):
 * - a model version carries its digest (combineDigest) in this tag (and property);
 * - each blob of its files carries its SHA-256 (hex) in this metadata key (Azure returns metadata keys in lower
 *   case), so the digest can be recomputed from a listing (path, size, sha256) without downloading a byte.
 */
export const DIGEST_TAG = 'mlops.digest';
export const SHA256_METADATA = 'sha256';

const READ_CHUNK = 1024 * 1024;

/** SHA-256 (hex) of one file, streamed in 1 MiB reads. */
export function hashFile(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    const stream = createReadStream(path, { highWaterMark: READ_CHUNK });
    stream.on('data', (chunk) => hash.update(chunk));
    stream.on('error', reject);
    stream.on('end', () => resolve(hash.digest('hex')));
  });
}

/** Hashes files, `concurrency` at a time, keeping their order. */
export async function hashFiles(files: FileEntry[], concurrency = 4): Promise<HashedFile[]> {
  const out = new Array<HashedFile>(files.length);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < files.length) {
      const i = next++;
      const f = files[i]!;
      out[i] = { path: f.path, size: f.size, sha256: await hashFile(f.absolutePath) };
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
  return out;
}

/**
 * The content digest of a set of files: `sha256:` + SHA-256 over one line per file,
 * `path NUL size NUL sha256 LF`, in UTF-8 path byte order. It depends only on the
 * relative paths and the bytes: not on file order on disk, timestamps, permissions or platform.
 */
export function combineDigest(files: HashedFile[]): string {
  const hash = createHash('sha256');
  for (const f of [...files].sort((a, b) => compareUtf8(a.path, b.path))) {
    hash.update(`${f.path}\0${f.size}\0${f.sha256}\n`, 'utf8');
  }
  return `sha256:${hash.digest('hex')}`;
}
