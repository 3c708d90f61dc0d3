// submitJob against the emulator: Microsoft's own pipeline with local components, local data and code folders
// (azureml-examples 1a_e2e_local_components, verbatim) is uploaded, registered and created as the CLI does it, and
// the emulator (which validates every reference at PUT) accepts the body; a job whose data asset does not exist
// fails before anything is created.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createAzureMLClient, type AzureMLClient } from '../../src/azureml/client.js';
import type { CommandJobProperties, PipelineJobProperties } from '../../src/azureml/job-models.js';
import { start, type RunningEmulator } from '../../src/emulator/index.js';
import { ConfigurationError } from '../../src/errors.js';
import { ANONYMOUS_COMPONENT } from '../../src/jobs/job-writes.js';
import { submitJob } from '../../src/jobs/submit-job.js';
import { staticCredential, trustingHttpClient } from '../helpers/emulator-sdk.js';

const ROOT = resolve('__tests__/fixtures/azureml-examples');
const JOBS = join(ROOT, 'cli/jobs');

let emu: RunningEmulator;
let client: AzureMLClient;
const lines: string[] = [];

beforeAll(async () => {
  emu = await start({ quiet: true });
  client = createAzureMLClient(
    {
      subscriptionId: emu.subscriptionId,
      resourceGroup: emu.resourceGroup,
      workspace: 'dev',
      armEndpoint: emu.armEndpoint,
    },
    staticCredential(emu.tokens.admin!),
    {
      httpClient: trustingHttpClient(emu.caCertPath),
      retry: { maxRetries: 1, retryDelayInMs: 10, maxRetryDelayInMs: 50 },
    },
  );
});

afterAll(async () => {
  await emu?.stop();
});

describe('submitJob on the emulator', () => {
  it('1a_e2e_local_components: components, code and data uploaded and registered, then the pipeline created', async () => {
    const submitted = await submitJob(
      client,
      {
        jobFile: join(JOBS, 'pipelines-with-components/basics/1a_e2e_local_components/pipeline.yml'),
        workspaceRoot: ROOT,
      },
      (line) => lines.push(line),
    );
    expect(submitted.created).toBe(true);
    const job = await client.getJob(submitted.name);
    const p = job!.properties as PipelineJobProperties;
    expect(p.jobType).toBe('Pipeline');
    expect(Object.keys(p.jobs).sort()).toEqual(['evaluate_job', 'score_job', 'train_job']);
    for (const node of Object.values(p.jobs))
      expect(node.componentId).toContain(`/components/${ANONYMOUS_COMPONENT}/versions/`);
    const train = p.jobs.train_job!;
    const data = train.inputs!.training_data as { job_input_type: string; uri: string };
    expect(data.job_input_type).toBe('uri_folder');
    expect(data.uri).toMatch(
      /^azureml:\/\/datastores\/workspaceblobstore\/paths\/LocalUpload\/[0-9a-f]{32}\/data\/$/,
    );
    // The same ./data folder is given to two steps: uploaded once.
    expect(lines.filter((l) => l.startsWith('Uploaded input')).length).toBe(1);
    const component = await client.getComponentVersion(
      ANONYMOUS_COMPONENT,
      train.componentId.split('/').pop()!,
    );
    expect(component?.spec).toMatchObject({
      name: ANONYMOUS_COMPONENT,
      type: 'command',
      inputs: { max_epocs: { type: 'integer' } },
    });
    expect(component?.spec?.code).toMatch(/\/codes\/code-[0-9a-f]{32}\/versions\/1$/);
    await client.cancelJob(submitted.name);
  });

  it('a local file input is uploaded as az ml lays it out, and the emulator finds its files', async () => {
    const root = await mkdtemp(join(tmpdir(), 'jobs-submit-'));
    try {
      await writeFile(join(root, 'rows.csv'), 'a,b\n1,2\n');
      await writeFile(
        join(root, 'job.yml'),
        'command: cat ${{inputs.rows}}\nenvironment:\n  image: python\ninputs:\n  rows:\n    type: uri_file\n    path: rows.csv\n    mode: download\n',
      );
      const { name } = await submitJob(
        client,
        { jobFile: join(root, 'job.yml'), workspaceRoot: root },
        () => undefined,
      );
      const p = (await client.getJob(name))!.properties as CommandJobProperties;
      expect(p.inputs!.rows).toEqual({
        jobInputType: 'uri_file',
        uri: expect.stringMatching(
          /^azureml:\/\/datastores\/workspaceblobstore\/paths\/LocalUpload\/[0-9a-f]{32}\/rows\.csv$/,
        ),
        mode: 'Download',
      });
      await client.cancelJob(name);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('an unknown data asset fails before any job exists', async () => {
    const before = (await client.listJobs()).length;
    const error = await submitJob(
      client,
      { jobFile: join(JOBS, 'basics/hello-dataset.yml'), workspaceRoot: ROOT },
      () => undefined,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toContain(
      'line 8, inputs.sampledata.path: data asset sampledata@latest does not exist',
    );
    expect((await client.listJobs()).length).toBe(before);
  });
});
