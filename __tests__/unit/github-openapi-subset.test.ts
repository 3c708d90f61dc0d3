// scripts/github-openapi-subset.mjs: the part of GitHub's OpenAPI description the tests' GitHub API server reads.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { GITHUB_OPENAPI_SUBSET } from '../helpers/github-api-openapi.js';
// @ts-expect-error a plain ES module script, without types
import { SERVED, subsetOf } from '../../scripts/github-openapi-subset.mjs';

const subset = subsetOf as (spec: unknown) => {
  paths: Record<string, Record<string, Record<string, unknown>>>;
  components: Record<string, Record<string, unknown>>;
};
const served = SERVED as string[];

const description = () => ({
  openapi: '3.0.3',
  info: { title: 'GitHub', version: '1' },
  paths: {
    '/users/{username}': {
      get: {
        operationId: 'users/get-by-username',
        parameters: [{ $ref: '#/components/parameters/username' }],
        responses: {
          '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/user' } } } },
        },
      },
    },
    '/gists': { get: { operationId: 'gists/list', responses: { '200': { description: 'the gists' } } } },
  },
  components: {
    parameters: { username: { name: 'username', in: 'path', required: true, schema: { type: 'string' } } },
    schemas: {
      user: { type: 'object', properties: { plan: { $ref: '#/components/schemas/plan' } } },
      plan: { type: 'object' },
      gist: { type: 'object' },
    },
  },
});

describe('github-openapi-subset', () => {
  it('keeps the served operations whole with what they reach by $ref, and only the ids of the others', () => {
    const spec = description();
    // Only one of SERVED is in this description: the script refuses a description missing one.
    expect(() => subset(spec)).toThrow(/has no operation teams\/get-by-name/);
    for (const id of served.filter((i) => i !== 'users/get-by-username'))
      (spec.paths as Record<string, unknown>)[`/x/${id}`] = { get: { operationId: id, responses: {} } };
    const out = subset(spec);
    expect(out.paths['/users/{username}']!.get).toEqual(description().paths['/users/{username}'].get);
    expect(out.paths['/gists']!.get).toEqual({
      operationId: 'gists/list',
      'x-omitted-from-subset': true,
      responses: {},
    });
    expect(Object.keys(out.components.schemas!)).toEqual(['plan', 'user']);
    expect(Object.keys(out.components.parameters!)).toEqual(['username']);
  });

  it('fails on a $ref that leads nowhere', () => {
    const spec = description();
    for (const id of served.filter((i) => i !== 'users/get-by-username'))
      (spec.paths as Record<string, unknown>)[`/x/${id}`] = { get: { operationId: id, responses: {} } };
    delete (spec.components.schemas as Record<string, unknown>).plan;
    expect(() => subset(spec)).toThrow('dangling $ref #/components/schemas/plan');
  });

  it('the committed subset has every served operation whole, and names its source', () => {
    const file = JSON.parse(readFileSync(GITHUB_OPENAPI_SUBSET, 'utf8')) as {
      'x-source': { package: string; sha256: string };
      paths: Record<string, Record<string, { operationId?: string; 'x-omitted-from-subset'?: boolean }>>;
    };
    expect(file['x-source'].package).toMatch(/^@octokit\/openapi@\d+\.\d+\.\d+$/);
    expect(file['x-source'].sha256).toMatch(/^[0-9a-f]{64}$/);
    const whole = Object.values(file.paths)
      .flatMap((item) => Object.values(item))
      .filter((op) => op.operationId && !op['x-omitted-from-subset'])
      .map((op) => op.operationId);
    expect(whole.sort()).toEqual([...served].sort());
  });
});
