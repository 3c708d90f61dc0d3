import { ConfigurationError } from '../errors.js';

/**
 * Azure ML model names: the ARM API (2022-10-01, ModelContainers/ModelVersions createOrUpdate `name`
 * parameter in @azure/arm-machinelearning's operation specs) accepts `^[a-zA-Z0-9][a-zA-Z0-9\-_]{0,254}$`:
 * letters, digits, '-' and '_', starting with a letter or digit, at most 255 characters.
 */
export const MODEL_NAME_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9\-_]{0,254}$/;

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
