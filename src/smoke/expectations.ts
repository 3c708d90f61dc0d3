/** Where an actual JSON value first differs from the expected one. */
export interface Mismatch {
  /** JSONPath-like location: `$.predictions[3]`. */
  path: string;
  expected: unknown;
  actual: unknown;
  reason: string;
}

const kind = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
const show = (v: unknown): string => (v === undefined ? 'nothing' : JSON.stringify(v));

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
      const m = findMismatch(expected[i], actual[i], tolerance, `${path}[${i}]`);
      if (m) return m;
    }
    return undefined;
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) {
      return { path, expected, actual, reason: `expected an object, got ${kind(actual)}` };
    }
    for (const [key, value] of Object.entries(expected)) {
      const child = /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
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

/** A JSON Schema subset: type, properties, required, items, enum, minimum, maximum, minItems, maxItems. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
}

const SUPPORTED = new Set([
  'type',
  'properties',
  'required',
  'items',
  'enum',
  'minimum',
  'maximum',
  'minItems',
  'maxItems',
  '$schema',
  'title',
  'description',
  'additionalProperties',
]);

/** Keywords of `schema` (recursively) that this validator does not check, so a user is not misled. */
export function unsupportedKeywords(schema: JsonSchema, path = '#'): string[] {
  const out: string[] = [];
  for (const key of Object.keys(schema)) if (!SUPPORTED.has(key)) out.push(`${path}/${key}`);
  for (const [name, sub] of Object.entries(schema.properties ?? {}))
    out.push(...unsupportedKeywords(sub, `${path}/properties/${name}`));
  if (schema.items) out.push(...unsupportedKeywords(schema.items, `${path}/items`));
  return out;
}

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

/** Validates `value` against `schema`; returns the first violation as a Mismatch, or undefined. */
export function schemaViolation(schema: JsonSchema, value: unknown, path = '$'): Mismatch | undefined {
  const fail = (reason: string): Mismatch => ({ path, expected: schema, actual: value, reason });
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    const actual = typeOf(value);
    const ok = types.some((t) => t === actual || (t === 'number' && actual === 'integer'));
    if (!ok) return fail(`expected ${types.join(' or ')}, got ${actual}`);
  }
  if (schema.enum && !schema.enum.some((e) => JSON.stringify(e) === JSON.stringify(value))) {
    return fail(`expected one of ${JSON.stringify(schema.enum)}`);
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum)
      return fail(`below the minimum ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum)
      return fail(`above the maximum ${schema.maximum}`);
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems)
      return fail(`fewer than ${schema.minItems} items`);
    if (schema.maxItems !== undefined && value.length > schema.maxItems)
      return fail(`more than ${schema.maxItems} items`);
    if (schema.items) {
      for (let i = 0; i < value.length; i++) {
        const m = schemaViolation(schema.items, value[i], `${path}[${i}]`);
        if (m) return m;
      }
    }
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    for (const key of schema.required ?? []) {
      if (!(key in record))
        return { path: `${path}.${key}`, expected: schema, actual: undefined, reason: 'required, missing' };
    }
    for (const [key, sub] of Object.entries(schema.properties ?? {})) {
      if (!(key in record)) continue;
      const m = schemaViolation(sub, record[key], `${path}.${key}`);
      if (m) return m;
    }
  }
  return undefined;
}
