// submitJob on Microsoft's own CLI v2 job files (__tests__/fixtures/azureml-examples, verbatim), against a
// workspace in memory: the REST body each file becomes, and every check made before anything is written.
import { describe, expect, it } from '@jest/globals';
import { join, resolve } from 'node:path';
import type { CommandJobProperties, PipelineJobProperties } from '../../src/azureml/job-models.js';
import { ConfigurationError } from '../../src/errors.js';
import { planJob } from '../../src/jobs/job-plan.js';
import { ANONYMOUS_COMPONENT } from '../../src/jobs/job-writes.js';
import { readJobFile } from '../../src/jobs/job-yaml.js';
import { DEFINITION_PROPERTY, submitJob } from '../../src/jobs/submit-job.js';
import { fakeWorkspace, WS_ID } from '../helpers/fake-job-workspace.js';

const ROOT = resolve('__tests__/fixtures/azureml-examples');
const JOBS = join(ROOT, 'cli/jobs');
const REGISTRY_ENV = 'azureml://registries/azureml/environments/sklearn-1.5/labels/latest';

const submit = (
  ws: ReturnType<typeof fakeWorkspace>,
  file: string,
  set: string[] = [],
  experimentName?: string,
) =>
  submitJob(
    ws.client,
    { jobFile: join(JOBS, file), workspaceRoot: ROOT, set, ...(experimentName ? { experimentName } : {}) },
    () => undefined,
    ws.ensureCode,
  );

/** The error submitJob throws, checked to be a ConfigurationError. */
async function failure(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigurationError);
  return (error as Error).message;
}

describe('submitJob: command jobs', () => {
  it('hello-code.yml: code folder as a code version, inline image as an anonymous environment, serverless', async () => {
    const ws = fakeWorkspace();
    const { name, created, job } = await submit(ws, 'basics/hello-code.yml');
    expect(created).toBe(true);
    // generate_job_name of azure-ai-ml: <adjective>_<noun>_<10 of bcdfghjklmnpqrstvwxyz0123456789>
    expect(name).toMatch(/^[a-z]+_[a-z]+_[b-df-hj-np-tv-z0-9]{10}$/);
    const p = ws.bodies.get(name)!.properties as CommandJobProperties;
    expect(p.jobType).toBe('Command');
    expect(p.command).toBe('ls');
    expect(p.codeId).toMatch(new RegExp(`^${WS_ID}/codes/code-[0-9a-f]{32}/versions/1$`));
    expect(p.environmentId).toMatch(
      new RegExp(`^${WS_ID}/environments/CliV2AnonymousEnvironment/versions/[0-9a-f]{30}$`),
    );
    expect(p.computeId).toBeUndefined();
    expect(p.properties?.[DEFINITION_PROPERTY]).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(ws.writes).toEqual([
      expect.stringMatching(/^environment CliV2AnonymousEnvironment:/),
      `job ${name}`,
    ]);
    expect(job.properties.status).toBe('NotStarted');
  });

  it('hello-iris-file.yml: a uri_file input from a URL, a registry environment sent as it is', async () => {
    const ws = fakeWorkspace();
    const { name } = await submit(ws, 'basics/hello-iris-file.yml');
    const p = ws.bodies.get(name)!.properties as CommandJobProperties;
    expect(p.inputs).toEqual({
      iris_csv: {
        jobInputType: 'uri_file',
        uri: 'https://azuremlexamples.blob.core.windows.net/datasets/iris.csv',
      },
    });
    expect(p.environmentId).toBe(REGISTRY_ENV);
    expect(p.command).toContain('python hello-iris.py --iris-csv ${{inputs.iris_csv}}');
  });

  it('hello-world-input.yml: literals as the CLI sends them (str of the value)', async () => {
    const ws = fakeWorkspace();
    const { name } = await submit(ws, 'basics/hello-world-input.yml');
    expect((ws.bodies.get(name)!.properties as CommandJobProperties).inputs).toEqual({
      hello_string: { jobInputType: 'literal', value: 'hello world' },
      hello_number: { jobInputType: 'literal', value: '42' },
    });
  });

  it('hello-dataset.yml: azureml:<name>@latest becomes azureml:<ARM id of the newest version>, mode ro_mount', async () => {
    const ws = fakeWorkspace({ data: { sampledata: ['1', '2'] } });
    const { name } = await submit(ws, 'basics/hello-dataset.yml');
    expect((ws.bodies.get(name)!.properties as CommandJobProperties).inputs).toEqual({
      sampledata: {
        jobInputType: 'uri_folder',
        uri: `azureml:${WS_ID}/data/sampledata/versions/2`,
        mode: 'ReadOnlyMount',
      },
    });
  });

  it('an unknown data asset fails naming the key and its line, and nothing is written', async () => {
    const ws = fakeWorkspace({ data: {} });
    const message = await failure(submit(ws, 'basics/hello-dataset.yml'));
    expect(message).toContain('hello-dataset.yml');
    expect(message).toContain('line 8, inputs.sampledata.path');
    expect(message).toContain('data asset sampledata@latest does not exist');
    expect(ws.writes).toEqual([]);
  });

  it('cifar-distributed job.yml: distribution, resources and compute; an unknown compute fails before any write', async () => {
    const ws = fakeWorkspace({
      data: { 'cifar-10-example': ['1'] },
      environments: ['AzureML-acpt-pytorch-2.8-cuda12.6:latest'],
    });
    const message = await failure(submit(ws, 'single-step/pytorch/cifar-distributed/job.yml'));
    expect(message).toContain("line 15, compute: compute 'gpu-cluster' does not exist in workspace 'ws-dev'");
    expect(ws.writes).toEqual([]);

    const { name } = await submit(ws, 'single-step/pytorch/cifar-distributed/job.yml', [
      'compute=azureml:cpu-cluster',
      'inputs.epochs=3',
    ]);
    const p = ws.bodies.get(name)!.properties as CommandJobProperties;
    expect(p.computeId).toBe(`${WS_ID}/computes/cpu-cluster`);
    expect(p.distribution).toEqual({ distributionType: 'PyTorch', processCountPerInstance: 1 });
    expect(p.resources).toEqual({ instanceCount: 2 });
    expect(p.inputs!.epochs).toEqual({ jobInputType: 'literal', value: '3' });
    expect(p.inputs!.learning_rate).toEqual({ jobInputType: 'literal', value: '0.2' });
    expect(p.experimentName).toBe('pytorch-cifar-distributed-example');
    expect(p.displayName).toBe('pytorch-cifar-distributed-example');
    expect(p.environmentId).toBe(`${WS_ID}/environments/AzureML-acpt-pytorch-2.8-cuda12.6/versions/latest`);
  });

  it('experiment-name replaces the file’s experiment_name', async () => {
    const ws = fakeWorkspace();
    const { name } = await submit(ws, 'basics/hello-world-org.yml', [], 'ci-runs');
    const p = ws.bodies.get(name)!.properties as CommandJobProperties;
    expect(p.experimentName).toBe('ci-runs');
    expect(p.tags).toEqual({ hello: 'world' });
  });

  it('a named job: the same definition again is found, not created; another definition is refused', async () => {
    const ws = fakeWorkspace();
    const first = await submit(ws, 'basics/hello-world.yml', ['name=my_job_1']);
    expect(first).toMatchObject({ name: 'my_job_1', created: true });
    const again = await submit(ws, 'basics/hello-world.yml', ['name=my_job_1']);
    expect(again).toMatchObject({ name: 'my_job_1', created: false });
    expect(ws.writes.filter((w) => w.startsWith('job '))).toEqual(['job my_job_1']);
    const message = await failure(
      submit(ws, 'basics/hello-world.yml', ['name=my_job_1', 'command=echo other']),
    );
    expect(message).toContain('a job named my_job_1 already exists');
    expect(ws.writes.filter((w) => w.startsWith('job '))).toEqual(['job my_job_1']);
  });
});

describe('submitJob: pipeline jobs', () => {
  it('hello-pipeline-io.yml: inline steps become anonymous components; bindings go as literals', async () => {
    const ws = fakeWorkspace();
    const { name } = await submit(ws, 'basics/hello-pipeline-io.yml');
    const p = ws.bodies.get(name)!.properties as PipelineJobProperties;
    expect(p.jobType).toBe('Pipeline');
    expect(p.displayName).toBe('hello_pipeline_io');
    expect(Object.keys(p.jobs)).toEqual(['hello_job', 'world_job']);
    const hello = p.jobs.hello_job!;
    const world = p.jobs.world_job!;
    expect(hello).toMatchObject({
      type: 'command',
      name: 'hello_job',
      computeId: `${WS_ID}/computes/cpu-cluster`,
      outputs: { world_output: { job_output_type: 'uri_folder' } },
      _source: 'YAML.JOB',
    });
    expect(world.inputs).toEqual({
      world_input: { job_input_type: 'literal', value: '${{parent.jobs.hello_job.outputs.world_output}}' },
    });
    expect(hello.componentId).toMatch(
      new RegExp(`^${WS_ID}/components/${ANONYMOUS_COMPONENT}/versions/[0-9a-f]{30}$`),
    );
    const helloComponent = [...ws.components.values()].find((c) => c.id === hello.componentId)!.spec!;
    expect(helloComponent).toMatchObject({
      type: 'command',
      command: 'echo "hello" && echo "world" > ${{outputs.world_output}}/world.txt',
      environment: REGISTRY_ENV,
      outputs: { world_output: { type: 'uri_folder' } },
    });
    const worldComponent = [...ws.components.values()].find((c) => c.id === world.componentId)!.spec!;
    expect(worldComponent.inputs).toEqual({ world_input: { type: 'uri_folder' } });
    // components first, in dependency order, then the job
    expect(ws.writes.map((w) => w.split(' ')[0])).toEqual(['component', 'component', 'job']);
  });

  it('hello-pipeline-abc.yml: pipeline literal inputs, default compute from settings', async () => {
    const ws = fakeWorkspace();
    const { name } = await submit(ws, 'basics/hello-pipeline-abc.yml');
    const p = ws.bodies.get(name)!.properties as PipelineJobProperties;
    expect(p.inputs).toEqual({
      hello_string_top_level_input: { jobInputType: 'literal', value: 'hello world' },
    });
    expect(p.settings).toEqual({ default_compute: `${WS_ID}/computes/cpu-cluster`, _source: 'YAML.JOB' });
    expect(p.jobs.a!.computeId).toBe(`${WS_ID}/computes/cpu-cluster`);
    expect(p.jobs.a!.inputs).toEqual({
      hello_string: { job_input_type: 'literal', value: '${{parent.inputs.hello_string_top_level_input}}' },
    });
  });

  it('hello-pipeline-serverless.yml: default_compute azureml:serverless sends no compute', async () => {
    const ws = fakeWorkspace();
    const { name } = await submit(ws, 'basics/hello-pipeline-serverless.yml');
    const p = ws.bodies.get(name)!.properties as PipelineJobProperties;
    expect(p.jobs.hello_job!.computeId).toBeUndefined();
    expect(p.settings).toEqual({ _source: 'YAML.JOB' });
    expect(ws.calls.some((c) => c.startsWith('getCompute'))).toBe(false);
  });

  it('hello-pipeline-default-artifacts.yml: a step reads another step’s artifacts output', async () => {
    const ws = fakeWorkspace();
    const { name } = await submit(ws, 'basics/hello-pipeline-default-artifacts.yml');
    const p = ws.bodies.get(name)!.properties as PipelineJobProperties;
    expect(p.jobs.hello_job!.outputs).toEqual({ artifacts: { job_output_type: 'uri_folder' } });
    expect(p.jobs.world_job!.inputs!.world_input).toEqual({
      job_input_type: 'literal',
      value: '${{parent.jobs.hello_job.outputs.artifacts}}',
    });
  });

  it('1b_e2e_registered_components: interactive services are refused with their line, before any read', async () => {
    const ws = fakeWorkspace();
    const message = await failure(
      submit(ws, 'pipelines-with-components/basics/1b_e2e_registered_components/pipeline.yml'),
    );
    expect(message).toContain('line 35, jobs.train_job.services: interactive services');
    expect(ws.calls).toEqual([]);
  });

  it('1a_e2e_local_components: component files read, steps ordered by what they read, local data checked', async () => {
    const ws = fakeWorkspace();
    const file = join(JOBS, 'pipelines-with-components/basics/1a_e2e_local_components/pipeline.yml');
    const spec = await readJobFile(file, { input: 'job-file', overrides: [], setInput: 'set', root: ROOT });
    const plan = await planJob({ client: ws.client, root: ROOT, input: 'job-file' }, spec);
    if (plan.kind !== 'pipeline') throw new Error('expected a pipeline plan');
    expect(plan.order).toEqual(['train_job', 'score_job', 'evaluate_job']);
    const train = plan.steps.train_job!;
    expect(train.component.kind === 'new' && train.component.spec).toMatchObject({
      name: 'train',
      version: '10',
      inputs: { max_epocs: { type: 'integer' }, learning_rate: { type: 'number', default: '0.01' } },
      outputs: { model_output: { type: 'uri_folder' } },
    });
    expect(train.inputs.training_data).toMatchObject({
      kind: 'data',
      type: 'uri_folder',
      data: { kind: 'local', source: { dataType: 'uri_folder', rootName: 'data' } },
    });
    expect(plan.spec.outputs.pipeline_job_trained_model).toMatchObject({
      kind: 'data',
      type: 'uri_folder',
      mode: 'Upload',
    });
    expect(ws.writes).toEqual([]);
  });
});
