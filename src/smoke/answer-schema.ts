// The `schema` input of smoke-test: a JSON Schema every answer must satisfy, checked by ajv 8 (a maintained,
// complete validator) instead of a hand-written subset that claimed keywords it never checked.
//
// What is checked: every keyword of JSON Schema draft-07 (the default, as `$schema` http://json-schema.org/draft-07/schema#)
// or of draft 2020-12 (`$schema` https://json-schema.org/draft/2020-12/schema), with `$ref` only to places inside the
// schema. `format` is refused, not ignored: checking formats needs ajv-formats, and a keyword that silently passes
// everything is what this module replaces. Unknown keywords are refused too (ajv's strict mode).
import { Ajv, type ErrorObject, type Options, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { ConfigurationError, getErrorMessage } from '../errors.js';
import { childKey, jsonPath } from './json-path.js';

/** Why an answer does not satisfy the schema: where (a JSON path), which keyword, and a short reason. */
export interface SchemaViolation {
  /** JSONPath-like location in the answer: `$.predictions[3]`. */
  path: string;
  /** The schema keyword that failed: `required`, `additionalProperties`, `maximum`, ... */
  keyword: string;
  /** Where that keyword sits in the schema: `#/properties/predictions/items/maximum`. */
  schemaPath: string;
  /** ajv's message plus the name it concerns; never a value of the answer. */
  reason: string;
}

/** A compiled schema: `check` returns the first violation of an answer, or undefined. */
export interface AnswerSchema {
  check(answer: unknown): SchemaViolation | undefined;
}

const DRAFTS: Record<string, 'draft-07' | '2020-12'> = {
  'http://json-schema.org/draft-07/schema': 'draft-07',
  'https://json-schema.org/draft/2020-12/schema': '2020-12',
};

/** The keywords checked for a draft-07 schema (ajv's draft-07 vocabulary); action.yml lists exactly these. */
export const DRAFT_07_KEYWORDS = [
  'type',
  'enum',
  'const',
  'multipleOf',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'pattern',
  'items',
  'additionalItems',
  'minItems',
  'maxItems',
  'uniqueItems',
  'contains',
  'minProperties',
  'maxProperties',
  'required',
  'properties',
  'patternProperties',
  'additionalProperties',
  'dependencies',
  'propertyNames',
  'if/then/else',
  'allOf',
  'anyOf',
  'oneOf',
  'not',
  '$ref',
] as const;

/** What a 2020-12 schema adds (`items` there is for every item; tuples use prefixItems). */
export const DRAFT_2020_KEYWORDS = [
  'prefixItems',
  'minContains',
  'maxContains',
  'dependentRequired',
  'dependentSchemas',
  'unevaluatedItems',
  'unevaluatedProperties',
] as const;

/** What the action's description promises, in short; messages repeat it so the fix is in the error. */
export const CHECKED =
  'JSON Schema draft-07 (default) or 2020-12 (by $schema), every keyword except format, $ref only inside the schema';

const OPTIONS: Options = {
  strict: true,
  strictTypes: false,
  strictTuples: false,
  strictRequired: false,
  allowUnionTypes: true,
  allErrors: false,
  logger: false,
};

const clip = (text: string, max = 200): string => (text.length > max ? `${text.slice(0, max)}...` : text);

function fail(source: string, detail: string): never {
  throw new ConfigurationError(
    `Input 'schema' (${source}): ${clip(detail)}. Checked: ${CHECKED}. Fix the schema.`,
    'schema',
  );
}

function draftOf(schema: Record<string, unknown>, source: string): 'draft-07' | '2020-12' {
  const declared = schema.$schema;
  if (declared === undefined) return 'draft-07';
  const draft = typeof declared === 'string' ? DRAFTS[declared.replace(/#$/, '')] : undefined;
  if (!draft) fail(source, `$schema ${clip(JSON.stringify(declared), 100)} is not draft-07 or 2020-12`);
  return draft;
}

/**
 * The property an error is about (missing, extra or badly named), if any: the violation's path points at it, so
 * `required` reports `$.labels` rather than the object that lacks it.
 */
function propertyOf(error: ErrorObject): string | undefined {
  const p = error.params as Record<string, unknown>;
  const name =
    p.missingProperty ??
    p.additionalProperty ??
    p.unevaluatedProperty ??
    p.propertyName ??
    error.propertyName;
  return typeof name === 'string' ? name : undefined;
}

function toViolation(error: ErrorObject, answer: unknown): SchemaViolation {
  const parent = jsonPath(answer, error.instancePath);
  const property = propertyOf(error);
  return {
    path: property === undefined ? parent : clip(childKey(parent, property)),
    keyword: error.keyword,
    schemaPath: error.schemaPath,
    reason: clip(error.message ?? 'is not valid'),
  };
}

/**
 * Compiles the `schema` input (already parsed JSON, read from `source`). A schema ajv cannot compile, an unknown
 * keyword, `format`, an unresolvable `$ref` or an unsupported `$schema` is a ConfigurationError naming the input.
 */
export function compileAnswerSchema(schema: unknown, source: string): AnswerSchema {
  if (typeof schema === 'boolean') return compileWith('draft-07', schema, source);
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema))
    fail(source, 'a JSON Schema is an object (or true/false)');
  return compileWith(draftOf(schema as Record<string, unknown>, source), schema as object, source);
}

function compileWith(draft: 'draft-07' | '2020-12', schema: object | boolean, source: string): AnswerSchema {
  const ajv = draft === '2020-12' ? new Ajv2020(OPTIONS) : new Ajv(OPTIONS);
  let validate: ValidateFunction;
  try {
    validate = ajv.compile(schema);
  } catch (error) {
    const message = getErrorMessage(error);
    if (/unknown format/.test(message))
      fail(source, `${message}; format is not checked here (use pattern instead)`);
    fail(source, message);
  }
  return {
    check(answer: unknown): SchemaViolation | undefined {
      if (validate(answer)) return undefined;
      const first = validate.errors?.[0];
      return first
        ? toViolation(first, answer)
        : { path: '$', keyword: 'schema', schemaPath: '#', reason: 'is not valid' };
    },
  };
}
