import {
  ASSET_NAME,
  ASSET_VERSION,
  ENVIRONMENT_NAME,
  ONLINE_NAME,
  REGISTRY_ASSET,
} from '../contract/asset-names.js';
import { ConfigurationError } from '../errors.js';

/** A registered asset version as deployments name it: `azureml:<name>:<version>` (or `@latest` where allowed). */
export interface AssetReference {
  name: string;
  /** A version, or 'latest'. */
  version: string;
}

/**
 * What a deployment's model or environment points at: a workspace asset (checked, then sent as its ARM id) or an
 * asset in an Azure ML registry (sent to ARM unchanged, as `az ml` sends it: the service resolves it).
 */
export type AssetPointer = { kind: 'workspace'; ref: AssetReference } | { kind: 'registry'; id: string };

/** `azureml:<name>:<version>` as text. */
export const showReference = (ref: AssetReference): string =>
  ref.version === 'latest' ? `azureml:${ref.name}@latest` : `azureml:${ref.name}:${ref.version}`;

function registryPointer(
  value: string,
  kind: 'models' | 'environments',
  nameRule: RegExp,
): AssetPointer | undefined {
  const m = REGISTRY_ASSET.exec(value);
  if (!m || m[2] !== kind) return undefined;
  if (!nameRule.test(m[3]!)) return undefined;
  if (m[4] === 'versions' ? !ASSET_VERSION.test(m[5]!) : !ASSET_NAME.test(m[5]!)) return undefined;
  return { kind: 'registry', id: value };
}

function workspacePointer(value: string, nameRule: RegExp, versionRule: RegExp): AssetPointer | undefined {
  const latest = /^azureml:([^:@/]+)@latest$/.exec(value);
  if (latest && nameRule.test(latest[1]!))
    return { kind: 'workspace', ref: { name: latest[1]!, version: 'latest' } };
  const pinned = /^azureml:([^:@/]+):([^:@/]+)$/.exec(value);
  if (pinned && nameRule.test(pinned[1]!) && versionRule.test(pinned[2]!))
    return { kind: 'workspace', ref: { name: pinned[1]!, version: pinned[2]! } };
  return undefined;
}

/**
 * A model reference: `azureml:<name>:<version>` (model versions are positive integers), `azureml:<name>@latest`,
 * or `azureml://registries/<registry>/models/<name>/versions/<version>` (or `/labels/<label>`).
 */
export function parseModelReference(value: string, input = 'model'): AssetPointer {
  const text = value.trim();
  const found =
    registryPointer(text, 'models', ASSET_NAME) ?? workspacePointer(text, ASSET_NAME, /^[1-9][0-9]{0,9}$/);
  if (!found) {
    throw new ConfigurationError(
      `Input '${input}': '${value}' is not a model reference. Write azureml:<name>:<version> (e.g. azureml:diabetes-classifier:3, ` +
        `register-model's model-uri output), azureml:<name>@latest, or azureml://registries/<registry>/models/<name>/versions/<version>.`,
      input,
    );
  }
  return found;
}

/**
 * An environment reference: `azureml:<name>:<version>`, `azureml:<name>@latest`, or
 * `azureml://registries/<registry>/environments/<name>/versions/<version>` or `.../labels/latest` (how curated
 * environments are named, e.g. azureml://registries/azureml/environments/sklearn-1.5/labels/latest).
 */
export function parseEnvironmentReference(value: string, input = 'environment'): AssetPointer {
  const text = value.trim();
  const found =
    registryPointer(text, 'environments', ENVIRONMENT_NAME) ??
    workspacePointer(text, ENVIRONMENT_NAME, ASSET_VERSION);
  if (!found) {
    throw new ConfigurationError(
      `Input '${input}': '${value}' is not an environment reference. Write azureml:<name>:<version>, azureml:<name>@latest, ` +
        `azureml://registries/<registry>/environments/<name>/versions/<version> (or /labels/latest), or describe it inline ` +
        `(image and conda_file) in the deployment file.`,
      input,
    );
  }
  return found;
}

/** A registered code asset: `azureml:<name>:<version>`. */
export function parseCodeReference(value: string, input: string): AssetReference {
  const found = workspacePointer(value.trim(), ASSET_NAME, ASSET_VERSION);
  if (!found || found.kind !== 'workspace' || found.ref.version === 'latest') {
    throw new ConfigurationError(
      `Input '${input}': '${value}' is not a registered code version. Write azureml:<name>:<version>, or give a local folder.`,
      input,
    );
  }
  return found.ref;
}

/**
 * Endpoint and deployment names as Azure ML requires them: 3 to 32 characters, a letter first, then letters,
 * digits and hyphens, not ending with a hyphen.
 */
export function validateOnlineName(value: string, input: string, what: 'endpoint' | 'deployment'): string {
  const name = value.trim();
  if (!ONLINE_NAME.test(name)) {
    throw new ConfigurationError(
      `Input '${input}': '${value}' is not a valid ${what} name. Use 3 to 32 characters: a letter first, then ` +
        `letters, digits and hyphens, not ending with a hyphen (e.g. ${what === 'endpoint' ? 'diabetes-endpoint' : 'green'}).`,
      input,
    );
  }
  return name;
}
