#!/usr/bin/env node
// Writes the part of GitHub's published OpenAPI description (api.github.com.json of @octokit/openapi) that the tests'
// GitHub API server (__tests__/helpers/github-api-server.ts) checks requests and answers against, to
// __tests__/fixtures/github-openapi/api.github.com.subset.json. The whole package is 394 MB unpacked (13 MB for the
// one file we read, the rest other GitHub editions and dereferenced copies): installing it took a quarter of `npm ci`.
//
// What the subset keeps:
// - every path template of the description, each with the methods it has and their operationId, so that a request is
//   routed exactly as against the whole description (the most specific template wins);
// - the operations in SERVED whole (parameters, request body, answers), with every component they reach by `$ref`.
// Any other operation carries `x-omitted-from-subset: true`: the test server fails a request routed to it, naming
// this script, so serving one more operation means adding it to SERVED and running this again.
//
//   npm install --no-save @octokit/openapi@23.0.2
//   node scripts/github-openapi-subset.mjs node_modules/@octokit/openapi/generated/api.github.com.json
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The operations the tests' GitHub API server serves (its handle()). */
export const SERVED = [
  'users/get-by-username',
  'teams/get-by-name',
  'repos/get-all-environments',
  'repos/create-or-update-environment',
  'repos/get-environment',
  'repos/list-deployment-branch-policies',
  'repos/create-deployment-branch-policy',
  'actions/list-environment-variables',
  'actions/create-environment-variable',
  'actions/update-environment-variable',
];
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(root, '__tests__', 'fixtures', 'github-openapi', 'api.github.com.subset.json');

/** The description's subset: see the header. */
export function subsetOf(spec) {
  const components = {};
  const seen = new Set();
  const follow = (value) => {
    if (Array.isArray(value)) return value.forEach(follow);
    if (!value || typeof value !== 'object') return;
    if (typeof value.$ref === 'string' && !seen.has(value.$ref)) {
      const ref = value.$ref;
      if (!ref.startsWith('#/components/')) throw new Error(`unsupported $ref ${ref}`);
      seen.add(ref);
      const [kind, name, ...rest] = ref.slice('#/components/'.length).split('/');
      if (rest.length > 0) throw new Error(`unsupported $ref ${ref}`);
      const target = spec.components?.[kind]?.[name];
      if (target === undefined) throw new Error(`dangling $ref ${ref}`);
      (components[kind] ??= {})[name] = target;
      follow(target);
    }
    for (const v of Object.values(value)) follow(v);
  };
  const served = new Set();
  const paths = {};
  for (const [template, item] of Object.entries(spec.paths)) {
    const kept = {};
    let whole = false;
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      if (SERVED.includes(operation.operationId)) {
        kept[method] = operation;
        served.add(operation.operationId);
        whole = true;
        follow(operation);
      } else {
        kept[method] = { operationId: operation.operationId, 'x-omitted-from-subset': true, responses: {} };
      }
    }
    if (whole && item.parameters) {
      kept.parameters = item.parameters;
      follow(item.parameters);
    }
    paths[template] = kept;
  }
  const missing = SERVED.filter((id) => !served.has(id));
  if (missing.length > 0) throw new Error(`the description has no operation ${missing.join(', ')}`);
  const sorted = (o) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
  return {
    openapi: spec.openapi,
    info: { title: spec.info?.title, version: spec.info?.version },
    paths,
    components: Object.fromEntries(Object.entries(components).map(([k, v]) => [k, sorted(v)])),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const source = process.argv[2];
  if (!source) {
    console.error(
      'usage: node scripts/github-openapi-subset.mjs <path to @octokit/openapi/generated/api.github.com.json>',
    );
    process.exit(2);
  }
  const bytes = readFileSync(source);
  let version = 'unknown';
  try {
    version = JSON.parse(readFileSync(join(dirname(source), '..', 'package.json'), 'utf8')).version;
  } catch {
    // a copy of the file outside its package: the version stays unknown
  }
  const subset = subsetOf(JSON.parse(bytes.toString('utf8')));
  const out = {
    'x-source': {
      package: `@octokit/openapi@${version}`,
      file: 'generated/api.github.com.json',
      sha256: createHash('sha256').update(bytes).digest('hex'),
      script: 'scripts/github-openapi-subset.mjs',
    },
    ...subset,
  };
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, `${JSON.stringify(out, null, 1)}\n`);
  const count = Object.keys(subset.paths).length;
  console.log(`wrote ${OUT}: ${count} paths, ${SERVED.length} operations whole (${version})`);
}
