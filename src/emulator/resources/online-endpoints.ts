// Online endpoints (OnlineEndpoints_List, _Get, _CreateOrUpdate, _Update, _Delete). PUT, PATCH and DELETE are
// long-running operations (operations.ts); deployments, keys and tokens have their own modules.
import { randomBytes, randomUUID } from 'node:crypto';
import { ArmError, notFound } from '../arm-error.js';
import { PROVIDER, type Params } from '../arm-path.js';
import { TENANT_ID, type Context, type ResourceOperation } from '../context.js';
import { paginate, positiveInt } from '../listing.js';
import { checkOnlineName } from '../names.js';
import { PartialMinimalTrackedResourceWithIdentity } from '../schemas/common.js';
import { OnlineEndpoint, OnlineEndpointPage } from '../schemas/online.js';
import type { OnlineEndpointState, TrackedResource, WorkspaceState } from '../state.js';
import { deploymentKey } from './provisioning.js';
import { checkTraffic } from './traffic-rules.js';

/** States in which the service refuses another change (409). */
export const BUSY = ['Creating', 'Updating', 'Scaling', 'Deleting'];

export const newKey = (): string => randomBytes(24).toString('base64url').replace(/[-_]/g, 'x');

/** `<workspace>/<endpoint>`, lower case: how the runtime, the tokens and the gateway key an endpoint. */
export const endpointKey = (ws: WorkspaceState, ep: OnlineEndpointState): string =>
  `${ws.name}/${ep.resource.name}`.toLowerCase();

export function findEndpoint(ws: WorkspaceState, name: string): OnlineEndpointState | undefined {
  return Object.values(ws.onlineEndpoints ?? {}).find(
    (e) => e.resource.name.toLowerCase() === name.toLowerCase(),
  );
}

/** The endpoint a request's path names (endpointName), or ARM's 404. */
export function endpointOf(ctx: Context, params: Params): { ws: WorkspaceState; ep: OnlineEndpointState } {
  const ws = ctx.workspace(params);
  const ep = findEndpoint(ws, params.endpointName!);
  if (!ep) {
    throw notFound(
      `${PROVIDER}/workspaces/${ws.name}/onlineEndpoints`,
      params.endpointName!,
      params.resourceGroupName!,
    );
  }
  return { ws, ep };
}

export function checkNotBusy(what: 'endpoint' | 'deployment', resource: TrackedResource): void {
  const state = String(resource.properties.provisioningState);
  if (BUSY.includes(state)) {
    throw new ArmError(
      409,
      'Conflict',
      `The ${what} '${resource.name}' is ${state}: it cannot be changed until that operation finishes.`,
    );
  }
}

/** The endpoint as answered: the stored resource, with its scoring and swagger URIs on the gateway. */
export function endpointBody(ctx: Context, ws: WorkspaceState, ep: OnlineEndpointState): unknown {
  const base = `${ctx.config.gatewayEndpoint}/${ws.name}/${ep.resource.name}`;
  return {
    ...ep.resource,
    properties: {
      ...ep.resource.properties,
      scoringUri: `${base}/score`,
      swaggerUri: `${base}/swagger.json`,
    },
  };
}

export const list: ResourceOperation = {
  what: 'OnlineEndpoints_List',
  response: OnlineEndpointPage,
  handle: (ctx, req) => {
    const ws = ctx.workspace(req.params);
    const items = Object.values(ws.onlineEndpoints ?? {})
      .sort((a, b) => a.resource.name.localeCompare(b.resource.name))
      .map((e) => endpointBody(ctx, ws, e));
    return {
      status: 200,
      body: paginate(items, req.url, positiveInt(req.url, 'count') ?? ctx.config.pageSize),
    };
  },
};

export const get: ResourceOperation = {
  what: 'OnlineEndpoint',
  response: OnlineEndpoint,
  handle: (ctx, req) => {
    const { ws, ep } = endpointOf(ctx, req.params);
    return { status: 200, body: endpointBody(ctx, ws, ep) };
  },
};

interface EndpointBody {
  location: string;
  tags?: Record<string, string>;
  kind?: string;
  identity?: Record<string, unknown>;
  sku?: TrackedResource['sku'];
  properties: Record<string, unknown> & {
    traffic?: Record<string, number> | null;
    mirrorTraffic?: Record<string, number> | null;
    keys?: { primaryKey?: string | null; secondaryKey?: string | null } | null;
  };
}

export const put: ResourceOperation = {
  what: 'OnlineEndpoint',
  request: OnlineEndpoint,
  response: OnlineEndpoint,
  handle: (ctx, req) => {
    const ws = ctx.workspace(req.params);
    checkOnlineName(req.params.endpointName!, 'endpoint');
    const body = req.body as EndpointBody;
    const props = body.properties;
    const existing = findEndpoint(ws, req.params.endpointName!);
    if (existing) checkNotBusy('endpoint', existing.resource);
    const traffic = props.traffic ?? {};
    const mirror = props.mirrorTraffic ?? {};
    checkTraffic(traffic, mirror, existing ? Object.values(existing.deployments).map((d) => d.name) : []);

    const name = existing?.resource.name ?? req.params.endpointName!;
    const settable: Record<string, unknown> = { ...props };
    delete settable.keys;
    const resource: TrackedResource = {
      id: `${ctx.wsId(ws)}/onlineEndpoints/${name}`,
      name,
      type: `${PROVIDER}/workspaces/onlineEndpoints`,
      location: body.location,
      tags: body.tags ?? {},
      ...(body.kind !== undefined ? { kind: body.kind } : {}),
      ...(body.sku ? { sku: body.sku } : {}),
      // A system-assigned identity gets its ids from the service (read-only in the request): its principal is kept
      // across updates of the endpoint, in the workspace's tenant.
      identity: {
        ...(body.identity ?? { type: 'SystemAssigned' }),
        ...(String(body.identity?.type ?? 'SystemAssigned').includes('SystemAssigned')
          ? {
              principalId:
                (existing?.resource.identity as { principalId?: string } | undefined)?.principalId ??
                randomUUID(),
              tenantId: TENANT_ID,
            }
          : {}),
      },
      properties: {
        ...settable,
        properties: props.properties ?? {},
        publicNetworkAccess: props.publicNetworkAccess ?? 'Enabled',
        traffic,
        mirrorTraffic: mirror,
        provisioningState: existing ? 'Updating' : 'Creating',
      },
      systemData: ctx.systemData(req.principal.name, existing?.resource.systemData),
    };
    // keys are create-only (x-ms-mutability ["create"]): given on create they are the endpoint's keys.
    const ep: OnlineEndpointState = existing ?? {
      resource,
      keys: {
        primaryKey: props.keys?.primaryKey || newKey(),
        secondaryKey: props.keys?.secondaryKey || newKey(),
      },
      deployments: {},
    };
    ep.resource = resource;
    ws.onlineEndpoints![name] = ep;
    ctx.persist();
    const op = ctx.operations.start();
    ctx.operations.run(
      op,
      () => {
        if (ep.resource !== resource) return ctx.operations.finish(op);
        resource.properties.provisioningState = 'Succeeded';
        ctx.persist();
        ctx.operations.finish(op);
      },
      20,
    );
    return {
      status: existing ? 200 : 201,
      body: endpointBody(ctx, ws, ep),
      headers: ctx.operations.asyncHeaders(op),
    };
  },
};

export const patch: ResourceOperation = {
  what: 'PartialMinimalTrackedResourceWithIdentity',
  request: PartialMinimalTrackedResourceWithIdentity,
  handle: (ctx, req) => {
    const { ep } = endpointOf(ctx, req.params);
    checkNotBusy('endpoint', ep.resource);
    const body = req.body as { tags?: Record<string, string>; identity?: Record<string, unknown> };
    if (body.tags) ep.resource.tags = body.tags;
    if (body.identity) ep.resource.identity = { ...(ep.resource.identity as object), ...body.identity };
    ep.resource.systemData = ctx.systemData(req.principal.name, ep.resource.systemData);
    ctx.persist();
    const op = ctx.operations.start({ resultOf: ep.resource.id! });
    ctx.operations.finish(op);
    return ctx.operations.accepted(op);
  },
};

export const remove: ResourceOperation = {
  what: 'OnlineEndpoint',
  handle: (ctx, req) => {
    const ws = ctx.workspace(req.params);
    const ep = findEndpoint(ws, req.params.endpointName!);
    if (!ep) return { status: 204 };
    if (ep.resource.properties.provisioningState === 'Deleting') checkNotBusy('endpoint', ep.resource);
    ep.resource.properties.provisioningState = 'Deleting';
    for (const d of Object.values(ep.deployments)) d.properties.provisioningState = 'Deleting';
    ctx.persist();
    const op = ctx.operations.start();
    const key = endpointKey(ws, ep);
    ctx.operations.run(op, async () => {
      for (const d of Object.values(ep.deployments)) {
        const runtimeKey = deploymentKey(ws, ep, d);
        await ctx.runtime.stop(runtimeKey);
        ctx.runtime.forget(runtimeKey);
      }
      delete ws.onlineEndpoints![ep.resource.name];
      ctx.tokens.forget(key);
      ctx.persist();
      ctx.operations.finish(op);
    });
    return ctx.operations.accepted(op);
  },
};
