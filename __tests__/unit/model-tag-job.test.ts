// promote tags the model version it made serve; that PUT must keep what a job-output registration set (jobName).
import { describe, expect, it } from '@jest/globals';
import type { AzureMLClient, ModelVersionInfo, ModelVersionSpec } from '../../src/azureml/client.js';
import { tagServingModel } from '../../src/rollout/model-tag.js';

describe('tagServingModel', () => {
  it("keeps the version's jobName and lineage tags when it tags it as serving", async () => {
    const puts: ModelVersionSpec[] = [];
    const version: ModelVersionInfo = {
      id: '/ws/models/m/versions/1',
      name: 'm',
      version: '1',
      modelUri: 'azureml://datastores/workspaceblobstore/paths/azureml/j1/model/',
      modelType: 'custom_model',
      tags: { 'mlops.job': 'j1', 'mlops.job-data': 'd:1' },
      properties: {},
      jobName: 'j1',
    };
    const client = {
      address: {
        subscriptionId: 's',
        resourceGroup: 'rg',
        workspace: 'dev',
        armEndpoint: 'https://127.0.0.1:1',
      },
      getModelVersion: async () => version,
      createOrUpdateModelVersion: async (_n: string, _v: string, spec: ModelVersionSpec) => {
        puts.push(spec);
        return version;
      },
    } as unknown as AzureMLClient;
    expect(await tagServingModel(client, version.id, 'ep', 'blue', () => undefined)).toBe('m:1');
    expect(puts).toHaveLength(1);
    expect(puts[0]).toMatchObject({
      jobName: 'j1',
      tags: { 'mlops.job': 'j1', 'mlops.job-data': 'd:1', 'mlops.serving': 'ep/blue' },
    });
  });
});
