// A job resource's `services` (JobService, one per name), as the service answers them: the studio page of the run
// and the MLflow tracking URI. resources/jobs.ts (ARM) and pipeline children share this one definition.
import type { Context } from '../context.js';
import { workspaceScope } from '../../contract/jobs.js';
import type { WorkspaceState } from '../state.js';
import { trackingUri } from './job-environment.js';

export function jobServices(ctx: Context, ws: WorkspaceState, name: string): Record<string, unknown> {
  const wsId = ctx.wsId(ws);
  const scope = workspaceScope(ctx.state.subscriptionId, ctx.state.resourceGroup, ws.name);
  return {
    Studio: {
      jobServiceType: 'Studio',
      endpoint: `https://ml.azure.com/runs/${encodeURIComponent(name)}?wsid=${wsId}`,
    },
    Tracking: { jobServiceType: 'Tracking', endpoint: trackingUri(ctx.config.armEndpoint, scope) },
  };
}

/** The workspace's mlFlowTrackingUri (the workspace resource answers it). */
export function workspaceTrackingUri(ctx: Context, ws: WorkspaceState): string {
  return trackingUri(
    ctx.config.armEndpoint,
    workspaceScope(ctx.state.subscriptionId, ctx.state.resourceGroup, ws.name),
  );
}
