// register-model and package-model from a job's output, bundled, against the emulator: register-data registers the
// training data, a command job PUT through ARM trains on it (python3, stdlib), and the model registered from its
// output carries the job, code, environment and data asset version; a second job on the same data gives the same
// digest and the same version.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start, type RunningEmulator } from '../../src/emulator/index.js';
import { checkDigest } from '../../src/model/digest-check.js';
import { runBundledAction, type ActionRun } from '../helpers/action-runner.js';
import { armCall } from '../helpers/emulator-arm-call.js';
import { emulatorEnv } from '../helpers/emulator-env.js';
import { EmulatorView } from '../helpers/emulator-view.js';

let emu: RunningEmulator;
let view: EmulatorView;
let work: string;
let accountKey: string;

const ENV = 'azureml://registries/azureml/environments/sklearn-1.5/versions/1';
// Deterministic "training": the model is a digest of the data, written as the job's model output.
const TRAIN = [
  'import hashlib, os, sys',
  'data, out = sys.argv[1], sys.argv[2]',
  'os.makedirs(out, exist_ok=True)',
  "digest = hashlib.sha256(open(data, 'rb').read()).hexdigest()",
  "open(os.path.join(out, 'model.txt'), 'w').write('weights ' + digest + '\\n')",
  "print('trained on', os.path.basename(data))",
].join('\n');

const action = (name: string, inputs: Record<string, string>): Promise<ActionRun> =>
  runBundledAction(name, { inputs, env: emulatorEnv(emu), cwd: work });

const jobPath = (name: string): string => `${view.wsPath('dev')}/jobs/${name}`;

async function runJob(name: string, properties?: Record<string, unknown>): Promise<void> {
  const put = await armCall(emu, 'PUT', jobPath(name), {
    body: {
      properties: properties ?? {
        jobType: 'Command',
        experimentName: 'train',
        command: 'python train.py ${{inputs.training_data}} ${{outputs.model}}',
        codeId: `${view.wsPath('dev')}/codes/train-src/versions/1`,
        environmentId: ENV,
        inputs: {
          training_data: { jobInputType: 'uri_file', uri: 'azureml:diabetes-data:1', mode: 'Download' },
        },
        outputs: { model: { jobOutputType: 'uri_folder', mode: 'Upload' } },
      },
    },
  });
  expect([put.status, put.body?.error?.message]).toEqual([201, undefined]);
  const until = Date.now() + 60_000;
  for (;;) {
    const job = await armCall(emu, 'GET', jobPath(name));
    const status = job.body?.properties?.status as string;
    if (['Completed', 'Failed', 'Canceled'].includes(status)) {
      expect(status).toBe('Completed');
      return;
    }
    if (Date.now() > until) throw new Error(`job ${name} is still ${status}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  emu = await start({ quiet: true });
  view = new EmulatorView(emu);
  work = mkdtempSync(join(tmpdir(), 'model-from-job-'));
  accountKey = await view.accountKey('dev');
  mkdirSync(join(work, 'data'));
  writeFileSync(join(work, 'data', 'diabetes.csv'), 'age,bmi,target\n59,32.1,151\n48,21.6,75\n');
  const data = await action('register-data', { name: 'diabetes-data', path: 'data/diabetes.csv' });
  expect([data.exitCode, data.outputs.uri]).toEqual([0, 'azureml:diabetes-data:1']);
  // The training code as a code version (its files where az ml would put them).
  await view
    .container('dev', accountKey)
    .getBlockBlobClient('LocalUpload/c0de/src/train.py')
    .upload(TRAIN, TRAIN.length);
  const code = await armCall(emu, 'PUT', `${view.wsPath('dev')}/codes/train-src/versions/1`, {
    body: {
      properties: {
        codeUri: `azureml://subscriptions/${emu.subscriptionId}/resourcegroups/${emu.resourceGroup}/workspaces/dev/datastores/workspaceblobstore/paths/LocalUpload/c0de/src/`,
      },
    },
  });
  expect([code.status, code.body?.error?.message]).toEqual([201, undefined]);
  await runJob('train-a');
}, 180_000);

afterAll(async () => {
  await emu?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('a model from a job output', () => {
  let digest: string;

  it('is registered where the job wrote it, with the lineage of job, code, environment and data', async () => {
    const run = await action('register-model', {
      source: 'azureml://jobs/train-a/outputs/model',
      name: 'diabetes-classifier',
      tags: 'team=ml',
    });
    expect([run.exitCode, run.log.includes('Error') ? run.log : '']).toEqual([0, '']);
    digest = run.outputs.digest!;
    expect(run.outputs).toMatchObject({
      'model-version': '1',
      reused: 'false',
      'model-uri': 'azureml:diabetes-classifier:1',
    });
    const v = (await view.versions('diabetes-classifier')).get('1');
    expect(v.jobName).toBe('train-a');
    expect(v.modelUri).toBe(
      `azureml://subscriptions/${emu.subscriptionId}/resourcegroups/${emu.resourceGroup}/workspaces/dev/datastores/workspaceblobstore/paths/azureml/train-a/model/`,
    );
    expect(v.modelType).toBe('custom_model');
    expect(v.tags).toMatchObject({
      team: 'ml',
      'mlops.digest': digest,
      'mlops.source': 'job-output',
      'mlops.job': 'train-a',
      'mlops.job-output': 'azureml://jobs/train-a/outputs/model',
      'mlops.job-code': 'train-src:1',
      'mlops.job-environment': 'sklearn-1.5:1',
      'mlops.job-data': 'diabetes-data:1',
    });
    // The output's blob now carries its sha256, so deploy-endpoint can check the version's files.
    const props = await view
      .container('dev', accountKey)
      .getBlobClient('azureml/train-a/model/model.txt')
      .getProperties();
    expect(props.metadata?.sha256).toMatch(/^[0-9a-f]{64}$/);
    // deploy-endpoint's check (digest from the blobs' listing) agrees with the version's digest.
    const stored = [];
    for await (const b of view
      .container('dev', accountKey)
      .listBlobsFlat({ prefix: 'azureml/train-a/model/', includeMetadata: true }))
      stored.push({
        path: b.name.slice('azureml/train-a/model/'.length),
        size: b.properties.contentLength ?? 0,
        sha256: b.metadata?.sha256,
      });
    expect(checkDigest(stored, digest)).toMatchObject({ ok: true, files: 1 });
  });

  it('is promoted to preprod like any version (its files copied, the digest verified)', async () => {
    const run = await runBundledAction('register-model', {
      inputs: { source: `${view.wsPath('dev')}/models/diabetes-classifier/versions/1` },
      env: emulatorEnv(emu, 'preprod'),
      cwd: work,
    });
    expect([run.exitCode, run.exitCode === 0 ? '' : run.log]).toEqual([0, '']);
    expect(run.outputs).toMatchObject({ 'model-version': '1', digest });
    expect((await view.versions('diabetes-classifier', 'preprod')).get('1').tags).toMatchObject({
      'mlops.job': 'train-a',
      'mlops.job-data': 'diabetes-data:1',
    });
  });

  it('gives the same digest, and so the same version, for a second job on the same data', async () => {
    await runJob('train-b');
    const run = await action('register-model', {
      source: 'azureml://jobs/train-b/outputs/model',
      name: 'diabetes-classifier',
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ 'model-version': '1', reused: 'true', digest });
  });

  it('is packaged by package-model with the same digest and the job in its manifest, kept when registered', async () => {
    const run = await action('package-model', {
      'model-path': 'azureml://jobs/train-a/outputs/model',
      name: 'diabetes-classifier',
    });
    expect([run.exitCode, run.exitCode === 0 ? '' : run.log]).toEqual([0, '']);
    expect(run.outputs.digest).toBe(digest);
    const manifest = JSON.parse(
      readFileSync(join(run.outputs['package-path']!, 'mlops-package.json'), 'utf8'),
    );
    expect(manifest.job).toEqual({
      name: 'train-a',
      output: 'azureml://jobs/train-a/outputs/model',
      code: 'train-src:1',
      environment: 'sklearn-1.5:1',
      data: ['diabetes-data:1'],
    });
    const registered = await action('register-model', {
      'model-path': run.outputs['package-path']!,
      name: 'diabetes-packaged',
    });
    expect([registered.exitCode, registered.exitCode === 0 ? '' : registered.log]).toEqual([0, '']);
    expect((await view.versions('diabetes-packaged')).get('1').tags).toMatchObject({
      'mlops.source': 'package',
      'mlops.job': 'train-a',
      'mlops.job-code': 'train-src:1',
      'mlops.job-data': 'diabetes-data:1',
    });
  });

  it("takes a pipeline's code and environment from the step that writes its output", async () => {
    const ws = view.wsPath('dev');
    const component = await armCall(emu, 'PUT', `${ws}/components/train/versions/1`, {
      body: {
        properties: {
          componentSpec: {
            name: 'train',
            version: '1',
            type: 'command',
            command: 'python train.py ${{inputs.training_data}} ${{outputs.model}}',
            code: `azureml:${ws}/codes/train-src/versions/1`,
            environment: ENV,
            inputs: { training_data: { type: 'uri_file' } },
            outputs: { model: { type: 'uri_folder' } },
            _source: 'YAML.COMPONENT',
          },
          isAnonymous: false,
        },
      },
    });
    expect([component.status, component.body?.error?.message]).toEqual([201, undefined]);
    await runJob('pipe-a', {
      jobType: 'Pipeline',
      experimentName: 'train',
      inputs: { raw: { jobInputType: 'uri_file', uri: 'azureml:diabetes-data:1' } },
      outputs: { trained: { jobOutputType: 'uri_folder' } },
      jobs: {
        train: {
          type: 'command',
          name: 'train',
          componentId: `${ws}/components/train/versions/1`,
          inputs: { training_data: { job_input_type: 'literal', value: '${{parent.inputs.raw}}' } },
          outputs: { model: { type: 'literal', value: '${{parent.outputs.trained}}' } },
          _source: 'YAML.JOB',
        },
      },
      settings: { _source: 'YAML.JOB' },
    });
    const run = await action('register-model', {
      source: 'azureml://jobs/pipe-a/outputs/trained',
      name: 'diabetes-pipeline',
    });
    expect([run.exitCode, run.exitCode === 0 ? '' : run.log]).toEqual([0, '']);
    expect(run.outputs.digest).toBe(digest);
    expect((await view.versions('diabetes-pipeline')).get('1').tags).toMatchObject({
      'mlops.job': 'pipe-a',
      'mlops.job-step': 'train',
      'mlops.job-code': 'train-src:1',
      'mlops.job-environment': 'sklearn-1.5:1',
      'mlops.job-data': 'diabetes-data:1',
    });
  });

  it.each([
    ['azureml://jobs/no-such-job/outputs/model', "there is no job 'no-such-job'"],
    ['azureml://jobs/train-a/outputs/weights', "no output 'weights' (its outputs: model)"],
  ])('fails on %s, naming source', async (source, why) => {
    const run = await action('register-model', { source, name: 'diabetes-classifier' });
    expect(run.exitCode).toBe(1);
    expect(run.log).toContain("Input 'source'");
    expect(run.log).toContain(why);
  });
});
