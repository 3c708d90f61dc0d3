// A small checker for the subset of OpenAPI 2.0 the Azure ML spec uses for the resources the emulator serves:
// type, required, enum, pattern, minLength, formats (date-time, duration, uuid, uri, int32), readOnly,
// x-nullable, closed objects, maps, arrays and discriminators. The definitions are transcribed in schemas/*.ts.
import { ArmError } from './arm-error.js';

interface Common {
  /** readOnly in the spec: answered by the service, refused in a request (see `checkRequest`). */
  readOnly?: boolean;
  /**
   * Not readable (x-ms-mutability without "read", such as endpoint keys or datastore secrets): accepted in a
   * request, never answered except as null.
   */
  writeOnly?: boolean;
  /** x-nullable: true. */
  nullable?: boolean;
}

export type StringFormat = 'date-time' | 'duration' | 'uuid' | 'uri' | 'password';

export interface StringSchema extends Common {
  type: 'string';
  enum?: readonly string[];
  pattern?: RegExp;
  minLength?: number;
  format?: StringFormat;
}
export interface NumberSchema extends Common {
  type: 'integer' | 'number';
  format?: 'int32' | 'int64' | 'double';
}
export interface BooleanSchema extends Common {
  type: 'boolean';
}
export interface ObjectSchema extends Common {
  type: 'object';
  properties: Record<string, Schema>;
  required?: readonly string[];
  /** A polymorphic object: the value of `property` picks the variant whose properties are added. */
  discriminator?: {
    property: string;
    variants: Record<string, { properties?: Record<string, Schema>; required?: readonly string[] }>;
  };
}
/** An object with free keys (additionalProperties: <schema>): tags, traffic, environment variables. */
export interface MapSchema extends Common {
  type: 'map';
  values: Schema;
}
export interface ArraySchema extends Common {
  type: 'array';
  items: Schema;
}
/** additionalProperties: {} — any JSON. */
export interface AnySchema extends Common {
  type: 'any';
}
export type Schema =
  StringSchema | NumberSchema | BooleanSchema | ObjectSchema | MapSchema | ArraySchema | AnySchema;

export interface SchemaProblem {
  /** JSON path from the body's root: `properties.traffic.blue`. */
  path: string;
  message: string;
}

type Direction = 'request' | 'response';

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;
/** ISO 8601 durations as .NET's XmlConvert reads them (PT5S, PT0.5S, P1DT2H). */
const DURATION = /^-?P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INT32 = { min: -2_147_483_648, max: 2_147_483_647 };

const typeOf = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
const join = (path: string, key: string): string =>
  path === '' ? key : /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;

/** Every way `value` departs from `schema`, walking the whole value. */
export function validate(schema: Schema, value: unknown, direction: Direction, path = ''): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const add = (at: string, message: string): void => void problems.push({ path: at, message });
  walk(schema, value, path, true);
  return problems;

  function walk(s: Schema, v: unknown, at: string, required: boolean): void {
    if (v === null) {
      // As oav reads x-nullable: null is allowed where declared, and for properties that are not required.
      if (!s.nullable && required) add(at, `must not be null; expected ${describe(s)}.`);
      return;
    }
    switch (s.type) {
      case 'any':
        return;
      case 'string':
        if (typeof v !== 'string')
          return add(at, `must be a string${s.enum ? ` (${s.enum.join(', ')})` : ''}; got ${typeOf(v)}.`);
        if (s.enum && !s.enum.includes(v)) return add(at, `'${v}' is not one of ${s.enum.join(', ')}.`);
        if (s.minLength !== undefined && v.length < s.minLength)
          return add(at, `must be at least ${s.minLength} character(s) long.`);
        if (s.pattern && !s.pattern.test(v))
          return add(at, `'${v}' does not match the pattern ${s.pattern.source}.`);
        return checkFormat(s.format, v, at);
      case 'integer':
      case 'number':
        if (typeof v !== 'number' || !Number.isFinite(v))
          return add(at, `must be a ${s.type}; got ${typeOf(v)}.`);
        if (s.type === 'integer' && !Number.isInteger(v)) return add(at, `must be a whole number; got ${v}.`);
        if (s.format === 'int32' && (v < INT32.min || v > INT32.max))
          add(at, `${v} is out of the int32 range.`);
        return;
      case 'boolean':
        if (typeof v !== 'boolean') add(at, `must be true or false; got ${typeOf(v)}.`);
        return;
      case 'array':
        if (!Array.isArray(v)) return add(at, `must be an array; got ${typeOf(v)}.`);
        v.forEach((item, i) => walk(s.items, item, `${at}[${i}]`, true));
        return;
      case 'map':
        if (typeOf(v) !== 'object') return add(at, `must be an object of names to values; got ${typeOf(v)}.`);
        for (const [k, item] of Object.entries(v as object)) walk(s.values, item, join(at, k), false);
        return;
      case 'object':
        return walkObject(s, v, at);
    }
  }

  function walkObject(s: ObjectSchema, v: unknown, at: string): void {
    if (typeOf(v) !== 'object') return add(at, `must be an object; got ${typeOf(v)}.`);
    const obj = v as Record<string, unknown>;
    let properties = s.properties;
    let required = [...(s.required ?? [])];
    if (s.discriminator) {
      const key = s.discriminator.property;
      const tag = obj[key];
      const variant = typeof tag === 'string' ? s.discriminator.variants[tag] : undefined;
      if (!variant) {
        return add(
          join(at, key),
          tag === undefined
            ? `is required: one of ${Object.keys(s.discriminator.variants).join(', ')}.`
            : `'${String(tag)}' is not one of ${Object.keys(s.discriminator.variants).join(', ')}.`,
        );
      }
      properties = { ...properties, ...variant.properties };
      required = [...required, ...(variant.required ?? [])];
    }
    for (const name of required) {
      const p = properties[name];
      if (direction === 'response' && p?.writeOnly) continue;
      if (direction === 'request' && p?.readOnly) continue;
      if (obj[name] === undefined) add(join(at, name), `is required.`);
    }
    for (const [name, item] of Object.entries(obj)) {
      const p = properties[name];
      const here = join(at, name);
      if (!p) {
        add(here, `is not a property of this object (known: ${Object.keys(properties).sort().join(', ')}).`);
        continue;
      }
      if (item === undefined) continue;
      if (direction === 'request' && p.readOnly) {
        add(here, 'is read-only: the service sets it; leave it out of the request.');
        continue;
      }
      if (direction === 'response' && p.writeOnly && item !== null) {
        add(here, 'is never answered (it is not readable).');
        continue;
      }
      walk(p, item, here, required.includes(name));
    }
  }

  function checkFormat(format: StringFormat | undefined, v: string, at: string): void {
    if (format === 'date-time' && !(DATE_TIME.test(v) && !Number.isNaN(Date.parse(v))))
      add(at, `'${v}' is not an RFC 3339 date-time (2026-07-01T12:00:00Z).`);
    if (format === 'duration' && !DURATION.test(v))
      add(at, `'${v}' is not an ISO 8601 duration (PT5S, PT1M30S).`);
    if (format === 'uuid' && !UUID.test(v)) add(at, `'${v}' is not a UUID.`);
    if (format === 'uri' && !URL.canParse(v)) add(at, `'${v}' is not an absolute URI.`);
  }
}

function describe(s: Schema): string {
  if (s.type === 'map') return 'an object';
  if (s.type === 'any') return 'a value';
  if (s.type === 'string' && s.enum) return `one of ${s.enum.join(', ')}`;
  return `${s.type === 'integer' || s.type === 'array' || s.type === 'object' ? 'an' : 'a'} ${s.type}`;
}

/**
 * Checks a request body; a body that departs from the spec is a 400, as Azure ML answers validation errors:
 * code `UserError`, a message listing every problem, and one detail per problem with its JSON path as `target`
 * (the service words them "The <X> request provided has the following validation errors ... PropertyName ...",
 * azure-sdk-for-python#41586). The details use ARM's ErrorDetail shape (common-types v3), code `BadArgument`.
 *
 * Read-only properties are refused rather than ignored. ARM's guidance lets a service ignore them and Azure ML
 * mostly does, but the contract test (oav's LiveValidator) reports READONLY_PROPERTY_NOT_ALLOWED_IN_REQUEST:
 * refusing them here keeps every request the emulator accepts one that passes on both.
 */
export function checkRequest(schema: Schema, body: unknown, what: string): void {
  const problems = validate(schema, body, 'request');
  if (problems.length === 0) return;
  const at = (p: SchemaProblem): string => (p.path === '' ? 'the body' : `'${p.path}'`);
  throw new ArmError(
    400,
    'UserError',
    `The ${what} request has the following validation errors: ` +
      problems.map((p) => `${at(p)} ${p.message}`).join(' '),
    problems[0]!.path || undefined,
    {},
    problems.map((p) => ({
      code: 'BadArgument',
      message: `${at(p)} ${p.message}`,
      target: p.path || 'body',
    })),
  );
}

/** An answer that departs from the spec: an emulator bug, never the client's fault. */
export function checkResponse(schema: Schema, body: unknown, what: string): void {
  const problems = validate(schema, body, 'response');
  if (problems.length === 0) return;
  throw new Error(
    `The emulator's answer (${what}) departs from the spec: ` +
      problems.map((p) => `'${p.path || '(body)'}' ${p.message}`).join(' '),
  );
}
