// The checks submitJob makes before any write, one case each: every failure names the input, the file, the key and
// its line, and leaves the workspace untouched. Job files are written to a temporary workspace per test.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PipelineJobProperties } from '../../src/azureml/job-models.js';
import { ConfigurationError } from '../../src/errors.js';
import { parseSetOverrides } from '../../src/jobs/set-overrides.js';
import { submitJob } from '../../src/jobs/submit-job.js';
import { fakeWorkspace, WS_ID } from '../helpers/fake-job-workspace.js';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'jobs-checks-'));
  await mkdir(join(root, 'src'));
  await writeFile(join(root, 'src', 'train.py'), 'print("hi")\n');
});
afterEach(async () => rm(root, { recursive: true, force: true }));

const ENV = 'environment: azureml://registries/azureml/environments/sklearn-1.5/labels/latest';

async function run(yaml: string, options: { set?: string[]; ws?: ReturnType<typeof fakeWorkspace> } = {}) {
  await writeFile(join(root, 'job.yml'), yaml);
  const ws = options.ws ?? fakeWorkspace();
  const result = await submitJob(
    ws.client,
    { jobFile: join(root, 'job.yml'), workspaceRoot: root, set: options.set ?? [] },
    () => undefined,
    ws.ensureCode,
  ).then(
    (ok) => ({ ok, error: undefined }),
    (error: unknown) => ({ ok: undefined, error: error as Error }),
  );
  return { ws, ...result };
}

/** Runs a file that must fail: the ConfigurationError's message, after checking nothing was written. */
async function refused(
  yaml: string,
  options: { set?: string[]; ws?: ReturnType<typeof fakeWorkspace> } = {},
) {
  const { ws, error } = await run(yaml, options);
  expect(error).toBeInstanceOf(ConfigurationError);
  expect(ws.writes).toEqual([]);
  return error!.message;
}

describe('command job checks', () => {
  it('a missing code folder names code and its line', async () => {
    const message = await refused(`command: python train.py\ncode: ./nowhere\n${ENV}\n`);
    expect(message).toMatch(
      /^Input 'job-file' \(.*job\.yml\): line 2, code: the code folder .*nowhere does not exist/,
    );
  });

  it('a code path outside the workspace is refused', async () => {
    const message = await refused(`command: python train.py\ncode: ..\n${ENV}\n`);
    expect(message).toContain('line 2, code: the code folder');
    expect(message).toContain('is outside the workspace');
  });

  it('bad YAML names the line, without echoing the file', async () => {
    const message = await refused(`command: python train.py\n  environment: [oops\nsecret: s3cr3t-value\n`);
    expect(message).toContain('not valid YAML');
    expect(message).not.toContain('s3cr3t-value');
  });

  it('an unknown key lists the known ones', async () => {
    const message = await refused(`command: python train.py\n${ENV}\ncomptue: azureml:cpu-cluster\n`);
    expect(message).toContain('line 3, comptue: unknown key. Known keys here:');
  });

  it('a job type run-job does not run (sweep) names type', async () => {
    const message = await refused(`type: sweep\ntrial: ./x.yml\n`);
    expect(message).toContain('line 1, type: run-job runs command and pipeline jobs; a sweep job');
  });

  it('${{inputs.x}} of an input the job lacks names command', async () => {
    const message = await refused(
      `command: python train.py --lr \${{inputs.lr}}\n${ENV}\ninputs:\n  epochs: 3\n`,
    );
    expect(message).toContain('line 1, command: ${{inputs.lr}} names no input (inputs: epochs)');
  });

  it('an optional input in [...] may be missing', async () => {
    const { error } = await run(`command: python train.py [--lr \${{inputs.lr}}]\n${ENV}\n`);
    expect(error).toBeUndefined();
  });

  it('an environment not registered names environment', async () => {
    const message = await refused(`command: python train.py\nenvironment: azureml:my-env:3\n`);
    expect(message).toContain('line 2, environment: environment azureml:my-env:3 is not registered');
  });

  it('a literal input without a letter or digit is refused (the spec’s LiteralJobInput pattern)', async () => {
    const message = await refused(`command: echo \${{inputs.x}}\n${ENV}\ninputs:\n  x: "--"\n`);
    expect(message).toContain('line 4, inputs.x: the Azure ML API takes a literal input only if');
  });

  it('a local input that does not exist names its path key', async () => {
    const message = await refused(
      `command: ls \${{inputs.d}}\n${ENV}\ninputs:\n  d:\n    type: uri_folder\n    path: ./data\n`,
    );
    expect(message).toContain('line 6, inputs.d.path: the input');
  });

  it('a local folder given as a uri_file input is refused naming its path key', async () => {
    const message = await refused(
      `command: ls \${{inputs.d}}\n${ENV}\ninputs:\n  d:\n    type: uri_file\n    path: ./src\n`,
    );
    expect(message).toContain('line 6, inputs.d.path:');
    expect(message).toContain('is a folder, but type is uri_file');
  });

  it('an output path that is not a datastore path is refused', async () => {
    const message = await refused(
      `command: ls\n${ENV}\noutputs:\n  o:\n    type: uri_folder\n    path: https://example.com/x\n`,
    );
    expect(message).toContain('line 6, outputs.o.path: an output path is azureml://datastores/');
  });

  it('the job file must be inside the workspace', async () => {
    const ws = fakeWorkspace();
    const error = await submitJob(
      ws.client,
      { jobFile: '/etc/hosts', workspaceRoot: root },
      () => undefined,
      ws.ensureCode,
    ).catch((e: unknown) => e as Error);
    expect((error as Error).message).toContain("Input 'job-file': /etc/hosts is outside the workspace");
  });

  it('limits.timeout becomes an ISO duration; environment_variables and resources go as they are', async () => {
    const { ok, ws } = await run(
      `command: python train.py\ncode: src\n${ENV}\ncompute: cpu-cluster\nlimits:\n  timeout: 900\nenvironment_variables:\n  A: 1\nresources:\n  instance_count: 1\n  instance_type: Standard_DS3_v2\n`,
    );
    const p = ws.bodies.get(ok!.name)!.properties;
    expect(p).toMatchObject({
      limits: { jobLimitsType: 'Command', timeout: 'PT15M' },
      environmentVariables: { A: '1' },
      resources: { instanceCount: 1, instanceType: 'Standard_DS3_v2' },
      computeId: `${WS_ID}/computes/cpu-cluster`,
    });
  });
});

describe('--set overrides', () => {
  it('parses key.path=value, values as YAML scalars', () => {
    expect(
      parseSetOverrides(['inputs.lr=0.1', ' compute = azureml:gpu ', '', '# note', 'tags.team=true']),
    ).toEqual([
      { path: ['inputs', 'lr'], value: 0.1, text: 'inputs.lr' },
      { path: ['compute'], value: 'azureml:gpu', text: 'compute' },
      { path: ['tags', 'team'], value: true, text: 'tags.team' },
    ]);
  });

  it('refuses a line without key=value, naming its line', () => {
    expect(() => parseSetOverrides(['inputs.lr=1', 'no equals sign'])).toThrow(
      "Input 'set' line 2: expected key.path=value",
    );
  });

  it('refuses a path through a single value', async () => {
    const message = await refused(`command: ls\n${ENV}\n`, { set: ['command.x=1'] });
    expect(message).toContain("Input 'set': command.x: command is a single value in the job file");
  });

  it('fills an empty output with a mapping (jobs.<step>.outputs.<o>.mode=upload)', async () => {
    const { ok, ws } = await run(
      `type: pipeline\njobs:\n  a:\n    command: echo \${{outputs.o}}\n    ${ENV}\n    outputs:\n      o:\n`,
      { set: ['jobs.a.outputs.o.mode=upload'] },
    );
    const p = ws.bodies.get(ok!.name)!.properties as PipelineJobProperties;
    expect(p.jobs.a!.outputs).toEqual({ o: { job_output_type: 'uri_folder', mode: 'Upload' } });
  });
});

describe('pipeline checks', () => {
  const step = (name: string, input: string) =>
    `  ${name}:\n    command: cat \${{inputs.i}}\n    ${ENV}\n    inputs:\n      i: ${input}\n    outputs:\n      o:\n`;

  it('steps that read each other form a cycle: refused', async () => {
    const message = await refused(
      `type: pipeline\njobs:\n${step('a', '${{parent.jobs.b.outputs.o}}')}${step('b', '${{parent.jobs.a.outputs.o}}')}`,
    );
    expect(message).toMatch(/the steps read each other's outputs in a cycle \((a -> b -> a|b -> a -> b)\)/);
  });

  it('a binding to a step that does not exist names the input', async () => {
    const message = await refused(`type: pipeline\njobs:\n${step('a', '${{parent.jobs.zz.outputs.o}}')}`);
    expect(message).toContain('line 7, jobs.a.inputs.i: there is no step zz (steps: a)');
  });

  it('a binding to a pipeline input that does not exist names the input', async () => {
    const message = await refused(`type: pipeline\njobs:\n${step('a', '${{parent.inputs.nope}}')}`);
    expect(message).toContain('jobs.a.inputs.i: the pipeline has no input nope');
  });

  it('an output bound to a pipeline output that does not exist is refused', async () => {
    const message = await refused(
      `type: pipeline\njobs:\n  a:\n    command: echo \${{outputs.o}}\n    ${ENV}\n    outputs:\n      o: \${{parent.outputs.missing}}\n`,
    );
    expect(message).toContain('line 7, jobs.a.outputs.o: the pipeline has no output missing');
  });

  it('a registered component must exist; one that does is used by its id, with its inputs checked', async () => {
    const yaml = `type: pipeline\njobs:\n  train:\n    component: azureml:my_train:2\n    inputs:\n      epochs: 3\n`;
    expect(await refused(yaml)).toContain(
      'line 4, jobs.train.component: component my_train:2 is not registered',
    );
    const id = `${WS_ID}/components/my_train/versions/2`;
    const spec = {
      name: 'my_train',
      version: '2',
      type: 'command' as const,
      command: 'python t.py --epochs ${{inputs.epochs}} --rate ${{inputs.rate}}',
      environment: 'x',
      inputs: { epochs: { type: 'integer' as const }, rate: { type: 'number' as const } },
      _source: 'YAML.COMPONENT' as const,
    };
    const ws = fakeWorkspace({ components: { 'my_train:2': { id, name: 'my_train', version: '2', spec } } });
    expect(await refused(yaml, { ws })).toContain('jobs.train.inputs: the component needs input rate');
    const { ok } = await run(yaml.replace('epochs: 3', 'epochs: 3\n      rate: 0.5'), { ws });
    const p = ws.bodies.get(ok!.name)!.properties as PipelineJobProperties;
    expect(p.jobs.train).toMatchObject({
      componentId: id,
      inputs: { rate: { job_input_type: 'literal', value: '0.5' } },
    });
  });

  it('a component file outside the workspace is refused', async () => {
    const message = await refused(`type: pipeline\njobs:\n  a:\n    component: ../elsewhere.yml\n`);
    expect(message).toContain('line 4, jobs.a.component: the component file must be inside the workspace');
  });
});
