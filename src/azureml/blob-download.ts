// Downloads the blobs at a datastore path to a local folder (a job's output, to validate and digest it), and
// stamps each blob with its sha256 metadata (model/digest.ts SHA256_METADATA) when it has none: a job writes its
// outputs without it, and deploy-endpoint checks a version's files against its digest from that metadata. The
// stamp is conditional on the blob's ETag at download time, so a blob changed meanwhile is never stamped wrongly.
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import type { ContainerClient } from '@azure/storage-blob';
import { SHA256_METADATA } from '../model/digest.js';
import { listBlobsAt } from './model-blobs.js';

export interface DownloadedFile {
  /** Relative to the folder (`/`-separated), or the file's own name. */
  path: string;
  absolutePath: string;
  size: number;
  sha256: string;
}

export interface Downloaded {
  /** True for a folder (files below `target`), false for one blob (written to `target` itself). */
  folder: boolean;
  files: DownloadedFile[];
  bytes: number;
  /** Blobs given their sha256 metadata now. */
  stamped: number;
}

/** A blob path relative to the folder, as a local path below `root`; refuses one that would leave it. */
function localPath(root: string, relative: string): string {
  const parts = relative.split('/');
  if (relative === '' || parts.some((p) => p === '' || p === '.' || p === '..')) {
    throw new Error(`The blob path '${relative}' cannot be written as a local file (empty or '..' segment).`);
  }
  const out = resolve(root, ...parts);
  if (!out.startsWith(resolve(root) + sep)) throw new Error(`The blob path '${relative}' leaves ${root}.`);
  return out;
}

/**
 * Downloads the one blob `path` names (no trailing slash, and a blob of that name exists) to `target`, or every
 * blob below the folder `path` into the folder `target`. Each file is hashed while it is written.
 */
export async function downloadBlobsAt(
  container: ContainerClient,
  path: string,
  target: string,
  log: (line: string) => void = () => undefined,
): Promise<Downloaded> {
  const listed = await listBlobsAt(container, path);
  const files: DownloadedFile[] = [];
  let stamped = 0;
  for (const blob of listed.blobs) {
    const file = listed.folder ? localPath(target, blob.path) : resolve(target);
    await mkdir(dirname(file), { recursive: true });
    const client = container.getBlobClient(blob.name);
    const answer = await client.download();
    const hash = createHash('sha256');
    let size = 0;
    const tap = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        size += chunk.length;
        done(null, chunk);
      },
    });
    await pipeline(answer.readableStreamBody!, tap, createWriteStream(file, { mode: 0o600 }));
    const sha256 = hash.digest('hex');
    const metadata = answer.metadata ?? {};
    if (metadata[SHA256_METADATA] !== sha256) {
      await client.setMetadata(
        { ...metadata, [SHA256_METADATA]: sha256 },
        { conditions: { ifMatch: answer.etag } },
      );
      stamped++;
    }
    files.push({ path: blob.path, absolutePath: file, size, sha256 });
  }
  const bytes = files.reduce((n, f) => n + f.size, 0);
  log(
    `Downloaded ${files.length} file(s), ${(bytes / (1024 * 1024)).toFixed(1)} MB${stamped ? `; ${stamped} blob(s) given their sha256 metadata` : ''}.`,
  );
  return { folder: listed.folder, files, bytes, stamped };
}
