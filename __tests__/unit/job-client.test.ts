// The job operations of our client over a scripted ARM stub: exact URLs and methods at AZUREML_API_VERSION, bodies
// passed through unchanged, 404 read as "does not exist", and errors worded by translateError.
import { afterEach, describe, expect, it } from '@jest/globals';
import { AzureMLError } from '../../src/azureml/errors.js';
import type { JobBody } from '../../src/azureml/job-models.js';
import { AZUREML_API_VERSION } from '../../src/contract/azureml-api.js';
import { ArmStub, stubbedClient, WS } from '../helpers/arm-stub.js';

const V = `api-version=${AZUREML_API_VERSION}`;
const NOT_FOUND = { error: { code: 'NotFound', message: 'not found' } };

let stub: ArmStub;
afterEach(() => {
  expect(stub.leftovers()).toEqual([]);
});

const job = (name: string) => ({
  id: `/subscriptions/s/resourceGroups/rg-1/providers/Microsoft.MachineLearningServices/workspaces/ws-dev/jobs/${name}`,
  name,
  properties: { jobType: 'Command', command: 'ls', environmentId: 'e', status: 'Running' },
});

describe('job operations', () => {
  it('getJob: GET jobs/{id}; a 404 is undefined', async () => {
    stub = new ArmStub().expect(
      { method: 'GET', url: `${WS}/jobs/j1?${V}`, status: 200, body: job('j1') },
      { method: 'GET', url: `${WS}/jobs/nope?${V}`, status: 404, body: NOT_FOUND },
    );
    const client = stubbedClient(stub);
    expect((await client.getJob('j1'))?.properties.status).toBe('Running');
    expect(await client.getJob('nope')).toBeUndefined();
  });

  it('createOrUpdateJob: PUT jobs/{id} with the body as given', async () => {
    const body: JobBody = {
      properties: {
        jobType: 'Command',
        command: 'python t.py',
        environmentId: 'env',
        inputs: {},
        tags: { a: 'b' },
      },
    };
    stub = new ArmStub().expect({ method: 'PUT', url: `${WS}/jobs/j2?${V}`, status: 201, body: job('j2') });
    const created = await stubbedClient(stub).createOrUpdateJob('j2', body);
    expect(created.name).toBe('j2');
    expect(stub.sent[0]!.body).toEqual(body);
  });

  it('cancelJob: POST jobs/{id}/cancel, a 202 is enough (no wait)', async () => {
    stub = new ArmStub().expect({
      method: 'POST',
      url: `${WS}/jobs/j3/cancel?${V}`,
      status: 202,
      headers: { location: 'https://arm.test/op' },
    });
    await stubbedClient(stub).cancelJob('j3');
  });

  it('cancelJob of a job that does not exist fails naming the operation', async () => {
    stub = new ArmStub().expect({
      method: 'POST',
      url: `${WS}/jobs/j4/cancel?${V}`,
      status: 404,
      body: NOT_FOUND,
    });
    const error = await stubbedClient(stub)
      .cancelJob('j4')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AzureMLError);
    expect((error as Error).message).toContain('cancel job j4');
  });

  it('listJobs: the spec’s filters as query parameters, every page', async () => {
    stub = new ArmStub().expect(
      {
        method: 'GET',
        url: `${WS}/jobs?${V}&jobType=Pipeline&tag=team`,
        status: 200,
        body: { value: [job('a')], nextLink: `${WS}/jobs?${V}&$skip=1` },
      },
      { method: 'GET', url: `${WS}/jobs?${V}&$skip=1`, status: 200, body: { value: [job('b')] } },
    );
    const jobs = await stubbedClient(stub).listJobs({ jobType: 'Pipeline', tag: 'team' });
    expect(jobs.map((j) => j.name)).toEqual(['a', 'b']);
  });

  it('getComponentVersion: a version by GET; latest as the first of the list ordered by creation', async () => {
    const component = {
      id: 'cid',
      name: '3',
      properties: { componentSpec: { type: 'command' }, isAnonymous: false },
    };
    stub = new ArmStub().expect(
      { method: 'GET', url: `${WS}/components/train/versions/3?${V}`, status: 200, body: component },
      {
        method: 'GET',
        url: `${WS}/components/train/versions?${V}&$orderBy=createdtime%20desc&$top=1`,
        status: 200,
        body: { value: [component] },
      },
      { method: 'GET', url: `${WS}/components/none/versions/1?${V}`, status: 404, body: NOT_FOUND },
    );
    const client = stubbedClient(stub);
    expect(await client.getComponentVersion('train', '3')).toEqual({
      id: 'cid',
      name: 'train',
      version: '3',
      spec: { type: 'command' },
    });
    expect((await client.getComponentVersion('train', 'latest'))?.version).toBe('3');
    expect(await client.getComponentVersion('none', '1')).toBeUndefined();
  });

  it('getCompute: GET computes/{name}; a 404 is undefined', async () => {
    stub = new ArmStub().expect(
      {
        method: 'GET',
        url: `${WS}/computes/cpu-cluster?${V}`,
        status: 200,
        body: {
          id: 'compute-id',
          name: 'cpu-cluster',
          properties: { computeType: 'AmlCompute', provisioningState: 'Succeeded' },
        },
      },
      { method: 'GET', url: `${WS}/computes/gpu?${V}`, status: 404, body: NOT_FOUND },
    );
    const client = stubbedClient(stub);
    expect(await client.getCompute('cpu-cluster')).toEqual({
      id: 'compute-id',
      name: 'cpu-cluster',
      computeType: 'AmlCompute',
      provisioningState: 'Succeeded',
    });
    expect(await client.getCompute('gpu')).toBeUndefined();
  });
});
