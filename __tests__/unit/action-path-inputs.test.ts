// Issue 10 item 4: every path input of every action stays in the workspace (or RUNNER_TEMP), symlinks resolved;
// errors about a file's content never echo it; JSON and YAML inputs are capped in size.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCandidateMetrics } from '../../src/actions/metric-gate/inputs.js';
import { getInputs as packageModelInputs } from '../../src/actions/package-model/inputs.js';
import { getInputs as setupEnvironmentsInputs } from '../../src/actions/setup-environments/inputs.js';
import { MAX_JSON_INPUT_BYTES } from '../../src/bounded-read.js';
import type { ConfigurationError } from '../../src/errors.js';
import { listFiles } from '../../src/model/files.js';
import { readMlflowModel } from '../../src/model/mlflow.js';
import { rejectedConfigurationError } from '../helpers/errors.js';

const SECRET = 'root:x:0:0:SECRET-LINE';

let workspace: string;
let outside: string;
let saved: NodeJS.ProcessEnv;

function setInputs(inputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
}

beforeAll(() => {
  workspace = mkdtempSync(join(tmpdir(), 'h-inputs-ws-'));
  outside = mkdtempSync(join(tmpdir(), 'h-inputs-out-'));
  mkdirSync(join(workspace, 'model'));
  writeFileSync(join(workspace, 'model', 'model.json'), '{}');
  mkdirSync(join(outside, 'code'));
  writeFileSync(join(outside, 'code', 'score.py'), 'print(1)\n');
  writeFileSync(join(outside, 'passwd'), `${SECRET}\n`);
  writeFileSync(join(outside, 'metrics.json'), '{"auc": 0.9}');
  writeFileSync(join(outside, 'settings.yml'), 'environments: {}\n');
  // Links inside the workspace that lead out of it.
  symlinkSync(join(outside, 'passwd'), join(workspace, 'conda.yaml'));
  symlinkSync(join(outside, 'code'), join(workspace, 'code'));
  symlinkSync(join(outside, 'metrics.json'), join(workspace, 'metrics.json'));
  symlinkSync(join(outside, 'settings.yml'), join(workspace, 'settings.yml'));
  symlinkSync(outside, join(workspace, 'out-link'));
  // Files whose content must never appear in an error.
  writeFileSync(join(workspace, 'not-json.json'), `${SECRET}\n`);
  writeFileSync(join(workspace, 'bad-value.json'), `{"auc": {"token": "${SECRET}"}}`);
  writeFileSync(join(workspace, 'huge.json'), `{"auc": 0.9, "pad": "${'x'.repeat(MAX_JSON_INPUT_BYTES)}"}`);
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
  process.env.RUNNER_TEMP = join(workspace, '..', 'h-runner-temp');
});
afterEach(() => {
  process.env = saved;
});

function expectNoEcho(error: ConfigurationError): void {
  expect(error.message).not.toContain('SECRET');
  expect(error.message).not.toContain('root:x');
}

describe('package-model', () => {
  beforeEach(() => setInputs({ 'model-path': 'model', name: 'm' }));
  const refused = async (inputs: Record<string, string>): Promise<ConfigurationError> => {
    setInputs(inputs);
    return rejectedConfigurationError(packageModelInputs());
  };

  it.each([
    ['environment-file', '/etc/passwd'],
    ['environment-file', 'conda.yaml'], // a symlink to a file outside
    ['code-path', join(tmpdir())],
    ['code-path', 'code'], // a symlink to a folder outside
    ['metrics-file', 'metrics.json'], // a symlink to a file outside
  ])('refuses %s %s, outside the workspace once symlinks are resolved', async (input, value) => {
    const error = await refused({ [input]: value });
    expect(error.input).toBe(input);
    expect(error.message).toContain('is outside the workspace');
  });

  it('accepts the same inputs below RUNNER_TEMP', async () => {
    const temp = process.env.RUNNER_TEMP!;
    mkdirSync(join(temp, 'code'), { recursive: true });
    writeFileSync(join(temp, 'conda.yaml'), 'name: x\n');
    setInputs({ 'code-path': join(temp, 'code'), 'environment-file': join(temp, 'conda.yaml') });
    try {
      const inputs = await packageModelInputs();
      expect(inputs.codePath).toBe(join(temp, 'code'));
      expect(inputs.environmentFile).toBe(join(temp, 'conda.yaml'));
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  });

  it.each([
    ['not-json.json', /not valid JSON at line 1, column 1/],
    ['bad-value.json', /'auc' is an object/],
  ])('names %s and the position, never its content', async (file, why) => {
    const error = await refused({ 'metrics-file': file });
    expect(error.input).toBe('metrics-file');
    expect(error.message).toContain(join(workspace, file));
    expect(error.message).toMatch(why);
    expectNoEcho(error);
  });

  it.each([['/etc/mlops-package'], ['out-link/pkg']])(
    'refuses output-path %s, which would write outside the workspace',
    async (value) => {
      const error = await refused({ 'output-path': value });
      expect(error.input).toBe('output-path');
      expect(error.message).toContain('is outside the workspace');
    },
  );

  it('accepts an output-path not yet created below the workspace', async () => {
    setInputs({ 'output-path': 'new/deep/pkg' });
    expect((await packageModelInputs()).outputPath).toBe(join(workspace, 'new', 'deep', 'pkg'));
  });

  it('caps metrics-file', async () => {
    const error = await refused({ 'metrics-file': 'huge.json' });
    expect(error.input).toBe('metrics-file');
    expect(error.message).toContain('the 4 MiB this input accepts');
  });
});

describe('metric-gate metrics', () => {
  it.each([['OUTSIDE/metrics.json'], ['metrics.json']])(
    'refuses %s, outside the workspace',
    async (value) => {
      const error = await rejectedConfigurationError(readCandidateMetrics(value.replace('OUTSIDE', outside)));
      expect(error.input).toBe('metrics');
      expect(error.message).toContain('is outside the workspace');
    },
  );
  it('never echoes the file', async () => {
    for (const file of ['not-json.json', 'bad-value.json']) {
      const error = await rejectedConfigurationError(readCandidateMetrics(file));
      expect(error.message).toContain(join(workspace, file));
      expectNoEcho(error);
    }
  });
  it('caps the metrics file', async () => {
    const error = await rejectedConfigurationError(readCandidateMetrics('huge.json'));
    expect(error.message).toContain('the 4 MiB this input accepts');
  });
  it('never echoes a package manifest', async () => {
    mkdirSync(join(workspace, 'pkg'), { recursive: true });
    writeFileSync(join(workspace, 'pkg', 'mlops-package.json'), `${SECRET}\n`);
    const error = await rejectedConfigurationError(readCandidateMetrics('pkg'));
    expect(error.message).toMatch(/not JSON at line 1, column 1/);
    expectNoEcho(error);
  });
});

describe('setup-environments config', () => {
  beforeEach(() => setInputs({ token: 't', repo: 'octo-org/churn' }));
  it.each([['OUTSIDE/settings.yml'], ['settings.yml']])(
    'refuses %s, outside the workspace',
    async (value) => {
      setInputs({ config: value.replace('OUTSIDE', outside) });
      const error = await rejectedConfigurationError(setupEnvironmentsInputs());
      expect(error.input).toBe('config');
      expect(error.message).toContain('is outside the workspace');
    },
  );
  it('refuses the default config when it links out of the workspace', async () => {
    mkdirSync(join(workspace, '.github'), { recursive: true });
    symlinkSync(join(outside, 'settings.yml'), join(workspace, '.github', 'mlops-environments.yml'));
    try {
      const error = await rejectedConfigurationError(setupEnvironmentsInputs());
      expect(error.message).toContain('is outside the workspace');
    } finally {
      rmSync(join(workspace, '.github'), { recursive: true, force: true });
    }
  });
  it('caps the config file', async () => {
    writeFileSync(join(workspace, 'big.yml'), `# ${'x'.repeat(300 * 1024)}\n`);
    setInputs({ config: 'big.yml' });
    const error = await rejectedConfigurationError(setupEnvironmentsInputs());
    expect(error.message).toMatch(
      /^Input 'config': .*big\.yml is \d+ bytes, over the 256 KiB this input accepts/,
    );
  });
});

describe('files read from a model folder', () => {
  it('caps MLmodel, naming the input', async () => {
    const dir = join(workspace, 'big-mlflow');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'MLmodel'), `flavors: {}\n# ${'x'.repeat(MAX_JSON_INPUT_BYTES)}\n`);
    const files = await listFiles(dir, 'model-path');
    const error = await rejectedConfigurationError(readMlflowModel(dir, files, 'model-path'));
    expect(error.input).toBe('model-path');
    expect(error.message).toContain('MLmodel is');
    expect(error.message).toContain('over the 4 MiB this input accepts');
  });
});
