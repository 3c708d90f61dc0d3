// The workspace's data plane, on the ARM server's port (the host of the workspace's discoveryUrl and
// mlFlowTrackingUri): discovery, run history (details with log files, children) and MLflow tracking. Bodies are
// not ARM's, so these exchanges are not in the ARM contract recording.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { MLFLOW_ROUTES, RUN_CHILDREN_CONTINUATION } from '../../contract/jobs.js';
import { ArmError } from '../arm-error.js';
import { matchTemplate, WORKSPACE_PATH, type Params } from '../arm-path.js';
import type { Context } from '../context.js';
import { runOf } from '../jobs/run-record.js';
import type { Principal } from '../principals.js';
import type { WorkspaceState } from '../state.js';
import { authorize, callerOf, RUNS_READ, RUNS_WRITE, type Caller } from './caller.js';
import {
  getRun,
  logBatch,
  logMetric,
  logParameter,
  logTag,
  metricHistory,
  MlflowError,
} from './mlflow-runs.js';
import { runChildren, runDetails } from './run-history.js';

export interface DataPlaneDeps {
  context: Context;
  principals: Map<string, Principal>;
}

const HISTORY = `/history/v1.0${WORKSPACE_PATH}/runs/{runId}/{what}`;
const MLFLOW = `/mlflow/v1.0${WORKSPACE_PATH}/api/2.0/mlflow/{group}/{action}`;
const MAX_BODY = 1024 * 1024;
/**
 * mlflow.end_run() (and a run started with MLFLOW_RUN_ID) posts its status here: accepted and answered, the status
 * unchanged, as Azure ML keeps a job's run status its own.
 */
const UPDATE_RUN = '/api/2.0/mlflow/runs/update';

export function isDataPlanePath(pathname: string): boolean {
  return pathname === '/discovery' || pathname.startsWith('/history/') || pathname.startsWith('/mlflow/');
}

function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY) chunks.push(c);
    });
    req.on('error', reject);
    req.on('end', () => {
      if (size > MAX_BODY)
        return reject(new MlflowError(400, 'INVALID_PARAMETER_VALUE', 'The request body is over 1 MB.'));
      const text = Buffer.concat(chunks).toString('utf8').trim();
      try {
        const value: unknown = text === '' ? {} : JSON.parse(text);
        if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('not an object');
        resolve(value as Record<string, unknown>);
      } catch {
        reject(new MlflowError(400, 'INVALID_PARAMETER_VALUE', 'The request body is not a JSON object.'));
      }
    });
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** The run named in a path, in the workspace; 404 when the workspace has no such job. */
function existingRun(ws: WorkspaceState, runId: string, mlflow: boolean): void {
  if (ws.jobs?.[runId]) return;
  const message = `Run '${runId}' was not found in workspace '${ws.name}'.`;
  throw mlflow
    ? new MlflowError(404, 'RESOURCE_DOES_NOT_EXIST', message)
    : new ArmError(404, 'NotFound', message);
}

async function history(deps: DataPlaneDeps, caller: Caller, method: string, params: Params, url: URL) {
  const path = url.pathname;
  const ctx = deps.context;
  if (method !== 'GET')
    throw new ArmError(405, 'MethodNotAllowed', `Run history does not support ${method} here.`);
  const ws = ctx.workspace(params);
  const runId = params.runId!;
  authorize(caller, ws.name, runId, RUNS_READ, path);
  existingRun(ws, runId, false);
  if (params.what === 'details') return runDetails(ctx, ws, runId);
  if (params.what === 'children') {
    return runChildren(ws, runId, {
      token: url.searchParams.get(RUN_CHILDREN_CONTINUATION),
      pageSize: ctx.config.pageSize,
      link: `${ctx.config.armEndpoint}${path}`,
    });
  }
  throw new ArmError(404, 'NotFound', `Run history has no '${params.what}' for a run.`);
}

async function mlflow(deps: DataPlaneDeps, caller: Caller, req: IncomingMessage, url: URL, params: Params) {
  const ctx = deps.context;
  const route = `/api/2.0/mlflow/${params.group}/${params.action}`;
  const method = (req.method ?? 'GET').toUpperCase();
  const ws = ctx.workspace(params);
  const reads = route === MLFLOW_ROUTES.getRun || route === MLFLOW_ROUTES.metricHistory;
  const writes = [
    UPDATE_RUN,
    MLFLOW_ROUTES.logMetric,
    MLFLOW_ROUTES.logParameter,
    MLFLOW_ROUTES.logBatch,
    MLFLOW_ROUTES.setTag,
  ] as string[];
  if (!reads && !writes.includes(route)) {
    throw new MlflowError(404, 'ENDPOINT_NOT_FOUND', `The emulator's MLflow does not serve ${route}.`);
  }
  if (method !== (reads ? 'GET' : 'POST')) {
    throw new MlflowError(
      405 as number,
      'ENDPOINT_NOT_FOUND',
      `${route} takes ${reads ? 'GET' : 'POST'}, not ${method}.`,
    );
  }
  const body = reads ? Object.fromEntries(url.searchParams) : await readJson(req);
  const runId = body.run_id ?? body.run_uuid;
  if (typeof runId !== 'string' || runId === '') {
    throw new MlflowError(400, 'INVALID_PARAMETER_VALUE', "Missing value for required parameter 'run_id'.");
  }
  authorize(caller, ws.name, runId, reads ? RUNS_READ : RUNS_WRITE, url.pathname);
  existingRun(ws, runId, true);
  const run = runOf(ws, runId);
  if (route === MLFLOW_ROUTES.getRun) return getRun(runId, run);
  if (route === MLFLOW_ROUTES.metricHistory) return metricHistory(run, body.metric_key);
  if (route === UPDATE_RUN) return { run_info: getRun(runId, run).run.info };
  if (route === MLFLOW_ROUTES.logMetric) logMetric(run, body);
  else if (route === MLFLOW_ROUTES.logParameter) logParameter(run, body);
  else if (route === MLFLOW_ROUTES.logBatch) logBatch(run, body);
  else logTag(run, body);
  ctx.persist();
  return {};
}

/** Serves one data-plane request (the path is one isDataPlanePath accepts). */
export async function serveDataPlane(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  deps: DataPlaneDeps,
): Promise<void> {
  const isMlflow = url.pathname.startsWith('/mlflow/');
  try {
    if (url.pathname === '/discovery') {
      // The discovery document needs no token (azure-ai-ml fetches it before it signs any request).
      const api = deps.context.config.armEndpoint;
      send(res, 200, {
        api,
        catalog: api,
        experimentation: api,
        history: api,
        mfe: api,
        modelmanagement: api,
      });
      return;
    }
    const caller = callerOf(req, deps.principals, deps.context.jobs.runTokens);
    const historyParams = matchTemplate(HISTORY, url.pathname);
    if (historyParams) {
      send(res, 200, await history(deps, caller, (req.method ?? 'GET').toUpperCase(), historyParams, url));
      return;
    }
    const mlflowParams = matchTemplate(MLFLOW, url.pathname);
    if (mlflowParams) {
      send(res, 200, await mlflow(deps, caller, req, url, mlflowParams));
      return;
    }
    throw isMlflow
      ? new MlflowError(404, 'ENDPOINT_NOT_FOUND', `No MLflow route at ${url.pathname}.`)
      : new ArmError(404, 'NotFound', 'The requested path is not a route of the workspace data plane.');
  } catch (error) {
    if (error instanceof MlflowError) return send(res, error.status, error.body());
    if (error instanceof ArmError) {
      if (!isMlflow) return send(res, error.status, error.body());
      const code =
        error.status === 401
          ? 'UNAUTHENTICATED'
          : error.status === 403
            ? 'PERMISSION_DENIED'
            : 'RESOURCE_DOES_NOT_EXIST';
      return send(res, error.status, { error_code: code, message: error.message });
    }
    console.error(`emulator: internal error on ${req.method} ${url.pathname}:`, error);
    send(res, 500, {
      error: { code: 'InternalServerError', message: `The emulator failed: ${(error as Error)?.message}` },
    });
  }
}
