// What the scoring gateway reads of an endpoint: who may score, traffic, mirror traffic, deployments and their
// request settings.
import type { Context } from './context.js';
import { roleAllows, roleOn } from './principals.js';
import { endpointKey, findEndpoint } from './resources/online-endpoints.js';
import { deploymentKey, durationMs } from './resources/provisioning.js';

/** The RBAC action an Entra token's principal needs to score (how-to-authenticate-online-endpoint). */
export const SCORE_ACTION = 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints/score/action';

export interface GatewayView {
  authMode: string;
  /** Whether the bearer token may score on this endpoint, by its auth mode. */
  accepts: (token: string) => boolean;
  traffic: Record<string, number>;
  mirrorTraffic: Record<string, number>;
  /** Deployment names (as created) -> runtime key. */
  deployments: Map<string, string>;
  requestTimeoutMs: (deployment: string) => number;
  /** maxConcurrentRequestsPerInstance x instance count, when the deployment sets it (admission.ts). */
  slots: (deployment: string) => number | undefined;
}

export function gatewayView(ctx: Context, workspace: string, endpoint: string): GatewayView | undefined {
  const ws = Object.values(ctx.state.workspaces).find(
    (w) => w.name.toLowerCase() === workspace.toLowerCase(),
  );
  const ep = ws && findEndpoint(ws, endpoint);
  if (!ws || !ep) return undefined;
  const key = endpointKey(ws, ep);
  const p = ep.resource.properties;
  const authMode = String(p.authMode ?? 'Key');
  // how-to-authenticate-online-endpoint: a key endpoint takes its keys; an aml_token endpoint takes the tokens of
  // its token action (and refuses the keys: 401); an aad_token endpoint takes a Microsoft Entra token of a
  // principal with the score action on the workspace (here: the principal's bearer token of the ARM endpoint).
  const accepts = (token: string): boolean => {
    if (authMode === 'AMLToken') return ctx.tokens.valid(key).includes(token);
    if (authMode === 'AADToken') {
      const principal = ctx.state.principals.find((pr) => pr.token === token);
      return principal !== undefined && roleAllows(roleOn(principal, ws.name), SCORE_ACTION);
    }
    return token === ep.keys.primaryKey || token === ep.keys.secondaryKey;
  };
  return {
    authMode,
    accepts,
    traffic: (p.traffic as Record<string, number>) ?? {},
    mirrorTraffic: (p.mirrorTraffic as Record<string, number>) ?? {},
    deployments: new Map(Object.values(ep.deployments).map((d) => [d.name, deploymentKey(ws, ep, d)])),
    requestTimeoutMs: (name) => {
      const settings = ep.deployments[name]?.properties.requestSettings as
        { requestTimeout?: string } | undefined;
      // The spec's default requestTimeout (OnlineRequestSettings): PT5S.
      return durationMs(settings?.requestTimeout, 5_000);
    },
    slots: (name) => {
      const d = ep.deployments[name];
      const settings = d?.properties.requestSettings as
        { maxConcurrentRequestsPerInstance?: number } | undefined;
      // The service's default when unset is 1 (reference-yaml-deployment-managed-online, RequestSettings): one
      // request at a time per instance, a second one waiting, a third answered 429, as on Azure.
      const perInstance = settings?.maxConcurrentRequestsPerInstance ?? 1;
      if (!d) return undefined;
      return Math.max(1, perInstance) * Math.max(1, d.sku?.capacity ?? 1);
    },
  };
}

/**
 * Why a request with this Authorization header may not score on (or read the gateway's figures of) the endpoint,
 * or undefined when it may.
 */
export function unauthorized(view: GatewayView, auth: string | undefined): string | undefined {
  const token = auth?.startsWith('Bearer ') ? auth.slice(7).trim() : undefined;
  if (token && view.accepts(token)) return undefined;
  const wanted =
    view.authMode === 'AMLToken'
      ? "a token of the endpoint's token action (its auth mode is AMLToken: keys are refused)"
      : view.authMode === 'AADToken'
        ? 'a Microsoft Entra token of a principal allowed to score (auth mode AADToken)'
        : 'one of the endpoint keys (auth mode Key)';
  return `Unauthorized: the request needs the header Authorization: Bearer <${wanted}>.`;
}
