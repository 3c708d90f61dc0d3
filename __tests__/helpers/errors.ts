import { ConfigurationError } from '../../src/errors.js';

/** The ConfigurationError `fn` throws; fails the test when it throws nothing or something else. */
export function configurationErrorOf(fn: () => unknown): ConfigurationError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error('expected a ConfigurationError');
}

/** The ConfigurationError `promise` rejects with; fails the test otherwise. */
export async function rejectedConfigurationError(promise: Promise<unknown>): Promise<ConfigurationError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error('expected a ConfigurationError');
}
