// register-model's `source` as a job output (azureml://jobs/<job>/outputs/<o>).
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { getInputs } from '../../src/actions/register-model/inputs.js';
import { rejectedConfigurationError } from '../helpers/errors.js';

const saved = { ...process.env };
function setInputs(inputs: Record<string, string>): void {
  for (const [k, v] of Object.entries(inputs)) process.env[`INPUT_${k.toUpperCase()}`] = v;
}
beforeEach(() => {
  for (const k of Object.keys(process.env)) if (k.startsWith('INPUT_')) delete process.env[k];
  process.env.AZURE_SUBSCRIPTION_ID = '00000000-0000-4000-8000-000000000000';
  process.env.AZUREML_RESOURCE_GROUP = 'mlops-local';
  process.env.AZUREML_WORKSPACE = 'dev';
  jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
});
afterEach(() => {
  process.env = { ...saved };
  jest.restoreAllMocks();
});

describe('register-model source: a job output', () => {
  it('parses the job, the output and a path inside it', async () => {
    setInputs({
      source: 'azureml://jobs/bright_lamp_4kq8z2m1tp/outputs/model/paths/sklearn/',
      name: 'diabetes-classifier',
    });
    const inputs = await getInputs();
    expect(inputs.jobOutput).toEqual({ job: 'bright_lamp_4kq8z2m1tp', output: 'model', path: 'sklearn' });
    expect(inputs.source).toBeUndefined();
    expect(inputs.modelPath).toBeUndefined();
  });

  it.each([
    [{ source: 'azureml://jobs/j1/outputs/model' }, 'name', 'is required with a job output'],
    [
      { source: 'azureml://jobs/j1/outputs/model', name: 'm', 'approved-by': 'x' },
      'approved-by',
      'not promoted',
    ],
    [{ source: 'azureml://jobs/j1/model', name: 'm' }, 'source', 'is not a job output'],
    [{ source: 'azureml://jobs/j1/outputs/model/paths/../x', name: 'm' }, 'source', 'is not a job output'],
    [{ source: 'azureml://jobs/j1/outputs/model', name: 'm', 'model-path': 'x' }, 'source', 'both set'],
  ])('refuses %j, naming %s', async (inputs, input, why) => {
    setInputs(inputs);
    const error = await rejectedConfigurationError(getInputs());
    expect(error.input).toBe(input);
    expect(error.message).toContain(why);
  });
});
