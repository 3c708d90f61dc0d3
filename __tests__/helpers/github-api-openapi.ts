// GitHub's published OpenAPI description (api.github.com.json of @octokit/openapi, the part the tests' server serves:
// __tests__/fixtures/github-openapi, written by scripts/github-openapi-subset.mjs) and a small validator for the part
// of JSON Schema / OpenAPI 3.0 it uses. A keyword the validator does not know fails loudly.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Schema = { [key: string]: unknown };

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

export interface Operation {
  operationId: string;
  /** Set on the operations scripts/github-openapi-subset.mjs left out (only their id is kept). */
  'x-omitted-from-subset'?: true;
  parameters?: Array<Parameter | { $ref: string }>;
  requestBody?: { required?: boolean; content: Record<string, { schema: Schema }> };
  responses: Record<string, { $ref?: string; content?: Record<string, { schema: Schema }> }>;
}

export interface OpenApi {
  paths: Record<string, Record<string, unknown>>;
  components: Record<string, Record<string, unknown>>;
}

let loaded: OpenApi | undefined;

export const GITHUB_OPENAPI_SUBSET = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'fixtures',
  'github-openapi',
  'api.github.com.subset.json',
);

/**
 * The api.github.com description's subset (read once per test file): every path with its operations' ids, and the
 * operations the test server serves whole. Any other operation is marked `x-omitted-from-subset`.
 */
export function githubOpenApi(): OpenApi {
  loaded ??= JSON.parse(readFileSync(GITHUB_OPENAPI_SUBSET, 'utf8')) as OpenApi;
  return loaded;
}

/** Follows a local `$ref` (`#/components/schemas/environment`). */
export function deref<T>(spec: OpenApi, value: T | { $ref: string }): T {
  let v: unknown = value;
  for (let i = 0; i < 20 && v && typeof v === 'object' && '$ref' in v; i++) {
    const ref = (v as { $ref: string }).$ref;
    if (!ref.startsWith('#/')) throw new Error(`unsupported $ref ${ref}`);
    v = ref
      .slice(2)
      .split('/')
      .reduce<unknown>(
        (node, key) => (node as Record<string, unknown>)[key.replace(/~1/g, '/').replace(/~0/g, '~')],
        spec,
      );
    if (v === undefined) throw new Error(`dangling $ref ${ref}`);
  }
  return v as T;
}

const ANNOTATIONS = new Set([
  'title',
  'description',
  'example',
  'examples',
  'format',
  'default',
  'readOnly',
  'writeOnly',
  'deprecated',
  'externalDocs',
  'xml',
]);
const CHECKED = new Set([
  '$ref',
  'type',
  'nullable',
  'enum',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'oneOf',
  'anyOf',
  'allOf',
  'discriminator',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'pattern',
  'minItems',
  'maxItems',
  'minProperties',
  'maxProperties',
]);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** Every way `value` breaks `schema`, as `where: problem` lines (empty when it conforms). */
export function validateSchema(spec: OpenApi, schemaOrRef: Schema, value: unknown, where = 'body'): string[] {
  const schema = deref<Schema>(spec, schemaOrRef);
  const errors: string[] = [];
  for (const key of Object.keys(schema)) {
    if (!CHECKED.has(key) && !ANNOTATIONS.has(key) && !key.startsWith('x-')) {
      throw new Error(`validator: unsupported schema keyword '${key}' at ${where}`);
    }
  }
  if (value === null) {
    if (schema.nullable === true) return [];
    if (schema.type !== undefined || schema.properties || schema.items) return [`${where}: must not be null`];
  }
  if (Array.isArray(schema.allOf))
    for (const s of schema.allOf as Schema[]) errors.push(...validateSchema(spec, s, value, where));
  if (Array.isArray(schema.anyOf)) {
    const results = (schema.anyOf as Schema[]).map((s) => validateSchema(spec, s, value, where));
    if (!results.some((r) => r.length === 0))
      errors.push(`${where}: matches none of anyOf (${results.map((r) => r[0]).join(' | ')})`);
  }
  if (Array.isArray(schema.oneOf)) {
    const discriminator = schema.discriminator as
      { propertyName: string; mapping?: Record<string, string> } | undefined;
    const tag =
      discriminator && value && typeof value === 'object'
        ? (value as Record<string, unknown>)[discriminator.propertyName]
        : undefined;
    if (discriminator?.mapping && typeof tag === 'string' && discriminator.mapping[tag]) {
      errors.push(...validateSchema(spec, { $ref: discriminator.mapping[tag] }, value, where));
    } else {
      const results = (schema.oneOf as Schema[]).map((s) => validateSchema(spec, s, value, where));
      const passing = results.filter((r) => r.length === 0).length;
      if (passing !== 1)
        errors.push(
          `${where}: matches ${passing} of oneOf, not exactly one (${results.map((r) => r[0]).join(' | ')})`,
        );
    }
  }
  if (schema.type !== undefined) {
    const actual = typeOf(value);
    const ok = schema.type === actual || (schema.type === 'number' && actual === 'integer');
    if (!ok)
      return [...errors, `${where}: must be ${String(schema.type)}, is ${actual} (${JSON.stringify(value)})`];
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(value))
    errors.push(`${where}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum)
      errors.push(`${where}: below ${schema.minimum}`);
    if (typeof schema.maximum === 'number' && value > schema.maximum)
      errors.push(`${where}: above ${schema.maximum}`);
  }
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && value.length < schema.minLength)
      errors.push(`${where}: shorter than ${schema.minLength}`);
    if (typeof schema.maxLength === 'number' && value.length > schema.maxLength)
      errors.push(`${where}: longer than ${schema.maxLength}`);
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value))
      errors.push(`${where}: does not match ${schema.pattern}`);
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems)
      errors.push(`${where}: fewer than ${schema.minItems} items`);
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems)
      errors.push(`${where}: more than ${schema.maxItems} items`);
    if (schema.items)
      value.forEach((v, i) =>
        errors.push(...validateSchema(spec, schema.items as Schema, v, `${where}[${i}]`)),
      );
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const object = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const name of (schema.required ?? []) as string[])
      if (!(name in object)) errors.push(`${where}: required field '${name}' is missing`);
    for (const [name, v] of Object.entries(object)) {
      if (properties[name]) errors.push(...validateSchema(spec, properties[name], v, `${where}.${name}`));
      else if (schema.additionalProperties === false) errors.push(`${where}: unknown field '${name}'`);
      else if (schema.additionalProperties && typeof schema.additionalProperties === 'object')
        errors.push(...validateSchema(spec, schema.additionalProperties as Schema, v, `${where}.${name}`));
    }
    const count = Object.keys(object).length;
    if (typeof schema.minProperties === 'number' && count < schema.minProperties)
      errors.push(`${where}: fewer than ${schema.minProperties} fields`);
    if (typeof schema.maxProperties === 'number' && count > schema.maxProperties)
      errors.push(`${where}: more than ${schema.maxProperties} fields`);
  }
  return errors;
}

/**
 * A value conforming to `schema` built from its `example`s (required fields only), for answers that
 * look like GitHub's; `overrides` replace top-level fields.
 */
export function exampleOf(
  spec: OpenApi,
  schemaOrRef: Schema,
  overrides: Record<string, unknown> = {},
): unknown {
  const schema = deref<Schema>(spec, schemaOrRef);
  const pick = (s: Schema): unknown => exampleOf(spec, s);
  let value: unknown;
  if (Array.isArray(schema.allOf)) value = Object.assign({}, ...(schema.allOf as Schema[]).map(pick));
  else if (Array.isArray(schema.oneOf)) value = pick((schema.oneOf as Schema[])[0]!);
  else if (Array.isArray(schema.anyOf)) value = pick((schema.anyOf as Schema[])[0]!);
  else if (schema.example !== undefined) value = schema.example;
  else if (Array.isArray(schema.enum)) value = schema.enum[0];
  else if (schema.nullable) value = null;
  else if (schema.type === 'object' || schema.properties) {
    const out: Record<string, unknown> = {};
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const name of (schema.required ?? []) as string[])
      out[name] = properties[name] ? pick(properties[name]) : null;
    value = out;
  } else {
    value = { string: 'x', integer: 1, number: 1, boolean: false, array: [] }[String(schema.type)] ?? null;
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) return { ...value, ...overrides };
  return value;
}

/** One path template of the description, compiled. */
export interface Route {
  template: string;
  regex: RegExp;
  names: string[];
  literals: number;
  item: Record<string, unknown>;
}

/** Every path of the description, most specific (most literal segments) first. */
export function compileRoutes(spec: OpenApi): Route[] {
  return Object.entries(spec.paths)
    .map(([template, item]) => {
      const names: string[] = [];
      const segments = template.split('/').slice(1);
      const source = segments
        .map((seg) => {
          const m = /^\{([^}]+)\}$/.exec(seg);
          if (m) {
            names.push(m[1]!);
            return '([^/]+)';
          }
          return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        })
        .join('/');
      return {
        template,
        regex: new RegExp(`^/${source}$`),
        names,
        literals: segments.length - names.length,
        item,
      };
    })
    .sort((a, b) => b.literals - a.literals);
}

/** The operation's parameters, path-level ones included, `$ref`s followed. */
export function parametersOf(spec: OpenApi, route: Route, operation: Operation): Parameter[] {
  const all = [
    ...((route.item.parameters ?? []) as Array<Parameter | { $ref: string }>),
    ...(operation.parameters ?? []),
  ];
  return all.map((p) => deref<Parameter>(spec, p));
}
