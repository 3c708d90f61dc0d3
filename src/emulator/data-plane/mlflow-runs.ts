// The MLflow REST API 2.0 over a job's run record (run_id = the job's name), as `mlflow.log_metric`, `log_param`,
// `log_batch`, `set_tag` and `MlflowClient.get_run / get_metric_history` call it, with MLflow's own checks and
// error codes (mlflow/utils/validation.py: key names, value lengths, batch sizes; a param never changes value).
import type { MlflowRun } from '../../contract/jobs.js';
import type { JobRun, MetricPoint } from '../jobs/run-record.js';

/** MLflow's error answer: { error_code, message } with its HTTP status. */
export class MlflowError extends Error {
  constructor(
    readonly status: number,
    readonly code:
      | 'INVALID_PARAMETER_VALUE'
      | 'RESOURCE_DOES_NOT_EXIST'
      | 'PERMISSION_DENIED'
      | 'UNAUTHENTICATED'
      | 'ENDPOINT_NOT_FOUND',
    message: string,
  ) {
    super(message);
  }
  body(): { error_code: string; message: string } {
    return { error_code: this.code, message: this.message };
  }
}

const invalid = (message: string): MlflowError => new MlflowError(400, 'INVALID_PARAMETER_VALUE', message);

// mlflow/utils/validation.py
const MAX_ENTITY_KEY_LENGTH = 250;
const MAX_PARAM_VAL_LENGTH = 6000;
const MAX_TAG_VAL_LENGTH = 5000;
const MAX_METRICS_PER_BATCH = 1000;
const MAX_PARAMS_TAGS_PER_BATCH = 100;
const KEY = /^[/\w.\- ]*$/;

function key(value: unknown, what: string): string {
  if (typeof value !== 'string' || value === '')
    throw invalid(`Missing value for required parameter '${what}'.`);
  if (value.length > MAX_ENTITY_KEY_LENGTH || !KEY.test(value) || value.split('/').includes('..')) {
    throw invalid(
      `Invalid ${what} name: '${value.slice(0, 100)}'. Names may only contain alphanumerics, underscores (_), ` +
        `dashes (-), periods (.), spaces ( ), and slashes (/), up to ${MAX_ENTITY_KEY_LENGTH} characters.`,
    );
  }
  return value;
}

function text(value: unknown, what: string, max: number): string {
  if (value === undefined || value === null) throw invalid(`Missing value for required parameter '${what}'.`);
  const s = String(value);
  if (s.length > max) throw invalid(`'${what}' exceeds the maximum length of ${max} characters.`);
  return s;
}

function metric(m: Record<string, unknown>): MetricPoint {
  const k = key(m.key, 'metric');
  const value = typeof m.value === 'string' ? Number(m.value) : m.value;
  if (typeof value !== 'number' || (Number.isNaN(value) && m.value !== 'NaN')) {
    throw invalid(
      `Got invalid value ${JSON.stringify(m.value)?.slice(0, 50)} for metric '${k}': it must be a number.`,
    );
  }
  const timestamp = m.timestamp === undefined ? Date.now() : Number(m.timestamp);
  if (!Number.isInteger(timestamp))
    throw invalid(`Got invalid timestamp for metric '${k}': it must be an integer (ms).`);
  const step = m.step === undefined ? 0 : Number(m.step);
  if (!Number.isInteger(step)) throw invalid(`Got invalid step for metric '${k}': it must be an integer.`);
  return { key: k, value, timestamp, step };
}

function setParam(run: JobRun, p: Record<string, unknown>): void {
  const k = key(p.key, 'param');
  const value = text(p.value, 'value', MAX_PARAM_VAL_LENGTH);
  const old = run.params[k];
  if (old !== undefined && old !== value) {
    throw invalid(
      `Changing param values is not allowed. Param with key='${k}' was already logged with value='${old.slice(0, 100)}'.`,
    );
  }
  run.params[k] = value;
}

function setTag(run: JobRun, t: Record<string, unknown>): void {
  run.tags[key(t.key, 'tag')] = text(t.value, 'value', MAX_TAG_VAL_LENGTH);
}

export const logMetric = (run: JobRun, body: Record<string, unknown>): void => {
  run.metrics.push(metric(body));
};
export const logParameter = (run: JobRun, body: Record<string, unknown>): void => setParam(run, body);
export const logTag = (run: JobRun, body: Record<string, unknown>): void => setTag(run, body);

/** log-batch: every entry is checked before any is kept. */
export function logBatch(run: JobRun, body: Record<string, unknown>): void {
  const list = (name: string): Record<string, unknown>[] => {
    const v = body[name] ?? [];
    if (!Array.isArray(v)) throw invalid(`'${name}' must be a list.`);
    return v as Record<string, unknown>[];
  };
  const metrics = list('metrics');
  const params = list('params');
  const tags = list('tags');
  if (
    metrics.length > MAX_METRICS_PER_BATCH ||
    params.length > MAX_PARAMS_TAGS_PER_BATCH ||
    tags.length > MAX_PARAMS_TAGS_PER_BATCH
  ) {
    throw invalid(
      `A batch may hold at most ${MAX_METRICS_PER_BATCH} metrics, ${MAX_PARAMS_TAGS_PER_BATCH} params and ${MAX_PARAMS_TAGS_PER_BATCH} tags.`,
    );
  }
  const points = metrics.map(metric);
  const trial: JobRun = { ...run, params: { ...run.params }, tags: { ...run.tags } };
  params.forEach((p) => setParam(trial, p));
  tags.forEach((t) => setTag(trial, t));
  run.metrics.push(...points);
  run.params = trial.params;
  run.tags = trial.tags;
}

const MLFLOW_STATUS: Record<string, string> = {
  Running: 'RUNNING',
  Finalizing: 'RUNNING',
  CancelRequested: 'RUNNING',
  Completed: 'FINISHED',
  Failed: 'FAILED',
  NotResponding: 'FAILED',
  Canceled: 'KILLED',
};

/** The latest value of each metric (by step, then timestamp), as runs/get answers. */
export function latestMetrics(run: JobRun): MetricPoint[] {
  const latest = new Map<string, MetricPoint>();
  for (const m of run.metrics) {
    const was = latest.get(m.key);
    if (!was || m.step > was.step || (m.step === was.step && m.timestamp >= was.timestamp))
      latest.set(m.key, m);
  }
  return [...latest.values()];
}

export function getRun(runId: string, run: JobRun): MlflowRun & Record<string, unknown> {
  return {
    run: {
      info: {
        run_id: runId,
        run_uuid: runId,
        run_name: runId,
        experiment_id: run.experimentName,
        status: MLFLOW_STATUS[run.status] ?? 'SCHEDULED',
        ...(run.startTimeUtc ? { start_time: Date.parse(run.startTimeUtc) } : {}),
        ...(run.endTimeUtc ? { end_time: Date.parse(run.endTimeUtc) } : {}),
        lifecycle_stage: 'active',
      } as MlflowRun['run']['info'],
      data: {
        metrics: latestMetrics(run),
        params: Object.entries(run.params).map(([k, value]) => ({ key: k, value })),
        tags: Object.entries(run.tags).map(([k, value]) => ({ key: k, value })),
      },
    },
  };
}

export function metricHistory(run: JobRun, metricKey: unknown): { metrics: MetricPoint[] } {
  const k = key(metricKey, 'metric_key');
  return { metrics: run.metrics.filter((m) => m.key === k) };
}
