import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getInputs } from '../../src/actions/package-model/inputs.js';
import { ConfigurationError } from '../../src/errors.js';
import { rejectedConfigurationError } from '../helpers/errors.js';

let workspace: string;
let outside: string;
let saved: NodeJS.ProcessEnv;

function setInputs(inputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
}

async function inputError(inputs: Record<string, string>): Promise<ConfigurationError> {
  setInputs(inputs);
  return rejectedConfigurationError(getInputs());
}

beforeAll(() => {
  workspace = mkdtempSync(join(tmpdir(), 'pm-inputs-ws-'));
  outside = mkdtempSync(join(tmpdir(), 'pm-inputs-out-'));
  mkdirSync(join(workspace, 'outputs', 'model'), { recursive: true });
  mkdirSync(join(workspace, 'outputs', 'code'), { recursive: true });
  writeFileSync(join(workspace, 'outputs', 'model', 'model.json'), '{}');
  writeFileSync(join(workspace, 'outputs', 'metrics.json'), '{"accuracy": 0.9, "dataset": "v1"}');
  writeFileSync(join(workspace, 'conda.yaml'), 'name: x\n');
  writeFileSync(join(workspace, 'bad-metrics.json'), '{"accuracy": [0.9]}');
  mkdirSync(join(outside, 'model'));
  writeFileSync(join(outside, 'model', 'model.json'), '{}');
  symlinkSync(join(outside, 'model'), join(workspace, 'linked-model'));
});
afterAll(() => {
  rmSync(workspace, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

beforeEach(() => {
  saved = { ...process.env };
  for (const key of Object.keys(process.env))
    if (key.startsWith('INPUT_') || key.startsWith('GITHUB_') || key === 'RUNNER_TEMP')
      delete process.env[key];
  process.env.GITHUB_WORKSPACE = workspace;
  process.env.RUNNER_TEMP = join(workspace, '..', 'runner-temp');
  setInputs({ 'model-path': 'outputs/model', name: 'diabetes-classifier', 'model-type': 'auto' });
});
afterEach(() => {
  process.env = saved;
});

describe('getInputs', () => {
  it('reads the minimal inputs with defaults', async () => {
    expect(await getInputs()).toEqual({
      modelPath: join(workspace, 'outputs', 'model'),
      name: 'diabetes-classifier',
      outputPath: join(workspace, '..', 'runner-temp', 'mlops-packages', 'diabetes-classifier'),
    });
  });

  describe('name', () => {
    it.each([['a'], ['Diabetes_Classifier-2'], ['0model'], ['x'.repeat(255)]])(
      'accepts name %#',
      async (name) => {
        setInputs({ name });
        expect((await getInputs()).name).toBe(name);
      },
    );
    it.each([
      ['empty', ''],
      ['leading dash', '-model'],
      ['leading underscore', '_model'],
      ['dot', 'my.model'],
      ['space', 'my model'],
      ['non-ASCII', 'modèle'],
      ['slash', 'a/b'],
      ['256 characters', 'x'.repeat(256)],
    ])('rejects a name with %s', async (_label, name) => {
      const error = await inputError({ name });
      expect(error.input).toBe('name');
      expect(error.message).toMatch(/^Input 'name'/);
    });
  });

  describe('model-path', () => {
    it('is required', async () => {
      const error = await inputError({ 'model-path': '' });
      expect(error.message).toContain("Input 'model-path' is required");
    });
    it('resolves relative to the workspace and must exist', async () => {
      const error = await inputError({ 'model-path': 'outputs/missing' });
      expect(error.input).toBe('model-path');
      expect(error.message).toContain(`${join(workspace, 'outputs', 'missing')} does not exist`);
    });
    it('must be a directory', async () => {
      expect((await inputError({ 'model-path': 'conda.yaml' })).message).toContain('is not a directory');
    });
    it('must be inside GITHUB_WORKSPACE', async () => {
      const error = await inputError({ 'model-path': join(outside, 'model') });
      expect(error.input).toBe('model-path');
      expect(error.message).toContain(`is outside the workspace ${workspace}`);
    });
    it('must be inside GITHUB_WORKSPACE after following symlinks', async () => {
      expect((await inputError({ 'model-path': 'linked-model' })).message).toContain(
        'is outside the workspace',
      );
    });
    it('may be anywhere when GITHUB_WORKSPACE is not set', async () => {
      delete process.env.GITHUB_WORKSPACE;
      setInputs({ 'model-path': join(outside, 'model') });
      expect((await getInputs()).modelPath).toBe(join(outside, 'model'));
    });
  });

  describe('model-type', () => {
    it.each([
      ['auto', undefined],
      ['custom_model', 'custom_model'],
      ['mlflow_model', 'mlflow_model'],
      ['triton_model', 'triton_model'],
    ])('reads %s', async (value, expected) => {
      setInputs({ 'model-type': value });
      expect((await getInputs()).modelType).toBe(expected);
    });
    it('rejects an unknown type, listing the allowed ones', async () => {
      const error = await inputError({ 'model-type': 'sklearn' });
      expect(error.input).toBe('model-type');
      expect(error.message).toContain('custom_model, mlflow_model, triton_model');
    });
  });

  describe('metrics-file', () => {
    it('reads the metrics', async () => {
      setInputs({ 'metrics-file': 'outputs/metrics.json' });
      const inputs = await getInputs();
      expect(inputs.metricsFile).toBe(join(workspace, 'outputs', 'metrics.json'));
      expect(inputs.metrics).toEqual({ accuracy: 0.9, dataset: 'v1' });
    });
    it('rejects a missing or malformed file', async () => {
      expect((await inputError({ 'metrics-file': 'nope.json' })).input).toBe('metrics-file');
      const error = await inputError({ 'metrics-file': 'bad-metrics.json' });
      expect(error.input).toBe('metrics-file');
      expect(error.message).toContain("'accuracy' is a list, not a number or a string");
    });
  });

  describe('code-path', () => {
    it('reads an existing folder', async () => {
      setInputs({ 'code-path': 'outputs/code' });
      expect((await getInputs()).codePath).toBe(join(workspace, 'outputs', 'code'));
    });
    it('rejects a missing folder', async () => {
      expect((await inputError({ 'code-path': 'src' })).input).toBe('code-path');
    });
  });

  describe('environment-file', () => {
    it('reads an existing file', async () => {
      setInputs({ 'environment-file': 'conda.yaml' });
      expect((await getInputs()).environmentFile).toBe(join(workspace, 'conda.yaml'));
    });
    it('rejects a folder or a missing file', async () => {
      expect((await inputError({ 'environment-file': 'outputs' })).message).toContain(
        'is not a regular file',
      );
      expect((await inputError({ 'environment-file': 'env.yml' })).input).toBe('environment-file');
    });
  });

  describe('output-path', () => {
    it('resolves relative to the workspace', async () => {
      setInputs({ 'output-path': 'package' });
      expect((await getInputs()).outputPath).toBe(join(workspace, 'package'));
    });
    it('defaults to the OS temp folder without RUNNER_TEMP', async () => {
      delete process.env.RUNNER_TEMP;
      expect((await getInputs()).outputPath).toBe(join(tmpdir(), 'mlops-packages', 'diabetes-classifier'));
    });
    it.each(['outputs/model/pkg', 'outputs', 'outputs/code'])(
      'rejects %s, which overlaps the model or code folder',
      async (output) => {
        const error = await inputError({ 'output-path': output, 'code-path': 'outputs/code' });
        expect(error.input).toBe('output-path');
        expect(error.message).toContain('overlaps');
      },
    );
  });
});
