import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  compileAnswerSchema,
  DRAFT_07_KEYWORDS,
  DRAFT_2020_KEYWORDS,
} from '../../src/smoke/answer-schema.js';
import { checkAnswer } from '../../src/smoke/evaluate.js';

const V2020 = 'https://json-schema.org/draft/2020-12/schema';

/** keyword claimed, schema, an answer that satisfies it, one that violates it, where the violation is, its keyword. */
type Row = [string, Record<string, unknown>, unknown, unknown, string, string];

const draft07: Row[] = [
  ['type', { type: 'object' }, {}, [], '$', 'type'],
  ['enum', { enum: [0, 1] }, 1, 2, '$', 'enum'],
  ['const', { const: 'ok' }, 'ok', 'no', '$', 'const'],
  ['multipleOf', { multipleOf: 0.5 }, 1.5, 1.2, '$', 'multipleOf'],
  ['minimum', { minimum: 0 }, 0, -1, '$', 'minimum'],
  ['maximum', { maximum: 1 }, 1, 1.5, '$', 'maximum'],
  ['exclusiveMinimum', { exclusiveMinimum: 0 }, 0.1, 0, '$', 'exclusiveMinimum'],
  ['exclusiveMaximum', { exclusiveMaximum: 1 }, 0.9, 1, '$', 'exclusiveMaximum'],
  ['minLength', { minLength: 2 }, 'ab', 'a', '$', 'minLength'],
  ['maxLength', { maxLength: 2 }, 'ab', 'abc', '$', 'maxLength'],
  ['pattern', { pattern: '^[a-z]+$' }, 'abc', 'ABC', '$', 'pattern'],
  ['items', { items: { type: 'integer' } }, [1, 2], [1, 'x'], '$[1]', 'type'],
  [
    'additionalItems',
    { items: [{ type: 'string' }], additionalItems: false },
    ['a'],
    ['a', 1],
    '$',
    'additionalItems',
  ],
  ['minItems', { minItems: 1 }, [1], [], '$', 'minItems'],
  ['maxItems', { maxItems: 1 }, [1], [1, 2], '$', 'maxItems'],
  ['uniqueItems', { uniqueItems: true }, [1, 2], [1, 1], '$', 'uniqueItems'],
  ['contains', { contains: { const: 1 } }, [0, 1], [0, 2], '$', 'contains'],
  ['minProperties', { minProperties: 1 }, { a: 1 }, {}, '$', 'minProperties'],
  ['maxProperties', { maxProperties: 1 }, { a: 1 }, { a: 1, b: 2 }, '$', 'maxProperties'],
  ['required', { required: ['labels'] }, { labels: [] }, { predictions: [] }, '$.labels', 'required'],
  ['properties', { properties: { p: { type: 'array' } } }, { p: [] }, { p: 'x' }, '$.p', 'type'],
  [
    'patternProperties',
    { patternProperties: { '^x-': { type: 'number' } } },
    { 'x-a': 1 },
    { 'x-a': 'no' },
    '$["x-a"]',
    'type',
  ],
  [
    'additionalProperties',
    { properties: { predictions: {} }, additionalProperties: false },
    { predictions: [1] },
    { predictions: [1], debug: 'x' },
    '$.debug',
    'additionalProperties',
  ],
  ['dependencies', { dependencies: { a: ['b'] } }, { a: 1, b: 2 }, { a: 1 }, '$.b', 'dependencies'],
  ['propertyNames', { propertyNames: { pattern: '^[a-z]+$' } }, { ab: 1 }, { AB: 1 }, '$.AB', 'pattern'],
  [
    'if/then/else',
    { if: { type: 'number' }, then: { minimum: 0 }, else: { type: 'string' } },
    1,
    -1,
    '$',
    'minimum',
  ],
  ['allOf', { allOf: [{ type: 'number' }, { minimum: 1 }] }, 2, 0, '$', 'minimum'],
  ['anyOf', { anyOf: [{ type: 'string' }, { type: 'integer' }] }, 1, 1.5, '$', 'type'],
  ['oneOf', { oneOf: [{ type: 'number' }, { type: 'integer' }] }, 1.5, 1, '$', 'oneOf'],
  ['not', { not: { type: 'null' } }, 1, null, '$', 'not'],
  [
    '$ref',
    { definitions: { p: { type: 'number', maximum: 1 } }, items: { $ref: '#/definitions/p' } },
    [0.5],
    [0.5, 2],
    '$[1]',
    'maximum',
  ],
];

const draft2020: Row[] = [
  ['prefixItems', { prefixItems: [{ type: 'string' }], items: false }, ['a'], ['a', 'b'], '$', 'items'],
  ['minContains', { contains: { const: 1 }, minContains: 2 }, [1, 1], [1, 0], '$', 'contains'],
  ['maxContains', { contains: { const: 1 }, maxContains: 1 }, [1, 0], [1, 1], '$', 'contains'],
  [
    'dependentRequired',
    { dependentRequired: { a: ['b'] } },
    { a: 1, b: 1 },
    { a: 1 },
    '$.b',
    'dependentRequired',
  ],
  [
    'dependentSchemas',
    { dependentSchemas: { a: { required: ['b'] } } },
    { a: 1, b: 1 },
    { a: 1 },
    '$.b',
    'required',
  ],
  [
    'unevaluatedItems',
    { prefixItems: [{ type: 'number' }], unevaluatedItems: false },
    [1],
    [1, 2],
    '$',
    'unevaluatedItems',
  ],
  [
    'unevaluatedProperties',
    { allOf: [{ properties: { a: {} } }], unevaluatedProperties: false },
    { a: 1 },
    { a: 1, extra: 2 },
    '$.extra',
    'unevaluatedProperties',
  ],
];

describe('compileAnswerSchema: one case per keyword the action claims, each failing when violated', () => {
  it.each(draft07)('draft-07 %s', (_k, schema, good, bad, path, keyword) => {
    const checked = compileAnswerSchema(schema, 'inline');
    expect(checked.check(good)).toBeUndefined();
    expect(checked.check(bad)).toEqual(expect.objectContaining({ path, keyword }));
  });
  it.each(draft2020)('2020-12 %s', (_k, schema, good, bad, path, keyword) => {
    const checked = compileAnswerSchema({ $schema: V2020, ...schema }, 'inline');
    expect(checked.check(good)).toBeUndefined();
    expect(checked.check(bad)).toEqual(expect.objectContaining({ path, keyword }));
  });

  it('covers exactly the keywords listed in the code and in action.yml', () => {
    expect(draft07.map((r) => r[0])).toEqual([...DRAFT_07_KEYWORDS]);
    expect(draft2020.map((r) => r[0])).toEqual([...DRAFT_2020_KEYWORDS]);
    const action = parse(readFileSync(join('actions', 'smoke-test', 'action.yml'), 'utf8'));
    const text: string = action.inputs.schema.description;
    const listed = (from: string, to: string): string[] =>
      text
        .slice(text.indexOf(from) + from.length, text.indexOf(to))
        .split(',')
        .map((k) => k.trim().replace(/ \(.*$/, ''));
    expect(listed('checks ', '. With $schema')).toEqual([...DRAFT_07_KEYWORDS]);
    expect(listed('it also checks ', ' ($defs')).toEqual([...DRAFT_2020_KEYWORDS]);
  });

  it('names the path and keyword, and never echoes the answer', () => {
    const secret = 'secret-value-'.repeat(100);
    const checked = compileAnswerSchema(
      { type: 'object', properties: { p: { type: 'array', maxItems: 0 } }, additionalProperties: false },
      'schema.json',
    );
    for (const bad of [{ p: [secret] }, { p: [], [secret.slice(0, 40)]: secret }]) {
      const v = checked.check(bad);
      expect(v).toBeDefined();
      expect(v!.reason).not.toContain('secret-value');
      expect(v!.reason.length).toBeLessThanOrEqual(203);
    }
  });

  it('accepts a boolean schema and the draft-07 $schema', () => {
    expect(compileAnswerSchema(true, 'inline').check(1)).toBeUndefined();
    expect(compileAnswerSchema(false, 'inline').check(1)).toEqual(
      expect.objectContaining({ keyword: 'false schema' }),
    );
    const s = compileAnswerSchema(
      { $schema: 'http://json-schema.org/draft-07/schema#', type: 'string' },
      'x',
    );
    expect(s.check(1)?.keyword).toBe('type');
  });

  it.each([
    [{ type: 'string', format: 'email' }, /unknown format "email".*format is not checked here/],
    [{ type: 'object', colour: 'red' }, /unknown keyword: "colour"/],
    [{ $ref: 'other.json#/x' }, /can't resolve reference other\.json/],
    [{ $schema: 'http://json-schema.org/draft-04/schema#' }, /is not draft-07 or 2020-12/],
    [{ type: 'strnig' }, /schema is invalid/],
    [[{ type: 'string' }], /a JSON Schema is an object/],
  ])('refuses %j naming the input', (schema, message) => {
    expect(() => compileAnswerSchema(schema, 'schemas/answer.json')).toThrow(message);
    expect(() => compileAnswerSchema(schema, 'schemas/answer.json')).toThrow(
      /^Input 'schema' \(schemas\/answer\.json\): /,
    );
  });
});

describe('checkAnswer with a schema', () => {
  it('names the request, the keyword and the path, and keeps no value of the answer', () => {
    const schema = compileAnswerSchema(
      { type: 'object', properties: { predictions: {} }, additionalProperties: false },
      'inline',
    );
    const body = JSON.stringify({ predictions: [1], probabilities: ['private-'.repeat(50)] });
    const failure = checkAnswer(
      { name: 'smoke/a.json', status: 200, body, latencyMs: 1 },
      undefined,
      schema,
      0,
    );
    expect(failure).toEqual({
      request: 'smoke/a.json',
      status: 200,
      reason: "schema keyword 'additionalProperties' at $.probabilities: must NOT have additional properties",
      path: '$.probabilities',
      keyword: 'additionalProperties',
    });
    expect(
      checkAnswer({ name: 'a', status: 200, body: '{"predictions":[]}', latencyMs: 1 }, undefined, schema, 0),
    ).toBeUndefined();
  });
});

describe("the example's schema", () => {
  it('compiles, passes the expected answer and fails a broken one', () => {
    const read = (f: string): unknown =>
      JSON.parse(readFileSync(join('examples', 'diabetes', 'smoke', f), 'utf8'));
    const schema = compileAnswerSchema(read('schema.json'), 'examples/diabetes/smoke/schema.json');
    const expected = read('expected.json') as { predictions: number[]; probabilities: number[] };
    expect(schema.check(expected)).toBeUndefined();
    expect(schema.check({ ...expected, probabilities: [1.5] })).toEqual(
      expect.objectContaining({ path: '$.probabilities[0]', keyword: 'maximum' }),
    );
  });
});
