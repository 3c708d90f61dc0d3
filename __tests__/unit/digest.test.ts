import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmodSync, mkdirSync, mkdtempSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { combineDigest, hashFiles } from '../../src/model/digest.js';
import { listFiles } from '../../src/model/files.js';

const CONTENT: Record<string, string> = {
  'model.json': '{"weights":[1,2,3]}',
  'b/vocab.txt': 'a\nb\nc\n',
  'a/z.bin': 'zzz',
  'a/ä-unicode.txt': 'non-ascii path',
  'A/upper.txt': 'case matters',
};

let root: string;
let counter = 0;

/** Writes `files` into a new folder in the given order. */
function write(files: Array<[string, string]>): string {
  const dir = join(root, `d${counter++}`);
  for (const [path, content] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

async function digestOf(dir: string): Promise<string> {
  return combineDigest(await hashFiles(await listFiles(dir, 'model-path')));
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'digest-test-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('content digest', () => {
  it('does not depend on creation order, timestamps or permissions', async () => {
    const entries = Object.entries(CONTENT);
    const first = write(entries);
    const second = write([...entries].reverse());
    // Different times and modes on every file of the second copy.
    for (const [path] of entries) {
      utimesSync(join(second, path), new Date('2001-02-03T04:05:06Z'), new Date('2001-02-03T04:05:06Z'));
      chmodSync(join(second, path), 0o600);
    }
    chmodSync(join(second, 'a'), 0o700);
    expect(await digestOf(first)).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(await digestOf(second)).toBe(await digestOf(first));
  });

  it('does not depend on the order files are given to combineDigest', async () => {
    const hashed = await hashFiles(await listFiles(write(Object.entries(CONTENT)), 'model-path'));
    expect(combineDigest([...hashed].reverse())).toBe(combineDigest(hashed));
    expect(await hashFiles(await listFiles(write(Object.entries(CONTENT)), 'model-path'), 1)).toEqual(hashed);
  });

  it('changes when one byte changes', async () => {
    const base = write(Object.entries(CONTENT));
    const changed = write(Object.entries({ ...CONTENT, 'b/vocab.txt': 'a\nb\nd\n' }));
    expect(await digestOf(changed)).not.toBe(await digestOf(base));
  });

  it('changes when a file is renamed or moved, with the same bytes', async () => {
    const base = write(Object.entries(CONTENT));
    const before = await digestOf(base);
    renameSync(join(base, 'a', 'z.bin'), join(base, 'a', 'y.bin'));
    const renamed = await digestOf(base);
    expect(renamed).not.toBe(before);
    mkdirSync(join(base, 'c'));
    renameSync(join(base, 'a', 'y.bin'), join(base, 'c', 'y.bin'));
    expect(await digestOf(base)).not.toBe(renamed);
  });

  it('changes when a file is added, even an empty one', async () => {
    const base = write(Object.entries(CONTENT));
    const before = await digestOf(base);
    writeFileSync(join(base, 'empty'), '');
    expect(await digestOf(base)).not.toBe(before);
  });

  it('is not fooled by moving bytes between a path and its content', async () => {
    // path "ab" + content "c" vs path "a" + content "bc": the separators keep them apart.
    expect(await digestOf(write([['ab', 'c']]))).not.toBe(await digestOf(write([['a', 'bc']])));
  });
});
