// Run history of a job as the data plane answers it (status, times, log files, error, children, MLflow data), kept
// in the workspace's state beside the ARM job resource, whose `properties.status` the engine keeps equal.
import { isTerminalJobStatus, type JobStatus } from '../../contract/jobs.js';
import type { Resource, WorkspaceState } from '../state.js';

export interface MetricPoint {
  key: string;
  value: number;
  timestamp: number;
  step: number;
}

export interface JobRun {
  status: JobStatus;
  createdUtc: string;
  startTimeUtc?: string;
  endTimeUtc?: string;
  /** The compute's name; absent for serverless. */
  target?: string;
  error?: { code: string; message: string };
  /** Log file names (user_logs/std_log.txt ...), each a blob under ExperimentRun/dcid.<run>/. */
  logFiles: string[];
  /** A pipeline step: the parent job and the step's name. */
  parent?: string;
  step?: string;
  /** A pipeline: its child jobs, in the order they started. */
  children: string[];
  experimentName: string;
  metrics: MetricPoint[];
  params: Record<string, string>;
  tags: Record<string, string>;
}

/** The workspace's run records (created empty for states written before jobs). */
export function runsOf(ws: WorkspaceState): Record<string, JobRun> {
  return (ws.runs ??= {});
}

/** The workspace's ARM job resources (resources/jobs.ts stores them). */
export function jobsOf(ws: WorkspaceState): Record<string, Resource> {
  return (ws.jobs ??= {});
}

/** The run record of a job, made on first use from its resource. */
export function runOf(ws: WorkspaceState, name: string): JobRun {
  const runs = runsOf(ws);
  let run = runs[name];
  if (!run) {
    const job = jobsOf(ws)[name];
    const props = (job?.properties ?? {}) as Record<string, unknown>;
    run = {
      status: (props.status as JobStatus | undefined) ?? 'NotStarted',
      createdUtc: job?.systemData.createdAt ?? new Date().toISOString(),
      logFiles: [],
      children: [],
      experimentName: typeof props.experimentName === 'string' ? props.experimentName : 'Default',
      metrics: [],
      params: {},
      tags: {},
    };
    runs[name] = run;
  }
  return run;
}

/**
 * Moves a job to `status`, in its run record and its ARM resource: startTimeUtc when it starts Running,
 * endTimeUtc when it ends. A job that has ended never changes again.
 */
export function setStatus(
  ws: WorkspaceState,
  name: string,
  status: JobStatus,
  error?: { code: string; message: string },
): boolean {
  const run = runOf(ws, name);
  if (isTerminalJobStatus(run.status)) return false;
  const now = new Date().toISOString();
  run.status = status;
  if (status === 'Running') run.startTimeUtc ??= now;
  if (isTerminalJobStatus(status)) run.endTimeUtc = now;
  if (error) run.error = error;
  const job = jobsOf(ws)[name];
  if (job) job.properties.status = status;
  return true;
}
