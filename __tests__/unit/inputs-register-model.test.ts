import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getInputs, parseTags, validateVersion } from '../../src/actions/register-model/inputs.js';
import { validateModelName } from '../../src/model/names.js';
import { ConfigurationError } from '../../src/errors.js';
import { configurationErrorOf, rejectedConfigurationError } from '../helpers/errors.js';

const SUB = '00000000-0000-4000-8000-000000000000';
const saved = { ...process.env };
let root: string;
let workspace: string;
let outside: string;

function setInputs(inputs: Record<string, string>): void {
  for (const [k, v] of Object.entries(inputs)) process.env[`INPUT_${k.toUpperCase()}`] = v;
}

const inputError = (): Promise<ConfigurationError> => rejectedConfigurationError(getInputs());
const syncError = configurationErrorOf;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'register-inputs-'));
  workspace = join(root, 'ws');
  outside = join(root, 'outside');
  mkdirSync(join(workspace, 'model'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(workspace, 'model', 'm.pkl'), 'x');
  writeFileSync(join(workspace, 'file.txt'), 'x');
  symlinkSync(outside, join(workspace, 'escape'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

beforeEach(() => {
  for (const k of Object.keys(process.env))
    if (k.startsWith('INPUT_') || k.startsWith('AZURE') || k === 'RUNNER_TEMP') delete process.env[k];
  process.env.GITHUB_WORKSPACE = workspace;
  process.env.AZURE_SUBSCRIPTION_ID = SUB;
  process.env.AZUREML_RESOURCE_GROUP = 'mlops-local';
  process.env.AZUREML_WORKSPACE = 'dev';
  setInputs({ 'model-path': 'model' });
  jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
});
afterEach(() => {
  process.env = { ...saved };
  jest.restoreAllMocks();
});

describe('getInputs', () => {
  it('reads a minimal set of inputs', async () => {
    const s = await getInputs();
    expect(s).toEqual({
      modelPath: join(workspace, 'model'),
      name: undefined,
      version: undefined,
      tags: {},
      description: undefined,
      workspace: {
        address: {
          subscriptionId: SUB,
          resourceGroup: 'mlops-local',
          workspace: 'dev',
          armEndpoint: 'https://management.azure.com',
        },
        credential: { accessToken: undefined, clientId: undefined, tenantId: undefined },
      },
    });
  });

  describe('model-path', () => {
    it('is required', async () => {
      setInputs({ 'model-path': '' });
      expect((await inputError()).input).toBe('model-path');
    });
    it('must exist', async () => {
      setInputs({ 'model-path': 'nope' });
      const e = await inputError();
      expect(e.input).toBe('model-path');
      expect(e.message).toContain('does not exist');
    });
    it('may be a single model file (az ml model create --path model.pkl)', async () => {
      setInputs({ 'model-path': 'file.txt' });
      expect((await getInputs()).modelPath).toBe(join(workspace, 'file.txt'));
    });
    it('must be a folder or a regular file', async () => {
      setInputs({ 'model-path': '/dev/null' });
      const e = await inputError();
      expect(e.input).toBe('model-path');
      expect(e.message).toContain('is not a directory. Point it at the package, model folder or model file.');
    });
    it('must be inside GITHUB_WORKSPACE', async () => {
      setInputs({ 'model-path': outside });
      const e = await inputError();
      expect(e.input).toBe('model-path');
      expect(e.message).toContain('outside the workspace');
    });
    it('may not escape the workspace through a symlink', async () => {
      setInputs({ 'model-path': 'escape' });
      expect((await inputError()).message).toContain('outside the workspace');
    });
    it('may be below RUNNER_TEMP (package-model writes there)', async () => {
      process.env.RUNNER_TEMP = root;
      setInputs({ 'model-path': outside });
      expect((await getInputs()).modelPath).toBe(outside);
    });
  });

  describe('name', () => {
    it('is optional and validated', async () => {
      setInputs({ name: 'diabetes-classifier_2' });
      expect((await getInputs()).name).toBe('diabetes-classifier_2');
      setInputs({ name: 'bad.name' });
      const e = await inputError();
      expect(e.input).toBe('name');
      expect(e.message).toContain('bad.name');
    });
  });

  describe('version', () => {
    it('is a positive integer', async () => {
      setInputs({ version: '12' });
      expect((await getInputs()).version).toBe('12');
      setInputs({ version: '1.0' });
      const e = await inputError();
      expect(e.input).toBe('version');
      expect(e.message).toContain('positive integers');
    });
  });

  describe('tags', () => {
    it('parses key=value lines', async () => {
      setInputs({ tags: 'team=fraud\nstage = candidate\n' });
      expect((await getInputs()).tags).toEqual({ team: 'fraud', stage: 'candidate' });
    });
    it('names the malformed line', async () => {
      setInputs({ tags: 'team=fraud\njust-a-word' });
      const e = await inputError();
      expect(e.input).toBe('tags');
      expect(e.message).toContain('line 2');
    });
  });

  describe('description', () => {
    it('is optional text', async () => {
      setInputs({ description: 'Trained on 2024 data' });
      expect((await getInputs()).description).toBe('Trained on 2024 data');
    });
  });

  describe('workspace inputs', () => {
    it('subscription-id, resource-group, workspace, arm-endpoint, client-id, tenant-id come from the shared parser', async () => {
      setInputs({
        workspace: 'preprod',
        'arm-endpoint': 'https://127.0.0.1:9443',
        'client-id': '11111111-1111-4111-8111-111111111111',
        'tenant-id': '22222222-2222-4222-8222-222222222222',
      });
      const s = await getInputs();
      expect(s.workspace.address.workspace).toBe('preprod');
      expect(s.workspace.address.armEndpoint).toBe('https://127.0.0.1:9443');
      expect(s.workspace.credential.clientId).toBe('11111111-1111-4111-8111-111111111111');
      setInputs({ 'resource-group': 'bad rg' });
      expect((await inputError()).input).toBe('resource-group');
    });
  });
});

describe('validateModelName', () => {
  it.each(['m', 'Model_1-a', 'a'.repeat(255)])('accepts %s', (n) => expect(validateModelName(n)).toBe(n));
  it.each(['', '-m', '_m', 'a.b', 'a b', 'a/b', 'a'.repeat(256)])('rejects %j', (n) => {
    expect(syncError(() => validateModelName(n)).input).toBe('name');
  });
});

describe('validateVersion', () => {
  it.each(['1', '42', '2147483647'])('accepts %s', (v) => expect(validateVersion(v)).toBe(v));
  it.each(['0', '01', '-1', '1.0', 'v1', 'latest', '2147483648', ''])('rejects %j', (v) => {
    expect(syncError(() => validateVersion(v)).input).toBe('version');
  });
});

describe('parseTags', () => {
  it('skips blank lines and comments, keeps = in values, allows empty values', () => {
    expect(parseTags(['', '# comment', 'a=1', 'url=https://x/?q=1', 'empty='])).toEqual({
      a: '1',
      url: 'https://x/?q=1',
      empty: '',
    });
  });
  it.each([
    ['no equals sign', ['novalue'], 'no "="'],
    ['empty key', ['=v'], 'key is empty'],
    ['key with a comma', ['a,b=1'], 'comma'],
    ['key with a space', ['a b=1'], 'comma or a space'],
    ['reserved prefix', ['mlops.digest=x'], 'set by this action'],
    ['duplicate', ['a=1', 'a=2'], 'given twice'],
  ])('rejects %s', (_, lines, text) => {
    const e = syncError(() => parseTags(lines));
    expect(e.input).toBe('tags');
    expect(e.message).toContain(text);
  });
});
