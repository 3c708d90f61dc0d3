import { describe, expect, it } from '@jest/globals';
import { parseRoute, requiredAction } from '../../src/emulator/routes.js';

const SUB = '00000000-0000-4000-8000-000000000000';
const WS = `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/dev`;

describe('parseRoute', () => {
  it('reads workspace lists at subscription and resource group scope', () => {
    expect(
      parseRoute(`/subscriptions/${SUB}/providers/Microsoft.MachineLearningServices/workspaces`),
    ).toEqual({
      kind: 'workspaces',
      subscriptionId: SUB,
      resourceGroup: undefined,
    });
    expect(
      parseRoute(
        `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces`,
      ),
    ).toMatchObject({
      kind: 'workspaces',
      resourceGroup: 'rg',
    });
  });

  it('reads workspaces, datastores and listSecrets, with ARM keywords in any case', () => {
    const w = { subscriptionId: SUB, resourceGroup: 'rg', workspace: 'dev' };
    expect(parseRoute(WS)).toEqual({ kind: 'workspace', ...w });
    expect(
      parseRoute(
        WS.replace('resourceGroups', 'resourcegroups').replace(
          'Microsoft.MachineLearningServices',
          'microsoft.machinelearningservices',
        ),
      ),
    ).toEqual({ kind: 'workspace', ...w });
    expect(parseRoute(`${WS}/datastores`)).toEqual({ kind: 'datastores', ...w });
    expect(parseRoute(`${WS}/datastores/workspaceblobstore`)).toEqual({
      kind: 'datastore',
      ...w,
      name: 'workspaceblobstore',
    });
    expect(parseRoute(`${WS}/datastores/workspaceblobstore/listSecrets`)).toEqual({
      kind: 'datastore-secrets',
      ...w,
      name: 'workspaceblobstore',
    });
  });

  it('reads asset containers and versions of models, codes and environments', () => {
    expect(parseRoute(`${WS}/models`)).toMatchObject({ kind: 'containers', asset: 'models' });
    expect(parseRoute(`${WS}/codes/score`)).toMatchObject({
      kind: 'container',
      asset: 'codes',
      name: 'score',
    });
    expect(parseRoute(`${WS}/environments/py/versions`)).toMatchObject({
      kind: 'versions',
      asset: 'environments',
      name: 'py',
    });
    expect(parseRoute(`${WS}/models/churn/versions/1.0`)).toMatchObject({
      kind: 'version',
      asset: 'models',
      name: 'churn',
      version: '1.0',
    });
    expect(parseRoute(`${WS}/models/a%20b/versions/1`)).toMatchObject({ name: 'a b' });
  });

  it('parses online endpoints, deployments, their actions and operation statuses', () => {
    expect(parseRoute(`${WS}/onlineEndpoints`)).toMatchObject({ kind: 'endpoints' });
    expect(parseRoute(`${WS}/onlineendpoints/ep-1`)).toMatchObject({ kind: 'endpoint', endpoint: 'ep-1' });
    expect(parseRoute(`${WS}/onlineEndpoints/ep-1/listKeys`)).toMatchObject({
      kind: 'endpoint-action',
      action: 'listKeys',
    });
    expect(parseRoute(`${WS}/onlineEndpoints/ep-1/regeneratekeys`)).toMatchObject({
      action: 'regenerateKeys',
    });
    expect(parseRoute(`${WS}/onlineEndpoints/ep-1/token`)).toMatchObject({ action: 'token' });
    expect(parseRoute(`${WS}/onlineEndpoints/ep-1/deployments`)).toMatchObject({ kind: 'deployments' });
    expect(parseRoute(`${WS}/onlineEndpoints/ep-1/deployments/blue`)).toMatchObject({
      kind: 'deployment',
      endpoint: 'ep-1',
      deployment: 'blue',
    });
    expect(parseRoute(`${WS}/onlineEndpoints/ep-1/deployments/blue/getLogs`)).toMatchObject({
      kind: 'deployment-logs',
    });
    expect(
      parseRoute(
        `/subscriptions/${SUB}/providers/Microsoft.MachineLearningServices/locations/local/mfeOperationsStatus/abc`,
      ),
    ).toMatchObject({ kind: 'operation', id: 'abc', result: false });
    expect(
      parseRoute(
        `/subscriptions/${SUB}/providers/Microsoft.MachineLearningServices/locations/local/mfeOperationResults/abc`,
      ),
    ).toMatchObject({ kind: 'operation', id: 'abc', result: true });
  });

  it('tells resource types it does not serve from paths that are not ARM', () => {
    expect(parseRoute(`${WS}/batchEndpoints/e`)).toMatchObject({
      kind: 'unsupported',
      resourceType: 'workspaces/batchEndpoints',
    });
    expect(
      parseRoute(
        `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.MachineLearningServices/registries`,
      ),
    ).toMatchObject({ kind: 'unsupported', resourceType: 'registries' });
    expect(parseRoute('/')).toEqual({ kind: 'unknown' });
    expect(
      parseRoute(`/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts`),
    ).toEqual({ kind: 'unknown' });
    expect(
      parseRoute(`/subscriptions/${SUB}/providers/Microsoft.MachineLearningServices/workspaces/dev`),
    ).toEqual({ kind: 'unknown' });
    expect(parseRoute('/subscriptions/%E0%A4%A/x')).toEqual({ kind: 'unknown' });
  });
});

describe('requiredAction', () => {
  it('names the Azure RBAC action of each request', () => {
    expect(requiredAction(parseRoute(WS), 'GET')).toBe('Microsoft.MachineLearningServices/workspaces/read');
    expect(requiredAction(parseRoute(`${WS}/models/m/versions/1`), 'PUT')).toBe(
      'Microsoft.MachineLearningServices/workspaces/models/versions/write',
    );
    expect(requiredAction(parseRoute(`${WS}/models/m/versions/1`), 'DELETE')).toBe(
      'Microsoft.MachineLearningServices/workspaces/models/versions/delete',
    );
    expect(requiredAction(parseRoute(`${WS}/codes`), 'GET')).toBe(
      'Microsoft.MachineLearningServices/workspaces/codes/read',
    );
    expect(requiredAction(parseRoute(`${WS}/datastores/x/listSecrets`), 'POST')).toBe(
      'Microsoft.MachineLearningServices/workspaces/datastores/listsecrets/action',
    );
    expect(requiredAction(parseRoute('/'), 'GET')).toBeUndefined();
  });
});
