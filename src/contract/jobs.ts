// The Azure ML job contract that both sides share: the actions' client (src/jobs, src/azureml, run-job,
// register-model) and the emulator (src/emulator) import these, never write them twice.
//
// Two parts:
// - ARM (Jobs_*, in the 2026-07-01 spec): job statuses, the default output path, job output URIs.
// - The workspace's data plane, which azure-rest-api-specs does not describe: run history (a run's log files) and
//   MLflow tracking (metrics, params, tags). Shapes follow what azure-ai-ml calls (RunOperations.get_run_details,
//   _job_ops_helper.stream_logs_until_completion) and the MLflow REST API 2.0 that `mlflow.log_metric` uses.
//   The host is the workspace's: `properties.mlFlowTrackingUri` (azureml://<host>/mlflow/v1.0/<workspace id>) and
//   `properties.discoveryUrl` (GET -> { api: 'https://<host>' }). Both accept the ARM bearer token.
import { AZUREML_PROVIDER } from './azureml-api.js';

/** JobStatus of the spec, in the order a job normally goes through them. */
export const JOB_STATUSES = [
  'NotStarted',
  'Starting',
  'Provisioning',
  'Preparing',
  'Queued',
  'Running',
  'Finalizing',
  'CancelRequested',
  'Completed',
  'Failed',
  'Canceled',
  'NotResponding',
  'Paused',
  'Unknown',
] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** Statuses after which a job never changes again (azure-ai-ml JobStatus terminal set, plus NotResponding). */
export const TERMINAL_JOB_STATUSES: readonly JobStatus[] = [
  'Completed',
  'Failed',
  'Canceled',
  'NotResponding',
];
export const isTerminalJobStatus = (status: string | undefined): boolean =>
  TERMINAL_JOB_STATUSES.includes(status as JobStatus);

/** The workspace's default datastore, where job outputs and uploads go unless a YAML names another. */
export const DEFAULT_DATASTORE = 'workspaceblobstore';

/**
 * Where an output goes when the job YAML gives no `path`: Azure ML's default
 * `azureml://datastores/workspaceblobstore/paths/azureml/${{name}}/${{output_name}}/` (how-to-read-write-data-v2,
 * "Default output path"). Returns the path inside the datastore, ending with '/'.
 */
export function defaultOutputPath(jobName: string, outputName: string): string {
  return `azureml/${jobName}/${outputName}/`;
}

/** A job's named output as the CLI and the studio name it: azureml://jobs/<job>/outputs/<output>[/paths/<path>]. */
export function jobOutputUri(jobName: string, outputName: string): string {
  return `azureml://jobs/${jobName}/outputs/${outputName}`;
}

export interface JobOutputRef {
  job: string;
  output: string;
  /** A path inside the output (after /paths/), without leading or trailing '/'; '' for the whole output. */
  path: string;
}

const JOB_OUTPUT_URI =
  /^azureml:\/\/jobs\/([A-Za-z0-9][A-Za-z0-9_.-]{0,254})\/outputs\/([A-Za-z0-9_]{1,255})(?:\/paths\/(.*))?\/?$/;

/** Parses azureml://jobs/<job>/outputs/<output>[/paths/<path>]; undefined when the URI is not one. */
export function parseJobOutputUri(uri: string): JobOutputRef | undefined {
  const m = JOB_OUTPUT_URI.exec(uri.trim());
  if (!m) return undefined;
  const path = (m[3] ?? '').replace(/^\/+|\/+$/g, '');
  if (path.split('/').some((part) => part === '..')) return undefined;
  return { job: m[1]!, output: m[2]!, path };
}

// ---- Data plane ----

/** `/subscriptions/<sub>/resourceGroups/<rg>/providers/Microsoft.MachineLearningServices/workspaces/<ws>`. */
export function workspaceScope(subscriptionId: string, resourceGroup: string, workspace: string): string {
  return `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/${AZUREML_PROVIDER}/workspaces/${workspace}`;
}

/** The discovery document at the workspace's discoveryUrl: `api` is the data plane's base URL. */
export interface DiscoveryDocument {
  api: string;
  [service: string]: string;
}

/** Run history: a run's details, with its log files (RunOperations.get_run_details). */
export const runDetailsPath = (scope: string, runId: string): string =>
  `/history/v1.0${scope}/runs/${encodeURIComponent(runId)}/details`;

/** What run history answers for a run (the fields we read; the service sends more). */
export interface RunDetails {
  runId: string;
  status: string;
  target?: string | null;
  startTimeUtc?: string | null;
  endTimeUtc?: string | null;
  /**
   * Log file name -> a URL readable with a plain GET (a blob SAS URL on Azure: never send a bearer token to it),
   * which honours `Range: bytes=<from>-` while the file grows.
   */
  logFiles: Record<string, string>;
  error?: { error?: { code?: string; message?: string } } | null;
}

/** The log a single-process job writes (Azure ML common runtime); a distributed job writes one per process. */
export const STD_LOG = 'user_logs/std_log.txt';
export const processStdLog = (rank: number): string => `user_logs/std_log_process_${rank}.txt`;

/** The MLflow tracking base path of a workspace: what follows the host in its mlFlowTrackingUri. */
export const mlflowBasePath = (scope: string): string => `/mlflow/v1.0${scope}`;

/** The MLflow REST 2.0 routes a job's `mlflow.log_*` calls and run-job's read-back use, after the base path. */
export const MLFLOW_ROUTES = {
  getRun: '/api/2.0/mlflow/runs/get',
  logMetric: '/api/2.0/mlflow/runs/log-metric',
  logParameter: '/api/2.0/mlflow/runs/log-parameter',
  logBatch: '/api/2.0/mlflow/runs/log-batch',
  setTag: '/api/2.0/mlflow/runs/set-tag',
  metricHistory: '/api/2.0/mlflow/metrics/get-history',
} as const;

/** An azureml:// tracking URI (workspace mlFlowTrackingUri, a job's MLFLOW_TRACKING_URI) as the HTTPS base it names. */
export function trackingUriToHttps(uri: string): string {
  if (!/^azureml:\/\//.test(uri)) throw new Error(`not an azureml:// tracking URI: ${uri.slice(0, 80)}`);
  return `https://${uri.slice('azureml://'.length)}`.replace(/\/+$/, '');
}

/** MLflow's run answer (runs/get), the parts we read. */
export interface MlflowRun {
  run: {
    info: { run_id: string; status?: string; experiment_id?: string };
    data: {
      metrics?: { key: string; value: number; timestamp: number; step: number }[];
      params?: { key: string; value: string }[];
      tags?: { key: string; value: string }[];
    };
  };
}

/** Run history: a run's child runs (a pipeline's steps), as azure-ai-ml's jobs.list(parent_job_name=) reads them. */
export const runChildrenPath = (scope: string, runId: string): string =>
  `/history/v1.0${scope}/runs/${encodeURIComponent(runId)}/children`;

/**
 * The query parameter that asks for the children answer's next page, as azure-ai-ml's run history client names it
 * (_restclient/runhistory, runs get_child: `$continuationtoken`).
 */
export const RUN_CHILDREN_CONTINUATION = '$continuationtoken';

/**
 * One page of the children answer (run history's PaginatedRunList). azure-ai-ml follows `nextLink`; a page with
 * only a `continuationToken` is followed with RUN_CHILDREN_CONTINUATION; neither: the last page.
 */
export interface RunChildrenPage {
  value: RunChild[];
  continuationToken?: string | null;
  nextLink?: string | null;
}

/** One child in the children answer (RunChildrenPage). */
export interface RunChild {
  runId: string;
  status: string;
  /** The pipeline step's name. */
  displayName?: string | null;
  startTimeUtc?: string | null;
  endTimeUtc?: string | null;
}
