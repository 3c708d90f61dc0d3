// What provisioning a deployment means for its resource: the runtime (deployment-runtime.ts) downloads and starts
// it; this module turns the resource into the runtime's spec and its outcome into provisioning states.
import { ArmError, badRequest } from '../arm-error.js';
import { matchTemplate, PROVIDER, WORKSPACE_PATH } from '../arm-path.js';
import type { Context } from '../context.js';
import { parseDatastoreUri } from '../datastore-uri.js';
import { ProvisioningError, type DeploymentSpec } from '../deployment-runtime.js';
import type { Operation } from '../operations.js';
import type { OnlineEndpointState, Resource, TrackedResource, WorkspaceState } from '../state.js';
import { datastoreContainers } from './datastores.js';

type VersionKind = 'models' | 'codes' | 'environments';

/** ISO 8601 durations of probe settings (PT10S, PT1M30S) in ms. */
export function durationMs(value: unknown, fallbackMs: number): number {
  if (typeof value !== 'string') return fallbackMs;
  const m =
    /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i.exec(
      value,
    );
  if (!m) return fallbackMs;
  const [, d = '0', h = '0', min = '0', s = '0'] = m;
  return (((Number(d) * 24 + Number(h)) * 60 + Number(min)) * 60 + Number(s)) * 1000;
}

/** `<workspace>/<endpoint>/<deployment>`, lower case: the runtime's key of a deployment. */
export const deploymentKey = (ws: WorkspaceState, ep: OnlineEndpointState, d: TrackedResource): string =>
  `${ws.name}/${ep.resource.name}/${d.name}`.toLowerCase();

/** An asset version named by its ARM id, in this workspace; a 400 naming `target` when it is not there. */
export function resolveAsset(
  ws: WorkspaceState,
  id: unknown,
  kind: VersionKind,
  target: string,
  required: boolean,
): { name: string; version: string; resource: Resource } | undefined {
  const what = kind.slice(0, -1);
  if (typeof id !== 'string' || id === '') {
    if (!required) return undefined;
    throw badRequest(`The deployment needs '${target}': the ARM id of a ${what} version.`, target);
  }
  const params = matchTemplate(`${WORKSPACE_PATH}/${kind}/{name}/versions/{version}`, id);
  if (!params) {
    throw badRequest(
      `'${id}' is not the ARM id of a ${what} version ` +
        `(/subscriptions/<sub>/resourceGroups/<rg>/providers/${PROVIDER}/workspaces/<ws>/${kind}/<name>/versions/<version>).`,
      target,
    );
  }
  if (params.workspaceName!.toLowerCase() !== ws.name.toLowerCase()) {
    throw badRequest(
      `'${id}' is in workspace '${params.workspaceName}'; the deployment is in '${ws.name}'.`,
      target,
    );
  }
  const version = ws.assets[kind][params.name!]?.versions[params.version!];
  if (!version) {
    throw badRequest(
      `The ${what} version '${params.name}:${params.version}' (${id}) does not exist.`,
      target,
    );
  }
  return { name: params.name!, version: params.version!, resource: version };
}

function datastorePath(ws: WorkspaceState, uri: string): { container: string; path: string; uri: string } {
  const parsed = parseDatastoreUri(uri);
  const store = parsed && datastoreContainers(ws)[parsed.datastore];
  if (!parsed || !store) {
    throw new ProvisioningError(
      'StorageInitializerFailed',
      `The asset URI '${uri}' is not in a datastore of workspace '${ws.name}'.`,
    );
  }
  return { container: store.container, path: parsed.path, uri };
}

function spec(ws: WorkspaceState, ep: OnlineEndpointState, d: TrackedResource): DeploymentSpec {
  const p = d.properties;
  const model = resolveAsset(ws, p.model, 'models', 'properties.model', false)!;
  const modelFiles = datastorePath(ws, String(model.resource.properties.modelUri));
  const codeConfig = p.codeConfiguration as { codeId?: string; scoringScript?: string } | undefined;
  let code: DeploymentSpec['code'];
  if (codeConfig?.codeId) {
    const c = resolveAsset(ws, codeConfig.codeId, 'codes', 'properties.codeConfiguration.codeId', false)!;
    code = datastorePath(ws, String(c.resource.properties.codeUri));
  }
  const probe = (p.readinessProbe ?? {}) as Record<string, unknown>;
  // Azure's defaults: initialDelay 10 s, period 10 s, failureThreshold 30 (reference-yaml-deployment-managed-online).
  const readiness =
    durationMs(probe.initialDelay, 10_000) +
    durationMs(probe.period, 10_000) *
      (typeof probe.failureThreshold === 'number' ? probe.failureThreshold : 30);
  return {
    key: deploymentKey(ws, ep, d),
    model: { ...modelFiles, name: model.name, version: model.version },
    code,
    scoringScript: codeConfig?.scoringScript,
    environmentVariables: (p.environmentVariables as Record<string, string>) ?? {},
    readinessTimeoutMs: Math.min(Math.max(readiness, 5_000), 600_000),
  };
}

/** Downloads and starts the deployment; its state ends Succeeded or Failed (unless it was replaced or deleted). */
export async function provision(
  ctx: Context,
  ws: WorkspaceState,
  ep: OnlineEndpointState,
  d: TrackedResource,
  op: Operation,
): Promise<void> {
  const current = (): boolean =>
    ep.deployments[d.name] === d && d.properties.provisioningState !== 'Deleting';
  try {
    await ctx.runtime.provision(spec(ws, ep, d));
    if (!current()) return ctx.operations.finish(op);
    d.properties.provisioningState = 'Succeeded';
    ctx.persist();
    ctx.operations.finish(op);
  } catch (error) {
    // A shutdown interrupting provisioning is not the deployment's failure: its saved state stays as it was,
    // so the next start provisions it again.
    if (current() && !ctx.runtime.stopping) {
      d.properties.provisioningState = 'Failed';
      ctx.persist();
    }
    const e =
      error instanceof ProvisioningError || error instanceof ArmError
        ? { code: error.code, message: error.message }
        : { code: 'InternalServerError', message: (error as Error)?.message ?? String(error) };
    ctx.operations.finish(op, e);
  }
}
