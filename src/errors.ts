/**
 * A mistake the user can fix: a bad input, a bad file, a missing permission.
 * The action's entry reports it as one line (exit 1) without a stack trace.
 * `input` names the action input at fault, when there is one.
 */
export class ConfigurationError extends Error {
  constructor(
    message: string,
    readonly input?: string,
  ) {
    super(message);
    this.name = 'ConfigurationError';
  }
}

/** The message of any thrown value: an Error, a string, or anything else. */
export function getErrorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}
