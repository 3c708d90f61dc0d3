// THE ROUTE TABLE: every ARM path the emulator serves -> the resource module's operation per method, and the Azure
// RBAC action each needs. Paths are the spec's (openapi.json `paths`, api-version AZUREML_API_VERSION).
// Adding a resource kind (data assets, jobs and computes, registries, Azure Monitor metrics, ...) is adding its
// module under resources/ (handlers with their request/response schemas from schemas/) and its rows here; the
// server, the long-running operations, authorization and schema checks need no change.
import { matchTemplate, PROVIDER, providerResourceType, WORKSPACE_PATH, type Params } from './arm-path.js';
import type { ArmRequest, ResourceOperation } from './context.js';
import { ASSET_KINDS } from './state.js';
import * as assets from './resources/assets.js';
import * as computes from './resources/computes.js';
import * as jobs from './resources/jobs.js';
import * as datastores from './resources/datastores.js';
import * as keys from './resources/endpoint-keys.js';
import * as deployments from './resources/online-deployments.js';
import * as endpoints from './resources/online-endpoints.js';
import * as workspaces from './resources/workspaces.js';
import type { Context } from './context.js';

export type Method = 'GET' | 'PUT' | 'PATCH' | 'DELETE' | 'POST';

export interface RouteOperation extends ResourceOperation {
  /** The Azure RBAC action ARM checks on the workspace; none for subscription-level reads (filtered instead). */
  action?: string;
  /** ARM checks the action on the parent resource (listSecrets is checked on the datastore). */
  scopeIsParent?: boolean;
}

export interface RouteRow {
  /** The path template, as the spec writes it. */
  path: string;
  /** Parameters the row fixes (the asset kind of the asset rows). */
  fixed?: Params;
  methods: Partial<Record<Method, RouteOperation>>;
}

const action = (type: string, verb: string): string => `${PROVIDER}/${type}/${verb}`;
/** GET -> read, PUT/PATCH -> write, DELETE -> delete on the resource type. */
function crud(type: string, ops: Partial<Record<'GET' | 'PUT' | 'PATCH' | 'DELETE', ResourceOperation>>) {
  const verb = { GET: 'read', PUT: 'write', PATCH: 'write', DELETE: 'delete' } as const;
  return Object.fromEntries(
    Object.entries(ops).map(([m, op]) => [m, { ...op, action: action(type, verb[m as keyof typeof verb]) }]),
  ) as Partial<Record<Method, RouteOperation>>;
}

/** The operations on the polling URLs of long-running operations (operations.ts). */
const operationStatus: RouteOperation = {
  what: 'operation status',
  handle: (ctx: Context, req) => {
    ctx.checkScope(req.params.subscriptionId!);
    return ctx.operations.status(req.params);
  },
};
const operationResult: RouteOperation = {
  what: 'operation result',
  handle: (ctx: Context, req) => {
    ctx.checkScope(req.params.subscriptionId!);
    return ctx.operations.result(req.params, (resourceId) => readResource(ctx, req, resourceId));
  },
};

/** A resource by its ARM id, as a GET of it answers now (a PATCH's result: see Operations.result). */
async function readResource(ctx: Context, req: ArmRequest, resourceId: string): Promise<unknown> {
  const match = matchRoute(resourceId);
  const get = match.kind === 'route' ? match.row.methods.GET : undefined;
  if (match.kind !== 'route' || !get)
    throw new Error(`an operation's result names no resource: ${resourceId}`);
  const url = new URL(resourceId, req.url);
  const answer = await get.handle(ctx, { ...req, method: 'GET', url, params: match.params, body: undefined });
  return answer.body;
}

const RG = '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}';
const LOCATIONS = `/subscriptions/{subscriptionId}/providers/${PROVIDER}/locations/{location}`;
const EP = `${WORKSPACE_PATH}/onlineEndpoints/{endpointName}`;

export const ROUTES: RouteRow[] = [
  // Long-running operations (Azure-AsyncOperation and Location).
  { path: `${LOCATIONS}/mfeOperationsStatus/{operationId}`, methods: { GET: operationStatus } },
  { path: `${LOCATIONS}/mfeOperationResults/{operationId}`, methods: { GET: operationResult } },
  // Workspaces.
  {
    path: `/subscriptions/{subscriptionId}/providers/${PROVIDER}/workspaces`,
    methods: { GET: workspaces.list },
  },
  { path: `${RG}/providers/${PROVIDER}/workspaces`, methods: { GET: workspaces.list } },
  { path: WORKSPACE_PATH, methods: crud('workspaces', { GET: workspaces.get }) },
  // Datastores.
  { path: `${WORKSPACE_PATH}/datastores`, methods: crud('workspaces/datastores', { GET: datastores.list }) },
  {
    path: `${WORKSPACE_PATH}/datastores/{name}`,
    methods: crud('workspaces/datastores', { GET: datastores.get }),
  },
  {
    path: `${WORKSPACE_PATH}/datastores/{name}/listSecrets`,
    methods: {
      POST: {
        ...datastores.listSecrets,
        action: action('workspaces/datastores/listsecrets', 'action'),
        scopeIsParent: true,
      },
    },
  },
  // Model, code, environment, data and component containers and versions.
  ...ASSET_KINDS.flatMap((kind): RouteRow[] => [
    {
      path: `${WORKSPACE_PATH}/${kind}`,
      fixed: { asset: kind },
      methods: crud(`workspaces/${kind}`, { GET: assets.listContainers[kind] }),
    },
    {
      path: `${WORKSPACE_PATH}/${kind}/{name}`,
      fixed: { asset: kind },
      methods: crud(`workspaces/${kind}`, {
        GET: assets.getContainer[kind],
        PUT: assets.putContainer[kind],
        DELETE: assets.deleteContainer[kind],
      }),
    },
    {
      path: `${WORKSPACE_PATH}/${kind}/{name}/versions`,
      fixed: { asset: kind },
      methods: crud(`workspaces/${kind}/versions`, { GET: assets.listVersions[kind] }),
    },
    {
      path: `${WORKSPACE_PATH}/${kind}/{name}/versions/{version}`,
      fixed: { asset: kind },
      methods: crud(`workspaces/${kind}/versions`, {
        GET: assets.getVersion[kind],
        PUT: assets.putVersion[kind],
        DELETE: assets.deleteVersion[kind],
      }),
    },
  ]),
  // Compute clusters (AmlCompute).
  { path: `${WORKSPACE_PATH}/computes`, methods: crud('workspaces/computes', { GET: computes.list }) },
  {
    path: `${WORKSPACE_PATH}/computes/{computeName}`,
    methods: crud('workspaces/computes', {
      GET: computes.get,
      PUT: computes.put,
      PATCH: computes.patch,
      DELETE: computes.remove,
    }),
  },
  // Jobs (command and pipeline) and their cancel action.
  { path: `${WORKSPACE_PATH}/jobs`, methods: crud('workspaces/jobs', { GET: jobs.list }) },
  {
    path: `${WORKSPACE_PATH}/jobs/{id}`,
    methods: crud('workspaces/jobs', { GET: jobs.get, PUT: jobs.put, DELETE: jobs.remove }),
  },
  {
    path: `${WORKSPACE_PATH}/jobs/{id}/cancel`,
    methods: {
      POST: { ...jobs.cancel, optionalBody: true, action: action('workspaces/jobs/cancel', 'action') },
    },
  },
  // Online endpoints, their key and token actions, and their deployments.
  {
    path: `${WORKSPACE_PATH}/onlineEndpoints`,
    methods: crud('workspaces/onlineEndpoints', { GET: endpoints.list }),
  },
  {
    path: EP,
    methods: crud('workspaces/onlineEndpoints', {
      GET: endpoints.get,
      PUT: endpoints.put,
      PATCH: endpoints.patch,
      DELETE: endpoints.remove,
    }),
  },
  // listKeys and token hand out secrets: not for readers (as the built-in Reader role has it).
  {
    path: `${EP}/listKeys`,
    methods: { POST: { ...keys.listKeys, action: action('workspaces/onlineEndpoints/listkeys', 'action') } },
  },
  {
    path: `${EP}/regenerateKeys`,
    methods: {
      POST: { ...keys.regenerateKeys, action: action('workspaces/onlineEndpoints/regeneratekeys', 'action') },
    },
  },
  {
    path: `${EP}/token`,
    methods: { POST: { ...keys.token, action: action('workspaces/onlineEndpoints/token', 'action') } },
  },
  {
    path: `${EP}/deployments`,
    methods: crud('workspaces/onlineEndpoints/deployments', { GET: deployments.list }),
  },
  {
    path: `${EP}/deployments/{deploymentName}`,
    methods: crud('workspaces/onlineEndpoints/deployments', {
      GET: deployments.get,
      PUT: deployments.put,
      PATCH: deployments.patch,
      DELETE: deployments.remove,
    }),
  },
  {
    path: `${EP}/deployments/{deploymentName}/getLogs`,
    methods: {
      POST: {
        ...deployments.getLogs,
        action: action('workspaces/onlineEndpoints/deployments/getlogs', 'action'),
      },
    },
  },
];

/** What a path is to the emulator: a row of the table, a resource type of the provider it does not serve, or none. */
export type RouteMatch =
  | { kind: 'route'; row: RouteRow; params: Params }
  | { kind: 'unsupported'; resourceType: string }
  | { kind: 'unknown' };

export function matchRoute(pathname: string): RouteMatch {
  for (const row of ROUTES) {
    const params = matchTemplate(row.path, pathname);
    if (params) return { kind: 'route', row, params: { ...params, ...row.fixed } };
  }
  const resourceType = providerResourceType(pathname);
  return resourceType ? { kind: 'unsupported', resourceType } : { kind: 'unknown' };
}
