// The job resources' checks before anything is stored (job-rules, job-references, pipeline-rules, component-rules)
// and what is stored: a fake workspace with one code, environment, data asset and component, and blobs in a set.
import { describe, expect, it } from '@jest/globals';
import type { ArmError } from '../../src/emulator/arm-error.js';
import { Context, type EmulatorConfig } from '../../src/emulator/context.js';
import { checkRequest } from '../../src/emulator/schema.js';
import { JobBase } from '../../src/emulator/schemas/jobs.js';
import { componentSpec } from '../../src/emulator/resources/component-rules.js';
import { checkJob, checkSameJob, jobResource } from '../../src/emulator/resources/job-rules.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { roleAllows } from '../../src/emulator/principals.js';
import {
  completeWorkspaces,
  initialState,
  readState,
  writeState,
  type EmulatorState,
  type Resource,
} from '../../src/emulator/state.js';

const SUB = '00000000-0000-4000-8000-000000000000';
const WS = `/subscriptions/${SUB}/resourceGroups/mlops-local/providers/Microsoft.MachineLearningServices/workspaces/dev`;
const version = (properties: Record<string, unknown>): Resource => ({ properties }) as unknown as Resource;
const COMPONENT = {
  type: 'command',
  command: 'python train.py --data ${{inputs.data}} --model ${{outputs.model}}',
  environment: `azureml:${WS}/environments/env/versions/1`,
  code: `azureml:${WS}/codes/code/versions/1`,
  inputs: { data: { type: 'uri_folder' }, seed: { type: 'integer', optional: true } },
  outputs: { model: { type: 'uri_folder' } },
};

function context(blobs: string[] = ['data/train.csv']): { ctx: Context; state: EmulatorState } {
  const state = initialState();
  const dev = state.workspaces.dev!;
  dev.assets.codes.code = { resource: {} as Resource, versions: { '1': version({ codeUri: 'x' }) } };
  dev.assets.environments.env = { resource: {} as Resource, versions: { '1': version({ image: 'python' }) } };
  dev.assets.data.diabetes = {
    resource: {} as Resource,
    versions: {
      '1': version({
        dataType: 'uri_file',
        dataUri: 'azureml://datastores/workspaceblobstore/paths/data/train.csv',
      }),
    },
  };
  dev.assets.components.train = {
    resource: {} as Resource,
    versions: { '1': version({ componentSpec: COMPONENT }) },
  };
  const exists = (_container: string, path: string): Promise<boolean> =>
    Promise.resolve(blobs.some((b) => b === path || b.startsWith(path.replace(/\/?$/, '/'))));
  const accounts = { of: () => ({ exists }) } as unknown as ConstructorParameters<typeof Context>[2];
  const config: EmulatorConfig = {
    armEndpoint: 'https://127.0.0.1:4443',
    blobHost: '127.0.0.1:10000',
    pageSize: 20,
    gatewayEndpoint: '',
  };
  const ctx = new Context(
    state,
    config,
    accounts,
    () => undefined,
    undefined as never,
    undefined as never,
    undefined as never,
  );
  return { ctx, state };
}

const command = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  jobType: 'Command',
  command: 'python train.py --data ${{inputs.data}} --out ${{outputs.model}}',
  environmentId: `${WS}/environments/env/versions/1`,
  codeId: `${WS}/codes/code/versions/1`,
  computeId: `${WS}/computes/cpu-cluster`,
  inputs: {
    data: { jobInputType: 'uri_file', uri: `azureml:${WS}/data/diabetes/versions/1`, mode: 'Download' },
  },
  outputs: { model: { jobOutputType: 'uri_folder' } },
  ...extra,
});

async function refusal(run: () => Promise<unknown>): Promise<ArmError> {
  try {
    await run();
  } catch (error) {
    return error as ArmError;
  }
  throw new Error('no refusal');
}

const pipeline = (jobs: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  jobType: 'Pipeline',
  inputs: { raw: { jobInputType: 'uri_file', uri: 'azureml:diabetes:1' } },
  outputs: { final: { jobOutputType: 'uri_folder' } },
  settings: { default_compute: `${WS}/computes/cpu-cluster` },
  jobs,
  ...extra,
});
const step = (inputs: Record<string, unknown>, outputs: Record<string, unknown> = {}) => ({
  type: 'command',
  componentId: `${WS}/components/train/versions/1`,
  inputs,
  outputs,
});
const bind = (value: string) => ({ job_input_type: 'literal', value });

describe('command jobs', () => {
  it('accepts a job whose compute, code, environment and data exist, and its body passes the spec', async () => {
    const { ctx, state } = context();
    await expect(checkJob(ctx, state.workspaces.dev!, command())).resolves.toBeUndefined();
    expect(() => checkRequest(JobBase, { properties: command() }, 'Job')).not.toThrow();
    // Serverless: no compute, an instance type.
    const serverless = command({ computeId: undefined, resources: { instanceType: 'Standard_DS3_v2' } });
    await expect(checkJob(ctx, state.workspaces.dev!, serverless)).resolves.toBeUndefined();
  });

  it.each([
    [
      'an unknown compute',
      { computeId: `${WS}/computes/gpu-cluster` },
      'properties.computeId',
      /gpu-cluster.*does not exist.*cpu-cluster/,
    ],
    [
      'a compute of another workspace',
      { computeId: `${WS.replace('/dev', '/prod')}/computes/cpu-cluster` },
      'properties.computeId',
      /workspace 'prod'/,
    ],
    [
      'an unknown code version',
      { codeId: `${WS}/codes/code/versions/9` },
      'properties.codeId',
      /code .* does not exist/,
    ],
    [
      'an unknown environment',
      { environmentId: `${WS}/environments/env/versions/2` },
      'properties.environmentId',
      /env:2/,
    ],
    [
      'an unknown data asset',
      { inputs: { data: { jobInputType: 'uri_file', uri: 'azureml:nope:1' } } },
      'properties.inputs.data.uri',
      /data asset 'azureml:nope:1' does not exist/,
    ],
    [
      'a datastore path with no files',
      {
        inputs: {
          data: { jobInputType: 'uri_folder', uri: 'azureml://datastores/workspaceblobstore/paths/missing/' },
        },
      },
      'properties.inputs.data.uri',
      /points at no files/,
    ],
    [
      'more instances than the cluster has nodes',
      { resources: { instanceCount: 5 } },
      'properties.resources.instanceCount',
      /at most 4 nodes/,
    ],
    [
      'a command naming an input the job lacks',
      { command: 'python x.py ${{inputs.other}}' },
      'properties.command',
      /no input 'other'/,
    ],
  ])('refuses %s (a 400 naming the property)', async (_what, extra, target, message) => {
    const { ctx, state } = context();
    const error = await refusal(() => checkJob(ctx, state.workspaces.dev!, command(extra)));
    expect(error).toMatchObject({ status: 400, target });
    expect(error.message).toMatch(message);
  });

  it('lets optional $[[...]] parts name inputs the job leaves out', async () => {
    const { ctx, state } = context();
    const job = command({
      command: 'python x.py ${{inputs.data}} $[[--seed ${{inputs.seed}}]] ${{outputs.model}}',
    });
    await expect(checkJob(ctx, state.workspaces.dev!, job)).resolves.toBeUndefined();
  });

  it('stores outputs with their default uri, the services, and status NotStarted', () => {
    const { ctx, state } = context();
    const r = jobResource(ctx, state.workspaces.dev!, 'bright_lamp_1', command(), 'admin');
    expect(r.id).toBe(`${WS}/jobs/bright_lamp_1`);
    expect(r.properties).toMatchObject({
      status: 'NotStarted',
      experimentName: 'Default',
      displayName: 'bright_lamp_1',
      outputs: {
        model: {
          jobOutputType: 'uri_folder',
          mode: 'ReadWriteMount',
          uri: 'azureml://datastores/workspaceblobstore/paths/azureml/bright_lamp_1/model/',
        },
      },
      services: {
        Studio: { jobServiceType: 'Studio', endpoint: `https://ml.azure.com/runs/bright_lamp_1?wsid=${WS}` },
        Tracking: { jobServiceType: 'Tracking', endpoint: `azureml://127.0.0.1:4443/mlflow/v1.0${WS}` },
      },
    });
  });

  it('takes the same job again (a retry) and refuses another job under the same name with a 409', () => {
    const { ctx, state } = context();
    const ws = state.workspaces.dev!;
    const first = jobResource(ctx, ws, 'j', command(), 'admin');
    first.properties.status = 'Running';
    expect(() =>
      checkSameJob(first, jobResource(ctx, ws, 'j', command({ tags: { a: 'b' } }), 'admin', first)),
    ).not.toThrow();
    let error: ArmError | undefined;
    try {
      checkSameJob(first, jobResource(ctx, ws, 'j', command({ command: 'python other.py' }), 'admin', first));
    } catch (e) {
      error = e as ArmError;
    }
    expect(error).toMatchObject({
      status: 409,
      details: [expect.objectContaining({ target: 'properties.command' })],
    });
  });
});

describe('pipeline jobs', () => {
  const prep = step({ data: bind('${{parent.inputs.raw}}') });
  const train = (from = 'prep') =>
    step(
      { data: bind(`\${{parent.jobs.${from}.outputs.model}}`) },
      { model: { type: 'literal', value: '${{parent.outputs.final}}' } },
    );

  it('accepts steps bound to the pipeline and to each other', async () => {
    const { ctx, state } = context();
    await expect(
      checkJob(ctx, state.workspaces.dev!, pipeline({ prep, train: train() })),
    ).resolves.toBeUndefined();
  });

  it.each([
    ['no steps', {}, 'properties.jobs', /needs its steps/],
    [
      'a step bound to a step that does not exist',
      { train: train('nope') },
      'properties.jobs.train.inputs.data',
      /step 'nope'/,
    ],
    [
      'a binding to an unknown pipeline input',
      { prep: step({ data: bind('${{parent.inputs.other}}') }) },
      'properties.jobs.prep.inputs.data',
      /parent.inputs.other/,
    ],
    [
      'an input the component does not declare',
      { prep: step({ data: bind('${{parent.inputs.raw}}'), x: bind('1') }) },
      'properties.jobs.prep.inputs.x',
      /no input 'x'/,
    ],
    [
      'a required component input left out',
      { prep: step({}) },
      'properties.jobs.prep.inputs',
      /required input 'data'/,
    ],
    [
      'a binding that is not a binding',
      { prep: step({ data: bind('${{parent.jobz.a}}') }) },
      'properties.jobs.prep.inputs.data',
      /not one a pipeline step can use/,
    ],
    [
      'an unknown component',
      { prep: { ...prep, componentId: `${WS}/components/train/versions/7` } },
      'properties.jobs.prep.componentId',
      /component .* does not exist/,
    ],
    [
      'a step of another type',
      { prep: { ...prep, type: 'sweep' } },
      'properties.jobs.prep.type',
      /must be a command node/,
    ],
    ['steps in a cycle', { a: train('b'), b: train('a') }, 'properties.jobs', /cycle/],
  ])('refuses %s (a 400 naming the property)', async (_what, jobs, target, message) => {
    const { ctx, state } = context();
    const error = await refusal(() => checkJob(ctx, state.workspaces.dev!, pipeline(jobs)));
    expect(error).toMatchObject({ status: 400, target });
    expect(error.message).toMatch(message);
  });

  it('refuses an unknown default compute', async () => {
    const { ctx, state } = context();
    const job = pipeline({ prep }, { settings: { default_compute: `${WS}/computes/nope` } });
    const error = await refusal(() => checkJob(ctx, state.workspaces.dev!, job));
    expect(error).toMatchObject({ status: 400, target: 'properties.settings.default_compute' });
  });
});

describe('components', () => {
  it('accepts a command component and refuses what the emulator cannot run, naming the key', () => {
    expect(componentSpec(COMPONENT)).toBe(COMPONENT);
    const bad: Array<[unknown, string]> = [
      [{ ...COMPONENT, type: 'pipeline' }, 'properties.componentSpec.type'],
      [{ ...COMPONENT, command: '' }, 'properties.componentSpec.command'],
      [{ ...COMPONENT, environment: undefined }, 'properties.componentSpec.environment'],
      [{ ...COMPONENT, command: 'python x.py ${{inputs.nope}}' }, 'properties.componentSpec.command'],
      [{ ...COMPONENT, outputs: { m: { type: 'string' } } }, 'properties.componentSpec.outputs.m.type'],
      ['text', 'properties.componentSpec'],
    ];
    for (const [spec, target] of bad) {
      expect(() => componentSpec(spec)).toThrow(expect.objectContaining({ status: 400, target }));
    }
  });
});

describe('state', () => {
  it('gives every workspace the default cluster, and migrates a state written before jobs', () => {
    const state = initialState();
    const cluster = state.workspaces.dev!.computes!['cpu-cluster']!;
    expect(cluster.properties).toMatchObject({
      computeType: 'AmlCompute',
      provisioningState: 'Succeeded',
      properties: { scaleSettings: { minNodeCount: 0, maxNodeCount: 4 } },
    });
    const old = JSON.parse(JSON.stringify(state)) as EmulatorState;
    for (const ws of Object.values(old.workspaces)) {
      delete ws.computes;
      delete ws.jobs;
      delete (ws.assets as Partial<typeof ws.assets>).data;
      delete (ws.assets as Partial<typeof ws.assets>).components;
    }
    const migrated = completeWorkspaces(old).workspaces.prod!;
    expect(Object.keys(migrated.computes!)).toEqual(['cpu-cluster']);
    expect(migrated.jobs).toEqual({});
    expect(migrated.assets.data).toEqual({});
    // A cluster deleted on purpose stays deleted.
    migrated.computes = {};
    expect(completeWorkspaces(old).workspaces.prod!.computes).toEqual({});
  });

  it('reads a state file written before jobs with the default cluster and empty jobs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'emulator-state-'));
    try {
      const old = initialState();
      for (const ws of Object.values(old.workspaces)) {
        delete ws.computes;
        delete ws.jobs;
      }
      writeState(dir, old);
      const read = readState(dir)!;
      expect(read.workspaces.dev!.computes!['cpu-cluster']!.id).toBe(`${WS}/computes/cpu-cluster`);
      expect(read.workspaces.dev!.jobs).toEqual({});
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('roles', () => {
  it('lets data scientists run and cancel jobs but not create or delete computes', () => {
    const ds = 'AzureML Data Scientist' as const;
    const a = (what: string) => `Microsoft.MachineLearningServices/workspaces/${what}`;
    expect(roleAllows(ds, a('jobs/write'))).toBe(true);
    expect(roleAllows(ds, a('jobs/cancel/action'))).toBe(true);
    expect(roleAllows(ds, a('computes/read'))).toBe(true);
    expect(roleAllows(ds, a('computes/write'))).toBe(false);
    expect(roleAllows(ds, a('computes/delete'))).toBe(false);
    expect(roleAllows('Reader', a('jobs/cancel/action'))).toBe(false);
    expect(roleAllows('Owner', a('computes/write'))).toBe(true);
  });
});
