// Computes (Compute_List, Compute_Get, Compute_CreateOrUpdate, Compute_Update, Compute_Delete): AmlCompute clusters,
// whose max nodes bound how many job instances run at once. Provisioning is immediate (nothing to allocate), so
// PUT and PATCH answer the resource with provisioningState Succeeded and no operation to poll.
import { ArmError, badRequest, notFound } from '../arm-error.js';
import { PROVIDER, type Params } from '../arm-path.js';
import type { Context, ResourceOperation } from '../context.js';
import { paginate } from '../listing.js';
import { ClusterUpdateParameters, ComputePage, ComputeResource } from '../schemas/computes.js';
import { isTerminalJobStatus } from '../../contract/jobs.js';
import type { ComputeRecord, WorkspaceState } from '../state.js';
import { checkScale, computeResource } from './compute-rules.js';

const COMPUTE_NAME = /^[A-Za-z][A-Za-z0-9-]{1,31}$/;

function compute(ctx: Context, params: Params): { ws: WorkspaceState; compute: ComputeRecord } {
  const ws = ctx.workspace(params);
  const found = ws.computes![params.computeName!];
  if (!found) {
    throw notFound(
      `${PROVIDER}/workspaces/${ws.name}/computes`,
      params.computeName!,
      params.resourceGroupName!,
    );
  }
  return { ws, compute: found };
}

export const list: ResourceOperation = {
  what: 'Compute_List',
  response: ComputePage,
  handle: (ctx, req) => {
    const ws = ctx.workspace(req.params);
    const items = Object.values(ws.computes!).sort((a, b) => a.name.localeCompare(b.name));
    return { status: 200, body: paginate(items, req.url, ctx.config.pageSize) };
  },
};

export const get: ResourceOperation = {
  what: 'ComputeResource',
  response: ComputeResource,
  handle: (ctx, req) => ({ status: 200, body: compute(ctx, req.params).compute }),
};

export const put: ResourceOperation = {
  what: 'ComputeResource',
  request: ComputeResource,
  response: ComputeResource,
  handle: (ctx, req) => {
    const name = req.params.computeName!;
    // Azure ML compute names: 2 to 32 characters, a letter first, then letters, digits and '-' (az ml compute create).
    if (!COMPUTE_NAME.test(name)) {
      throw badRequest(
        `The compute name '${name}' is invalid: it must be 2 to 32 characters, start with a letter and contain only letters, digits and '-'.`,
        'name',
      );
    }
    const ws = ctx.workspace(req.params);
    const body = req.body as { properties?: Record<string, unknown>; tags?: Record<string, string> | null };
    if (!body.properties)
      throw badRequest('A compute needs its properties (computeType AmlCompute).', 'properties');
    const existing = ws.computes![name];
    const at = new Date().toISOString();
    const resource = computeResource(ctx.wsId(ws), name, body.properties, {
      at,
      createdOn: existing?.properties.createdOn as string | undefined,
      systemData: ctx.systemData(req.principal.name, existing?.systemData),
    });
    resource.tags = body.tags ?? existing?.tags ?? {};
    ws.computes![name] = resource;
    ctx.persist();
    return { status: existing ? 200 : 201, body: resource };
  },
};

export const patch: ResourceOperation = {
  what: 'ClusterUpdateParameters',
  request: ClusterUpdateParameters,
  response: ComputeResource,
  handle: (ctx, req) => {
    const { compute: c } = compute(ctx, req.params);
    const body = req.body as { properties?: { properties?: { scaleSettings?: Record<string, unknown> } } };
    const scale = body.properties?.properties?.scaleSettings;
    if (scale) {
      const aml = c.properties.properties as { scaleSettings: Record<string, unknown> };
      const next = { ...aml.scaleSettings, ...scale };
      checkScale(
        Number(next.minNodeCount ?? 0),
        Number(next.maxNodeCount),
        'properties.properties.scaleSettings',
      );
      aml.scaleSettings = next;
      c.properties.modifiedOn = new Date().toISOString();
      c.systemData = ctx.systemData(req.principal.name, c.systemData);
      ctx.persist();
    }
    return { status: 200, body: c };
  },
};

export const remove: ResourceOperation = {
  what: 'Compute_Delete',
  handle: (ctx, req) => {
    const ws = ctx.workspace(req.params);
    const name = req.params.computeName!;
    // Required by the spec: whether to delete the cluster or only detach it (both remove it from the workspace here).
    const action = req.url.searchParams.get('underlyingResourceAction');
    if (action !== 'Delete' && action !== 'Detach') {
      throw badRequest(
        `The query parameter 'underlyingResourceAction' must be Delete or Detach; got ${action === null ? 'none' : `'${action}'`}.`,
        'underlyingResourceAction',
      );
    }
    const c = ws.computes![name];
    if (!c) return { status: 204 };
    // A cluster that runs jobs keeps them: the service refuses to delete it until they end.
    const busy = Object.values(ws.jobs ?? {}).filter(
      (j) =>
        !isTerminalJobStatus(String(j.properties.status)) &&
        String(j.properties.computeId ?? '').toLowerCase() === c.id.toLowerCase(),
    );
    if (busy.length > 0) {
      throw new ArmError(
        409,
        'Conflict',
        `The compute '${name}' runs job(s) ${busy.map((j) => j.name).join(', ')}; cancel them or wait for them to end before deleting it.`,
        'computeName',
      );
    }
    delete ws.computes![name];
    ctx.persist();
    return { status: 200 };
  },
};
