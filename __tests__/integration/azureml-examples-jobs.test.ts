// Microsoft's own job YAMLs (Azure/azureml-examples cli/jobs/basics, verbatim in __tests__/fixtures), run through
// the bundled run-job on the emulator as a user who copied them would: serverless and cluster jobs, inline image and
// registry environments (a label, not a version), literal inputs, environment variables, the ./outputs artifacts,
// pipelines bound step to step, an output path with ${{name}}; and the two that must fail, each in its own way.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { start, type RunningEmulator } from '../../src/emulator/index.js';
import { repoRoot, runBundledAction, type ActionRun } from '../helpers/action-runner.js';
import { emulatorEnv } from '../helpers/emulator-env.js';
import { EmulatorView } from '../helpers/emulator-view.js';

const BASICS = join(repoRoot, '__tests__', 'fixtures', 'azureml-examples', 'cli', 'jobs', 'basics');
let emu: RunningEmulator;
let view: EmulatorView;

beforeAll(async () => {
  emu = await start({ quiet: true });
  view = new EmulatorView(emu);
}, 60_000);
afterAll(async () => {
  await emu?.stop();
});

/** Runs `<file>.yml` with the repository as the workspace, as `uses: ./actions/run-job` would in a checkout. */
const run = (file: string): Promise<ActionRun> =>
  runBundledAction('run-job', {
    inputs: { 'job-file': join(BASICS, `${file}.yml`), 'timeout-minutes': '5' },
    env: emulatorEnv(emu, 'dev', 'data-scientist'),
  });

async function job(name: string): Promise<Record<string, unknown>> {
  const res = await view.arm('GET', `${view.wsPath()}/jobs/${name}`);
  expect(res.status).toBe(200);
  return res.body.properties as Record<string, unknown>;
}

function completed(r: ActionRun): void {
  expect({ exit: r.exitCode, status: r.outputs['status'], log: r.exitCode === 0 ? '' : r.log }).toEqual({
    exit: 0,
    status: 'Completed',
    log: '',
  });
}

describe('azureml-examples cli/jobs/basics through run-job', () => {
  it('hello-world: serverless, an inline image environment', async () => {
    const r = await run('hello-world');
    completed(r);
    expect(r.log).toMatch(/^hello world$/m);
    const p = await job(r.outputs['job-name']!);
    expect(p.jobType).toBe('Command');
    expect(p.computeId ?? null).toBeNull();
    // The CLI registers an inline environment as an anonymous version; the job names it by its ARM id.
    expect(p.environmentId).toMatch(/\/environments\/CliV2AnonymousEnvironment\/versions\/\w+$/);
  });

  it('hello-world-input: literal inputs substituted in a two-line command', async () => {
    const r = await run('hello-world-input');
    completed(r);
    expect(r.log).toMatch(/^hello world$[\s\S]*^42$/m);
  });

  it('hello-world-env-var: environment_variables reach the command', async () => {
    const r = await run('hello-world-env-var');
    completed(r);
    expect(r.log).toMatch(/^hello world$/m);
  });

  it('hello-world-output: ./outputs becomes the job artifacts', async () => {
    const r = await run('hello-world-output');
    completed(r);
    const name = r.outputs['job-name']!;
    const blobs = await view.blobNames('dev');
    expect(blobs).toContain(`artifacts:ExperimentRun/dcid.${name}/outputs/helloworld.txt`);
  });

  it('hello-world-output-data: an output with no type is a uri_folder at the default path', async () => {
    const r = await run('hello-world-output-data');
    completed(r);
    const name = r.outputs['job-name']!;
    expect(JSON.parse(r.outputs['outputs']!)).toEqual({
      hello_output: `azureml://jobs/${name}/outputs/hello_output`,
    });
    expect(await view.blobNames('dev')).toContain(`azureml/${name}/hello_output/helloworld.txt`);
  });

  it('hello-code: the code folder is the working directory', async () => {
    const r = await run('hello-code');
    completed(r);
    expect(r.log).toMatch(/^hello-mlflow\.py$/m);
  });

  it('hello-world-org: tags, display name, experiment', async () => {
    const r = await run('hello-world-org');
    completed(r);
    expect(await job(r.outputs['job-name']!)).toMatchObject({
      displayName: 'hello-world-example',
      experimentName: 'hello-world-example',
      tags: { hello: 'world' },
    });
  });

  it.each([
    ['hello-pipeline', [/\[hello_job\] hello/, /\[world_job\] world/]],
    ['hello-pipeline-io', [/\[world_job\] world/]],
    ['hello-pipeline-settings', [/\[hello_job\] hello/, /\[world_job\] hello/]],
    ['hello-pipeline-abc', [/\[a\] hello hello world/, /\[c\] \S+\/world\.txt/]],
    ['hello-pipeline-default-artifacts', [/\[world_job\] world/]],
    ['hello-pipeline-customize-output-folder', [/\[hello_world\] hello/]],
  ])('%s: each step is its own job, its log prefixed by the step', async (file, lines) => {
    const r = await run(file);
    completed(r);
    for (const line of lines) expect(r.log).toMatch(line);
    expect((await job(r.outputs['job-name']!)).jobType).toBe('Pipeline');
    if (file === 'hello-pipeline-customize-output-folder') {
      // path: azureml://datastores/workspaceblobstore/paths/${{name}}/ -> the step job's name, not the default path.
      const written = (await view.blobNames('dev')).filter((b) => b.endsWith('/hello_world-folder.txt'));
      expect(written).toHaveLength(1);
      expect(written[0]).toMatch(/^[^/]+\/hello_world-folder\.txt$/);
    }
  });

  it('hello-mlflow: without mlflow installed the job fails, with the traceback in the step log', async () => {
    const r = await run('hello-mlflow');
    expect(r.exitCode).toBe(1);
    expect(r.outputs['status']).toBe('Failed');
    expect(r.log).toMatch(/ModuleNotFoundError: No module named 'mlflow'/);
  });

  it('hello-sweep: a sweep job is refused before anything is created, naming `type`', async () => {
    const before = (await view.arm('GET', `${view.wsPath()}/jobs`)).body.value.length;
    const r = await run('hello-sweep');
    expect(r.exitCode).toBe(1);
    expect(r.log).toMatch(/type/);
    expect(r.log).toMatch(/sweep/);
    expect((await view.arm('GET', `${view.wsPath()}/jobs`)).body.value.length).toBe(before);
  });
});
