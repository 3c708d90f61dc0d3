import { ASSET_KINDS, type AssetKind } from './state.js';

export const PROVIDER = 'Microsoft.MachineLearningServices';

/** Where a request for one workspace points. */
interface InWorkspace {
  subscriptionId: string;
  resourceGroup: string;
  workspace: string;
}

/** The ARM resource a URL path addresses, as far as the emulator knows it. */
export type Route =
  | { kind: 'workspaces'; subscriptionId: string; resourceGroup?: string }
  | ({ kind: 'workspace' } & InWorkspace)
  | ({ kind: 'datastores' } & InWorkspace)
  | ({ kind: 'datastore'; name: string } & InWorkspace)
  | ({ kind: 'datastore-secrets'; name: string } & InWorkspace)
  | ({ kind: 'containers'; asset: AssetKind } & InWorkspace)
  | ({ kind: 'container'; asset: AssetKind; name: string } & InWorkspace)
  | ({ kind: 'versions'; asset: AssetKind; name: string } & InWorkspace)
  | ({ kind: 'version'; asset: AssetKind; name: string; version: string } & InWorkspace)
  | ({ kind: 'endpoints' } & InWorkspace)
  | ({ kind: 'endpoint'; endpoint: string } & InWorkspace)
  | ({ kind: 'endpoint-action'; endpoint: string; action: EndpointAction } & InWorkspace)
  | ({ kind: 'deployments'; endpoint: string } & InWorkspace)
  | ({ kind: 'deployment'; endpoint: string; deployment: string } & InWorkspace)
  | ({ kind: 'deployment-logs'; endpoint: string; deployment: string } & InWorkspace)
  /** A long-running operation's status (`Azure-AsyncOperation`) or result (`Location`). */
  | { kind: 'operation'; subscriptionId: string; id: string; result: boolean }
  /** A resource type of the provider the emulator does not serve (yet). */
  | {
      kind: 'unsupported';
      subscriptionId: string;
      resourceGroup?: string;
      workspace?: string;
      resourceType: string;
    }
  /** Not an ARM path of this provider at all. */
  | { kind: 'unknown' };

export type EndpointAction = 'listKeys' | 'regenerateKeys' | 'token';
const ENDPOINT_ACTIONS: EndpointAction[] = ['listKeys', 'regenerateKeys', 'token'];

/** Where operation statuses live, as Azure ML's do: `/subscriptions/<sub>/providers/<provider>/locations/<loc>/mfeOperationsStatus/<id>`. */
export function operationPath(subscriptionId: string, location: string, id: string, result = false): string {
  return `/subscriptions/${subscriptionId}/providers/${PROVIDER}/locations/${location}/${result ? 'mfeOperationResults' : 'mfeOperationsStatus'}/${id}`;
}

const eq = (a: string | undefined, b: string): boolean =>
  a !== undefined && a.toLowerCase() === b.toLowerCase();

/** Parses a URL path (ARM keywords are case-insensitive, as on ARM). */
export function parseRoute(pathname: string): Route {
  let parts: string[];
  try {
    parts = pathname
      .split('/')
      .filter((p) => p !== '')
      .map((p) => decodeURIComponent(p));
  } catch {
    return { kind: 'unknown' };
  }
  if (!eq(parts[0], 'subscriptions') || !parts[1]) return { kind: 'unknown' };
  const subscriptionId = parts[1];
  let rest = parts.slice(2);
  let resourceGroup: string | undefined;
  if (eq(rest[0], 'resourceGroups')) {
    if (!rest[1]) return { kind: 'unknown' };
    resourceGroup = rest[1];
    rest = rest.slice(2);
  }
  if (!eq(rest[0], 'providers') || !eq(rest[1], PROVIDER)) return { kind: 'unknown' };
  rest = rest.slice(2);
  if (rest.length === 0) return { kind: 'unknown' };
  if (eq(rest[0], 'locations') && rest.length === 4) {
    if (eq(rest[2], 'mfeOperationsStatus') || eq(rest[2], 'mfeOperationResults'))
      return { kind: 'operation', subscriptionId, id: rest[3]!, result: eq(rest[2], 'mfeOperationResults') };
  }
  if (!eq(rest[0], 'workspaces')) {
    return { kind: 'unsupported', subscriptionId, resourceGroup, resourceType: rest[0]! };
  }
  if (rest.length === 1) return { kind: 'workspaces', subscriptionId, resourceGroup };
  if (!resourceGroup) return { kind: 'unknown' };
  const ws: InWorkspace = { subscriptionId, resourceGroup, workspace: rest[1]! };
  rest = rest.slice(2);
  if (rest.length === 0) return { kind: 'workspace', ...ws };
  const type = rest[0]!;
  if (eq(type, 'datastores')) {
    if (rest.length === 1) return { kind: 'datastores', ...ws };
    if (rest.length === 2) return { kind: 'datastore', ...ws, name: rest[1]! };
    if (rest.length === 3 && eq(rest[2], 'listSecrets'))
      return { kind: 'datastore-secrets', ...ws, name: rest[1]! };
    return { kind: 'unsupported', ...ws, resourceType: `workspaces/datastores/${rest[2]}` };
  }
  if (eq(type, 'onlineEndpoints')) return parseEndpointRoute(ws, rest.slice(1));
  const asset = ASSET_KINDS.find((k) => eq(type, k));
  if (!asset) return { kind: 'unsupported', ...ws, resourceType: `workspaces/${type}` };
  if (rest.length === 1) return { kind: 'containers', ...ws, asset };
  const name = rest[1]!;
  if (rest.length === 2) return { kind: 'container', ...ws, asset, name };
  if (!eq(rest[2], 'versions'))
    return { kind: 'unsupported', ...ws, resourceType: `workspaces/${asset}/${rest[2]}` };
  if (rest.length === 3) return { kind: 'versions', ...ws, asset, name };
  if (rest.length === 4) return { kind: 'version', ...ws, asset, name, version: rest[3]! };
  return { kind: 'unsupported', ...ws, resourceType: `workspaces/${asset}/versions/${rest[4]}` };
}

/** `rest`: the path after `.../workspaces/<ws>/onlineEndpoints`. */
function parseEndpointRoute(ws: InWorkspace, rest: string[]): Route {
  if (rest.length === 0) return { kind: 'endpoints', ...ws };
  const endpoint = rest[0]!;
  if (rest.length === 1) return { kind: 'endpoint', ...ws, endpoint };
  const action = ENDPOINT_ACTIONS.find((a) => eq(rest[1], a));
  if (action && rest.length === 2) return { kind: 'endpoint-action', ...ws, endpoint, action };
  if (!eq(rest[1], 'deployments'))
    return { kind: 'unsupported', ...ws, resourceType: `workspaces/onlineEndpoints/${rest[1]}` };
  if (rest.length === 2) return { kind: 'deployments', ...ws, endpoint };
  const deployment = rest[2]!;
  if (rest.length === 3) return { kind: 'deployment', ...ws, endpoint, deployment };
  if (rest.length === 4 && eq(rest[3], 'getLogs'))
    return { kind: 'deployment-logs', ...ws, endpoint, deployment };
  return {
    kind: 'unsupported',
    ...ws,
    resourceType: `workspaces/onlineEndpoints/deployments/${rest[3]}`,
  };
}

/** ARM id of a workspace. */
export function workspaceId(subscriptionId: string, resourceGroup: string, workspace: string): string {
  return `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/${PROVIDER}/workspaces/${workspace}`;
}

/**
 * The Azure RBAC action a request needs, and the scope ARM checks it on (what a 403 names).
 * Lists are checked on their parent; the result of a workspace list is filtered by read access instead.
 */
export function requiredAction(route: Route, method: string): string | undefined {
  const m = method.toUpperCase();
  const verb = m === 'PUT' || m === 'PATCH' ? 'write' : m === 'DELETE' ? 'delete' : 'read';
  switch (route.kind) {
    case 'workspaces':
    case 'workspace':
      return `${PROVIDER}/workspaces/${verb}`;
    case 'datastores':
    case 'datastore':
      return `${PROVIDER}/workspaces/datastores/${verb}`;
    case 'datastore-secrets':
      return `${PROVIDER}/workspaces/datastores/listsecrets/action`;
    case 'containers':
    case 'container':
      return `${PROVIDER}/workspaces/${route.asset}/${verb}`;
    case 'versions':
    case 'version':
      return `${PROVIDER}/workspaces/${route.asset}/versions/${verb}`;
    case 'endpoints':
    case 'endpoint':
      return `${PROVIDER}/workspaces/onlineEndpoints/${verb}`;
    case 'endpoint-action':
      // listKeys and token hand out secrets: not for readers (as the built-in Reader role has it).
      return `${PROVIDER}/workspaces/onlineEndpoints/${route.action.toLowerCase()}/action`;
    case 'deployments':
    case 'deployment':
      return `${PROVIDER}/workspaces/onlineEndpoints/deployments/${verb}`;
    case 'deployment-logs':
      return `${PROVIDER}/workspaces/onlineEndpoints/deployments/getlogs/action`;
    default:
      return undefined;
  }
}
