import { describe, expect, it } from '@jest/globals';
import { matchRoute, ROUTES, type RouteMatch } from '../../src/emulator/route-table.js';

const SUB = '00000000-0000-4000-8000-000000000000';
const PROVIDER = 'Microsoft.MachineLearningServices';
const WS = `/subscriptions/${SUB}/resourceGroups/rg/providers/${PROVIDER}/workspaces/dev`;
const w = { subscriptionId: SUB, resourceGroupName: 'rg', workspaceName: 'dev' };

/** The row's path template and the parameters of a matched path. */
function route(path: string): { template: string; params: Record<string, string> } {
  const m: RouteMatch = matchRoute(path);
  if (m.kind !== 'route') throw new Error(`${path}: ${m.kind}`);
  return { template: m.row.path.split('/workspaces/{workspaceName}').pop()!, params: m.params };
}
const actionOf = (path: string, method: 'GET' | 'PUT' | 'PATCH' | 'DELETE' | 'POST'): string | undefined => {
  const m = matchRoute(path);
  return m.kind === 'route' ? m.row.methods[method]?.action : undefined;
};

describe('the route table', () => {
  it('reads workspace lists at subscription and resource group scope', () => {
    expect(route(`/subscriptions/${SUB}/providers/${PROVIDER}/workspaces`).params).toEqual({
      subscriptionId: SUB,
    });
    expect(route(`/subscriptions/${SUB}/resourceGroups/rg/providers/${PROVIDER}/workspaces`).params).toEqual({
      subscriptionId: SUB,
      resourceGroupName: 'rg',
    });
  });

  it('reads workspaces, datastores and listSecrets, with ARM keywords in any case', () => {
    expect(route(WS).params).toEqual(w);
    const lower = WS.replace('resourceGroups', 'resourcegroups').replace(PROVIDER, PROVIDER.toLowerCase());
    expect(route(lower).params).toEqual(w);
    expect(route(`${WS}/datastores`).template).toBe('/datastores');
    expect(route(`${WS}/datastores/workspaceblobstore`).params).toEqual({ ...w, name: 'workspaceblobstore' });
    expect(route(`${WS}/datastores/workspaceblobstore/listSecrets`)).toEqual({
      template: '/datastores/{name}/listSecrets',
      params: { ...w, name: 'workspaceblobstore' },
    });
  });

  it('reads asset containers and versions of models, codes and environments', () => {
    expect(route(`${WS}/models`).params).toMatchObject({ asset: 'models' });
    expect(route(`${WS}/codes/score`).params).toMatchObject({ asset: 'codes', name: 'score' });
    expect(route(`${WS}/environments/py/versions`)).toMatchObject({
      template: '/environments/{name}/versions',
      params: { asset: 'environments', name: 'py' },
    });
    expect(route(`${WS}/models/churn/versions/1.0`).params).toMatchObject({
      asset: 'models',
      name: 'churn',
      version: '1.0',
    });
    expect(route(`${WS}/models/a%20b/versions/1`).params).toMatchObject({ name: 'a b' });
  });

  it('reads online endpoints, deployments, their actions and operation statuses', () => {
    expect(route(`${WS}/onlineEndpoints`).template).toBe('/onlineEndpoints');
    expect(route(`${WS}/onlineendpoints/ep-1`).params).toMatchObject({ endpointName: 'ep-1' });
    expect(route(`${WS}/onlineEndpoints/ep-1/listKeys`).template).toBe(
      '/onlineEndpoints/{endpointName}/listKeys',
    );
    expect(route(`${WS}/onlineEndpoints/ep-1/regeneratekeys`).template).toBe(
      '/onlineEndpoints/{endpointName}/regenerateKeys',
    );
    expect(route(`${WS}/onlineEndpoints/ep-1/token`).template).toBe('/onlineEndpoints/{endpointName}/token');
    expect(route(`${WS}/onlineEndpoints/ep-1/deployments/blue`).params).toMatchObject({
      endpointName: 'ep-1',
      deploymentName: 'blue',
    });
    expect(route(`${WS}/onlineEndpoints/ep-1/deployments/blue/getLogs`).template).toBe(
      '/onlineEndpoints/{endpointName}/deployments/{deploymentName}/getLogs',
    );
    const ops = `/subscriptions/${SUB}/providers/${PROVIDER}/locations/local`;
    expect(route(`${ops}/mfeOperationsStatus/abc`)).toMatchObject({
      template: `${ops.replace(SUB, '{subscriptionId}').replace('local', '{location}')}/mfeOperationsStatus/{operationId}`,
      params: { operationId: 'abc' },
    });
    expect(route(`${ops}/mfeOperationResults/abc`).template).toMatch(/mfeOperationResults\/\{operationId\}$/);
  });

  it('tells resource types it does not serve from paths that are not ARM', () => {
    expect(matchRoute(`${WS}/batchEndpoints/e`)).toEqual({
      kind: 'unsupported',
      resourceType: 'workspaces/batchEndpoints',
    });
    expect(matchRoute(`/subscriptions/${SUB}/resourceGroups/rg/providers/${PROVIDER}/registries`)).toEqual({
      kind: 'unsupported',
      resourceType: 'registries',
    });
    expect(matchRoute('/')).toEqual({ kind: 'unknown' });
    expect(
      matchRoute(`/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts`),
    ).toEqual({
      kind: 'unknown',
    });
    expect(matchRoute('/subscriptions/%E0%A4%A/x')).toEqual({ kind: 'unknown' });
  });

  it('names the Azure RBAC action of each request', () => {
    expect(actionOf(WS, 'GET')).toBe(`${PROVIDER}/workspaces/read`);
    expect(actionOf(`${WS}/models/m/versions/1`, 'PUT')).toBe(`${PROVIDER}/workspaces/models/versions/write`);
    expect(actionOf(`${WS}/models/m/versions/1`, 'DELETE')).toBe(
      `${PROVIDER}/workspaces/models/versions/delete`,
    );
    expect(actionOf(`${WS}/codes`, 'GET')).toBe(`${PROVIDER}/workspaces/codes/read`);
    expect(actionOf(`${WS}/datastores/x/listSecrets`, 'POST')).toBe(
      `${PROVIDER}/workspaces/datastores/listsecrets/action`,
    );
    expect(actionOf(`${WS}/onlineEndpoints/e/listKeys`, 'POST')).toBe(
      `${PROVIDER}/workspaces/onlineEndpoints/listkeys/action`,
    );
    expect(actionOf(`${WS}/onlineEndpoints/e/deployments/d`, 'PATCH')).toBe(
      `${PROVIDER}/workspaces/onlineEndpoints/deployments/write`,
    );
    expect(actionOf(`${WS}/models`, 'PUT')).toBeUndefined();
  });

  it('has one row per path, every row with at least one method, every workspace row with actions', () => {
    const paths = ROUTES.map((r) => r.path.toLowerCase());
    expect(new Set(paths).size).toBe(paths.length);
    for (const row of ROUTES) {
      expect(Object.keys(row.methods).length).toBeGreaterThan(0);
      if (row.path.includes('{workspaceName}'))
        for (const op of Object.values(row.methods))
          expect(op!.action).toMatch(/^Microsoft\.MachineLearningServices\//);
    }
  });
});
