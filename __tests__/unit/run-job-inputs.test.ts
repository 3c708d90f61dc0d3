import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getInputs } from '../../src/actions/run-job/inputs.js';
import { rejectedConfigurationError } from '../helpers/errors.js';

let workspace: string;
let outside: string;
let saved: NodeJS.ProcessEnv;

function setInputs(inputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(inputs))
    process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
}

beforeAll(() => {
  workspace = mkdtempSync(join(tmpdir(), 'run-job-inputs-ws-'));
  outside = mkdtempSync(join(tmpdir(), 'run-job-inputs-out-'));
  mkdirSync(join(workspace, 'jobs'));
  writeFileSync(join(workspace, 'jobs', 'train.yml'), 'type: command\n');
  writeFileSync(join(outside, 'job.yml'), 'type: command\n');
});
afterAll(() => {
  rmSync(workspace, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});
beforeEach(() => {
  saved = { ...process.env };
  for (const key of Object.keys(process.env))
    if (/^(INPUT_|GITHUB_|AZURE|RUNNER_TEMP$)/.test(key)) delete process.env[key];
  process.env.GITHUB_WORKSPACE = workspace;
  setInputs({
    'job-file': 'jobs/train.yml',
    workspace: 'ws-dev',
    'subscription-id': '00000000-0000-4000-8000-000000000000',
    'resource-group': 'rg',
  });
});
afterEach(() => {
  process.env = saved;
});

describe('run-job getInputs', () => {
  it('reads the minimal inputs with their defaults', async () => {
    const inputs = await getInputs();
    expect(inputs).toMatchObject({
      jobFile: join(workspace, 'jobs', 'train.yml'),
      set: [],
      wait: true,
      timeoutMs: 360 * 60_000,
      streamLogs: true,
      workspaceRoot: workspace,
    });
    expect(inputs.experimentName).toBeUndefined();
    expect(inputs.workspace.address.workspace).toBe('ws-dev');
  });

  it('reads set as one override a line (blank lines and comments dropped), and the other inputs', async () => {
    setInputs({
      set: 'inputs.learning_rate=0.1\n\n# a note\n  compute=azureml:gpu  \n',
      'experiment-name': 'diabetes',
      wait: 'false',
      'timeout-minutes': '30',
      'stream-logs': 'false',
    });
    expect(await getInputs()).toMatchObject({
      set: ['inputs.learning_rate=0.1', 'compute=azureml:gpu'],
      experimentName: 'diabetes',
      wait: false,
      timeoutMs: 30 * 60_000,
      streamLogs: false,
    });
  });

  it.each([
    [{ 'job-file': '' }, 'job-file', /Input 'job-file' is required/],
    [{ 'job-file': 'jobs/missing.yml' }, 'job-file', /does not exist/],
    [{ 'job-file': 'jobs' }, 'job-file', /is not a regular file/],
    [{ wait: 'yes' }, 'wait', /Input 'wait': 'yes' is not true or false/],
    [{ 'stream-logs': 'no' }, 'stream-logs', /Input 'stream-logs'/],
    [{ 'timeout-minutes': '0' }, 'timeout-minutes', /from 1 to 7200/],
    [{ 'timeout-minutes': '1.5' }, 'timeout-minutes', /whole number/],
    [{ workspace: '' }, 'workspace', /Input 'workspace' is required/],
  ])('refuses %j naming input %s', async (inputs, input, message) => {
    setInputs(inputs as Record<string, string>);
    const error = await rejectedConfigurationError(getInputs());
    expect(error.input).toBe(input);
    expect(error.message).toMatch(message);
  });

  it('refuses a job file outside the workspace, RUNNER_TEMP included', async () => {
    setInputs({ 'job-file': join(outside, 'job.yml') });
    const error = await rejectedConfigurationError(getInputs());
    expect(error.input).toBe('job-file');
    expect(error.message).toMatch(/is outside the workspace/);
    process.env.RUNNER_TEMP = outside;
    expect((await rejectedConfigurationError(getInputs())).message).toMatch(/is outside the workspace/);
  });
});
