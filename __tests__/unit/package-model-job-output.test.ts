// package-model's `model-path` as a job output: read with the workspace inputs, downloaded after every check.
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getInputs } from '../../src/actions/package-model/inputs.js';
import { rejectedConfigurationError } from '../helpers/errors.js';

let saved: NodeJS.ProcessEnv;
const temp = join(tmpdir(), `pm-job-output-${process.pid}`);

function setInputs(inputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
}

beforeEach(() => {
  saved = { ...process.env };
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
  process.env.GITHUB_WORKSPACE = tmpdir();
  process.env.RUNNER_TEMP = temp;
  process.env.AZURE_SUBSCRIPTION_ID = '00000000-0000-4000-8000-000000000000';
  process.env.AZUREML_RESOURCE_GROUP = 'mlops-local';
  process.env.AZUREML_WORKSPACE = 'dev';
  jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
});
afterEach(() => {
  process.env = saved;
  jest.restoreAllMocks();
});

describe('package-model model-path: a job output', () => {
  it('takes the job output and the workspace, downloading nothing yet', async () => {
    setInputs({ 'model-path': 'azureml://jobs/j1/outputs/model', name: 'diabetes-classifier' });
    const inputs = await getInputs();
    expect(inputs.jobOutput).toEqual({ job: 'j1', output: 'model', path: '' });
    expect(inputs.downloadRoot).toBe(join(temp, 'mlops-job-outputs'));
    expect(inputs.modelPath).toBe(join(temp, 'mlops-job-outputs', 'j1', 'model'));
    expect(inputs.workspace?.address.workspace).toBe('dev');
    expect(existsSync(temp)).toBe(false);
  });

  it('refuses another azureml: value, naming model-path', async () => {
    setInputs({ 'model-path': 'azureml:diabetes-classifier:1', name: 'm' });
    const error = await rejectedConfigurationError(getInputs());
    expect(error.input).toBe('model-path');
    expect(error.message).toContain('neither a folder nor a job output');
  });

  it('refuses an output-path that overlaps the download folder', async () => {
    setInputs({
      'model-path': 'azureml://jobs/j1/outputs/model',
      name: 'm',
      'output-path': join(temp, 'mlops-job-outputs', 'j1', 'model', 'pkg'),
    });
    const error = await rejectedConfigurationError(getInputs());
    expect(error.input).toBe('output-path');
  });
});
