import { describe, expect, it } from '@jest/globals';
import { renderLogLines } from '../../src/local/log-view.js';

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
