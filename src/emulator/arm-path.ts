import { AZUREML_PROVIDER } from '../contract/azureml-api.js';

export const PROVIDER = AZUREML_PROVIDER;

/** The ARM path of a workspace, as the spec's paths start: `{workspace}/...` in the route table. */
export const WORKSPACE_PATH = `/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/${PROVIDER}/workspaces/{workspaceName}`;

/** Path parameters by the spec's names (subscriptionId, resourceGroupName, workspaceName, endpointName, ...). */
export type Params = Record<string, string>;

function segments(pathname: string): string[] | undefined {
  try {
    return pathname
      .split('/')
      .filter((p) => p !== '')
      .map((p) => decodeURIComponent(p));
  } catch {
    return undefined;
  }
}

/**
 * Matches a URL path against a path template of the spec (`/subscriptions/{subscriptionId}/...`): literal
 * segments in any case (ARM keywords are case-insensitive), `{name}` segments captured decoded.
 */
export function matchTemplate(template: string, pathname: string): Params | undefined {
  const want = template.split('/').filter((p) => p !== '');
  const got = segments(pathname);
  if (!got || got.length !== want.length) return undefined;
  const params: Params = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    const g = got[i]!;
    if (w.startsWith('{') && w.endsWith('}')) {
      if (g === '') return undefined;
      params[w.slice(1, -1)] = g;
    } else if (w.toLowerCase() !== g.toLowerCase()) return undefined;
  }
  return params;
}

/**
 * The resource type a path of the provider names (`workspaces/jobs` for `.../workspaces/dev/jobs/j1`), or undefined
 * when the path is not under `/providers/Microsoft.MachineLearningServices`.
 */
export function providerResourceType(pathname: string): string | undefined {
  const parts = segments(pathname);
  if (!parts) return undefined;
  const at = parts.findIndex(
    (p, i) => p.toLowerCase() === 'providers' && parts[i + 1]?.toLowerCase() === PROVIDER.toLowerCase(),
  );
  if (at < 0 || parts[0]?.toLowerCase() !== 'subscriptions') return undefined;
  const rest = parts.slice(at + 2);
  return rest.filter((_, i) => i % 2 === 0).join('/') || undefined;
}

/** ARM id of a workspace. */
export function workspaceId(subscriptionId: string, resourceGroup: string, workspace: string): string {
  return `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/${PROVIDER}/workspaces/${workspace}`;
}

/**
 * Where operation statuses live, as Azure ML's do:
 * `/subscriptions/<sub>/providers/<provider>/locations/<loc>/mfeOperationsStatus/<id>` (Azure-AsyncOperation) and
 * `.../mfeOperationResults/<id>` (Location).
 */
export function operationPath(subscriptionId: string, location: string, id: string, result = false): string {
  return `/subscriptions/${subscriptionId}/providers/${PROVIDER}/locations/${location}/${result ? 'mfeOperationResults' : 'mfeOperationsStatus'}/${id}`;
}
