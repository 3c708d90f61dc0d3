// Cancelling the job when the workflow run is cancelled. The runner signals the step's node process: SIGINT, then
// SIGTERM 7.5 s later if it has not exited, then kills the process tree 2.5 s after that (docs.github.com, "Canceling
// a workflow"; actions/runner#1309 quotes it). So the step asks Azure ML to cancel at the first signal and waits a
// few seconds for Canceled, well inside the 10 s; the post step (post-if: cancelled() || failure()) cancels a job
// that is still running when the step was killed before its request went out.
import type { JobOperations } from '../../azureml/job-client.js';
import { isTerminalJobStatus } from '../../contract/jobs.js';
import { getErrorMessage } from '../../errors.js';

/** How long the step waits for Canceled after asking (the runner kills it ~10 s after its first signal). */
export const CANCEL_WAIT_MS = 5_000;

/** Calls `onSignal` (once) at the first SIGINT or SIGTERM; returns the function that removes the handlers. */
export function onCancelSignals(
  onSignal: (signal: NodeJS.Signals) => void,
  target: Pick<NodeJS.Process, 'on' | 'off'> = process,
): () => void {
  let fired = false;
  const handler = (signal: NodeJS.Signals): void => {
    if (fired) return;
    fired = true;
    onSignal(signal);
  };
  target.on('SIGINT', handler);
  target.on('SIGTERM', handler);
  return () => {
    target.off('SIGINT', handler);
    target.off('SIGTERM', handler);
  };
}

/** Waits `ms`, or less when `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) {
      resolve();
      return;
    }
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

export interface CancelDeps {
  jobs: Pick<JobOperations, 'getJob' | 'cancelJob'>;
  print: (line: string) => void;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}

/**
 * Asks Azure ML to cancel `name` (unless it has ended) and polls it until it is terminal or `waitMs` passed.
 * Returns the last status seen (undefined when the job does not exist). Never throws: a failed request is printed.
 */
export async function cancelAndWait(
  name: string,
  waitMs: number,
  deps: CancelDeps,
): Promise<string | undefined> {
  const deadline = deps.now() + waitMs;
  let status: string | undefined;
  try {
    const job = await deps.jobs.getJob(name);
    if (!job) return undefined;
    status = job.properties.status;
    if (isTerminalJobStatus(status)) return status;
    await deps.jobs.cancelJob(name);
    deps.print(`Asked Azure ML to cancel job ${name} (it was ${status ?? 'NotStarted'}).`);
  } catch (error) {
    deps.print(`Could not cancel job ${name}: ${getErrorMessage(error)}`);
    return status;
  }
  while (deps.now() < deadline) {
    await deps.sleep(250);
    try {
      status = (await deps.jobs.getJob(name))?.properties.status ?? status;
    } catch (error) {
      deps.print(`Could not read job ${name}: ${getErrorMessage(error)}`);
    }
    if (isTerminalJobStatus(status)) return status;
  }
  return status;
}
