import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { combineDigest, hashFiles } from '../../src/model/digest.js';
import { listFiles } from '../../src/model/files.js';
import { readPackage } from '../../src/model/package.js';
import { repoRoot, runBundledAction } from '../helpers/action-runner.js';

const GITHUB_ENV = {
  GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_REPOSITORY: 'octo/diabetes',
  GITHUB_RUN_ID: '4242',
  GITHUB_RUN_ATTEMPT: '2',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_WORKFLOW: 'CI',
};

let workspace: string;
let outside: string;

beforeAll(() => {
  workspace = mkdtempSync(join(tmpdir(), 'pm-int-ws-'));
  outside = mkdtempSync(join(tmpdir(), 'pm-int-outside-'));
  execFileSync(
    'python3',
    [join(repoRoot, 'examples', 'diabetes', 'train.py'), '--output', join(workspace, 'outputs')],
    { timeout: 30_000 },
  );
  copyFileSync(join(repoRoot, 'examples', 'diabetes', 'conda.yaml'), join(workspace, 'conda.yaml'));

  mkdirSync(join(workspace, 'empty-model'));
  writeFileSync(join(outside, 'secret.txt'), 'not part of the model');
  mkdirSync(join(workspace, 'leaky-model'));
  writeFileSync(join(workspace, 'leaky-model', 'model.json'), '{}');
  symlinkSync(join(outside, 'secret.txt'), join(workspace, 'leaky-model', 'weights.bin'));
  mkdirSync(join(workspace, 'broken-mlflow'));
  writeFileSync(
    join(workspace, 'broken-mlflow', 'MLmodel'),
    'flavors:\n  sklearn:\n    pickled_model: model.pkl\n',
  );
  mkdirSync(join(workspace, 'mlflow-model'));
  writeFileSync(
    join(workspace, 'mlflow-model', 'MLmodel'),
    'flavors:\n  python_function:\n    env: conda.yaml\n    model_path: model.pkl\n  sklearn:\n    pickled_model: model.pkl\n',
  );
  writeFileSync(join(workspace, 'mlflow-model', 'model.pkl'), 'pickle');
  writeFileSync(join(workspace, 'mlflow-model', 'conda.yaml'), 'name: x');
  mkdirSync(join(outside, 'model'));
  writeFileSync(join(outside, 'model', 'model.json'), '{}');
  writeFileSync(join(workspace, 'bad-metrics.json'), '{"accuracy": {"value": 0.9}}');
  writeFileSync(join(workspace, 'passwd-like.json'), 'root:x:0:0:root:/root:/bin/bash\n');
});
afterAll(() => {
  rmSync(workspace, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('package-model (bundled)', () => {
  it('packages the diabetes example with metrics, code, environment and lineage', async () => {
    const run = await runBundledAction('package-model', {
      cwd: workspace,
      env: GITHUB_ENV,
      inputs: {
        'model-path': 'outputs/model',
        name: 'diabetes-classifier',
        'model-type': 'auto',
        'metrics-file': 'outputs/metrics.json',
        'code-path': 'outputs/code',
        'environment-file': 'conda.yaml',
        'output-path': 'package',
      },
    });
    expect(run.log).not.toContain('::error::');
    expect(run.exitCode).toBe(0);

    const expectedDigest = combineDigest(
      await hashFiles(await listFiles(join(workspace, 'outputs', 'model'), 'model-path')),
    );
    expect(run.outputs).toEqual({
      'package-path': join(workspace, 'package'),
      digest: expectedDigest,
      'model-type': 'custom_model',
    });

    const pkg = await readPackage(run.outputs['package-path']!, 'model-path');
    expect(pkg?.manifest).toMatchObject({
      name: 'diabetes-classifier',
      modelType: 'custom_model',
      layout: 'custom',
      digest: expectedDigest,
      environment: { file: 'conda.yaml' },
      git: { commit: GITHUB_ENV.GITHUB_SHA, ref: 'refs/heads/main', repository: 'octo/diabetes' },
      run: {
        id: '4242',
        attempt: '2',
        url: 'https://github.com/octo/diabetes/actions/runs/4242/attempts/2',
        workflow: 'CI',
      },
    });
    const metrics = JSON.parse(readFileSync(join(workspace, 'outputs', 'metrics.json'), 'utf8'));
    expect(pkg?.manifest.metrics).toEqual(metrics);
    expect(pkg?.manifest.code?.files.map((f) => f.path)).toEqual(['score.py']);

    // The log follows the phases; the summary reads as a model card.
    for (const phase of ['Read inputs', 'Detect the model layout', 'Write the package'])
      expect(run.log).toContain(`::group::${phase}`);
    expect(run.summary).toContain('## Model package: diabetes-classifier');
    expect(run.summary).toContain(expectedDigest);
    expect(run.summary).toContain('<td><code>model.json</code></td>');
    expect(run.summary).toContain('<td>accuracy</td>');
    expect(run.summary).toContain(`https://github.com/octo/diabetes/commit/${GITHUB_ENV.GITHUB_SHA}`);
    expect(run.summary).toContain('https://github.com/octo/diabetes/actions/runs/4242/attempts/2');

    // Packaging again replaces the package and gives the same digest.
    const again = await runBundledAction('package-model', {
      cwd: workspace,
      inputs: { 'model-path': 'outputs/model', name: 'diabetes-classifier', 'output-path': 'package' },
    });
    expect(again.exitCode).toBe(0);
    expect(again.outputs.digest).toBe(expectedDigest);
    expect((await readPackage(join(workspace, 'package'), 'model-path'))?.manifest.metrics).toBeUndefined();
  });

  it('writes to $RUNNER_TEMP/mlops-packages/<name> by default and detects MLflow models', async () => {
    const run = await runBundledAction('package-model', {
      cwd: workspace,
      inputs: { 'model-path': 'mlflow-model', name: 'mlflow-demo' },
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs['model-type']).toBe('mlflow_model');
    expect(run.outputs['package-path']).toMatch(/\/mlops-packages\/mlflow-demo$/);
    expect(run.summary).toContain('<code>python_function</code>, <code>sklearn</code>');
    expect((await readPackage(run.outputs['package-path']!, 'model-path'))?.manifest.layout).toBe('mlflow');
  });

  describe('rejects bad inputs with exit 1, a message naming the input, and no package', () => {
    const cases: Array<[string, Record<string, string>, string, RegExp]> = [
      ['a missing model path', { 'model-path': 'outputs/nope' }, 'model-path', /does not exist/],
      ['an empty model directory', { 'model-path': 'empty-model' }, 'model-path', /has no files/],
      [
        'a symlink leaving the model directory',
        { 'model-path': 'leaky-model' },
        'model-path',
        /weights.bin is a symlink to .*, outside/,
      ],
      [
        'an MLmodel with a missing file',
        { 'model-path': 'broken-mlflow' },
        'model-path',
        /'model.pkl', which is missing/,
      ],
      [
        'mlflow_model for a folder without MLmodel',
        { 'model-type': 'mlflow_model' },
        'model-type',
        /has no MLmodel file/,
      ],
      ['a name Azure ML would reject', { name: 'diabetes.v2' }, 'name', /not a valid Azure ML model name/],
      [
        'a model outside GITHUB_WORKSPACE',
        { 'model-path': '<outside>/model' },
        'model-path',
        /outside the workspace/,
      ],
      [
        'a malformed metrics file, named without its content',
        { 'metrics-file': 'bad-metrics.json' },
        'metrics-file',
        /'accuracy' is an object, not a number or a string/,
      ],
      // Issue 10: files from outside the workspace never reach the package (CI uploads it as an artifact).
      [
        'an environment file outside the workspace',
        { 'environment-file': '/etc/passwd' },
        'environment-file',
        /outside the workspace/,
      ],
      [
        'a code path outside the workspace',
        { 'code-path': '<outside>' },
        'code-path',
        /outside the workspace/,
      ],
      [
        'a metrics file outside the workspace',
        { 'metrics-file': '<outside>/secret.txt' },
        'metrics-file',
        /outside the workspace/,
      ],
      [
        'a metrics file that is not JSON, named by its position only',
        { 'metrics-file': 'passwd-like.json' },
        'metrics-file',
        /passwd-like\.json is not valid JSON at line 1, column 1: a value should start here/,
      ],
    ];
    it.each(cases)('%s', async (_name, overrides, input, message) => {
      const outputPath = join(workspace, `failed-${input}-${Math.random().toString(16).slice(2)}`);
      const inputs: Record<string, string> = {
        'model-path': 'outputs/model',
        name: 'diabetes-classifier',
        'output-path': outputPath,
        ...overrides,
      };
      for (const key of Object.keys(inputs)) inputs[key] = inputs[key]!.replace('<outside>', outside);
      const run = await runBundledAction('package-model', { cwd: workspace, inputs });
      expect(run.exitCode).toBe(1);
      const error = /^::error::(.*)$/m.exec(run.log)?.[1] ?? '';
      expect(error).toContain(`Input '${input}'`);
      expect(error).toMatch(message);
      expect(run.log).not.toContain('root:x:0:0');
      expect(run.outputs).toEqual({});
      expect(existsSync(outputPath)).toBe(false);
    });
  });
});
