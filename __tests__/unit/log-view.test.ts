import { describe, expect, it } from '@jest/globals';
import { logRenderer, renderLogLines } from '../../src/local/log-view.js';

describe('renderLogLines', () => {
  it('renders groups and annotations, drops debug and endgroup, indents the rest', () => {
    const raw = '::group::Upload\nuploaded 3 files\n::endgroup::\n::debug::noise\n::error::bad%0Aline two\n';
    expect(renderLogLines(raw, '| ')).toBe(
      '| ▸ Upload\n| uploaded 3 files\n| ERROR: bad\n| ERROR: line two\n',
    );
  });
  it('keeps annotation properties out of the text', () => {
    expect(renderLogLines('::warning file=a.py,line=3::careful', '')).toBe('WARNING: careful\n');
  });
});

describe('logRenderer', () => {
  it("drops the runner's bookkeeping, and shows a job's own lines as they are between stop-commands markers", () => {
    const render = logRenderer('');
    expect(render('::save-state name=job::x\n::add-mask::secret\nstarted\n::stop-commands::tok-1\n')).toBe(
      'started\n',
    );
    // Across chunks: the job's own "::error::" is its text, not an annotation.
    expect(render('::error::from the job\n')).toBe('::error::from the job\n');
    expect(render('::tok-1::\n::error::ours\n')).toBe('ERROR: ours\n');
  });
});
