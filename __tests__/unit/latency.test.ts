import { describe, expect, it } from '@jest/globals';
import { errorRate, percentile, summarizeLatencies } from '../../src/smoke/latency.js';

describe('percentile (nearest rank)', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
  it('matches the definition on 1..100', () => {
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 100)).toBe(100);
  });
  it('takes the ceiling rank on small sets', () => {
    expect(percentile([10, 20, 30], 50)).toBe(20);
    expect(percentile([10, 20, 30], 95)).toBe(30);
    expect(percentile([7], 1)).toBe(7);
  });
  it('refuses nonsense', () => {
    expect(() => percentile([], 50)).toThrow(/no values/);
    expect(() => percentile([1], 0)).toThrow(/not in/);
  });
});

describe('summarizeLatencies', () => {
  it('sorts, summarises and rounds to 0.01 ms', () => {
    expect(summarizeLatencies([3.333, 1, 2, 10])).toEqual({
      count: 4,
      p50: 2,
      p95: 10,
      p99: 10,
      max: 10,
      mean: 4.08,
    });
  });
  it('is all zeros for no requests', () => {
    expect(summarizeLatencies([])).toEqual({ count: 0, p50: 0, p95: 0, p99: 0, max: 0, mean: 0 });
  });
});

describe('errorRate', () => {
  it('is errors over requests, 0 for none', () => {
    expect(errorRate(1, 4)).toBe(0.25);
    expect(errorRate(0, 0)).toBe(0);
  });
});
