import { describe, expect, it } from '@jest/globals';
import { findMismatch, schemaViolation, unsupportedKeywords } from '../../src/smoke/expectations.js';

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
});

describe('schemaViolation', () => {
  const schema = {
    type: 'object',
    required: ['predictions'],
    properties: {
      predictions: { type: 'array', minItems: 1, items: { type: 'integer', enum: [0, 1] } },
      probabilities: { type: 'array', items: { type: 'number', minimum: 0, maximum: 1 } },
    },
  };
  it('accepts a valid answer', () => {
    expect(schemaViolation(schema, { predictions: [0, 1], probabilities: [0.1, 0.9] })).toBeUndefined();
  });
  it('names the first violation', () => {
    expect(schemaViolation(schema, {})).toEqual(
      expect.objectContaining({ path: '$.predictions', reason: 'required, missing' }),
    );
    expect(schemaViolation(schema, { predictions: [2] })?.path).toBe('$.predictions[0]');
    expect(schemaViolation(schema, { predictions: [1], probabilities: [1.5] })?.reason).toBe(
      'above the maximum 1',
    );
    expect(schemaViolation(schema, { predictions: [] })?.reason).toBe('fewer than 1 items');
    expect(schemaViolation(schema, [])?.reason).toBe('expected object, got array');
  });
  it('lists keywords it does not check', () => {
    expect(
      unsupportedKeywords({ type: 'object', properties: { a: { type: 'string', pattern: '^x' } as never } }),
    ).toEqual(['#/properties/a/pattern']);
  });
});
