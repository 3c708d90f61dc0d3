import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatCap, readBoundedText, readBoundedTextSync } from '../../src/bounded-read.js';
import { configurationErrorOf, rejectedConfigurationError } from '../helpers/errors.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bounded-read-'));
  writeFileSync(join(dir, 'small.json'), '{"a": "é"}');
  writeFileSync(join(dir, 'exact.txt'), 'x'.repeat(1024));
  writeFileSync(join(dir, 'big.txt'), 'x'.repeat(1025));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('formatCap', () => {
  it('shows MiB, KiB or bytes', () => {
    expect(formatCap(4 * 1024 * 1024)).toBe('4 MiB');
    expect(formatCap(256 * 1024)).toBe('256 KiB');
    expect(formatCap(1000)).toBe('1000 bytes');
  });
});

describe.each([
  ['readBoundedText', (p: string, i: string, c: number, l?: string) => readBoundedText(p, i, c, l)],
  [
    'readBoundedTextSync',
    (p: string, i: string, c: number, l?: string) =>
      Promise.resolve().then(() => readBoundedTextSync(p, i, c, l)),
  ],
])('%s', (_name, read) => {
  it('reads a file up to and including the cap', async () => {
    expect(await read(join(dir, 'small.json'), 'metrics', 1024)).toBe('{"a": "é"}');
    expect((await read(join(dir, 'exact.txt'), 'metrics', 1024)).length).toBe(1024);
  });
  it('refuses a file over the cap, naming the input, the file, its size and the cap', async () => {
    const error = await rejectedConfigurationError(read(join(dir, 'big.txt'), 'metrics', 1024));
    expect(error.input).toBe('metrics');
    expect(error.message).toBe(
      `Input 'metrics': ${join(dir, 'big.txt')} is 1025 bytes, over the 1 KiB this input accepts. ` +
        'Point it at the right file, or keep the file under 1 KiB.',
    );
  });
  it('refuses a folder or a FIFO without waiting for a writer', async () => {
    expect((await rejectedConfigurationError(read(dir, 'metrics', 1024))).message).toContain(
      'is not a regular file',
    );
    execFileSync('mkfifo', [join(dir, 'fifo')]);
    expect((await rejectedConfigurationError(read(join(dir, 'fifo'), 'metrics', 1024))).message).toContain(
      'is not a regular file',
    );
    rmSync(join(dir, 'fifo'));
  });
  it('names a missing file by its input, or by the label given', async () => {
    const error = await rejectedConfigurationError(read(join(dir, 'nope'), 'config', 1024, '--config'));
    expect(error.message).toBe(`--config: cannot read ${join(dir, 'nope')} (ENOENT).`);
  });
});

it('readBoundedTextSync throws synchronously', () => {
  expect(configurationErrorOf(() => readBoundedTextSync(join(dir, 'big.txt'), 'x', 10)).input).toBe('x');
});
