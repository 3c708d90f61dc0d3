import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers/action-runner.js';

const example = join(repoRoot, 'examples', 'diabetes');
let root: string;

function train(output: string, ...args: string[]): string {
  return execFileSync('python3', [join(example, 'train.py'), '--output', output, ...args], {
    encoding: 'utf8',
    timeout: 20_000,
  });
}

/** Runs a snippet after `import score; score.init()` with AZUREML_MODEL_DIR set; returns stdout or the error text. */
function score(modelDir: string, snippet: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(
    'python3',
    [
      '-c',
      `import json, sys\nsys.path.insert(0, ${JSON.stringify(join(root, 'a', 'code'))})\nimport score\nscore.init()\n${snippet}`,
    ],
    { encoding: 'utf8', env: { ...process.env, AZUREML_MODEL_DIR: modelDir }, timeout: 20_000 },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'diabetes-test-'));
  train(join(root, 'a'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('examples/diabetes train.py', () => {
  it('writes the model, the metrics and the scoring code', () => {
    expect(readdirSync(join(root, 'a')).sort()).toEqual(['code', 'metrics.json', 'model']);
    expect(readdirSync(join(root, 'a', 'model'))).toEqual(['model.json']);
    expect(readFileSync(join(root, 'a', 'code', 'score.py'), 'utf8')).toBe(
      readFileSync(join(example, 'score.py'), 'utf8'),
    );
    const model = JSON.parse(readFileSync(join(root, 'a', 'model', 'model.json'), 'utf8'));
    expect(model.features).toEqual(['age', 'sex', 'bmi', 'bp', 's1', 's2', 's3', 's4', 's5', 's6']);
    expect(model.weights).toHaveLength(10);
    const metrics = JSON.parse(readFileSync(join(root, 'a', 'metrics.json'), 'utf8'));
    expect(Object.keys(metrics).sort()).toEqual([
      'accuracy',
      'auc',
      'log_loss',
      'test_samples',
      'train_samples',
    ]);
    expect(metrics.accuracy).toBeGreaterThan(0.65);
    expect(metrics.auc).toBeGreaterThan(0.75);
    expect(metrics.log_loss).toBeLessThan(0.6);
  });

  it('is deterministic: a second run writes byte-identical files', () => {
    const started = Date.now();
    train(join(root, 'b'));
    // Training takes about 0.6 s alone: the bound catches a training that became heavy, not a busy machine (a
    // 2 s bound failed at 2.95 s with two test suites sharing two cores).
    expect(Date.now() - started).toBeLessThan(10_000);
    for (const file of ['model/model.json', 'metrics.json']) {
      expect(readFileSync(join(root, 'b', file)).equals(readFileSync(join(root, 'a', file)))).toBe(true);
    }
  });

  it('changes with the seed', () => {
    train(join(root, 'c'), '--seed', '7');
    expect(
      readFileSync(join(root, 'c', 'model', 'model.json')).equals(
        readFileSync(join(root, 'a', 'model', 'model.json')),
      ),
    ).toBe(false);
  });
});

describe('examples/diabetes score.py', () => {
  it('finds model.json below AZUREML_MODEL_DIR and scores {"data": rows}', () => {
    const request = JSON.stringify({
      data: [
        [50, 1, 32.1, 101, 157, 93.2, 38, 4, 4.86, 87],
        [25, 2, 20, 80, 180, 100, 60, 3, 4.2, 80],
      ],
    });
    // The registered model's root is one level above model.json, as on Azure ML.
    const out = score(join(root, 'a'), `print(json.dumps(score.run(${JSON.stringify(request)})))`);
    expect(out.stderr).toBe('');
    const response = JSON.parse(out.stdout);
    expect(response.predictions).toEqual([1, 0]);
    expect(response.probabilities).toHaveLength(2);
    expect(response.probabilities[0]).toBeGreaterThan(0.5);
    expect(response.probabilities[1]).toBeLessThan(0.5);
  });

  it('accepts {"input_data": {"columns", "data"}} with columns in any order', () => {
    const request = JSON.stringify({
      input_data: {
        columns: ['sex', 'age', 'bmi', 'bp', 's1', 's2', 's3', 's4', 's5', 's6'],
        data: [[1, 50, 32.1, 101, 157, 93.2, 38, 4, 4.86, 87]],
      },
    });
    const out = score(join(root, 'a', 'model'), `print(json.dumps(score.run(${JSON.stringify(request)})))`);
    expect(JSON.parse(out.stdout).predictions).toEqual([1]);
  });

  it.each([
    ['not JSON', 'hello', /not JSON/],
    ['no data', '{"rows": []}', /expected a JSON object \{"data"/],
    ['a short row', '{"data": [[1, 2, 3]]}', /row 0 must be a list of 10 numbers/],
    [
      'a string value',
      '{"data": [[50, 1, "fat", 101, 157, 93.2, 38, 4, 4.86, 87]]}',
      /row 0, bmi is 'fat', expected a finite number/,
    ],
  ])('raises a clear ValueError for %s', (_name, body, message) => {
    const out = score(join(root, 'a'), `score.run(${JSON.stringify(body)})`);
    expect(out.status).not.toBe(0);
    expect(out.stderr).toContain('ValueError');
    expect(out.stderr).toMatch(message);
  });

  it('fails init() clearly when there is no model.json', () => {
    const out = score(join(root, 'a', 'code'), '');
    expect(out.stderr).toMatch(/no model.json below AZUREML_MODEL_DIR/);
  });
});
