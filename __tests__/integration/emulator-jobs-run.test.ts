// The emulator's job engine and data plane with real processes (python3, stdlib scripts): a command job with code,
// a data input and an output, MLflow metrics with the job's own token, live logs in run history, a failing
// script's traceback, cancel of a process tree, distribution, compute limits, pipelines, restart recovery.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:https';
import { request as httpRequest } from 'node:http';
import { join, relative } from 'node:path';
import {
  MLFLOW_ROUTES,
  mlflowBasePath,
  runChildrenPath,
  runDetailsPath,
  workspaceScope,
  type RunDetails,
} from '../../src/contract/jobs.js';
import { runChildren } from '../../src/emulator/data-plane/run-history.js';
import { runOf } from '../../src/emulator/jobs/run-record.js';
import { startEngineHarness, type EngineHarness } from '../helpers/job-engine-harness.js';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'emulator-jobs', 'src');
const CODE_PATH = 'LocalUpload/0123abcd/src';
const BLOBSTORE = 'azureml-blobstore-dev';

let h: EngineHarness;
let wsId: string;
let scope: string;

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

function httpsJson(
  method: string,
  path: string,
  token: string | null,
  body?: unknown,
): Promise<{ status: number; body: Json }> {
  const text = body === undefined ? '' : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      `${h.endpoint}${path}`,
      {
        method,
        ca: readFileSync(h.caCertPath),
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(text),
        },
      },
      (res) => {
        let out = '';
        res.on('data', (d: Buffer) => (out += d.toString()));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: out ? JSON.parse(out) : undefined }),
        );
      },
    );
    req.on('error', reject);
    req.end(text);
  });
}

/** A plain GET of a blob SAS URL (no bearer), from byte `from`. */
function readLog(url: string, from = 0): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers: { Range: `bytes=${from}-` } }, (res) => {
      let out = '';
      res.on('data', (d: Buffer) => (out += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: out }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Whether a process runs (a zombie no init reaped yet is dead). */
function alive(pid: number): boolean {
  try {
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function waitFor(name: string, statuses: string[], timeoutMs = 30_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const status = runOf(h.ws, name).status;
    if (statuses.includes(status)) return status;
    await sleep(20);
  }
  throw new Error(
    `job ${name} is ${runOf(h.ws, name).status}, not ${statuses.join('/')} after ${timeoutMs} ms`,
  );
}

const ENV = () => `${wsId}/environments/local/versions/1`;

/** Stores a job as the ARM job resource does (status NotStarted), then starts it. */
function submit(name: string, properties: Record<string, unknown>): void {
  h.ws.jobs![name] = {
    id: `${wsId}/jobs/${name}`,
    name,
    type: 'Microsoft.MachineLearningServices/workspaces/jobs',
    properties: { experimentName: 'tests', environmentId: ENV(), ...properties, status: 'NotStarted' },
    systemData: h.ctx.systemData('admin'),
  };
  h.engine.start(h.ws, name);
}

const command = (cmd: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  jobType: 'Command',
  command: cmd,
  codeId: `azureml:${wsId}/codes/src/versions/1`,
  ...extra,
});

async function details(name: string): Promise<RunDetails> {
  const answer = await httpsJson('GET', runDetailsPath(scope, name), h.tokens.admin!);
  expect(answer.status).toBe(200);
  return answer.body as RunDetails;
}

function version(
  kind: 'codes' | 'data' | 'components',
  name: string,
  properties: Record<string, unknown>,
): void {
  const resource = (id: string) => ({
    id,
    name,
    type: kind,
    properties,
    systemData: h.ctx.systemData('admin'),
  });
  h.ws.assets[kind][name] = {
    resource: resource(`${wsId}/${kind}/${name}`),
    versions: { '1': resource(`${wsId}/${kind}/${name}/versions/1`) },
  };
}

beforeAll(async () => {
  h = await startEngineHarness();
  wsId = h.ctx.wsId(h.ws);
  scope = workspaceScope(h.ctx.state.subscriptionId, h.ctx.state.resourceGroup, 'dev');
  const container = h.ctx.storageOf(h.ws).service.getContainerClient(BLOBSTORE);
  for (const file of readdirSync(FIXTURE)) {
    await container
      .getBlockBlobClient(`${CODE_PATH}/${relative(FIXTURE, join(FIXTURE, file))}`)
      .uploadFile(join(FIXTURE, file));
  }
  await container.getBlockBlobClient('data/rows.csv').upload('a,b\n1,2\n3,4\n', 12);
  const ds = `azureml://subscriptions/${h.ctx.state.subscriptionId}/resourcegroups/${h.ctx.state.resourceGroup}/workspaces/dev/datastores/workspaceblobstore/paths`;
  version('codes', 'src', { codeUri: `${ds}/${CODE_PATH}/` });
  version('data', 'rows', { dataType: 'uri_file', dataUri: `${ds}/data/rows.csv` });
}, 60_000);

afterAll(async () => {
  await h?.stop();
});

describe('a command job', () => {
  it('runs with its code, a data asset input and an output, logs MLflow metrics, and ends Completed', async () => {
    process.env.MLOPS_SECRET = 'never-seen-by-jobs';
    submit(
      'train-1',
      command('python train.py ${{inputs.data}} ${{inputs.lr}} ${{outputs.model}}', {
        inputs: {
          data: {
            jobInputType: 'uri_file',
            uri: `azureml:${wsId}/data/rows/versions/1`,
            mode: 'ReadOnlyMount',
          },
          lr: { jobInputType: 'literal', value: '0.5' },
        },
        outputs: { model: { jobOutputType: 'uri_folder', mode: 'ReadWriteMount' } },
        environmentVariables: { MY_SETTING: 'on' },
      }),
    );
    expect(await waitFor('train-1', ['Completed', 'Failed', 'Canceled'])).toBe('Completed');
    delete process.env.MLOPS_SECRET;
    // Stored NotStarted (as the ARM resource stores it), then each change saved as it happened.
    expect(h.history['train-1']).toEqual(['Queued', 'Preparing', 'Running', 'Finalizing', 'Completed']);

    const d = await details('train-1');
    expect(d).toMatchObject({ runId: 'train-1', status: 'Completed', error: null });
    expect(Date.parse(d.endTimeUtc!)).toBeGreaterThanOrEqual(Date.parse(d.startTimeUtc!));
    expect(Object.keys(d.logFiles)).toEqual(['user_logs/std_log.txt']);
    const log = await readLog(d.logFiles['user_logs/std_log.txt']!);
    expect(log.text).toContain('rows 3\n');
    expect(log.text).toContain('input mode 0o444');
    expect(log.text).toContain('param 200');
    expect(log.text).toContain('metric 200');
    expect(log.text).toContain('other run 403');
    expect(log.text).toContain('secrets []');
    expect(log.text).toContain('run train-1 tests on');

    const output = h.ctx
      .storageOf(h.ws)
      .service.getContainerClient(BLOBSTORE)
      .getBlobClient('azureml/train-1/model/model.txt');
    expect((await output.downloadToBuffer()).toString()).toBe('lr=0.5');

    const base = mlflowBasePath(scope);
    const run = await httpsJson('GET', `${base}${MLFLOW_ROUTES.getRun}?run_id=train-1`, h.tokens.reader!);
    expect(run.status).toBe(200);
    expect(run.body.run.info).toMatchObject({ run_id: 'train-1', status: 'FINISHED' });
    expect(run.body.run.data.metrics).toEqual([expect.objectContaining({ key: 'rows', value: 3, step: 0 })]);
    expect(run.body.run.data.params).toEqual([{ key: 'lr', value: '0.5' }]);
    // The reader reads; it cannot log. Unknown runs are MLflow's 404.
    const write = await httpsJson('POST', `${base}${MLFLOW_ROUTES.setTag}`, h.tokens.reader!, {
      run_id: 'train-1',
      key: 'k',
      value: 'v',
    });
    expect(write).toMatchObject({ status: 403, body: { error_code: 'PERMISSION_DENIED' } });
    // mlflow.end_run() posts runs/update: answered, the job's status stays the engine's.
    const update = await httpsJson('POST', `${base}/api/2.0/mlflow/runs/update`, h.tokens.admin!, {
      run_id: 'train-1',
      status: 'KILLED',
    });
    expect(update).toMatchObject({
      status: 200,
      body: { run_info: { run_id: 'train-1', status: 'FINISHED' } },
    });
    const missing = await httpsJson('GET', `${base}${MLFLOW_ROUTES.getRun}?run_id=nope`, h.tokens.admin!);
    expect(missing).toMatchObject({ status: 404, body: { error_code: 'RESOURCE_DOES_NOT_EXIST' } });
    // The job's token ended with the job; no token is ARM's 401.
    expect((await httpsJson('GET', runDetailsPath(scope, 'train-1'), null)).status).toBe(401);
    const discovery = await httpsJson('GET', '/discovery', null);
    expect(discovery.body.api).toBe(h.endpoint);
  });

  it('a script that raises fails the job with its traceback', async () => {
    submit('fail-1', command('python fail.py'));
    expect(await waitFor('fail-1', ['Completed', 'Failed', 'Canceled'])).toBe('Failed');
    const d = await details('fail-1');
    expect(d.error!.error!.code).toBe('UserError');
    expect(d.error!.error!.message).toMatch(
      /^Execution failed\. User process 'python' exited with status code 1\..*Error: Traceback \(most recent call last\):.*RuntimeError: the data has no rows$/s,
    );
    expect((await readLog(d.logFiles['user_logs/std_log.txt']!)).text).toContain('loading the data');
  });

  it('an input the command names but the job lacks fails it, naming the reference', async () => {
    submit('bad-ref', command('python train.py ${{inputs.nothing}}'));
    expect(await waitFor('bad-ref', ['Completed', 'Failed'])).toBe('Failed');
    expect(runOf(h.ws, 'bad-ref').error?.message).toMatch(/no input named 'nothing'/);
  });
});

describe('logs and cancel', () => {
  it('the log grows while the job runs, readable by range; cancel kills the process tree within 5 s', async () => {
    submit('sleepy', command('python sleeper.py'));
    await waitFor('sleepy', ['Running']);
    let url = '';
    let first = '';
    const until = Date.now() + 10_000;
    while (!first.includes('tick 2') && Date.now() < until) {
      url = (await details('sleepy')).logFiles['user_logs/std_log.txt'] ?? '';
      if (url) first = (await readLog(url)).text;
      await sleep(50);
    }
    expect(first).toMatch(/^child \d+\n/);
    const childPid = Number(/^child (\d+)/.exec(first)![1]);
    await sleep(400);
    // The log is appended as the process writes, so a read can end inside a line: read on from the last whole line.
    const more = await readLog(url, Buffer.byteLength(first.slice(0, first.lastIndexOf('\n') + 1)));
    expect(more.status).toBe(206);
    expect(more.text).toMatch(/^tick \d+\n/);

    const asked = Date.now();
    await h.engine.cancel(h.ws, 'sleepy');
    expect(Date.now() - asked).toBeLessThan(5_000);
    expect(runOf(h.ws, 'sleepy').status).toBe('Canceled');
    expect(h.history['sleepy']).toContain('CancelRequested');
    expect(alive(childPid)).toBe(false);
  });

  it('a job that ignores SIGTERM is killed 2 s later, still within 5 s', async () => {
    submit('stubborn', command('trap "" TERM; python sleeper.py'));
    await waitFor('stubborn', ['Running']);
    await sleep(300);
    const asked = Date.now();
    await h.engine.cancel(h.ws, 'stubborn');
    const took = Date.now() - asked;
    expect(took).toBeGreaterThanOrEqual(1_900);
    expect(took).toBeLessThan(5_000);
    expect(runOf(h.ws, 'stubborn').status).toBe('Canceled');
  });

  it('limits.timeout cancels the job, saying so', async () => {
    submit('slow', command('python sleeper.py', { limits: { jobLimitsType: 'Command', timeout: 'PT1S' } }));
    expect(await waitFor('slow', ['Completed', 'Failed', 'Canceled'], 10_000)).toBe('Canceled');
    expect(runOf(h.ws, 'slow').error?.code).toBe('JobTimeout');
  });
});

describe('distribution and compute limits', () => {
  it('PyTorch: one process per instance and process, each with its own log', async () => {
    submit(
      'dist',
      command('python rank.py', {
        resources: { instanceCount: 2 },
        distribution: { distributionType: 'PyTorch', processCountPerInstance: 2 },
      }),
    );
    expect(await waitFor('dist', ['Completed', 'Failed'])).toBe('Completed');
    const d = await details('dist');
    expect(Object.keys(d.logFiles).sort()).toEqual(
      [0, 1, 2, 3].map((r) => `user_logs/std_log_process_${r}.txt`),
    );
    const three = await readLog(d.logFiles['user_logs/std_log_process_3.txt']!);
    expect(three.text).toBe('RANK=3 WORLD_SIZE=4 LOCAL_RANK=1 NODE_RANK=1 MASTER_ADDR=127.0.0.1 port True\n');
  });

  it('a cluster runs at most max nodes at once: the next job stays Queued', async () => {
    h.ws.computes!.tiny = {
      ...h.ws.computes!['cpu-cluster']!,
      name: 'tiny',
      id: `${wsId}/computes/tiny`,
      properties: {
        computeType: 'AmlCompute',
        properties: { scaleSettings: { minNodeCount: 0, maxNodeCount: 1 } },
      },
    };
    submit('first', command('python sleeper.py 20', { computeId: `${wsId}/computes/tiny` }));
    submit('second', command('python sleeper.py 1', { computeId: `${wsId}/computes/tiny` }));
    await waitFor('first', ['Running']);
    await sleep(300);
    expect(runOf(h.ws, 'second').status).toBe('Queued');
    expect(await waitFor('first', ['Completed'])).toBe('Completed');
    expect(await waitFor('second', ['Completed', 'Failed'])).toBe('Completed');
    expect(runOf(h.ws, 'second').target).toBe('tiny');
    submit(
      'too-big',
      command('python rank.py', { computeId: `${wsId}/computes/tiny`, resources: { instanceCount: 2 } }),
    );
    expect(await waitFor('too-big', ['Failed'])).toBe('Failed');
    expect(runOf(h.ws, 'too-big').error?.message).toMatch(
      /asks for 2 instances; compute 'tiny' has at most 1 nodes/,
    );
  });
});

describe('pipelines', () => {
  const node = (script: string, inputs: Record<string, unknown>, outputs: Record<string, unknown> = {}) => ({
    type: 'command',
    componentId: `${wsId}/components/${script}/versions/1`,
    inputs,
    outputs,
    _source: 'YAML.JOB',
  });
  const component = (script: string) =>
    version('components', script, {
      componentSpec: {
        type: 'command',
        command: `python ${script}.py \${{inputs.src}} \${{outputs.out}}`,
        code: `azureml:${wsId}/codes/src/versions/1`,
        environment: `azureml:${ENV()}`,
        inputs: { src: { type: 'uri_folder' } },
        outputs: { out: { type: 'uri_folder' } },
      },
    });

  const broken = () =>
    version('components', 'broken', {
      componentSpec: {
        command: 'python fail.py',
        code: `azureml:${wsId}/codes/src/versions/1`,
        environment: ENV(),
        outputs: { out: { type: 'uri_folder' } },
      },
    });

  it('runs steps in order as child jobs of their own, binding outputs to inputs and to the parent', async () => {
    component('prep');
    component('count');
    submit('pipe', {
      jobType: 'Pipeline',
      inputs: { raw: { jobInputType: 'uri_file', uri: `azureml:${wsId}/data/rows/versions/1` } },
      outputs: { counted: { jobOutputType: 'uri_folder' } },
      settings: { default_compute: 'azureml:cpu-cluster' },
      jobs: {
        prep: node('prep', { src: { job_input_type: 'literal', value: '${{parent.inputs.raw}}' } }),
        count: node(
          'count',
          { src: { job_input_type: 'literal', value: '${{parent.jobs.prep.outputs.out}}' } },
          { out: { type: 'literal', value: '${{parent.outputs.counted}}' } },
        ),
      },
    });
    expect(await waitFor('pipe', ['Completed', 'Failed', 'Canceled'])).toBe('Completed');
    const d = await details('pipe');
    expect(d.logFiles).toEqual({});
    const children = await httpsJson('GET', runChildrenPath(scope, 'pipe'), h.tokens.admin!);
    expect(children.status).toBe(200);
    expect(
      children.body.value.map((c: { displayName: string; status: string }) => [c.displayName, c.status]),
    ).toEqual([
      ['prep', 'Completed'],
      ['count', 'Completed'],
    ]);
    expect(children.body).toMatchObject({ continuationToken: null, nextLink: null });
    // A page at a time, as the emulator's lists are: the token of the next page in continuationToken and nextLink.
    const link = `https://127.0.0.1/history/children`;
    const first = runChildren(h.ws, 'pipe', { token: null, pageSize: 1, link });
    expect(first).toMatchObject({ continuationToken: '1', nextLink: `${link}?%24continuationtoken=1` });
    const second = runChildren(h.ws, 'pipe', { token: first.continuationToken!, pageSize: 1, link });
    expect([...first.value, ...second.value].map((c) => c.displayName)).toEqual(['prep', 'count']);
    expect(second).toMatchObject({ continuationToken: null, nextLink: null });
    expect(() => runChildren(h.ws, 'pipe', { token: 'x', pageSize: 1, link })).toThrow(/is not a token/);
    const countJob = h.ws.jobs![children.body.value[1].runId]!;
    expect(countJob.properties).toMatchObject({
      displayName: 'count',
      computeId: `${wsId}/computes/cpu-cluster`,
      properties: { 'azureml.parentrunid': 'pipe', 'azureml.nodeid': 'count' },
    });
    const blob = h.ctx
      .storageOf(h.ws)
      .service.getContainerClient(BLOBSTORE)
      .getBlobClient('azureml/pipe/counted/count.txt');
    expect((await blob.downloadToBuffer()).toString()).toBe('2');
  });

  it("a step's default artifacts (./outputs of its working directory) bind to the next step", async () => {
    // azureml-examples cli/jobs/basics/hello-pipeline-default-artifacts.yml, with its steps as components.
    version('components', 'hello', {
      componentSpec: { command: 'echo "hello" && echo "world" > ./outputs/world.txt', environment: ENV() },
    });
    version('components', 'world', {
      componentSpec: {
        command: 'cat ${{inputs.world_input}}/outputs/world.txt',
        environment: ENV(),
        inputs: { world_input: { type: 'uri_folder' } },
      },
    });
    submit('pipe-artifacts', {
      jobType: 'Pipeline',
      jobs: {
        hello_job: {
          type: 'command',
          componentId: `${wsId}/components/hello/versions/1`,
          outputs: { artifacts: null },
        },
        world_job: {
          type: 'command',
          componentId: `${wsId}/components/world/versions/1`,
          inputs: {
            world_input: { job_input_type: 'literal', value: '${{parent.jobs.hello_job.outputs.artifacts}}' },
          },
        },
      },
    });
    expect(await waitFor('pipe-artifacts', ['Completed', 'Failed', 'Canceled'])).toBe('Completed');
    const world = runOf(h.ws, 'pipe-artifacts').children[1]!;
    const log = await readLog((await details(world)).logFiles['user_logs/std_log.txt']!);
    expect(log.text).toBe('world\n');
  });

  it('cancelling a pipeline cancels its running steps', async () => {
    version('components', 'sleeper', {
      componentSpec: {
        command: 'python sleeper.py',
        code: `azureml:${wsId}/codes/src/versions/1`,
        environment: ENV(),
      },
    });
    const sleeper = { type: 'command', componentId: `${wsId}/components/sleeper/versions/1` };
    submit('pipe-cancel', { jobType: 'Pipeline', jobs: { a: sleeper, b: sleeper } });
    const until = Date.now() + 20_000;
    while (
      runOf(h.ws, 'pipe-cancel').children.filter((c) => runOf(h.ws, c).status === 'Running').length < 2
    ) {
      if (Date.now() > until) throw new Error('the two steps never ran side by side');
      await sleep(20);
    }
    const asked = Date.now();
    await h.engine.cancel(h.ws, 'pipe-cancel');
    expect(Date.now() - asked).toBeLessThan(5_000);
    const run = runOf(h.ws, 'pipe-cancel');
    expect(run.status).toBe('Canceled');
    expect(run.children.map((c) => runOf(h.ws, c).status)).toEqual(['Canceled', 'Canceled']);
  });

  it('continue_on_step_failure: independent steps still run, dependents are skipped, the pipeline fails', async () => {
    broken();
    submit('pipe-go-on', {
      jobType: 'Pipeline',
      inputs: { raw: { jobInputType: 'uri_file', uri: `azureml:${wsId}/data/rows/versions/1` } },
      settings: { continue_on_step_failure: true },
      jobs: {
        broken: { type: 'command', componentId: `${wsId}/components/broken/versions/1` },
        after: node('count', {
          src: { job_input_type: 'literal', value: '${{parent.jobs.broken.outputs.out}}' },
        }),
        alone: node('prep', { src: { job_input_type: 'literal', value: '${{parent.inputs.raw}}' } }),
      },
    });
    expect(await waitFor('pipe-go-on', ['Completed', 'Failed', 'Canceled'])).toBe('Failed');
    const steps = runOf(h.ws, 'pipe-go-on').children.map((c) => [runOf(h.ws, c).step, runOf(h.ws, c).status]);
    expect(steps.sort()).toEqual([
      ['alone', 'Completed'],
      ['broken', 'Failed'],
    ]);
  });

  it('a failed step fails the pipeline, naming the step, and the steps after it never start', async () => {
    broken();
    submit('pipe-fail', {
      jobType: 'Pipeline',
      jobs: {
        broken: { type: 'command', componentId: `${wsId}/components/broken/versions/1` },
        after: node('count', {
          src: { job_input_type: 'literal', value: '${{parent.jobs.broken.outputs.out}}' },
        }),
      },
    });
    expect(await waitFor('pipe-fail', ['Completed', 'Failed', 'Canceled'])).toBe('Failed');
    const run = runOf(h.ws, 'pipe-fail');
    expect(run.children).toHaveLength(1);
    expect(run.error?.message).toMatch(
      /^Pipeline step 'broken' \(job [0-9a-f-]+\) ended Failed: Execution failed\..*RuntimeError: the data has no rows/s,
    );
  });
});

describe('restart', () => {
  it('recover() fails the jobs a previous emulator left unfinished, saying why', () => {
    h.ws.jobs!.orphan = {
      ...h.ws.jobs!['train-1']!,
      name: 'orphan',
      properties: { ...h.ws.jobs!['train-1']!.properties, status: 'Running' },
    };
    h.engine.recover();
    expect(runOf(h.ws, 'orphan')).toMatchObject({
      status: 'Failed',
      error: { code: 'SystemError', message: 'The emulator restarted while the job was running.' },
    });
    expect(h.ws.jobs!.orphan!.properties.status).toBe('Failed');
    expect(runOf(h.ws, 'train-1').status).toBe('Completed');
  });
});
