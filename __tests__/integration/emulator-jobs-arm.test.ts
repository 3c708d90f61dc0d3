// The ARM side of jobs, computes, data assets and components, through the emulator's HTTPS endpoint: what is
// stored and answered, what is refused before anything is stored (a 400 naming the property), who may do what, and
// the long-running cancel and delete. The engine's side (running the job) is emulator-jobs-run.test.ts.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AzureMachineLearningWorkspaces } from '@azure/arm-machinelearning';
import { JOB_STATUSES, isTerminalJobStatus } from '../../src/contract/jobs.js';
import { start, type RunningEmulator } from '../../src/emulator/index.js';
import { armCall, type ArmAnswer } from '../helpers/emulator-arm-call.js';
import { armClient, datastoreContainer } from '../helpers/emulator-sdk.js';

const RG = 'mlops-local';
let emu: RunningEmulator;
let admin: AzureMachineLearningWorkspaces;

const ws = (name = 'dev'): string =>
  `/subscriptions/${emu.subscriptionId}/resourceGroups/${RG}/providers/Microsoft.MachineLearningServices/workspaces/${name}`;
const call = (method: string, path: string, body?: unknown, principal = 'admin'): Promise<ArmAnswer> =>
  armCall(emu, method, path, { body, token: emu.tokens[principal]! });
const store = (path: string) => `azureml://datastores/workspaceblobstore/paths/${path}`;

/** Follows a 202's Location until the operation ends; returns the final answer. */
async function settle(answer: ArmAnswer): Promise<ArmAnswer> {
  expect(answer.status).toBe(202);
  const location = String(answer.headers.location);
  for (let i = 0; i < 200; i++) {
    const polled = await call('GET', location);
    if (polled.status !== 202) return polled;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the operation did not end');
}

const commandJob = (extra: Record<string, unknown> = {}) => ({
  properties: {
    jobType: 'Command',
    command: 'python -c "import time; time.sleep(30)" ${{inputs.data}} ${{outputs.model}}',
    environmentId: `${ws()}/environments/AzureML-sklearn-1.0-ubuntu20.04-py38-cpu/versions/1`,
    codeId: `${ws()}/codes/src/versions/1`,
    computeId: `${ws()}/computes/cpu-cluster`,
    experimentName: 'arm-tests',
    tags: { team: 'a' },
    inputs: {
      data: { jobInputType: 'uri_file', uri: `azureml:${ws()}/data/diabetes/versions/1`, mode: 'Download' },
      seed: { jobInputType: 'literal', value: '42' },
    },
    outputs: { model: { jobOutputType: 'uri_folder', mode: 'Upload' } },
    ...extra,
  },
});

beforeAll(async () => {
  emu = await start({ quiet: true, pageSize: 50 });
  admin = armClient(emu);
  const key = ((await admin.datastores.listSecrets(RG, 'dev', 'workspaceblobstore')) as { key: string }).key;
  const container = datastoreContainer(emu, 'dev', key);
  for (const [path, text] of [
    ['data/diabetes.csv', 'age,bmi\n1,2\n'],
    ['src/train.py', 'print("hi")\n'],
    ['tables/diabetes/MLTable', 'paths:\n  - file: ./diabetes.csv\n'],
    ['tables/diabetes/diabetes.csv', 'age,bmi\n'],
    ['tables/nomltable/diabetes.csv', 'age,bmi\n'],
  ]) {
    await container.getBlockBlobClient(path!).upload(text!, Buffer.byteLength(text!));
  }
  const code = await call('PUT', `${ws()}/codes/src/versions/1`, { properties: { codeUri: store('src/') } });
  expect(code.status).toBe(201);
}, 60_000);

afterAll(async () => {
  await emu?.stop();
});

describe('computes', () => {
  it('has the default cpu-cluster (0 to 4 nodes), readable through the SDK', async () => {
    const cluster = await admin.computeOperations.get(RG, 'dev', 'cpu-cluster');
    expect(cluster.properties).toMatchObject({
      computeType: 'AmlCompute',
      provisioningState: 'Succeeded',
      properties: { scaleSettings: { minNodeCount: 0, maxNodeCount: 4 } },
    });
    const names: string[] = [];
    for await (const c of admin.computeOperations.list(RG, 'prod')) names.push(c.name!);
    expect(names).toEqual(['cpu-cluster']);
  });

  it('creates, rescales and deletes a cluster; data scientists and readers may not create one', async () => {
    const body = {
      properties: {
        computeType: 'AmlCompute',
        properties: { vmSize: 'STANDARD_NC6', scaleSettings: { maxNodeCount: 2 } },
      },
    };
    for (const who of ['data-scientist', 'reader']) {
      expect((await call('PUT', `${ws()}/computes/gpu-cluster`, body, who)).status).toBe(403);
    }
    const created = await call('PUT', `${ws()}/computes/gpu-cluster`, body);
    expect(created.status).toBe(201);
    expect(created.body.properties.properties).toMatchObject({
      vmSize: 'STANDARD_NC6',
      scaleSettings: { minNodeCount: 0, maxNodeCount: 2 },
    });
    const patched = await call('PATCH', `${ws()}/computes/gpu-cluster`, {
      properties: { properties: { scaleSettings: { maxNodeCount: 3, minNodeCount: 1 } } },
    });
    expect(patched.status).toBe(200);
    expect(patched.body.properties.properties.scaleSettings).toMatchObject({
      minNodeCount: 1,
      maxNodeCount: 3,
    });
    const badScale = await call('PATCH', `${ws()}/computes/gpu-cluster`, {
      properties: { properties: { scaleSettings: { maxNodeCount: 1, minNodeCount: 2 } } },
    });
    expect(badScale).toMatchObject({
      status: 400,
      body: { error: { target: expect.stringContaining('minNodeCount') } },
    });
    const other = await call('PUT', `${ws()}/computes/k8s`, { properties: { computeType: 'Kubernetes' } });
    expect(other).toMatchObject({ status: 400, body: { error: { target: 'properties.computeType' } } });
    expect((await call('DELETE', `${ws()}/computes/gpu-cluster`)).status).toBe(400);
    expect(
      (await call('DELETE', `${ws()}/computes/gpu-cluster?underlyingResourceAction=Delete`)).status,
    ).toBe(200);
    expect((await call('GET', `${ws()}/computes/gpu-cluster`)).status).toBe(404);
  });
});

describe('data assets', () => {
  it('registers uri_file, uri_folder and mltable versions whose files exist', async () => {
    const file = await call('PUT', `${ws()}/data/diabetes/versions/1`, {
      properties: { dataType: 'uri_file', dataUri: store('data/diabetes.csv'), tags: { source: 'test' } },
    });
    expect(file.status).toBe(201);
    expect(file.body.properties).toMatchObject({ dataType: 'uri_file', isAnonymous: false });
    const container = await admin.dataContainers.get(RG, 'dev', 'diabetes');
    expect(container.properties).toMatchObject({
      dataType: 'uri_file',
      latestVersion: '1',
      nextVersion: '2',
    });
    const folder = await call('PUT', `${ws()}/data/raw/versions/1`, {
      properties: { dataType: 'uri_folder', dataUri: store('data/') },
    });
    expect(folder.status).toBe(201);
    const table = await call('PUT', `${ws()}/data/table/versions/1`, {
      properties: {
        dataType: 'mltable',
        dataUri: store('tables/diabetes/'),
        referencedUris: ['./diabetes.csv'],
      },
    });
    expect(table.status).toBe(201);
  });

  it('refuses missing files, an mltable folder without MLTable, and a version of another type', async () => {
    const cases: Array<[string, unknown, RegExp]> = [
      ['nofiles', { dataType: 'uri_folder', dataUri: store('nothing/') }, /points at no files/],
      ['nomltable', { dataType: 'mltable', dataUri: store('tables/nomltable/') }, /no MLTable file/],
      [
        'baddatastore',
        { dataType: 'uri_file', dataUri: 'azureml://datastores/nope/paths/x.csv' },
        /datastore 'nope'/,
      ],
    ];
    for (const [name, properties, message] of cases) {
      const answer = await call('PUT', `${ws()}/data/${name}/versions/1`, { properties });
      expect(answer).toMatchObject({ status: 400, body: { error: { target: 'properties.dataUri' } } });
      expect(answer.body.error.message).toMatch(message);
      expect((await call('GET', `${ws()}/data/${name}`)).status).toBe(404);
    }
    const mixed = await call('PUT', `${ws()}/data/diabetes/versions/2`, {
      properties: { dataType: 'uri_folder', dataUri: store('data/') },
    });
    expect(mixed).toMatchObject({ status: 400, body: { error: { target: 'properties.dataType' } } });
    const badType = await call('PUT', `${ws()}/data/x/versions/1`, {
      properties: { dataType: 'csv', dataUri: store('data/') },
    });
    expect(badType.status).toBe(400);
  });
});

describe('components', () => {
  const spec = {
    type: 'command',
    name: 'train',
    version: '1',
    command: 'python train.py --data ${{inputs.data}} --model ${{outputs.model}}',
    environment: 'azureml:AzureML-sklearn-1.0-ubuntu20.04-py38-cpu:1',
    inputs: { data: { type: 'uri_file' } },
    outputs: { model: { type: 'uri_folder' } },
  };

  it('registers a command component whose code and environment exist, and refuses one whose code does not', async () => {
    const good = await call('PUT', `${ws()}/components/train/versions/1`, {
      properties: {
        componentSpec: { ...spec, code: `azureml:${ws()}/codes/src/versions/1` },
        isAnonymous: false,
      },
    });
    expect(good.status).toBe(201);
    const bad = await call('PUT', `${ws()}/components/train/versions/2`, {
      properties: { componentSpec: { ...spec, code: `azureml:${ws()}/codes/src/versions/9` } },
    });
    expect(bad).toMatchObject({ status: 400, body: { error: { target: 'properties.componentSpec.code' } } });
    const sweep = await call('PUT', `${ws()}/components/train/versions/3`, {
      properties: { componentSpec: { ...spec, type: 'sweep' } },
    });
    expect(sweep).toMatchObject({
      status: 400,
      body: { error: { target: 'properties.componentSpec.type' } },
    });
  });
});

describe('jobs', () => {
  it('creates a command job, answers it with services and resolved outputs, and takes a retry of the same PUT', async () => {
    const created = await call('PUT', `${ws()}/jobs/arm_job_1`, commandJob());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      id: `${ws()}/jobs/arm_job_1`,
      type: 'Microsoft.MachineLearningServices/workspaces/jobs',
      properties: {
        status: 'NotStarted',
        experimentName: 'arm-tests',
        outputs: { model: { uri: store('azureml/arm_job_1/model/'), mode: 'Upload' } },
        services: { Studio: { jobServiceType: 'Studio' }, Tracking: { jobServiceType: 'Tracking' } },
      },
    });
    const again = await call('PUT', `${ws()}/jobs/arm_job_1`, commandJob({ tags: { team: 'b' } }));
    expect(again.status).toBe(200);
    expect(again.body.properties.tags).toEqual({ team: 'b' });
    const other = await call('PUT', `${ws()}/jobs/arm_job_1`, commandJob({ command: 'python other.py' }));
    expect(other.status).toBe(409);
    const job = await admin.jobs.get(RG, 'dev', 'arm_job_1');
    expect(JOB_STATUSES).toContain(job.properties.status);
  });

  it.each([
    ['an unknown compute', {}, 'properties.computeId'],
    [
      'an unknown data asset',
      { inputs: { data: { jobInputType: 'uri_file', uri: 'azureml:nope:1' } } },
      'properties.inputs.data.uri',
    ],
    ['an unknown code version', { codeId: 'azureml:src:7' }, 'properties.codeId'],
    ['a sweep job', { jobType: 'Sweep' }, 'properties.jobType'],
  ])('refuses %s before anything is stored', async (_what, extra, target) => {
    const body = commandJob(extra);
    // ARM ids need the running emulator's subscription: set here, not in the table.
    if (target === 'properties.computeId') body.properties.computeId = `${ws()}/computes/none`;
    const answer = await call('PUT', `${ws()}/jobs/refused_job`, body);
    expect(answer).toMatchObject({ status: 400, body: { error: { target } } });
    expect((await call('GET', `${ws()}/jobs/refused_job`)).status).toBe(404);
  });

  it('lets data scientists run jobs in dev only, and readers none', async () => {
    expect((await call('PUT', `${ws()}/jobs/ds_job`, commandJob(), 'data-scientist')).status).toBe(201);
    const prodJob = commandJob();
    const answer = await call('PUT', `${ws('prod')}/jobs/ds_job`, prodJob, 'data-scientist');
    expect(answer.status).toBe(403);
    expect((await call('PUT', `${ws()}/jobs/reader_job`, commandJob(), 'reader')).status).toBe(403);
    expect((await call('GET', `${ws()}/jobs/ds_job`, undefined, 'reader')).status).toBe(200);
  });

  it('cancels a job through a long-running operation', async () => {
    expect((await call('PUT', `${ws()}/jobs/to_cancel`, commandJob())).status).toBe(201);
    const final = await settle(await call('POST', `${ws()}/jobs/to_cancel/cancel`));
    expect(final.status).toBe(200);
    const job = await call('GET', `${ws()}/jobs/to_cancel`);
    expect(job.body.properties.status).toBe('Canceled');
    // Cancelling an ended job is accepted and changes nothing.
    expect((await settle(await call('POST', `${ws()}/jobs/to_cancel/cancel`))).status).toBe(200);
    expect((await call('POST', `${ws()}/jobs/missing/cancel`)).status).toBe(404);
  });

  it('lists jobs with the spec filters and hides pipeline steps', async () => {
    const pipeline = await call('PUT', `${ws()}/jobs/arm_pipeline`, {
      properties: {
        jobType: 'Pipeline',
        experimentName: 'arm-tests',
        inputs: { raw: { jobInputType: 'uri_file', uri: 'azureml:diabetes:1' } },
        outputs: { final: { jobOutputType: 'uri_folder' } },
        settings: { default_compute: `${ws()}/computes/cpu-cluster`, _source: 'YAML.JOB' },
        jobs: {
          train: {
            type: 'command',
            name: 'train',
            componentId: `${ws()}/components/train/versions/1`,
            inputs: { data: { job_input_type: 'literal', value: '${{parent.inputs.raw}}' } },
            outputs: { model: { type: 'literal', value: '${{parent.outputs.final}}' } },
            _source: 'YAML.JOB',
          },
        },
      },
    });
    expect(pipeline.status).toBe(201);
    expect(pipeline.body.properties.outputs.final.uri).toBe(store('azureml/arm_pipeline/final/'));
    const names = async (query: string): Promise<string[]> =>
      (await call('GET', `${ws()}/jobs${query}`)).body.value.map((j: { name: string }) => j.name).sort();
    expect(await names('?jobType=Pipeline')).toEqual(['arm_pipeline']);
    expect(await names('?tag=team')).toEqual(expect.arrayContaining(['arm_job_1', 'ds_job']));
    expect(await names('?tag=team')).not.toContain('arm_pipeline');
    const all = await names('');
    expect(all).toEqual(expect.arrayContaining(['arm_job_1', 'arm_pipeline', 'to_cancel']));
    // The engine makes the step's job; it is listed by its parent only, and answers as a job.
    let steps: string[] = [];
    for (let i = 0; i < 200 && steps.length === 0; i++) {
      steps = await names('?properties=azureml.parentrunid=arm_pipeline');
      if (steps.length === 0) await new Promise((r) => setTimeout(r, 50));
    }
    expect(steps).toHaveLength(1);
    expect(await names('')).not.toContain(steps[0]);
    const step = await call('GET', `${ws()}/jobs/${steps[0]}`);
    expect(step).toMatchObject({
      status: 200,
      body: { properties: { jobType: 'Command', displayName: 'train' } },
    });
  });

  it('deletes a job through a long-running operation, cancelling it first', async () => {
    const created = await call('PUT', `${ws()}/jobs/to_delete`, commandJob());
    expect(created.status).toBe(201);
    expect((await settle(await call('DELETE', `${ws()}/jobs/to_delete`))).status).toBe(200);
    expect((await call('GET', `${ws()}/jobs/to_delete`)).status).toBe(404);
    expect((await call('DELETE', `${ws()}/jobs/to_delete`)).status).toBe(204);
  });

  afterAll(async () => {
    // Leave nothing running behind.
    for (const name of ['arm_job_1', 'ds_job', 'arm_pipeline']) {
      const job = await call('GET', `${ws()}/jobs/${name}`);
      if (job.status === 200 && !isTerminalJobStatus(job.body.properties.status)) {
        await settle(await call('POST', `${ws()}/jobs/${name}/cancel`));
      }
    }
  });
});
