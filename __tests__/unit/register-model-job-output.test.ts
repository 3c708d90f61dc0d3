// Registering a model from a job's output: where the output is, and the job's lineage (pure parts).
import { describe, expect, it } from '@jest/globals';
import type { ArmJob } from '../../src/azureml/job-models.js';
import {
  assetVersionOf,
  jobLineage,
  jobLineageTags,
  jobOutputLocation,
  producingStep,
} from '../../src/azureml/job-output.js';
import { parseJobOutputUri } from '../../src/contract/jobs.js';
import { configurationErrorOf } from '../helpers/errors.js';

const WS = '/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/dev';

function commandJob(overrides: Partial<ArmJob['properties']> = {}): ArmJob {
  return {
    name: 'j1',
    properties: {
      jobType: 'Command',
      command: 'python train.py',
      status: 'Completed',
      codeId: `${WS}/codes/0f3c/versions/1`,
      environmentId: `${WS}/environments/sklearn-env/versions/3`,
      inputs: {
        training_data: { jobInputType: 'uri_file', uri: `azureml:${WS}/data/diabetes-data/versions/1` },
        seed: { jobInputType: 'literal', value: '42' },
        extra: { jobInputType: 'uri_folder', uri: 'azureml://datastores/workspaceblobstore/paths/raw/' },
      },
      outputs: {
        model: {
          jobOutputType: 'uri_folder',
          uri: 'azureml://datastores/workspaceblobstore/paths/azureml/j1/model/',
        },
        metrics: { jobOutputType: 'uri_folder' },
      },
      ...overrides,
    } as ArmJob['properties'],
  };
}

const ref = (uri: string) => parseJobOutputUri(uri)!;

describe('jobOutputLocation', () => {
  it('finds the output uri, the default path when there is none, and a path inside it', () => {
    const job = commandJob();
    expect(jobOutputLocation(job, ref('azureml://jobs/j1/outputs/model'), 'source')).toEqual({
      datastore: 'workspaceblobstore',
      path: 'azureml/j1/model/',
      outputType: 'uri_folder',
    });
    expect(jobOutputLocation(job, ref('azureml://jobs/j1/outputs/metrics'), 'source').path).toBe(
      'azureml/j1/metrics/',
    );
    expect(
      jobOutputLocation(job, ref('azureml://jobs/j1/outputs/model/paths/sub/model.pkl'), 'source').path,
    ).toBe('azureml/j1/model/sub/model.pkl');
  });

  it('refuses an output the job does not have, listing those it has', () => {
    const error = configurationErrorOf(() =>
      jobOutputLocation(commandJob(), ref('azureml://jobs/j1/outputs/weights'), 'source'),
    );
    expect(error.input).toBe('source');
    expect(error.message).toContain("no output 'weights' (its outputs: model, metrics)");
  });

  it.each([
    ['Running', 'wait for it to complete'],
    ['Failed', 'it ended Failed'],
    ['Canceled', 'it ended Canceled'],
  ])('refuses a job that is %s', (status, why) => {
    const job = commandJob({ status: status as never });
    const error = configurationErrorOf(() =>
      jobOutputLocation(job, ref('azureml://jobs/j1/outputs/model'), 'source'),
    );
    expect(error.message).toContain(why);
  });
});

describe('assetVersionOf', () => {
  it.each([
    [`azureml:${WS}/data/diabetes-data/versions/1`, 'data', 'diabetes-data:1'],
    [`${WS}/codes/abc/versions/1`, 'codes', 'abc:1'],
    ['azureml://registries/azureml/environments/sklearn-1.5/versions/9', 'environments', 'sklearn-1.5:9'],
    ['azureml:diabetes-data:2', 'data', 'diabetes-data:2'],
    ['azureml://datastores/workspaceblobstore/paths/raw/', 'data', undefined],
    ['https://acct.blob.core.windows.net/c/x.csv', 'data', undefined],
  ] as const)('%s (%s) -> %s', (reference, kind, expected) => {
    expect(assetVersionOf(reference, kind)).toBe(expected);
  });
});

describe('jobLineage', () => {
  it('names the code, environment and data asset versions of a command job', async () => {
    const lineage = await jobLineage(
      commandJob(),
      ref('azureml://jobs/j1/outputs/model'),
      async () => undefined,
    );
    expect(lineage).toEqual({
      name: 'j1',
      output: 'azureml://jobs/j1/outputs/model',
      code: '0f3c:1',
      environment: 'sklearn-env:3',
      data: ['diabetes-data:1'],
    });
    expect(jobLineageTags(lineage)).toEqual({
      'mlops.job': 'j1',
      'mlops.job-output': 'azureml://jobs/j1/outputs/model',
      'mlops.job-code': '0f3c:1',
      'mlops.job-environment': 'sklearn-env:3',
      'mlops.job-data': 'diabetes-data:1',
    });
  });

  it("takes a pipeline's code and environment from the component of the step writing the output", async () => {
    const pipeline: ArmJob = {
      name: 'p1',
      properties: {
        jobType: 'Pipeline',
        status: 'Completed',
        inputs: { raw: { jobInputType: 'uri_file', uri: 'azureml:diabetes-data:1' } },
        outputs: { trained: { jobOutputType: 'uri_folder' } },
        jobs: {
          prep: {
            type: 'command',
            name: 'prep',
            componentId: `${WS}/components/azureml_anonymous/versions/aaa`,
            inputs: { raw: { job_input_type: 'literal', value: '${{parent.inputs.raw}}' } },
            outputs: { clean: { job_output_type: 'uri_folder' } },
            _source: 'YAML.JOB',
          },
          train: {
            type: 'command',
            name: 'train',
            componentId: `${WS}/components/azureml_anonymous/versions/bbb`,
            inputs: {
              holdout: { job_input_type: 'uri_file', uri: `azureml:${WS}/data/holdout/versions/4` },
              data: { job_input_type: 'literal', value: '${{parent.jobs.prep.outputs.clean}}' },
            },
            outputs: { model: { type: 'literal', value: '${{parent.outputs.trained}}' } },
            _source: 'YAML.JOB',
          },
        },
      } as ArmJob['properties'],
    };
    const asked: string[] = [];
    const lineage = await jobLineage(pipeline, ref('azureml://jobs/p1/outputs/trained'), async (id) => {
      asked.push(id);
      return {
        code: `azureml:${WS}/codes/c2/versions/1`,
        environment: 'azureml://registries/azureml/environments/sklearn-1.5/labels/latest',
      };
    });
    expect(asked).toEqual([`${WS}/components/azureml_anonymous/versions/bbb`]);
    expect(lineage).toEqual({
      name: 'p1',
      output: 'azureml://jobs/p1/outputs/trained',
      step: 'train',
      code: 'c2:1',
      environment: 'azureml://registries/azureml/environments/sklearn-1.5/labels/latest',
      data: ['diabetes-data:1', 'holdout:4'],
    });
    if (pipeline.properties.jobType === 'Pipeline') {
      expect(producingStep(pipeline.properties.jobs, 'other')).toBeUndefined();
    }
  });
});
