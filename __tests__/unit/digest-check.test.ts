// The one rule register-model, deploy-endpoint and the emulator check stored model files by.
import { describe, expect, it } from '@jest/globals';
import { combineDigest } from '../../src/model/digest.js';
import { checkDigest, describeMismatch, diffFiles, filesDiffer } from '../../src/model/digest-check.js';

const files = [
  { path: 'model.pkl', size: 3, sha256: 'a'.repeat(64) },
  { path: 'sub/config.json', size: 2, sha256: 'b'.repeat(64) },
];
const digest = combineDigest(files);

describe('diffFiles', () => {
  it('finds nothing when every file is stored with its size and sha256', () => {
    expect(filesDiffer(diffFiles(files, [...files].reverse()))).toBe(false);
  });
  it('names missing, changed (size, sha256, or no metadata) and extra files', () => {
    const d = diffFiles(files, [
      { path: 'sub/config.json', size: 3, sha256: 'b'.repeat(64) },
      { path: 'x.py', size: 1, sha256: 'c' },
    ]);
    expect(d).toEqual({ missing: ['model.pkl'], changed: ['sub/config.json'], extra: ['x.py'] });
    expect(diffFiles(files, [files[0]!, { path: 'sub/config.json', size: 2 }]).changed).toEqual([
      'sub/config.json',
    ]);
  });
});

describe('checkDigest', () => {
  it('accepts the files the digest was computed over, in any order', () => {
    expect(checkDigest([...files].reverse(), digest)).toMatchObject({
      ok: true,
      computed: digest,
      files: 2,
      bytes: 5,
    });
  });
  it('refuses a changed, added or removed file', () => {
    expect(checkDigest([files[0]!], digest).ok).toBe(false);
    expect(checkDigest([...files, { path: 'y', size: 0, sha256: 'c' }], digest).ok).toBe(false);
    expect(checkDigest([files[0]!, { ...files[1]!, sha256: 'c'.repeat(64) }], digest).ok).toBe(false);
  });
  it('refuses no files at all, and names files without sha256 metadata', () => {
    expect(checkDigest([], combineDigest([])).ok).toBe(false);
    const c = checkDigest([files[0]!, { path: 'sub/config.json', size: 2 }], digest);
    expect(c).toMatchObject({ ok: false, unhashed: ['sub/config.json'] });
    expect(c.computed).toBeUndefined();
    expect(describeMismatch('model m:1', digest, c)).toMatch(
      /^model m:1: its files do not match its digest sha256:[0-9a-f]{64}; .*sub\/config\.json carry no sha256 metadata/,
    );
  });
  it('describes a mismatch by names, counts and digests only', () => {
    const c = checkDigest([{ ...files[0]!, size: 4 }, files[1]!], digest);
    const text = describeMismatch('model m:1', digest, c);
    expect(text).toContain(`have digest ${c.computed}`);
    expect(text).toContain('a file was changed, added or removed after registration');
  });
});
