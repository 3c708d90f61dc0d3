import { describe, expect, it } from '@jest/globals';
import { findJsonSyntaxError } from '../../src/json-syntax.js';
import { jsonErrorWhere, parseJsonText } from '../../src/json-text.js';

const fail = (why: string): never => {
  throw new Error(why);
};

describe('findJsonSyntaxError', () => {
  it.each([
    ['{}'],
    ['[]'],
    [' {"a": [1, -2.5e3, true, false, null, "x\\u00e9\\n"], "b": {}} '],
    ['0'],
    ['"s"'],
  ])('finds no error in valid JSON %#', (text) => {
    expect(() => JSON.parse(text)).not.toThrow();
    expect(findJsonSyntaxError(text)).toBeUndefined();
  });

  it.each([
    ['', 0],
    ['root:x:0:0', 0],
    ['{a: 1}', 1],
    ['{"a" 1}', 5],
    ['{"a": 1,}', 8],
    ['[1, 2', 5],
    ['[1 2]', 3],
    ['{"a": tru}', 6],
    ['"abc', 4],
    ['"a\\x"', 2],
    ['"\\u12g4"', 1],
    ['"a\tb"', 2],
    ['01', 1],
    ['-', 0],
    ['{} x', 3],
  ])('agrees with JSON.parse that %j is invalid, at offset %d', (text, offset) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(findJsonSyntaxError(text)).toMatchObject({ line: 1, column: offset + 1 });
  });
});

describe('jsonErrorWhere and parseJsonText', () => {
  it('gives the line, the column and the reason in our words', () => {
    expect(jsonErrorWhere('{\n  "a": 1,\n  b: 2\n}')).toBe(
      'line 3, column 3: expected a property name in double quotes',
    );
    expect(jsonErrorWhere('{"a": 1')).toMatch(/^line 1, column 8: the text ends/);
  });
  it('parses valid JSON (a leading BOM skipped) and never echoes invalid JSON', () => {
    expect(parseJsonText('\uFEFF{"a": 1}', fail)).toEqual({ a: 1 });
    expect(() => parseJsonText('root:x:0:0:SECRET', fail)).toThrow(
      /^is not valid JSON at line 1, column 1: a value should start here/,
    );
    expect(() => parseJsonText('root:x:0:0:SECRET', fail)).not.toThrow(/root|SECRET/);
  });
});
