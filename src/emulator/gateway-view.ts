// What the scoring gateway reads of an endpoint: its keys and tokens, traffic, mirror traffic and deployments.
import type { Context } from './context.js';
import { endpointKey, findEndpoint } from './resources/online-endpoints.js';
import { deploymentKey } from './resources/provisioning.js';
import { durationMs } from './resources/provisioning.js';

export interface GatewayView {
  keys: string[];
  traffic: Record<string, number>;
  mirrorTraffic: Record<string, number>;
  /** Deployment names (as created) -> runtime key. */
  deployments: Map<string, string>;
  requestTimeoutMs: (deployment: string) => number;
}

export function gatewayView(ctx: Context, workspace: string, endpoint: string): GatewayView | undefined {
  const ws = Object.values(ctx.state.workspaces).find(
    (w) => w.name.toLowerCase() === workspace.toLowerCase(),
  );
  const ep = ws && findEndpoint(ws, endpoint);
  if (!ws || !ep) return undefined;
  const key = endpointKey(ws, ep);
  const p = ep.resource.properties;
  return {
    keys: [ep.keys.primaryKey, ep.keys.secondaryKey, ...ctx.tokens.valid(key)],
    traffic: (p.traffic as Record<string, number>) ?? {},
    mirrorTraffic: (p.mirrorTraffic as Record<string, number>) ?? {},
    deployments: new Map(Object.values(ep.deployments).map((d) => [d.name, deploymentKey(ws, ep, d)])),
    requestTimeoutMs: (name) => {
      const settings = ep.deployments[name]?.properties.requestSettings as
        { requestTimeout?: string } | undefined;
      // The spec's default requestTimeout (OnlineRequestSettings): PT5S.
      return durationMs(settings?.requestTimeout, 5_000);
    },
  };
}
