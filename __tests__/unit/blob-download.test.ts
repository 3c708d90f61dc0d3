// downloadBlobsAt with a stub container: files written below the target only, hashed, and stamped with their
// sha256 metadata on the ETag they were downloaded at.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { ContainerClient } from '@azure/storage-blob';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { downloadBlobsAt } from '../../src/azureml/blob-download.js';

interface StubBlob {
  body: string;
  metadata?: Record<string, string>;
}

function stubContainer(
  blobs: Record<string, StubBlob>,
  stamps: Array<{ name: string; sha256?: string; ifMatch?: string }>,
) {
  const etag = (name: string): string => `"etag-${name}"`;
  return {
    async *listBlobsFlat(options: { prefix: string }) {
      for (const [name, blob] of Object.entries(blobs)) {
        if (name.startsWith(options.prefix))
          yield { name, properties: { contentLength: blob.body.length }, metadata: blob.metadata };
      }
    },
    getBlobClient(name: string) {
      return {
        getProperties: async () => {
          if (!blobs[name]) throw Object.assign(new Error('nope'), { statusCode: 404 });
          return { contentLength: blobs[name]!.body.length, metadata: blobs[name]!.metadata };
        },
        download: async () => ({
          readableStreamBody: Readable.from([Buffer.from(blobs[name]!.body)]),
          metadata: blobs[name]!.metadata,
          etag: etag(name),
        }),
        setMetadata: async (
          metadata: Record<string, string>,
          options: { conditions?: { ifMatch?: string } },
        ) => {
          stamps.push({ name, sha256: metadata.sha256, ifMatch: options.conditions?.ifMatch });
        },
      };
    },
  } as unknown as ContainerClient;
}

const sha = (s: string): string => createHash('sha256').update(s).digest('hex');
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'blob-download-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('downloadBlobsAt', () => {
  it('downloads a folder, hashing each file and stamping the blobs without a sha256', async () => {
    const stamps: Array<{ name: string; sha256?: string; ifMatch?: string }> = [];
    const container = stubContainer(
      {
        'azureml/j/model/model.txt': { body: 'weights' },
        'azureml/j/model/sub/conf.json': { body: '{}', metadata: { sha256: sha('{}') } },
        'azureml/j/other/x': { body: 'no' },
      },
      stamps,
    );
    const target = join(dir, 'model');
    const got = await downloadBlobsAt(container, 'azureml/j/model/', target);
    expect(got).toMatchObject({ folder: true, bytes: 9, stamped: 1 });
    expect(got.files.map((f) => [f.path, f.sha256])).toEqual([
      ['model.txt', sha('weights')],
      ['sub/conf.json', sha('{}')],
    ]);
    expect(readFileSync(join(target, 'sub', 'conf.json'), 'utf8')).toBe('{}');
    expect(stamps).toEqual([
      {
        name: 'azureml/j/model/model.txt',
        sha256: sha('weights'),
        ifMatch: '"etag-azureml/j/model/model.txt"',
      },
    ]);
  });

  it('downloads one blob to the target file', async () => {
    const container = stubContainer({ 'azureml/j/model/model.txt': { body: 'w' } }, []);
    const got = await downloadBlobsAt(container, 'azureml/j/model/model.txt', join(dir, 'model.txt'));
    expect(got).toMatchObject({ folder: false, files: [{ path: 'model.txt', size: 1 }] });
    expect(readFileSync(join(dir, 'model.txt'), 'utf8')).toBe('w');
  });

  it('refuses a blob whose name would leave the target folder', async () => {
    const container = stubContainer({ 'out/../../escape.txt': { body: 'x' } }, []);
    await expect(downloadBlobsAt(container, 'out/', join(dir, 't'))).rejects.toThrow("'..' segment");
    expect(existsSync(join(dir, 'escape.txt'))).toBe(false);
  });
});
