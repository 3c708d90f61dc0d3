// What a deployment's model and environment references resolve to, checked at PUT (a 400 naming the property, as
// the service answers a reference to an asset it cannot find, before anything is written): a workspace asset by
// its ARM id, a curated environment (in the azureml registry, or an AzureML-* name visible in every workspace),
// and registry references the emulator cannot serve, refused with what to do instead.
import { badRequest } from '../arm-error.js';
import { matchTemplate, PROVIDER, WORKSPACE_PATH } from '../arm-path.js';
import {
  CURATED_NAMES,
  curatedEnvironment,
  isRegistryUri,
  parseRegistryReference,
} from '../curated-environments.js';
import { condaRequirements, packagesToCheck, type PythonPackage } from '../python-packages.js';
import type { AssetKind, Resource, WorkspaceState } from '../state.js';

/** An asset version named by its ARM id, in this workspace; a 400 naming `target` when it is not there. */
export function resolveAsset(
  ws: WorkspaceState,
  id: unknown,
  kind: AssetKind,
  target: string,
  required: boolean,
): { name: string; version: string; resource: Resource } | undefined {
  const what = kind === 'data' ? 'data' : kind.slice(0, -1);
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
      `'${id}' is in workspace '${params.workspaceName}'; this request is for workspace '${ws.name}'.`,
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

const ENV_TARGET = 'properties.environmentId';
const MODEL_TARGET = 'properties.model';

/** The environment as the runtime checks it: where it comes from and its packages. */
export interface EnvironmentPackages {
  source: string;
  packages: PythonPackage[];
}

function curated(name: string, id: string): EnvironmentPackages | undefined {
  const env = curatedEnvironment(name);
  return (
    env && { source: `Curated environment ${env.name} (${id})`, packages: packagesToCheck(env.packages) }
  );
}

function unknownCurated(name: string, id: string): never {
  throw badRequest(
    `The curated environment '${name}' (${id}) is not one the local emulator serves. It serves: ` +
      `${CURATED_NAMES.join(', ')}. Use one of them, or register your own environment in the workspace.`,
    ENV_TARGET,
  );
}

/** A registry reference of a deployment: only curated environments of `azureml` are served. */
function registryEnvironment(id: string): EnvironmentPackages {
  const ref = parseRegistryReference(id);
  if (!ref || ref.kind !== 'environments') {
    throw badRequest(
      `'${id}' is not a registry environment reference ` +
        '(azureml://registries/<registry>/environments/<name>/versions/<version> or .../labels/<label>).',
      ENV_TARGET,
    );
  }
  if (ref.registry.toLowerCase() !== 'azureml') {
    throw badRequest(
      `The environment '${id}' is in registry '${ref.registry}': the local emulator has no registries except the ` +
        "curated environments of 'azureml'. Register the environment in the workspace and reference it there.",
      ENV_TARGET,
    );
  }
  return curated(ref.name, id) ?? unknownCurated(ref.name, id);
}

/** The environment a deployment names (undefined when it names none), or a 400 naming properties.environmentId. */
export function resolveEnvironment(ws: WorkspaceState, id: unknown): EnvironmentPackages | undefined {
  if (typeof id !== 'string' || id === '') return undefined;
  if (isRegistryUri(id)) return registryEnvironment(id);
  // The AzureML-* curated environments answer in every workspace, though no workspace registered them.
  const name = /\/environments\/([^/]+)\/versions\/[^/]+$/i.exec(id)?.[1];
  if (name && !ws.assets.environments[name] && /^azureml-/i.test(name)) {
    return curated(name, id) ?? unknownCurated(name, id);
  }
  const env = resolveAsset(ws, id, 'environments', ENV_TARGET, true)!;
  const conda = env.resource.properties.condaFile;
  const source = `Environment ${env.name}:${env.version}`;
  if (typeof conda !== 'string' || conda.trim() === '')
    return { source: `${source} (no conda file)`, packages: [] };
  try {
    return { source: `${source} (its conda file)`, packages: packagesToCheck(condaRequirements(conda)) };
  } catch {
    return { source: `${source} (its conda file is not YAML the emulator can read)`, packages: [] };
  }
}

/** A registry model reference: the emulator has no registry to download it from. */
export function refuseRegistryModel(id: unknown): void {
  if (typeof id !== 'string' || !isRegistryUri(id)) return;
  const ref = parseRegistryReference(id);
  throw badRequest(
    `The model '${id}' is in registry '${ref?.registry ?? id.split('/')[3]}': the local emulator has no registries, ` +
      'so it cannot download or serve it. Register the model in the workspace (register-model, or ' +
      '`az ml model create`) and deploy azureml:<name>:<version>.',
    MODEL_TARGET,
  );
}
