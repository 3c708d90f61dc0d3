import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getInputs } from '../../src/actions/register-data/inputs.js';
import { rejectedConfigurationError } from '../helpers/errors.js';

const saved = { ...process.env };
let root: string;
let workspace: string;

function setInputs(inputs: Record<string, string>): void {
  for (const [k, v] of Object.entries(inputs)) process.env[`INPUT_${k.toUpperCase()}`] = v;
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'register-data-inputs-'));
  workspace = join(root, 'ws');
  mkdirSync(join(workspace, 'data'), { recursive: true });
  writeFileSync(join(workspace, 'data', 'diabetes.csv'), 'x\n');
  writeFileSync(join(root, 'outside.csv'), 'x\n');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

beforeEach(() => {
  for (const k of Object.keys(process.env))
    if (k.startsWith('INPUT_') || k === 'RUNNER_TEMP') delete process.env[k];
  process.env.GITHUB_WORKSPACE = workspace;
  process.env.AZURE_SUBSCRIPTION_ID = '00000000-0000-4000-8000-000000000000';
  process.env.AZUREML_RESOURCE_GROUP = 'mlops-local';
  process.env.AZUREML_WORKSPACE = 'dev';
  setInputs({ name: 'diabetes-data', path: 'data/diabetes.csv' });
  jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
});
afterEach(() => {
  process.env = { ...saved };
  jest.restoreAllMocks();
});

describe('register-data getInputs', () => {
  it('resolves a local path against the workspace', async () => {
    const inputs = await getInputs();
    expect(inputs).toMatchObject({
      name: 'diabetes-data',
      localPath: join(workspace, 'data', 'diabetes.csv'),
    });
    expect(inputs.uri).toBeUndefined();
    expect(inputs.workspace.address.workspace).toBe('dev');
  });

  it('takes a URI, a type, a version, tags and a description', async () => {
    setInputs({
      path: 'azureml://datastores/workspaceblobstore/paths/raw/',
      type: 'uri_folder',
      version: '2024.06.1',
      tags: 'team=ml\n',
      description: 'raw data',
    });
    expect(await getInputs()).toMatchObject({
      uri: 'azureml://datastores/workspaceblobstore/paths/raw/',
      dataType: 'uri_folder',
      version: '2024.06.1',
      tags: { team: 'ml' },
      description: 'raw data',
    });
  });

  it.each([
    [{ name: '' }, 'name', 'is required'],
    [{ name: 'bad name' }, 'name', 'not a valid Azure ML data asset name'],
    [{ path: '' }, 'path', 'is required'],
    [{ path: 'data/missing.csv' }, 'path', 'does not exist'],
    [{ path: '../outside.csv' }, 'path', 'is outside the workspace'],
    [{ path: 's3://bucket/x.csv' }, 'path', 'neither a local path nor a URI'],
    [{ path: 'azureml:diabetes-data:1' }, 'path', 'neither a local path nor a URI'],
    [{ type: 'csv' }, 'type', 'not a data asset type'],
    [{ version: '-1' }, 'version', 'not a valid data asset version'],
    [{ tags: 'mlops.digest=x' }, 'tags', 'set by this action'],
  ])('refuses %j, naming %s', async (inputs, input, why) => {
    setInputs(inputs);
    const error = await rejectedConfigurationError(getInputs());
    expect(error.input).toBe(input);
    expect(error.message).toContain(why);
  });
});
