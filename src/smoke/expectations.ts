import { childIndex, childKey } from './json-path.js';

/** Where an actual JSON value first differs from the expected one. */
export interface Mismatch {
  /** JSONPath-like location: `$.predictions[3]`. */
  path: string;
  expected: unknown;
  actual: unknown;
  reason: string;
}

const kind = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
/** A scalar for a message, clipped: an answer's long string is never echoed whole. */
const show = (v: unknown): string => {
  if (v === undefined) return 'nothing';
  const text = JSON.stringify(v);
  return text.length > 80 ? `${text.slice(0, 80)}...` : text;
};

/**
 * Compares `actual` with `expected`: numbers within `tolerance` (absolute, or relative to the expected value
 * when that is larger), other scalars exactly, arrays element by element with equal lengths, objects on the
 * expected keys (extra keys in the answer are allowed). Returns the first mismatch, or undefined.
 */
export function findMismatch(
  expected: unknown,
  actual: unknown,
  tolerance = 0,
  path = '$',
): Mismatch | undefined {
  if (typeof expected === 'number') {
    if (typeof actual !== 'number')
      return { path, expected, actual, reason: `expected a number, got ${kind(actual)}` };
    const allowed = Math.max(tolerance, tolerance * Math.abs(expected));
    if (Math.abs(actual - expected) > allowed) {
      return { path, expected, actual, reason: `${actual} differs from ${expected} by more than ${allowed}` };
    }
    return undefined;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual))
      return { path, expected, actual, reason: `expected an array, got ${kind(actual)}` };
    if (actual.length !== expected.length) {
      return { path, expected, actual, reason: `expected ${expected.length} items, got ${actual.length}` };
    }
    for (let i = 0; i < expected.length; i++) {
      const m = findMismatch(expected[i], actual[i], tolerance, childIndex(path, i));
      if (m) return m;
    }
    return undefined;
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) {
      return { path, expected, actual, reason: `expected an object, got ${kind(actual)}` };
    }
    for (const [key, value] of Object.entries(expected)) {
      const child = childKey(path, key);
      if (!(key in actual)) return { path: child, expected: value, actual: undefined, reason: 'missing' };
      const m = findMismatch(value, (actual as Record<string, unknown>)[key], tolerance, child);
      if (m) return m;
    }
    return undefined;
  }
  if (expected !== actual)
    return { path, expected, actual, reason: `expected ${show(expected)}, got ${show(actual)}` };
  return undefined;
}
