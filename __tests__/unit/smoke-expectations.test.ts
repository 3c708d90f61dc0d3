import { describe, expect, it } from '@jest/globals';
import { findMismatch } from '../../src/smoke/expectations.js';

describe('findMismatch', () => {
  it('accepts equal values and numbers within tolerance', () => {
    expect(
      findMismatch(
        { predictions: [1, 0], probabilities: [0.91, 0.12] },
        { predictions: [1, 0], probabilities: [0.9105, 0.1199], extra: 1 },
        0.001,
      ),
    ).toBeUndefined();
  });
  it('names the path and the numbers of the first difference', () => {
    const m = findMismatch({ probabilities: [0.91, 0.12] }, { probabilities: [0.91, 0.2] }, 0.01);
    expect(m).toEqual(expect.objectContaining({ path: '$.probabilities[1]', expected: 0.12, actual: 0.2 }));
    expect(m?.reason).toMatch(/0.2 differs from 0.12 by more than 0.01/);
  });
  it('uses a relative tolerance for large values', () => {
    expect(findMismatch(1000, 1005, 0.01)).toBeUndefined();
    expect(findMismatch(1000, 1011, 0.01)?.reason).toMatch(/more than 10/);
  });
  it('reports missing keys, wrong kinds and lengths', () => {
    expect(findMismatch({ a: 1 }, {})).toEqual(expect.objectContaining({ path: '$.a', reason: 'missing' }));
    expect(findMismatch([1, 2], [1])?.reason).toBe('expected 2 items, got 1');
    expect(findMismatch({ 'x-y': 'a' }, { 'x-y': 'b' })?.path).toBe('$["x-y"]');
    expect(findMismatch(1, '1')?.reason).toBe('expected a number, got string');
    expect(findMismatch('ok', null)?.reason).toBe('expected "ok", got null');
  });
  it('never echoes a long string of the answer', () => {
    const reason = findMismatch('ok', 'x'.repeat(10_000))?.reason ?? '';
    expect(reason.length).toBeLessThan(200);
  });
});
