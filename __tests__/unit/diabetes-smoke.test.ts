// The example's smoke requests and expected outputs stay true to its score.py and the model train.py makes
// with its default seed; its CLI v2 YAML files name the same endpoint and scoring script.
import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { findMismatch } from '../../src/smoke/expectations.js';
import { repoRoot } from '../helpers/action-runner.js';

const example = join(repoRoot, 'examples', 'diabetes');
const work = mkdtempSync(join(tmpdir(), 'diabetes-smoke-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('examples/diabetes smoke files', () => {
  it('expected.json is what score.py answers for requests.json, within 1e-6', () => {
    execFileSync('python3', [join(example, 'train.py'), '--output', work], { stdio: 'ignore' });
    const answer = execFileSync(
      'python3',
      ['-c', 'import json,sys,score; score.init(); print(json.dumps(score.run(sys.stdin.read())))'],
      {
        cwd: example,
        env: { ...process.env, AZUREML_MODEL_DIR: join(work, 'model'), PYTHONDONTWRITEBYTECODE: '1' },
        input: readFileSync(join(example, 'smoke', 'requests.json')),
      },
    ).toString();
    const expected: unknown = JSON.parse(readFileSync(join(example, 'smoke', 'expected.json'), 'utf8'));
    expect(findMismatch(expected, JSON.parse(answer), 1e-6)).toBeUndefined();
    // Both classes appear, so a model that always answers one class fails the smoke test.
    expect(new Set((expected as { predictions: number[] }).predictions)).toEqual(new Set([0, 1]));
  });

  it('endpoint.yml and deployment.yml agree on the endpoint and point at score.py', () => {
    const endpoint = parse(readFileSync(join(example, 'endpoint.yml'), 'utf8'));
    const deployment = parse(readFileSync(join(example, 'deployment.yml'), 'utf8'));
    expect(deployment.endpoint_name).toBe(endpoint.name);
    expect(endpoint.auth_mode).toBe('key');
    expect(deployment.model).toMatch(/^azureml:diabetes-classifier:\d+$/);
    expect(
      readFileSync(
        join(example, deployment.code_configuration.code, deployment.code_configuration.scoring_script),
        'utf8',
      ),
    ).toContain('def run(');
  });
});
