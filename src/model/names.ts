import { ASSET_NAME } from '../contract/asset-names.js';
import { ConfigurationError } from '../errors.js';

/**
 * Azure ML model names: `^[a-zA-Z0-9][a-zA-Z0-9\-_]{0,254}$`, letters, digits, '-' and '_', starting with a
 * letter or digit, at most 255 characters. In the 2026-07-01 spec (AZUREML_API_VERSION) this is the `modelName`
 * pattern of the registry model operations (RegistryModelContainers/RegistryModelVersions), where a version is
 * promoted to; the workspace ModelVersions `name` parameter has none there but had the same one in earlier
 * versions, so a name that passes here is valid in both places.
 */
export const MODEL_NAME_PATTERN = ASSET_NAME;

/** Returns `value` when it is a valid model name; otherwise a ConfigurationError naming `inputName`. */
export function validateModelName(value: string, inputName = 'name'): string {
  if (!MODEL_NAME_PATTERN.test(value)) {
    throw new ConfigurationError(
      `Input '${inputName}': '${value}' is not a valid Azure ML model name. Use 1-255 letters, digits, '-' or '_', ` +
        `starting with a letter or digit (for example diabetes-classifier).`,
      inputName,
    );
  }
  return value;
}
