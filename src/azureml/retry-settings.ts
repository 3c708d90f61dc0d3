// The ARM pipeline's retry back-off as a setting. The schedule is the SDK pipeline's exponential one (the retry
// policy of @azure/core-rest-pipeline, calculateRetryDelay of @azure/core-util: retry n waits a random time between
// half and all of min(delay * 2^n, cap)), so the
// few throttles, 500s and resets in a row that Azure sends are ridden out by default. MLOPS_ARM_RETRY_DELAY_MS scales
// that whole schedule: a lower value for a fast local emulator and the test suite (a persistent fault then fails in
// well under a second instead of about 19 s), a higher one for a busy tenant. It is an ordinary, documented setting
// (README, "Tests"; docs), bounded both ways; the number of retries, and Retry-After of a 429/503, do not change.
//
// This module imports nothing of the Azure SDK: the actions read the setting before they load the client (sign-in.ts).
import { ConfigurationError } from '../errors.js';

/** Retry settings of the ARM pipeline: 429/503 honour Retry-After; 408, 5xx and connection resets back off exponentially. */
export interface RetrySettings {
  maxRetries: number;
  retryDelayInMs: number;
  maxRetryDelayInMs: number;
}

/** Enough to ride out a few throttles, 500s and resets in a row (about 25 s of back-off at most). */
export const DEFAULT_RETRY: RetrySettings = { maxRetries: 5, retryDelayInMs: 800, maxRetryDelayInMs: 15_000 };

export const RETRY_DELAY_VARIABLE = 'MLOPS_ARM_RETRY_DELAY_MS';
/** The first back-off may be set between these (ms); the default is DEFAULT_RETRY.retryDelayInMs. */
export const RETRY_DELAY_BOUNDS = { min: 10, max: 60_000 } as const;

/**
 * The retry settings of the ARM client: DEFAULT_RETRY, or its back-off scaled to start at
 * $MLOPS_ARM_RETRY_DELAY_MS milliseconds (the cap scales with it). Throws a ConfigurationError naming the variable,
 * its bounds and the fix when the value is not a whole number within them.
 */
/**
 * A whole number of milliseconds from an environment variable within `bounds`, or undefined when it is unset or
 * blank. Throws a ConfigurationError naming the variable, its bounds, `what` it sets, and the fix.
 */
function millisecondsSetting(
  env: NodeJS.ProcessEnv,
  variable: string,
  bounds: { min: number; max: number },
  what: string,
): number | undefined {
  const raw = env[variable]?.trim();
  if (!raw) return undefined;
  const value = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!(value >= bounds.min && value <= bounds.max)) {
    throw new ConfigurationError(
      `${variable} must be a whole number of milliseconds from ${bounds.min} to ${bounds.max} (${what}). Fix or unset it.`,
    );
  }
  return value;
}

export function retrySettings(env: NodeJS.ProcessEnv = process.env): RetrySettings {
  const delay = millisecondsSetting(
    env,
    RETRY_DELAY_VARIABLE,
    RETRY_DELAY_BOUNDS,
    `the first retry back-off of Azure ML calls; the default is ${DEFAULT_RETRY.retryDelayInMs}`,
  );
  if (delay === undefined) return DEFAULT_RETRY;
  const scale = delay / DEFAULT_RETRY.retryDelayInMs;
  return {
    maxRetries: DEFAULT_RETRY.maxRetries,
    retryDelayInMs: delay,
    maxRetryDelayInMs: Math.round(DEFAULT_RETRY.maxRetryDelayInMs * scale),
  };
}

// The polling interval of long-running operations (waitForOperation) as a setting, the same way: each wait has its
// own interval (deploy-endpoint 2 s, promote 1 s, 5 s otherwise), and MLOPS_ARM_MAX_POLL_INTERVAL_MS caps them all.
// A fast local emulator and the test suite set a short cap, so a deployment that is ready in half a second is not
// waited on for two; a wait already shorter keeps its own; the timeouts and progress lines do not change.
export const MAX_POLL_INTERVAL_VARIABLE = 'MLOPS_ARM_MAX_POLL_INTERVAL_MS';
/** The cap may be set between these (ms). */
export const MAX_POLL_INTERVAL_BOUNDS = { min: 10, max: 60_000 } as const;

/**
 * A wait's polling interval under $MLOPS_ARM_MAX_POLL_INTERVAL_MS: `intervalMs`, or the cap when that is shorter
 * (unset: no cap). Throws a ConfigurationError naming the variable, its bounds and the fix when the value is not a
 * whole number within them; sign-in calls it first, so that happens before any request.
 */
export function pollInterval(intervalMs: number, env: NodeJS.ProcessEnv = process.env): number {
  const cap = millisecondsSetting(
    env,
    MAX_POLL_INTERVAL_VARIABLE,
    MAX_POLL_INTERVAL_BOUNDS,
    'the longest wait between two polls of a long-running Azure ML operation; unset, each wait keeps its own',
  );
  return cap === undefined ? intervalMs : Math.min(intervalMs, cap);
}
