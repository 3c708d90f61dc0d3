import { ConfigurationError } from '../errors.js';
import { MODEL_NAME_PATTERN } from '../model/names.js';

/** A registered asset version as deployments name it: `azureml:<name>:<version>` (or `@latest` where allowed). */
export interface AssetReference {
  name: string;
  /** A version, or 'latest'. */
  version: string;
}

const ASSET_NAME = /^[a-zA-Z0-9][a-zA-Z0-9\-_.]{0,254}$/;
const ASSET_VERSION = /^[a-zA-Z0-9][a-zA-Z0-9\-_.]{0,29}$/;

/** `azureml:<name>:<version>` of a registered model (model versions are positive integers). */
export function parseModelReference(value: string, input = 'model'): AssetReference {
  const match = /^azureml:([^:@/]+):([^:@/]+)$/.exec(value.trim());
  if (!match || !MODEL_NAME_PATTERN.test(match[1]!) || !/^[1-9][0-9]{0,9}$/.test(match[2]!)) {
    throw new ConfigurationError(
      `Input '${input}': '${value}' is not a registered model version. Write azureml:<name>:<version>, ` +
        `e.g. azureml:diabetes-classifier:3 (register-model's model-uri output).`,
      input,
    );
  }
  return { name: match[1]!, version: match[2]! };
}

/** `azureml:<name>:<version>` or `azureml:<name>@latest` of a registered environment. */
export function parseEnvironmentReference(value: string, input = 'environment'): AssetReference {
  const text = value.trim();
  const latest = /^azureml:([^:@/]+)@latest$/.exec(text);
  if (latest && ASSET_NAME.test(latest[1]!)) return { name: latest[1]!, version: 'latest' };
  const pinned = /^azureml:([^:@/]+):([^:@/]+)$/.exec(text);
  if (pinned && ASSET_NAME.test(pinned[1]!) && ASSET_VERSION.test(pinned[2]!)) {
    return { name: pinned[1]!, version: pinned[2]! };
  }
  throw new ConfigurationError(
    `Input '${input}': '${value}' is not a registered environment. Write azureml:<name>:<version> or ` +
      `azureml:<name>@latest, or describe it inline (image and conda_file) in the deployment file.`,
    input,
  );
}

/**
 * Endpoint and deployment names as Azure ML requires them: 3 to 32 characters, a letter first, then letters,
 * digits and hyphens, not ending with a hyphen.
 */
export function validateOnlineName(value: string, input: string, what: 'endpoint' | 'deployment'): string {
  const name = value.trim();
  if (!/^[a-zA-Z][a-zA-Z0-9-]{1,30}[a-zA-Z0-9]$/.test(name)) {
    throw new ConfigurationError(
      `Input '${input}': '${value}' is not a valid ${what} name. Use 3 to 32 characters: a letter first, then ` +
        `letters, digits and hyphens, not ending with a hyphen (e.g. ${what === 'endpoint' ? 'diabetes-endpoint' : 'green'}).`,
      input,
    );
  }
  return name;
}
