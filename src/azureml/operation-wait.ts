import type { PollerLike, PollOperationState } from '@azure/core-lro';
import { AzureMLError } from './errors.js';
import { pollInterval } from './retry-settings.js';

/** How to wait for a long-running operation. */
export interface WaitOptions {
  /** Give up (and say so) after this long. */
  timeoutMs: number;
  /** Polling interval; the service's Retry-After wins when it sends one. Default 5 s; at most $MLOPS_ARM_MAX_POLL_INTERVAL_MS. */
  intervalMs?: number;
  /** A progress line at most this often (default 15 s). */
  progressEveryMs?: number;
  /** Where progress lines go (core.info in the actions). */
  log?: (line: string) => void;
}

/** A long-running operation that ended Failed: the service's error code and message. */
export class OperationFailure extends AzureMLError {
  constructor(
    /** What was being waited for: "deployment green". */
    readonly what: string,
    readonly errorCode: string,
    readonly detail: string,
  ) {
    super(`${what} failed: ${errorCode}: ${detail}`, undefined, errorCode);
    this.name = 'OperationFailure';
  }
}

/** The operation did not finish within the timeout; `state` is the last provisioning state seen. */
export class OperationTimeout extends AzureMLError {
  constructor(
    readonly what: string,
    readonly timeoutMs: number,
    readonly state: string | undefined,
  ) {
    super(
      `${what} did not finish within ${formatDuration(timeoutMs)} (last state: ${state ?? 'unknown'}).`,
      undefined,
      'OperationTimeout',
    );
    this.name = 'OperationTimeout';
  }
}

/** core-lro's message for a failed operation: "The long-running operation has failed. <code>. <message>". */
export function parseOperationFailure(message: string): { code: string; message: string } | undefined {
  const match = /The long-running operation has failed(?:\. ([^.\s]+)\. ([\s\S]*))?$/.exec(message);
  if (!match) return undefined;
  return { code: match[1] ?? 'OperationFailed', message: match[2] ?? 'no error details' };
}

/** `95 s`, `4 min 5 s`. */
export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  return s % 60 === 0 ? `${s / 60} min` : `${Math.floor(s / 60)} min ${s % 60} s`;
}

/**
 * Polls `poller` until it is done, logging `<what>: <state> (<elapsed>)` at most every `progressEveryMs`,
 * and stopping at the timeout with an {@link OperationTimeout}. A failed operation becomes an
 * {@link OperationFailure} with the service's code and message.
 */
export async function waitForOperation<T>(
  poller: PollerLike<PollOperationState<T>, T>,
  what: string,
  wait: WaitOptions,
  readState?: () => Promise<string | undefined>,
): Promise<T> {
  const started = Date.now();
  // At most MLOPS_ARM_MAX_POLL_INTERVAL_MS (retry-settings.ts; checked at sign-in, before any request).
  const interval = pollInterval(wait.intervalMs ?? 5_000, process.env);
  const progressEvery = wait.progressEveryMs ?? 15_000;
  let lastProgress = started;
  let state: string | undefined;
  try {
    while (!poller.isDone()) {
      if (Date.now() - started >= wait.timeoutMs) {
        poller.stopPolling();
        state = (await readState?.().catch(() => undefined)) ?? state;
        throw new OperationTimeout(what, wait.timeoutMs, state);
      }
      await poller.poll();
      if (poller.isDone()) break;
      if (Date.now() - lastProgress >= progressEvery) {
        lastProgress = Date.now();
        state = (await readState?.().catch(() => undefined)) ?? state;
        wait.log?.(`${what}: ${state ?? 'in progress'} (${formatDuration(Date.now() - started)} so far)`);
      }
      await new Promise((resolve) => setTimeout(resolve, interval));
    }
    return await poller.pollUntilDone();
  } catch (error) {
    if (error instanceof OperationTimeout) throw error;
    const failure = parseOperationFailure((error as Error)?.message ?? '');
    if (failure) throw new OperationFailure(what, failure.code, failure.message);
    throw error;
  }
}
