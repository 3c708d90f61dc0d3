// A deployment's kept inference-server log: its tail, bounded, without a copy of the whole log per line.
import { describe, expect, it } from '@jest/globals';
import { appendKept } from '../../src/emulator/deployment-runtime.js';

const MiB = 1024 * 1024;

describe('appendKept', () => {
  it('appends while the log is under twice the cap, then keeps the last MiB', () => {
    const line = `${'x'.repeat(99)}\n`;
    let log = '';
    let copies = 0;
    let longest = 0;
    for (let i = 0; i < 50_000; i++) {
      const before = log.length;
      log = appendKept(log, line.replace('x', String(i % 10)));
      if (log.length < before) copies++;
      longest = Math.max(longest, log.length);
    }
    expect(longest).toBeLessThanOrEqual(2 * MiB);
    // 5 MB of lines: trimmed about twice (once per MiB past the first two), never once per line.
    expect(copies).toBeGreaterThanOrEqual(2);
    expect(copies).toBeLessThanOrEqual(4);
    expect(log.endsWith(`${'9'}${'x'.repeat(98)}\n`)).toBe(true);
    expect(log.length).toBeGreaterThanOrEqual(MiB);
  });

  it('keeps a short log whole', () => {
    expect(appendKept(appendKept('', 'a\n'), 'b\n')).toBe('a\nb\n');
  });
});
