import * as core from '@actions/core';
import { ConfigurationError, getErrorMessage } from '../../errors.js';

/**
 * Runs an action's step and reports whatever it throws, once, at the top:
 * a ConfigurationError as its message alone (the user's fix), anything else as
 * its message with the stack trace in the debug log.
 */
export async function runAction(step: () => Promise<void>): Promise<void> {
  try {
    await step();
  } catch (error) {
    if (error instanceof ConfigurationError) {
      core.setFailed(error.message);
      return;
    }
    core.setFailed(getErrorMessage(error));
    if (error instanceof Error && error.stack) core.debug(error.stack);
  }
}
