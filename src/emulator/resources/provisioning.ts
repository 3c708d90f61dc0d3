// What provisioning a deployment means for its resource: the runtime (deployment-runtime.ts) downloads and starts
// it; this module turns the resource into the runtime's spec and its outcome into provisioning states.
import { ArmError } from '../arm-error.js';
import type { Context } from '../context.js';
import { parseDatastoreUri } from '../datastore-uri.js';
import { checkModelFiles } from '../model-files-check.js';
import { ProvisioningError, type BlobLocation, type DeploymentSpec } from '../deployment-runtime.js';
import type { Operation } from '../operations.js';
import { accountOf, type OnlineEndpointState, type TrackedResource, type WorkspaceState } from '../state.js';
import { datastoreContainers } from './datastores.js';
import { resolveAsset, resolveEnvironment } from './deployment-references.js';

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

function datastorePath(ws: WorkspaceState, uri: string): BlobLocation {
  const parsed = parseDatastoreUri(uri);
  const store = parsed && datastoreContainers(ws)[parsed.datastore];
  if (!parsed || !store) {
    throw new ProvisioningError(
      'StorageInitializerFailed',
      `The asset URI '${uri}' is not in a datastore of workspace '${ws.name}'.`,
    );
  }
  return { account: accountOf(ws), container: store.container, path: parsed.path, uri };
}

/** MLflow model types as the CLI (mlflow_model) and the service (MLFlow) spell them. */
const isMlflow = (modelType: unknown): boolean =>
  typeof modelType === 'string' && /^mlflow(_model)?$/i.test(modelType);

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
    // Azure serves an MLflow model given without scoring code itself (how-to-deploy-mlflow-models-online-endpoints).
    mlflow: !codeConfig && isMlflow(model.resource.properties.modelType),
    modelMountPath:
      typeof p.modelMountPath === 'string' && p.modelMountPath !== '' ? p.modelMountPath : undefined,
    environment: resolveEnvironment(ws, p.environmentId),
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
    const deployment = spec(ws, ep, d);
    await checkModelFiles(ctx.storageOf(ws), ws, d, deployment.model);
    await ctx.runtime.provision(deployment);
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
