// uploadFiles against a real Azurite (the emulator's storage), without the ARM emulator:
// streaming upload with sha256 metadata, skip of identical blobs, re-upload of changed or partial ones.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ContainerClient, StorageSharedKeyCredential } from '@azure/storage-blob';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAzurite, type AzuriteProcess } from '../../src/emulator/azurite.js';
import { uploadFiles, type UploadItem, type UploadTarget } from '../../src/azureml/blob-upload.js';

// Azurite's one account for this test, with a key of our own.
const ACCOUNT = 'uploadtest';
const KEY = randomBytes(32).toString('base64');

let azurite: AzuriteProcess;
let endpoint: string;
let dir: string;
let container: ContainerClient;
let target: UploadTarget;

function file(name: string, bytes: Buffer): UploadItem {
  const absolutePath = join(dir, name);
  writeFileSync(absolutePath, bytes);
  return {
    path: name,
    absolutePath,
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'upload-test-'));
  azurite = await startAzurite({ accounts: [{ account: ACCOUNT, key: KEY }] });
  endpoint = azurite.host;
  const url = `${endpoint}/${ACCOUNT}/models`;
  container = new ContainerClient(url, new StorageSharedKeyCredential(ACCOUNT, KEY));
  await container.create();
  target = {
    containerUrl: url,
    accountName: ACCOUNT,
    secret: { kind: 'account-key', accountKey: KEY },
    prefix: 'LocalUpload/abc/m',
  };
});

afterAll(async () => {
  await azurite?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('uploadFiles', () => {
  it('uploads small and multi-block files with their sha256 as metadata', async () => {
    const items = [
      file('a.txt', Buffer.from('hello')),
      file('big.bin', randomBytes(3 * 1024 * 1024 + 17)),
      file('empty', Buffer.alloc(0)),
    ];
    const lines: string[] = [];
    const result = await uploadFiles(items, target, { blockSize: 1024 * 1024, log: (l) => lines.push(l) });
    expect(result).toMatchObject({
      files: 3,
      uploadedFiles: 3,
      skippedFiles: 0,
      uploadedBytes: 5 + 3 * 1024 * 1024 + 17,
    });
    expect(lines.at(-1)).toMatch(/^Uploaded 3\/3 files/);
    for (const item of items) {
      const blob = container.getBlockBlobClient(`LocalUpload/abc/m/${item.path}`);
      const props = await blob.getProperties();
      expect(props.contentLength).toBe(item.size);
      expect(props.metadata?.sha256).toBe(item.sha256);
      const body = await blob.downloadToBuffer();
      expect(createHash('sha256').update(body).digest('hex')).toBe(item.sha256);
    }
  });

  it('skips blobs that already hold the same bytes and re-uploads changed ones', async () => {
    const same = file('a.txt', Buffer.from('hello'));
    const changed = file('big.bin', randomBytes(1024));
    const before = await container.getBlockBlobClient('LocalUpload/abc/m/a.txt').getProperties();
    const result = await uploadFiles([same, changed], target);
    expect(result).toMatchObject({ uploadedFiles: 1, skippedFiles: 1, skippedBytes: 5, uploadedBytes: 1024 });
    const after = await container.getBlockBlobClient('LocalUpload/abc/m/a.txt').getProperties();
    expect(after.etag).toBe(before.etag);
  });

  it('re-uploads a blob whose metadata does not prove its content (e.g. written by something else)', async () => {
    const item = file('c.txt', Buffer.from('content'));
    await container.getBlockBlobClient('LocalUpload/abc/m/c.txt').upload('content', 7);
    const result = await uploadFiles([item], target);
    expect(result.uploadedFiles).toBe(1);
  });

  it('fails naming the file and the container, without the key', async () => {
    const item = file('d.txt', Buffer.from('x'));
    const bad: UploadTarget = { ...target, containerUrl: `${endpoint}/${ACCOUNT}/missing-container` };
    const error = await uploadFiles([item], bad, { retry: { maxTries: 1 } }).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toContain('Could not upload d.txt');
    expect(error?.message).toContain('missing-container');
    expect(error?.message).not.toContain(KEY);
  });
});
