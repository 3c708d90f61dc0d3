// run-job, the bundled action, against the emulator (issue 11): a command job and a pipeline followed to their end
// with their logs streamed, a failing script reported with its traceback, the workflow's cancellation (SIGTERM to
// the step) cancelling the job within 5 s, the post step cancelling a job whose step was killed, and bad inputs
// failing before any job exists.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start, type RunningEmulator } from '../../src/emulator/index.js';
import { inputVariable, parseOutputFile, stripMaskCommands } from '../../src/local/action-process.js';
import { repoRoot, runBundledAction, type ActionRun } from '../helpers/action-runner.js';
import { emulatorEnv } from '../helpers/emulator-env.js';
import { EmulatorView } from '../helpers/emulator-view.js';

let emu: RunningEmulator;
let view: EmulatorView;
let work: string;

const ENVIRONMENT = 'azureml:AzureML-sklearn-1.0-ubuntu20.04-py38-cpu:1';

const TRAIN_PY = `import argparse, os, sys, time
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mlflow_log import log_metrics

parser = argparse.ArgumentParser()
parser.add_argument("--out", required=True)
parser.add_argument("--epochs", type=int, default=3)
parser.add_argument("--sleep", type=float, default=0.0)
parser.add_argument("--fail", type=int, default=0)
parser.add_argument("--data")
args = parser.parse_args()
if args.data:
    print("read", open(os.path.join(args.data, "rows.txt")).read().strip(), flush=True)
for epoch in range(args.epochs):
    print(f"epoch {epoch} done", flush=True)
    time.sleep(args.sleep)
if args.fail:
    raise ValueError("the training data has no rows")
os.makedirs(args.out, exist_ok=True)
with open(os.path.join(args.out, "model.txt"), "w") as f:
    f.write("weights\\n")
log_metrics({"accuracy": 0.875, "epochs": args.epochs})
print("model written", flush=True)
`;

const PREP_PY = `import argparse, os
parser = argparse.ArgumentParser()
parser.add_argument("--out", required=True)
args = parser.parse_args()
os.makedirs(args.out, exist_ok=True)
with open(os.path.join(args.out, "rows.txt"), "w") as f:
    f.write("442 rows\\n")
print("prepared 442 rows", flush=True)
`;

const TICK_PY = `import time
for i in range(30):
    print(f"tick {int(time.time() * 1000)}", flush=True)
    time.sleep(0.1)
`;

const COMMAND_JOB = `$schema: https://azuremlschemas.azureedge.net/latest/commandJob.schema.json
type: command
experiment_name: run-job-test
code: ./src
command: python train.py --out \${{outputs.model}} --epochs \${{inputs.epochs}} --sleep \${{inputs.sleep}} --fail \${{inputs.fail}}
inputs:
  epochs: 3
  sleep: 0.1
  fail: 0
outputs:
  model:
    type: uri_folder
environment: ${ENVIRONMENT}
compute: azureml:cpu-cluster
environment_variables:
  PYTHONUNBUFFERED: "1"
`;

const PIPELINE_JOB = `$schema: https://azuremlschemas.azureedge.net/latest/pipelineJob.schema.json
type: pipeline
experiment_name: run-job-test
settings:
  default_compute: azureml:cpu-cluster
outputs:
  model:
    type: uri_folder
jobs:
  prep:
    type: command
    code: ./src
    environment: ${ENVIRONMENT}
    command: python prep.py --out \${{outputs.prepared}}
    outputs:
      prepared:
        type: uri_folder
  train:
    type: command
    code: ./src
    environment: ${ENVIRONMENT}
    command: python train.py --data \${{inputs.prepared}} --out \${{outputs.model}} --epochs 2
    inputs:
      prepared: \${{parent.jobs.prep.outputs.prepared}}
    outputs:
      model: \${{parent.outputs.model}}
`;

const RANKS_PY = `import os
print("rank %s of %s (local %s, node %s) master %s:%s" % tuple(os.environ.get(k, "-") for k in ("RANK", "WORLD_SIZE", "LOCAL_RANK", "NODE_RANK", "MASTER_ADDR", "MASTER_PORT")), flush=True)
`;

const DISTRIBUTED_JOB = `$schema: https://azuremlschemas.azureedge.net/latest/commandJob.schema.json
type: command
code: ./src
command: python ranks.py
environment: ${ENVIRONMENT}
compute: azureml:cpu-cluster
resources:
  instance_count: 2
distribution:
  type: pytorch
  process_count_per_instance: 2
`;

const runJob = (inputs: Record<string, string>): Promise<ActionRun> =>
  runBundledAction('run-job', {
    inputs: { 'timeout-minutes': '5', ...inputs },
    env: emulatorEnv(emu),
    cwd: work,
  });

async function jobNames(): Promise<string[]> {
  const res = await view.arm('GET', `${view.wsPath()}/jobs`);
  expect(res.status).toBe(200);
  return (res.body.value as { name: string }[]).map((j) => j.name);
}

async function jobStatus(name: string): Promise<string> {
  const res = await view.arm('GET', `${view.wsPath()}/jobs/${name}`);
  expect(res.status).toBe(200);
  return res.body.properties.status as string;
}

/** The step as the runner runs it, with its process at hand (to signal it) and its GITHUB_STATE file. */
function startStep(inputs: Record<string, string>, extraEnv: Record<string, string> = {}) {
  const step = mkdtempSync(join(tmpdir(), 'run-job-step-'));
  const files = { GITHUB_OUTPUT: 'output', GITHUB_STEP_SUMMARY: 'summary', GITHUB_STATE: 'state' };
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };
  for (const [k, f] of Object.entries(files)) {
    env[k] = join(step, f);
    writeFileSync(env[k]!, '');
  }
  Object.assign(
    env,
    emulatorEnv(emu),
    { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: work, RUNNER_TEMP: step },
    extraEnv,
  );
  for (const [k, v] of Object.entries({ 'timeout-minutes': '5', ...inputs })) env[inputVariable(k)] = v;
  const child = spawn(process.execPath, [join(repoRoot, 'dist', 'run-job', 'index.js')], { cwd: work, env });
  let log = '';
  const waiters: { pattern: RegExp; resolve: () => void }[] = [];
  const onData = (d: Buffer): void => {
    log += stripMaskCommands(d.toString());
    for (const w of waiters.filter((x) => x.pattern.test(log))) w.resolve();
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)));
  return {
    child,
    exited,
    log: () => log,
    waitFor: (pattern: RegExp, ms = 60_000) =>
      new Promise<void>((resolve, reject) => {
        if (pattern.test(log)) return resolve();
        const timer = setTimeout(
          () => reject(new Error(`no ${pattern} in the log within ${ms} ms:\n${log}`)),
          ms,
        );
        waiters.push({ pattern, resolve: () => (clearTimeout(timer), resolve()) });
      }),
    state: () => parseOutputFile(readFileSync(env.GITHUB_STATE!, 'utf8')),
    cleanup: () => rmSync(step, { recursive: true, force: true }),
  };
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'mlops-run-job-'));
  mkdirSync(join(work, 'src'));
  writeFileSync(join(work, 'src', 'train.py'), TRAIN_PY);
  writeFileSync(join(work, 'src', 'prep.py'), PREP_PY);
  writeFileSync(join(work, 'src', 'tick.py'), TICK_PY);
  writeFileSync(join(work, 'src', 'ranks.py'), RANKS_PY);
  writeFileSync(join(work, 'distributed.yml'), DISTRIBUTED_JOB);
  copyFileSync(
    join(repoRoot, 'examples', 'diabetes', 'src', 'mlflow_log.py'),
    join(work, 'src', 'mlflow_log.py'),
  );
  writeFileSync(join(work, 'job.yml'), COMMAND_JOB);
  writeFileSync(join(work, 'pipeline.yml'), PIPELINE_JOB);
  emu = await start({ quiet: true });
  view = new EmulatorView(emu);
}, 120_000);

afterAll(async () => {
  await emu?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('run-job', () => {
  it('runs a pytorch-distributed job as 2 instances x 2 processes, streaming process 0 as azure-ai-ml does', async () => {
    const run = await runJob({ 'job-file': 'distributed.yml' });
    expect([run.exitCode, run.outputs.status]).toEqual([0, 'Completed']);
    const job = await view.arm('GET', `${view.wsPath()}/jobs/${run.outputs['job-name']}`);
    expect(job.body.properties.distribution).toMatchObject({
      distributionType: 'PyTorch',
      processCountPerInstance: 2,
    });
    expect(job.body.properties.resources).toMatchObject({ instanceCount: 2 });
    // Process 0's log (user_logs/std_log_process_0.txt) is the one streamed; the others stay in run history.
    expect(run.log).toMatch(/^rank 0 of 4 \(local 0, node 0\) master 127\.0\.0\.1:\d+$/m);
    expect(run.log).not.toMatch(/^rank [123] of 4/m);
  });

  it('runs a command job to Completed, streaming its log, with its metrics and output URIs', async () => {
    const run = await runJob({ 'job-file': 'job.yml' });
    expect(run.log).not.toMatch(/::error::/);
    expect(run.exitCode).toBe(0);
    const name = run.outputs['job-name']!;
    expect(name).toMatch(/^[a-z0-9_]+$/);
    expect(run.outputs.status).toBe('Completed');
    expect(JSON.parse(run.outputs.outputs!)).toEqual({ model: `azureml://jobs/${name}/outputs/model` });
    expect(JSON.parse(run.outputs.metrics!)).toEqual({ accuracy: 0.875, epochs: 3 });
    expect(run.outputs['studio-url']).toMatch(new RegExp(`^https://ml\\.azure\\.com/runs/${name}`));
    // Every line once, in order, after the job started running; the status changes as they happened.
    const lines = run.log.split('\n');
    const at = (text: string): number => lines.findIndex((l) => l.trim() === text);
    expect(at('epoch 0 done')).toBeGreaterThan(lines.findIndex((l) => l.includes(`Job ${name}: Running`)));
    expect(at('epoch 2 done')).toBeGreaterThan(at('epoch 0 done'));
    expect(lines.filter((l) => l.trim() === 'epoch 1 done')).toHaveLength(1);
    expect(run.log).toMatch(new RegExp(`Job ${name}: Completed`));
    expect(run.summary).toContain('Completed');
    expect(await jobStatus(name)).toBe('Completed');
  });

  it('reuses a code version whose blobs were lost only after uploading its files again; the job then runs', async () => {
    // The code version the job above registered (code-<digest>:1), and its blobs deleted behind the registry's back
    // (a kill of Azurite before it saved them, a storage restore): found by the fault campaign, where a rerun then
    // failed forever with "The code ... has no files".
    const first = await runJob({ 'job-file': 'job.yml' });
    expect(first.exitCode).toBe(0);
    const job = await view.arm('GET', `${view.wsPath()}/jobs/${first.outputs['job-name']}`);
    const code = await view.arm('GET', String(job.body.properties.codeId));
    expect(code.status).toBe(200);
    const uri = String(code.body.properties.codeUri);
    const prefix = `${uri.slice(uri.indexOf('/paths/') + '/paths/'.length).replace(/\/+$/, '')}/`;
    const container = view.container('dev', await view.accountKey('dev'));
    const names: string[] = [];
    for await (const b of container.listBlobsFlat({ prefix })) names.push(b.name);
    expect(names.length).toBeGreaterThan(1);
    for (const name of names) await container.getBlobClient(name).delete();

    const again = await runJob({ 'job-file': 'job.yml' });
    expect(again.log).toMatch(
      new RegExp(`Code code-[0-9a-f]{32}:1: ${names.length} file\\(s\\) missing .*uploading them again`),
    );
    expect(again.exitCode).toBe(0);
    expect(await jobStatus(again.outputs['job-name']!)).toBe('Completed');
    const restored: string[] = [];
    for await (const b of container.listBlobsFlat({ prefix })) restored.push(b.name);
    expect(restored.sort()).toEqual(names.sort());
  });

  it("fails a job whose script raises, with the script's traceback in the step log and the summary", async () => {
    const run = await runJob({ 'job-file': 'job.yml', set: 'inputs.fail=1' });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.status).toBe('Failed');
    expect(run.log).toMatch(/ValueError: the training data has no rows/);
    expect(run.log).toMatch(new RegExp(`::error::Job ${run.outputs['job-name']} failed`));
    expect(run.summary).toContain('Traceback');
    expect(run.summary).toContain('ValueError: the training data has no rows');
  });

  it('runs a pipeline: each step followed, its lines prefixed with the step, in dependency order', async () => {
    const run = await runJob({ 'job-file': 'pipeline.yml' });
    expect(run.exitCode).toBe(0);
    const name = run.outputs['job-name']!;
    expect(run.outputs.status).toBe('Completed');
    expect(run.log).toContain('[prep] prepared 442 rows');
    expect(run.log).toContain('[train] read 442 rows');
    expect(run.log.indexOf('[prep] prepared 442 rows')).toBeLessThan(
      run.log.indexOf('[train] read 442 rows'),
    );
    expect(JSON.parse(run.outputs.outputs!)).toEqual({ model: `azureml://jobs/${name}/outputs/model` });
    expect(JSON.parse(run.outputs.metrics!)).toMatchObject({ accuracy: 0.875 });
  });

  it('fails a pipeline whose step raises, naming the step, its error and its last lines', async () => {
    writeFileSync(join(work, 'pipeline-fail.yml'), PIPELINE_JOB.replace('--epochs 2', '--epochs 2 --fail 1'));
    const run = await runJob({ 'job-file': 'pipeline-fail.yml' });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.status).toBe('Failed');
    expect(run.log).toContain('[train] ValueError: the training data has no rows');
    expect(run.log).toMatch(
      new RegExp(
        `::error::Job ${run.outputs['job-name']} failed at step 'train' \\(job [^)]+\\): [\\s\\S]*ValueError`,
      ),
    );
    expect(run.summary).toContain('Last lines of the log of step train');
  });

  it('streams each line into the step log within 1 s of the job printing it (p95)', async () => {
    writeFileSync(join(work, 'tick.yml'), COMMAND_JOB.replace(/^command: .*$/m, 'command: python tick.py'));
    const step = startStep({ 'job-file': 'tick.yml' });
    const lags: number[] = [];
    step.child.stdout.on('data', (d: Buffer) => {
      const arrived = Date.now();
      for (const m of d.toString().matchAll(/^tick (\d+)$/gm)) lags.push(arrived - Number(m[1]));
    });
    try {
      expect(await step.exited).toBe(0);
    } finally {
      step.cleanup();
    }
    expect(lags).toHaveLength(30);
    lags.sort((a, b) => a - b);
    expect(lags[Math.ceil(lags.length * 0.95) - 1]).toBeLessThan(1_000);
  });

  it('with wait false returns once the job exists, and with stream-logs false prints no log lines', async () => {
    const quick = await runJob({ 'job-file': 'job.yml', wait: 'false' });
    expect(quick.exitCode).toBe(0);
    expect(quick.outputs['job-name']).toBeTruthy();
    expect(quick.outputs.metrics).toBe('{}');
    expect(quick.log).not.toMatch(/save-state name=job-name/);
    const quiet = await runJob({ 'job-file': 'job.yml', 'stream-logs': 'false' });
    expect(quiet.exitCode).toBe(0);
    expect(quiet.outputs.status).toBe('Completed');
    expect(quiet.log).not.toContain('epoch 0 done');
    expect(quiet.log).toMatch(/Job \S+: Completed/);
  });

  // The runner sends SIGINT first, SIGTERM 7.5 s later (docs.github.com, "Canceling a workflow"): either one cancels.
  it.each(['SIGINT', 'SIGTERM'] as const)(
    'cancels the job within 5 s when the workflow run is cancelled (%s to the step)',
    async (signal) => {
      const step = startStep({ 'job-file': 'job.yml', set: 'inputs.epochs=600\ninputs.sleep=0.1' });
      try {
        await step.waitFor(/epoch 3 done/);
        const name = step.state()['job-name']!;
        expect(name).toBeTruthy();
        const signalledAt = Date.now();
        step.child.kill(signal);
        const code = await step.exited;
        expect(code).toBe(1);
        expect(await jobStatus(name)).toBe('Canceled');
        expect(Date.now() - signalledAt).toBeLessThan(5_000);
        expect(step.log()).toMatch(new RegExp(`Received ${signal}: the workflow run was cancelled`));
        expect(step.state()['job-done']).toBe('true');
      } finally {
        step.child.kill('SIGKILL');
        step.cleanup();
      }
    },
  );

  it('cancels the job in the post step when the runner killed the step first', async () => {
    const step = startStep({ 'job-file': 'job.yml', set: 'inputs.epochs=600\ninputs.sleep=0.1' });
    let name = '';
    try {
      await step.waitFor(/epoch 1 done/);
      name = step.state()['job-name']!;
      step.child.kill('SIGKILL');
      await step.exited;
      expect(await jobStatus(name)).toBe('Running');
    } finally {
      step.cleanup();
    }
    const post = await runBundledAction('run-job', {
      inputs: { 'job-file': 'job.yml' },
      env: { ...emulatorEnv(emu), STATE_isPost: 'true', 'STATE_job-name': name },
      cwd: work,
    });
    expect(post.exitCode).toBe(0);
    expect(post.log).toMatch(new RegExp(`Job ${name} is still Running after the step ended: cancelling it`));
    expect(await jobStatus(name)).toBe('Canceled');
  });

  it('fails before any job exists with an unknown compute or data asset, naming the key', async () => {
    const before = await jobNames();
    const compute = await runJob({ 'job-file': 'job.yml', set: 'compute=azureml:no-such-cluster' });
    expect(compute.exitCode).toBe(1);
    expect(compute.log).toMatch(/compute/);
    expect(compute.log).toMatch(/no-such-cluster/);
    writeFileSync(
      join(work, 'job-data.yml'),
      COMMAND_JOB.replace(
        '  fail: 0\n',
        '  fail: 0\n  raw:\n    type: uri_file\n    path: azureml:no-such-data:1\n',
      ),
    );
    const data = await runJob({ 'job-file': 'job-data.yml' });
    expect(data.exitCode).toBe(1);
    expect(data.log).toMatch(/inputs\.raw/);
    expect(data.log).toMatch(/no-such-data/);
    expect(await jobNames()).toEqual(before);
  });

  it('fails before any job exists with a missing code folder or bad YAML', async () => {
    const before = await jobNames();
    writeFileSync(join(work, 'no-code.yml'), COMMAND_JOB.replace('code: ./src', 'code: ./missing'));
    writeFileSync(join(work, 'bad.yml'), 'type: command\ncommand: [unclosed\n');
    const noCode = await runJob({ 'job-file': 'no-code.yml' });
    expect(noCode.exitCode).toBe(1);
    expect(noCode.log).toMatch(/code/);
    const bad = await runJob({ 'job-file': 'bad.yml' });
    expect(bad.exitCode).toBe(1);
    expect(bad.log).toMatch(/bad\.yml/);
    expect(await jobNames()).toEqual(before);
  });
});
