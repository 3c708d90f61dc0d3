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
export function retrySettings(env: NodeJS.ProcessEnv = process.env): RetrySettings {
  const raw = env[RETRY_DELAY_VARIABLE]?.trim();
  if (!raw) return DEFAULT_RETRY;
  const delay = /^\d+$/.test(raw) ? Number(raw) : NaN;
  const { min, max } = RETRY_DELAY_BOUNDS;
  if (!(delay >= min && delay <= max)) {
    throw new ConfigurationError(
      `${RETRY_DELAY_VARIABLE} must be a whole number of milliseconds from ${min} to ${max} (the first retry ` +
        `back-off of Azure ML calls; the default is ${DEFAULT_RETRY.retryDelayInMs}). Fix or unset it.`,
    );
  }
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
  const raw = env[MAX_POLL_INTERVAL_VARIABLE]?.trim();
  if (!raw) return intervalMs;
  const cap = /^\d+$/.test(raw) ? Number(raw) : NaN;
  const { min, max } = MAX_POLL_INTERVAL_BOUNDS;
  if (!(cap >= min && cap <= max)) {
    throw new ConfigurationError(
      `${MAX_POLL_INTERVAL_VARIABLE} must be a whole number of milliseconds from ${min} to ${max} (the longest ` +
        `wait between two polls of a long-running Azure ML operation; unset, each wait keeps its own). Fix or unset it.`,
    );
  }
  return Math.min(intervalMs, cap);
}
