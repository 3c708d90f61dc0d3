// Follows a job to a terminal state the way `az ml job stream` does (azure-ai-ml
// _job_ops_helper.stream_logs_until_completion): run history's details give the status and the log files, and the
// streamed logs are printed as they grow. Differences, for a CI log: the new bytes only are read (Range), the poll is
// every ~300 ms while the job prints (azure-ai-ml waits 2 s growing to minutes; the issue asks for a log lag under
// 1 s), backing off while it is quiet, and a pipeline's steps are followed too, each line prefixed with its step.
import type { DataPlane } from '../../azureml/data-plane.js';
import { LOG_READ_MAX_BYTES } from '../../azureml/data-plane.js';
import { isTerminalJobStatus, type RunDetails } from '../../contract/jobs.js';
import { getErrorMessage } from '../../errors.js';
import { LogStream, streamedLogs } from './log-stream.js';

/** How often run history is polled (ms). */
export interface PollSettings {
  /** While the job's logs grow. */
  activeMs: number;
  /** Longest wait while the job runs but prints nothing (each quiet poll waits 1.5 times longer, up to this). */
  quietMaxMs: number;
  /** Longest wait while the job is queued or preparing. */
  waitingMaxMs: number;
  /**
   * For this long after the step starts following, a job that is still queued or preparing is polled every
   * activeMs: a job that starts at once (a warm cluster, serverless) shows Running without a backed-off wait; one
   * that queues for minutes is then polled every waitingMaxMs.
   */
  eagerMs: number;
}

export const DEFAULT_POLL: PollSettings = {
  activeMs: 300,
  quietMaxMs: 600,
  waitingMaxMs: 2000,
  eagerMs: 5000,
};

export interface FollowDeps {
  dataPlane: Pick<DataPlane, 'getRunDetails' | 'listRunChildren' | 'readLog'>;
  /** One line of the step log. */
  print: (line: string) => void;
  /** Waits `ms`, or less when `signal` aborts. */
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  now: () => number;
}

export interface FollowOptions {
  jobName: string;
  /** A pipeline job: its steps' logs are followed (the parent has none). */
  pipeline: boolean;
  /** Print the logs; when false they are read only for a failed run's last lines. */
  streamLogs: boolean;
  /** Stop following at this time (ms, as `now()`); the result then ends with 'timeout'. */
  deadline?: number;
  /** Stop following when aborted (the workflow was cancelled); the result then ends with 'aborted'. */
  signal?: AbortSignal;
  poll?: PollSettings;
}

/** What one run (the job, or a pipeline step) ended with. */
export interface RunOutcome {
  runId: string;
  /** The pipeline step's name; undefined for the job itself. */
  step?: string;
  status: string;
  /** Run history's error: "code: message". */
  error?: string;
  /** The last lines of its streamed log. */
  tail: string[];
}

export interface FollowResult {
  ended: 'terminal' | 'timeout' | 'aborted';
  job: RunOutcome;
  /** A pipeline's steps, in the order they were first seen. */
  steps: RunOutcome[];
}

/** Polls in a row that may fail (after the pipeline's own retries) before following gives up. */
export const MAX_POLL_FAILURES = 5;

/** Statuses before a job runs: no logs yet. */
const WAITING = new Set(['NotStarted', 'Starting', 'Provisioning', 'Preparing', 'Queued']);

class RunTracker {
  status: string | undefined;
  error: string | undefined;
  done = false;
  readonly logs = new Map<string, LogStream>();

  constructor(
    readonly runId: string,
    readonly step: string | undefined,
  ) {}

  get prefix(): string {
    return this.step === undefined ? '' : `[${this.step}] `;
  }

  outcome(): RunOutcome {
    const tail = [...this.logs.values()].flatMap((log) => log.tail());
    return {
      runId: this.runId,
      ...(this.step !== undefined ? { step: this.step } : {}),
      status: this.status ?? 'NotStarted',
      ...(this.error ? { error: this.error } : {}),
      tail,
    };
  }
}

function describeError(details: RunDetails | undefined): string | undefined {
  const e = details?.error?.error;
  if (!e || (!e.code && !e.message)) return undefined;
  return [e.code, e.message].filter(Boolean).join(': ');
}

const seconds = (ms: number): string => `${Math.max(0, Math.round(ms / 1000))} s`;

/** Follows `jobName` until it is terminal, the deadline passes, or the signal aborts. */
export async function followJob(options: FollowOptions, deps: FollowDeps): Promise<FollowResult> {
  const poll = options.poll ?? DEFAULT_POLL;
  const started = deps.now();
  const job = new RunTracker(options.jobName, undefined);
  const steps = new Map<string, RunTracker>();

  const observe = (run: RunTracker, status: string): void => {
    if (run.status === status) return;
    run.status = status;
    const at = seconds(deps.now() - started);
    deps.print(
      run.step === undefined
        ? `Job ${run.runId}: ${status} (${at})`
        : `${run.prefix}${status} (job ${run.runId}, ${at})`,
    );
  };

  /** Reads every streamed log of `run` up to its current end; prints the lines when `print`. Returns bytes read. */
  const pump = async (run: RunTracker, details: RunDetails, print: boolean): Promise<number> => {
    let total = 0;
    for (const name of streamedLogs(details.logFiles)) {
      let log = run.logs.get(name);
      if (!log) {
        log = new LogStream();
        run.logs.set(name, log);
      }
      for (;;) {
        const bytes = await deps.dataPlane.readLog(details.logFiles[name]!, log.offset);
        if (bytes.length > 0 && log.offset === 0 && print) deps.print(`${run.prefix}Streaming ${name}`);
        total += bytes.length;
        for (const line of log.push(bytes)) if (print) deps.print(`${run.prefix}${line}`);
        if (bytes.length < LOG_READ_MAX_BYTES) break;
      }
    }
    return total;
  };

  /** The last read of a run that ended: what is left of its logs, its unterminated last line, its error. */
  const finish = async (run: RunTracker, details: RunDetails | undefined): Promise<void> => {
    if (details) {
      const wanted = options.streamLogs || details.status === 'Failed';
      if (wanted) await pump(run, details, options.streamLogs);
      run.error = describeError(details);
    }
    for (const log of run.logs.values())
      for (const line of log.flush()) if (options.streamLogs) deps.print(`${run.prefix}${line}`);
    run.done = true;
  };

  /** One look at a pipeline's steps; returns the bytes of log read. */
  const followSteps = async (): Promise<number> => {
    let total = 0;
    for (const child of await deps.dataPlane.listRunChildren(options.jobName)) {
      let run = steps.get(child.runId);
      if (!run) {
        run = new RunTracker(child.runId, child.displayName || child.runId);
        steps.set(child.runId, run);
      }
      if (run.done) continue;
      if (isTerminalJobStatus(child.status)) {
        // Its last lines first, then how it ended.
        await finish(run, await deps.dataPlane.getRunDetails(child.runId));
        observe(run, child.status);
        continue;
      }
      observe(run, child.status);
      if (WAITING.has(child.status) || !options.streamLogs) continue;
      const details = await deps.dataPlane.getRunDetails(child.runId);
      if (details) total += await pump(run, details, true);
    }
    return total;
  };

  const result = (ended: FollowResult['ended']): FollowResult => ({
    ended,
    job: job.outcome(),
    steps: [...steps.values()].map((s) => s.outcome()),
  });

  /** One poll: true when the job has ended (and was read one last time). */
  const pollOnce = async (): Promise<{ ended: boolean; read: number; status: string }> => {
    const details = await deps.dataPlane.getRunDetails(options.jobName);
    const status = details?.status ?? 'NotStarted';
    if (!isTerminalJobStatus(status)) {
      observe(job, status);
      let read = 0;
      if (options.pipeline) read = await followSteps();
      else if (details && options.streamLogs && !WAITING.has(status)) read = await pump(job, details, true);
      return { ended: false, read, status };
    }
    // The job's (or its steps') last lines first, then how it ended.
    if (options.pipeline) await followSteps();
    await finish(job, details);
    observe(job, status);
    return { ended: true, read: 0, status };
  };

  let interval = poll.activeMs;
  let failures = 0;
  for (;;) {
    if (options.signal?.aborted) return result('aborted');
    let polled: { ended: boolean; read: number; status: string };
    try {
      polled = await pollOnce();
      failures = 0;
    } catch (error) {
      // The pipeline has retried already; a few more polls ride out a longer outage before the step gives up
      // (and its post step cancels the job).
      if (++failures > MAX_POLL_FAILURES) throw error;
      deps.print(
        `Could not read job ${options.jobName} (${failures}/${MAX_POLL_FAILURES}): ${getErrorMessage(error)}`,
      );
      polled = { ended: false, read: 0, status: job.status ?? 'NotStarted' };
    }
    if (polled.ended) return result('terminal');
    if (options.signal?.aborted) return result('aborted');
    if (options.deadline !== undefined && deps.now() >= options.deadline) return result('timeout');

    const waiting = WAITING.has(polled.status) || failures > 0;
    const eager = waiting && failures === 0 && deps.now() - started < poll.eagerMs;
    interval =
      polled.read > 0 || eager
        ? poll.activeMs
        : Math.min(Math.ceil(interval * 1.5), waiting ? poll.waitingMaxMs : poll.quietMaxMs);
    const untilDeadline =
      options.deadline !== undefined ? Math.max(0, options.deadline - deps.now()) : interval;
    await deps.sleep(Math.min(interval, untilDeadline), options.signal);
  }
}
