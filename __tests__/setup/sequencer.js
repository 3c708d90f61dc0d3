// The order jest starts test files in. With timings from an earlier run in jest's cache (a developer's machine), jest's
// own order: failed first, then the longest. Without any (a fresh clone: CI), jest would go by file size alone, and a
// short file that runs for minutes (the demo) could start last and finish a minute after everything else. Then:
// files whose leading comment says `@slow` first, then the integration tests, then the unit tests, each by size.
import { openSync, readSync, closeSync } from 'node:fs';
import { sep } from 'node:path';
import Sequencer from '@jest/test-sequencer';

const DefaultSequencer = Sequencer.default ?? Sequencer;

/** Whether the file's first lines (its leading comment) carry the `@slow` pragma. */
function markedSlow(path) {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(1024);
    const read = readSync(fd, head, 0, head.length, 0);
    const text = head.subarray(0, read).toString('utf8');
    const comment = /^(?:\s*\/\/[^\n]*\n)+/.exec(text)?.[0] ?? '';
    return /(^|\s)@slow\b/.test(comment);
  } finally {
    closeSync(fd);
  }
}

export default class SlowFirstSequencer extends DefaultSequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    if (sorted.some((t) => t.duration != null)) return sorted;
    const rank = (t) =>
      markedSlow(t.path) ? 0 : t.path.includes(`${sep}__tests__${sep}integration${sep}`) ? 1 : 2;
    const ranks = new Map(sorted.map((t) => [t, rank(t)]));
    // Array.prototype.sort is stable: within a rank, jest's order (the largest file first) stays.
    return [...sorted].sort((a, b) => ranks.get(a) - ranks.get(b));
  }
}
