// Workspaces (Workspaces_Get, Workspaces_ListBySubscription, Workspaces_ListByResourceGroup). The emulator's
// workspaces are fixed (dev, preprod, prod): it neither creates nor deletes them.
import { PROVIDER } from '../arm-path.js';
import { LOCATION, TENANT_ID, type Context, type ResourceOperation, type SystemData } from '../context.js';
import { paginate } from '../listing.js';
import { roleAllows, roleOn } from '../principals.js';
import { workspaceTrackingUri } from '../jobs/job-services.js';
import { Workspace, WorkspaceListResult } from '../schemas/workspace.js';
import { accountOf, type WorkspaceState } from '../state.js';

/** systemData of what exists since the workspace was made (the workspace, its datastores). */
export function createdWith(ws: WorkspaceState): SystemData {
  return {
    createdAt: ws.createdAt,
    createdBy: 'admin',
    createdByType: 'User',
    lastModifiedAt: ws.createdAt,
    lastModifiedBy: 'admin',
    lastModifiedByType: 'User',
  };
}

function workspaceResource(ctx: Context, ws: WorkspaceState): unknown {
  const id = ctx.wsId(ws);
  const { subscriptionId, resourceGroup } = ctx.state;
  return {
    id,
    name: ws.name,
    type: `${PROVIDER}/workspaces`,
    location: LOCATION,
    tags: {},
    sku: { name: 'Basic', tier: 'Basic' },
    identity: { type: 'SystemAssigned', principalId: ws.workspaceId, tenantId: TENANT_ID },
    systemData: createdWith(ws),
    properties: {
      workspaceId: ws.workspaceId,
      friendlyName: ws.name,
      description: `Local Azure ML emulator workspace '${ws.name}'`,
      provisioningState: 'Succeeded',
      tenantId: TENANT_ID,
      storageAccount: `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/Microsoft.Storage/storageAccounts/${accountOf(ws).account}`,
      discoveryUrl: `${ctx.config.armEndpoint}/discovery`,
      mlFlowTrackingUri: workspaceTrackingUri(ctx, ws),
      hbiWorkspace: false,
      publicNetworkAccess: 'Enabled',
      storageHnsEnabled: false,
      v1LegacyMode: false,
    },
  };
}

export const list: ResourceOperation = {
  what: 'Workspaces_List',
  response: WorkspaceListResult,
  handle: (ctx, req) => {
    ctx.checkScope(req.params.subscriptionId!, req.params.resourceGroupName);
    // ARM lists what the caller may read.
    const visible = Object.values(ctx.state.workspaces)
      .filter((w) => roleAllows(roleOn(req.principal, w.name), `${PROVIDER}/workspaces/read`))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((w) => workspaceResource(ctx, w));
    return { status: 200, body: paginate(visible, req.url, ctx.config.pageSize) };
  },
};

export const get: ResourceOperation = {
  what: 'Workspace',
  response: Workspace,
  handle: (ctx, req) => ({ status: 200, body: workspaceResource(ctx, ctx.workspace(req.params)) }),
};
