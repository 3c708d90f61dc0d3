// Online deployments (OnlineDeployments_List, _Get, _CreateOrUpdate, _Update, _Delete, _GetLogs). PUT provisions
// the deployment for real (provisioning.ts, deployment-runtime.ts); PATCH scales; DELETE stops it.
import { badRequest, notFound } from '../arm-error.js';
import { PROVIDER, type Params } from '../arm-path.js';
import type { Context, ResourceOperation } from '../context.js';
import { paginate, positiveInt } from '../listing.js';
import { checkOnlineName } from '../names.js';
import { PartialMinimalTrackedResourceWithSku } from '../schemas/common.js';
import {
  DeploymentLogs,
  DeploymentLogsRequest,
  OnlineDeployment,
  OnlineDeploymentPage,
} from '../schemas/online.js';
import type { OnlineEndpointState, TrackedResource, WorkspaceState } from '../state.js';
import { checkNotBusy, endpointOf } from './online-endpoints.js';
import { refuseRegistryModel, resolveAsset, resolveEnvironment } from './deployment-references.js';
import { deploymentKey, provision } from './provisioning.js';

function findDeployment(ep: OnlineEndpointState, name: string): TrackedResource | undefined {
  return Object.values(ep.deployments).find((d) => d.name.toLowerCase() === name.toLowerCase());
}

function deploymentOf(
  ctx: Context,
  params: Params,
): { ws: WorkspaceState; ep: OnlineEndpointState; d: TrackedResource } {
  const { ws, ep } = endpointOf(ctx, params);
  const d = findDeployment(ep, params.deploymentName!);
  if (!d) {
    throw notFound(
      `${PROVIDER}/workspaces/${ws.name}/onlineEndpoints/${ep.resource.name}/deployments`,
      params.deploymentName!,
      params.resourceGroupName!,
    );
  }
  return { ws, ep, d };
}

export const list: ResourceOperation = {
  what: 'OnlineDeployments_List',
  response: OnlineDeploymentPage,
  handle: (ctx, req) => {
    const items = Object.values(endpointOf(ctx, req.params).ep.deployments).sort((a, b) =>
      a.name.localeCompare(b.name),
    );
    return {
      status: 200,
      body: paginate(items, req.url, ctx.config.pageSize, positiveInt(req.url, '$top')),
    };
  },
};

export const get: ResourceOperation = {
  what: 'OnlineDeployment',
  response: OnlineDeployment,
  handle: (ctx, req) => ({ status: 200, body: deploymentOf(ctx, req.params).d }),
};

interface DeploymentBody {
  location: string;
  tags?: Record<string, string>;
  kind?: string;
  identity?: unknown;
  sku?: TrackedResource['sku'];
  properties: Record<string, unknown> & {
    endpointComputeType: string;
    codeConfiguration?: { codeId?: string | null; scoringScript: string } | null;
    environmentId?: string | null;
  };
}

export const put: ResourceOperation = {
  what: 'OnlineDeployment',
  request: OnlineDeployment,
  response: OnlineDeployment,
  handle: (ctx, req) => {
    const { ws, ep } = endpointOf(ctx, req.params);
    if (ep.resource.properties.provisioningState === 'Deleting') checkNotBusy('endpoint', ep.resource);
    checkOnlineName(req.params.deploymentName!, 'deployment');
    const body = req.body as DeploymentBody;
    const props = body.properties;
    if (props.endpointComputeType !== 'Managed') {
      throw badRequest(
        `endpointComputeType '${props.endpointComputeType}' is not served by the local emulator: use Managed (a Kubernetes deployment needs an attached compute).`,
        'properties.endpointComputeType',
      );
    }
    refuseRegistryModel(props.model);
    resolveAsset(ws, props.model, 'models', 'properties.model', true);
    if (props.codeConfiguration?.codeId)
      resolveAsset(ws, props.codeConfiguration.codeId, 'codes', 'properties.codeConfiguration.codeId', true);
    resolveEnvironment(ws, props.environmentId);
    const existing = findDeployment(ep, req.params.deploymentName!);
    if (existing) checkNotBusy('deployment', existing);
    const name = existing?.name ?? req.params.deploymentName!;
    const sku = body.sku ?? { name: 'Default', capacity: 1 };
    const resource: TrackedResource = {
      id: `${ep.resource.id}/deployments/${name}`,
      name,
      type: `${PROVIDER}/workspaces/onlineEndpoints/deployments`,
      location: body.location,
      tags: body.tags ?? {},
      ...(body.kind !== undefined ? { kind: body.kind } : {}),
      ...(body.identity !== undefined ? { identity: body.identity } : {}),
      sku: { ...sku, capacity: sku.capacity ?? 1 },
      properties: {
        ...props,
        // The spec's default (OnlineDeploymentProperties.instanceType).
        instanceType: props.instanceType ?? 'Standard_F4s_v2',
        environmentVariables: props.environmentVariables ?? {},
        properties: props.properties ?? {},
        provisioningState: existing ? 'Updating' : 'Creating',
      },
      systemData: ctx.systemData(req.principal.name, existing?.systemData),
    };
    ep.deployments[name] = resource;
    ctx.persist();
    const op = ctx.operations.start({ target: resource.id });
    ctx.operations.run(op, () => provision(ctx, ws, ep, resource, op));
    return { status: existing ? 200 : 201, body: resource, headers: ctx.operations.asyncHeaders(op) };
  },
};

export const patch: ResourceOperation = {
  what: 'PartialMinimalTrackedResourceWithSku',
  request: PartialMinimalTrackedResourceWithSku,
  handle: (ctx, req) => {
    const { d } = deploymentOf(ctx, req.params);
    checkNotBusy('deployment', d);
    const body = req.body as {
      tags?: Record<string, string>;
      sku?: Partial<NonNullable<TrackedResource['sku']>>;
    };
    if (body.tags) d.tags = body.tags;
    const op = ctx.operations.start({ target: d.id, resultOf: d.id! });
    d.systemData = ctx.systemData(req.principal.name, d.systemData);
    if (body.sku) {
      // One process serves however many instances; scaling only passes through its state.
      d.sku = { ...d.sku!, ...body.sku };
      const before = String(d.properties.provisioningState);
      d.properties.provisioningState = 'Scaling';
      ctx.operations.run(
        op,
        () => {
          d.properties.provisioningState = before === 'Failed' ? 'Failed' : 'Succeeded';
          ctx.persist();
          ctx.operations.finish(op);
        },
        20,
      );
    } else {
      ctx.operations.finish(op);
    }
    ctx.persist();
    return ctx.operations.accepted(op);
  },
};

export const remove: ResourceOperation = {
  what: 'OnlineDeployment',
  handle: (ctx, req) => {
    const { ws, ep } = endpointOf(ctx, req.params);
    const d = findDeployment(ep, req.params.deploymentName!);
    if (!d) return { status: 204 };
    if (d.properties.provisioningState === 'Deleting') checkNotBusy('deployment', d);
    const traffic = (ep.resource.properties.traffic ?? {}) as Record<string, number>;
    const mirror = (ep.resource.properties.mirrorTraffic ?? {}) as Record<string, number>;
    const share = (map: Record<string, number>): [string, number] | undefined =>
      Object.entries(map).find(([n, v]) => n.toLowerCase() === d.name.toLowerCase() && v > 0);
    const live = share(traffic);
    const mirrored = share(mirror);
    if (live || mirrored) {
      throw badRequest(
        `Deployment '${d.name}' has ${live ? 'traffic' : 'mirror traffic'} of ${(live ?? mirrored)![1]}% on endpoint ` +
          `'${ep.resource.name}'. Set it to 0 on the endpoint before deleting the deployment.`,
        live ? 'properties.traffic' : 'properties.mirrorTraffic',
      );
    }
    d.properties.provisioningState = 'Deleting';
    ctx.persist();
    const op = ctx.operations.start();
    const key = deploymentKey(ws, ep, d);
    ctx.operations.run(op, async () => {
      await ctx.runtime.stop(key);
      ctx.runtime.forget(key);
      if (ep.deployments[d.name] === d) delete ep.deployments[d.name];
      // Zero entries for the deployment go with it.
      for (const map of [traffic, mirror])
        for (const n of Object.keys(map)) if (n.toLowerCase() === d.name.toLowerCase()) delete map[n];
      ctx.persist();
      ctx.operations.finish(op);
    });
    return ctx.operations.accepted(op);
  },
};

export const getLogs: ResourceOperation = {
  what: 'DeploymentLogsRequest',
  request: DeploymentLogsRequest,
  optionalBody: true,
  response: DeploymentLogs,
  handle: (ctx, req) => {
    const { ws, ep, d } = deploymentOf(ctx, req.params);
    const body = (req.body ?? {}) as {
      containerType?: 'InferenceServer' | 'StorageInitializer';
      tail?: number | null;
    };
    const tail = typeof body.tail === 'number' ? body.tail : undefined;
    return {
      status: 200,
      body: {
        content: ctx.runtime.getLogs(deploymentKey(ws, ep, d), body.containerType ?? 'InferenceServer', tail),
      },
    };
  },
};
