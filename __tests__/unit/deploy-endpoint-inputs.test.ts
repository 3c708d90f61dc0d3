// deploy-endpoint's inputs over its CLI v2 files: every input with a file counterpart overrides it (like
// `az ml --set`), paths from the file are checked where they are written, and errors name the key and its line.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getInputs } from '../../src/actions/deploy-endpoint/inputs.js';
import { rejectedConfigurationError } from '../helpers/errors.js';

const saved = { ...process.env };
let root: string;
let ws: string;

function setInputs(inputs: Record<string, string>): void {
  for (const [k, v] of Object.entries(inputs)) process.env[`INPUT_${k.toUpperCase()}`] = v;
}
function file(path: string, text: string): void {
  mkdirSync(join(ws, path, '..'), { recursive: true });
  writeFileSync(join(ws, path), text);
}

const DEPLOYMENT = [
  'name: blue',
  'endpoint_name: my-endpoint',
  'model:',
  '  path: ../model',
  'code_configuration:',
  '  code: ../src',
  '  scoring_script: score.py',
  'environment:',
  '  image: mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu22.04:latest',
  '  conda_file: ../env/conda.yaml',
  'instance_type: Standard_F4s_v2',
  'instance_count: 3',
  '',
].join('\n');

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'deploy-inputs-'));
  ws = join(root, 'ws');
  mkdirSync(join(root, 'outside'), { recursive: true });
  writeFileSync(join(root, 'outside', 'm.pkl'), 'x');
  file('model/m.pkl', 'weights');
  file('src/score.py', 'def init():\n    pass\n');
  file('other-src/main.py', 'def init():\n    pass\n');
  file('env/conda.yaml', 'dependencies: [python=3.11]\n');
  file('cli/deployment.yml', DEPLOYMENT);
  file('cli/endpoint.yml', 'name: my-endpoint\nauth_mode: aml_token\n');
  symlinkSync(join(root, 'outside'), join(ws, 'escape'));
  // Links inside the workspace that lead out of it (issue 10: every path, symlinks resolved).
  mkdirSync(join(root, 'outside', 'src'));
  writeFileSync(join(root, 'outside', 'src', 'score.py'), 'def init():\n    pass\n');
  writeFileSync(join(root, 'outside', 'conda.yaml'), 'dependencies: [python=3.11]\n');
  symlinkSync(join(root, 'outside', 'conda.yaml'), join(ws, 'env', 'linked.yaml'));
  symlinkSync(join(root, 'outside', 'src'), join(ws, 'linked-src'));
  file('model-with-link/m.pkl', 'weights');
  symlinkSync(join(root, 'outside', 'm.pkl'), join(ws, 'model-with-link', 'leak.pkl'));
  file('src-with-link/score.py', 'def init():\n    pass\n');
  symlinkSync(join(root, 'outside', 'conda.yaml'), join(ws, 'src-with-link', 'leak.txt'));
  symlinkSync(join(root, 'outside', 'conda.yaml'), join(ws, 'cli', 'linked-deployment.yml'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

beforeEach(() => {
  for (const k of Object.keys(process.env))
    if (k.startsWith('INPUT_') || k.startsWith('AZURE') || k === 'RUNNER_TEMP') delete process.env[k];
  process.env.GITHUB_WORKSPACE = ws;
  process.env.AZURE_SUBSCRIPTION_ID = '00000000-0000-4000-8000-000000000000';
  process.env.AZUREML_RESOURCE_GROUP = 'mlops-local';
  process.env.AZUREML_WORKSPACE = 'dev';
  jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
});
afterEach(() => {
  process.env = { ...saved };
  jest.restoreAllMocks();
});

describe('deploy-endpoint inputs over the CLI v2 files', () => {
  it('takes everything from the files: an inline model read, paths resolved against the YAML folder', async () => {
    setInputs({ 'deployment-file': 'cli/deployment.yml', 'endpoint-file': 'cli/endpoint.yml' });
    const inputs = await getInputs();
    expect(inputs).toMatchObject({
      endpoint: 'my-endpoint',
      deployment: 'blue',
      modelSource: 'deployment-file',
      code: { kind: 'local', path: join(ws, 'src') },
      scoringScript: 'score.py',
      instanceType: 'Standard_F4s_v2',
      instanceCount: 3,
      endpointSettings: { authMode: 'AMLToken' },
    });
    expect(inputs.model).toMatchObject({
      kind: 'inline',
      source: { kind: 'folder', modelType: 'custom_model', rootName: 'model' },
    });
    expect(inputs.environment).toMatchObject({
      kind: 'inline',
      spec: { condaFile: join(ws, 'env', 'conda.yaml') },
    });
    expect(inputs.where.model).toMatch(/Input 'deployment-file' \(.*deployment\.yml\): line 3, model$/);
  });

  it('lets every input with a file counterpart override it, the model input over an inline model too', async () => {
    setInputs({
      'deployment-file': 'cli/deployment.yml',
      endpoint: 'other-endpoint',
      deployment: 'green',
      model: 'azureml:diabetes:4',
      'code-path': 'other-src',
      'scoring-script': 'main.py',
      environment: 'azureml://registries/azureml/environments/sklearn-1.5/labels/latest',
      'instance-type': 'Standard_DS3_v2',
      'instance-count': '2',
    });
    const inputs = await getInputs();
    expect(inputs).toMatchObject({
      endpoint: 'other-endpoint',
      deployment: 'green',
      model: { kind: 'workspace', ref: { name: 'diabetes', version: '4' } },
      modelSource: 'model',
      code: { kind: 'local', path: join(ws, 'other-src') },
      scoringScript: 'main.py',
      environment: {
        kind: 'registry',
        id: 'azureml://registries/azureml/environments/sklearn-1.5/labels/latest',
      },
      instanceType: 'Standard_DS3_v2',
      instanceCount: 2,
      where: { model: "Input 'model'", environment: "Input 'environment'", code: "Input 'code-path'" },
    });
  });

  it.each([
    ['model:\n  path: ../no-such-model\n', 'line 4, model.path: ', /does not exist/],
    ['model:\n  path: ../escape/m.pkl\n', 'line 4, model.path: ', /outside the workspace/],
    ['model:\n  path: ../model\n  type: mlflow_model\n', 'line 5, model.type: ', /./],
    ['model: azureml:m\n', 'line 3, model: ', /not a model reference/],
    ['environment: azureml:e\n', 'line 8, environment: ', /not an environment reference/],
    ['conda_file: ../env/missing.yaml\n', 'line 10, environment.conda_file: ', /does not exist/],
    ['conda_file: ../env/linked.yaml\n', 'line 10, environment.conda_file: ', /outside the workspace/],
    ['code: ../linked-src\n', 'line 6, code_configuration.code: ', /outside the workspace/],
    ['model:\n  path: ../model-with-link\n', 'line 4, model.path: ', /leak\.pkl is a symlink to .* outside/],
    ['code: ../nowhere\n', 'line 6, code_configuration.code: ', /does not exist/],
    [
      'scoring_script: ../../etc/passwd\n',
      'line 7, code_configuration.scoring_script: ',
      /inside the code folder/,
    ],
    ['scoring_script: missing.py\n', 'line 7, code_configuration.scoring_script: ', /does not exist/],
    ['instance_type: "Standard DS3"\n', 'line 11, instance_type: ', /not a VM size/],
    ['endpoint_name: my_endpoint\n', 'line 2, endpoint_name: ', /not a valid endpoint name/],
    ['name: b\n', 'line 1, name: ', /not a valid deployment name/],
  ])('names the file, the line and the key: %j', async (change, where, why) => {
    const [key] = change.split(':');
    const lines = DEPLOYMENT.split('\n');
    const at = lines.findIndex((l) => l.trimStart().startsWith(`${key}:`));
    const indent = lines[at]!.length - lines[at]!.trimStart().length;
    const replacement = change
      .trimEnd()
      .split('\n')
      .map((l, i) => (i === 0 ? ' '.repeat(indent) + l : l));
    // the key's own lines go: the key and its more indented children
    let end = at + 1;
    const deeper = (l: string): boolean => l.length - l.trimStart().length > indent && l.trim() !== '';
    while (end < lines.length && deeper(lines[end]!)) end++;
    lines.splice(at, end - at, ...replacement);
    file('cli/changed.yml', lines.join('\n'));
    setInputs({ 'deployment-file': 'cli/changed.yml' });
    const error = await rejectedConfigurationError(getInputs());
    expect(error.input).toBe('deployment-file');
    expect(error.message).toContain(`Input 'deployment-file' (${join(ws, 'cli', 'changed.yml')}): ${where}`);
    expect(error.message).toMatch(why);
  });

  it('refuses a deployment-file that links out of the workspace', async () => {
    setInputs({ 'deployment-file': 'cli/linked-deployment.yml' });
    const error = await rejectedConfigurationError(getInputs());
    expect(error.input).toBe('deployment-file');
    expect(error.message).toMatch(/is outside the workspace/);
  });

  it('requires an environment with scoring code, and names the fix', async () => {
    file(
      'cli/no-env.yml',
      'name: blue\nendpoint_name: my-endpoint\nmodel: azureml:m:1\ncode_configuration: {code: ../src, scoring_script: score.py}\n',
    );
    setInputs({ 'deployment-file': 'cli/no-env.yml' });
    const error = await rejectedConfigurationError(getInputs());
    expect(error.input).toBe('environment');
    expect(error.message).toMatch(/azureml:\/\/registries\/azureml\/environments/);
  });

  it('accepts an MLflow-style deployment without code or environment', async () => {
    file('cli/ncd.yml', 'name: blue\nendpoint_name: my-endpoint\nmodel: azureml:m:1\n');
    setInputs({ 'deployment-file': 'cli/ncd.yml' });
    const inputs = await getInputs();
    expect(inputs.code).toBeUndefined();
    expect(inputs.environment).toBeUndefined();
  });
});
