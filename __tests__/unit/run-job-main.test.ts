import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunJobInputs } from '../../src/actions/run-job/inputs.js';
import { JobNotCompletedError, run, type RunJobDeps } from '../../src/actions/run-job/main.js';
import type { AzureMLClient } from '../../src/azureml/client.js';
import type { DataPlane } from '../../src/azureml/data-plane.js';
import type { ArmJob } from '../../src/azureml/job-models.js';
import { parseOutputFile } from '../../src/local/action-process.js';

let dir: string;
let saved: NodeJS.ProcessEnv;
const file = (name: string): string => join(dir, name);
const outputs = (): Record<string, string> => parseOutputFile(readFileSync(file('output'), 'utf8'));
const state = (): Record<string, string> => parseOutputFile(readFileSync(file('state'), 'utf8'));
const summary = (): string => readFileSync(file('summary'), 'utf8');

// One folder for the file: @actions/core's summary keeps the path of GITHUB_STEP_SUMMARY it first saw.
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'run-job-main-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(() => {
  saved = { ...process.env };
  for (const f of ['output', 'state', 'summary']) writeFileSync(file(f), '');
  process.env.GITHUB_OUTPUT = file('output');
  process.env.GITHUB_STATE = file('state');
  process.env.GITHUB_STEP_SUMMARY = file('summary');
});
afterEach(() => {
  process.env = saved;
});

const inputs = (over: Partial<RunJobInputs> = {}): RunJobInputs =>
  ({
    jobFile: '/w/job.yml',
    set: [],
    wait: true,
    timeoutMs: 60_000,
    streamLogs: true,
    workspaceRoot: '/w',
    workspace: {} as RunJobInputs['workspace'],
    ...over,
  }) as RunJobInputs;

/** A job whose run history gives `statuses` one poll after the other (the last one repeats). */
function scenario(
  statuses: string[],
  over: { inputs?: Partial<RunJobInputs>; onSleep?: (n: number) => void } = {},
) {
  const calls: string[] = [];
  let clock = 0;
  let sleeps = 0;
  let armStatus = 'NotStarted';
  const signals = new EventEmitter();
  const job = (status: string): ArmJob =>
    ({ name: 'j1', properties: { jobType: 'Command', status, outputs: { model: {} } } }) as unknown as ArmJob;
  const dataPlane: DataPlane = {
    discover: async () => 'https://api.test',
    getRunDetails: async () => {
      const status = statuses.length > 1 ? statuses.shift()! : statuses[0]!;
      armStatus = status;
      return {
        runId: 'j1',
        status,
        logFiles: { 'user_logs/std_log.txt': 'https://blob/log' },
        ...(status === 'Failed'
          ? { error: { error: { code: 'UserError', message: 'ValueError: bad' } } }
          : {}),
      };
    },
    listRunChildren: async () => [],
    readLog: async (_url, from) => (from === 0 ? Buffer.from('epoch 1\nTraceback\n') : new Uint8Array()),
    getRunMetrics: async () => ({ auc: 0.9 }),
  };
  const client = {
    getJob: async () => job(armStatus),
    cancelJob: async (name: string) => {
      calls.push(`cancel ${name}`);
      armStatus = 'Canceled';
    },
  } as unknown as AzureMLClient;
  const deps: RunJobDeps = {
    getInputs: async () => inputs(over.inputs),
    openSession: async () => ({ client, dataPlane, workspaceId: '/subscriptions/s/ws' }),
    submitJob: async (_client, settings) => {
      calls.push(`submit ${settings.jobFile}`);
      return { name: 'j1', job: job('NotStarted'), created: true };
    },
    signals: signals as unknown as NodeJS.Process,
    now: () => clock,
    sleep: async (ms) => {
      clock += ms;
      over.onSleep?.(++sleeps);
    },
    cancelWaitMs: 2_000,
  };
  return { deps, calls, signals };
}

describe('run-job run()', () => {
  it('follows a job to Completed: outputs, state for the post step, summary', async () => {
    const { deps, calls } = scenario(['Queued', 'Running', 'Completed']);
    await run(deps);
    expect(calls).toEqual(['submit /w/job.yml']);
    expect(outputs()).toEqual({
      'job-name': 'j1',
      status: 'Completed',
      'studio-url': 'https://ml.azure.com/runs/j1?wsid=/subscriptions/s/ws',
      outputs: JSON.stringify({ model: 'azureml://jobs/j1/outputs/model' }),
      metrics: JSON.stringify({ auc: 0.9 }),
    });
    expect(state()).toEqual({ isPost: 'true', 'job-name': 'j1', 'job-done': 'true' });
    expect(summary()).toContain('Completed');
  });

  it('fails a failed job with its error, and the log tail in the summary', async () => {
    const { deps } = scenario(['Running', 'Failed']);
    const error = await run(deps).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JobNotCompletedError);
    expect((error as Error).message).toBe('Job j1 failed: UserError: ValueError: bad');
    expect(outputs().status).toBe('Failed');
    expect(summary()).toContain('<pre>epoch 1\nTraceback</pre>');
    expect(state()['job-done']).toBe('true');
  });

  it('cancels the job at SIGTERM and fails, saying the workflow run was cancelled', async () => {
    const box: { signals?: EventEmitter } = {};
    const s = scenario(['Running'], { onSleep: (n) => n === 2 && box.signals!.emit('SIGTERM', 'SIGTERM') });
    box.signals = s.signals;
    const error = await run(s.deps).catch((e: unknown) => e);
    expect((error as Error).message).toBe(
      'Job j1 was cancelled because the workflow run was cancelled (it is Canceled).',
    );
    expect(s.calls).toEqual(['submit /w/job.yml', 'cancel j1']);
    expect(outputs().status).toBe('Canceled');
    expect(state()['job-done']).toBe('true');
    expect(s.signals.listenerCount('SIGTERM')).toBe(0);
  });

  it('cancels the job when timeout-minutes pass', async () => {
    const { deps, calls } = scenario(['Running'], { inputs: { timeoutMs: 5_000 } });
    const error = await run(deps).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/did not end within timeout-minutes/);
    expect(calls).toContain('cancel j1');
  });

  it('says so when the job is still running after the cancel request', async () => {
    const { deps } = scenario(['Running'], { inputs: { timeoutMs: 5_000 } });
    deps.openSession = async (i) => {
      const session = await scenario(['Running']).deps.openSession(i);
      const client = { ...session.client, cancelJob: async () => undefined } as typeof session.client;
      return { ...session, client };
    };
    const error = await run(deps).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(
      /^Job j1 was asked to cancel because it did not end within timeout-minutes \([\d.]+\), but it is still Running: check it in the studio/,
    );
    expect(outputs().status).toBe('Running');
    expect(state()['job-done']).toBeUndefined();
  });

  it('with wait false returns once the job exists and leaves nothing for the post step to cancel', async () => {
    const { deps } = scenario(['Running'], { inputs: { wait: false } });
    await run(deps);
    expect(outputs()).toMatchObject({ 'job-name': 'j1', status: 'NotStarted', metrics: '{}' });
    expect(state()).toEqual({ isPost: 'true' });
  });
});
