import { describe, expect, it } from '@jest/globals';
import { inputVariable, parseOutputFile, stripMaskCommands } from '../../src/local/action-process.js';

describe('parseOutputFile', () => {
  it('reads heredoc blocks, including multi-line values and values with =', () => {
    const text = 'a<<ghadelimiter_1\nx=1\nsecond\nghadelimiter_1\nb<<ghadelimiter_2\n\nghadelimiter_2\n';
    expect(parseOutputFile(text)).toEqual({ a: 'x=1\nsecond', b: '' });
  });
  it('reads plain name=value lines', () => {
    expect(parseOutputFile('digest=sha256:ab=cd\n')).toEqual({ digest: 'sha256:ab=cd' });
  });
});

describe('stripMaskCommands', () => {
  it('drops add-mask commands and keeps every other line', () => {
    expect(stripMaskCommands('one\n::add-mask::s3cret\ntwo s3cret\n')).toBe('one\ntwo s3cret\n');
  });
});

describe('inputVariable', () => {
  it('upper-cases the name and keeps dashes, as the runner does', () => {
    expect(inputVariable('model-path')).toBe('INPUT_MODEL-PATH');
    expect(inputVariable('a b')).toBe('INPUT_A_B');
  });
});
