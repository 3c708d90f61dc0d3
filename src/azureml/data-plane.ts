// The workspace's data plane, which the ARM spec does not describe: run history (a job's details with its log files,
// a pipeline's child runs) and MLflow tracking (the metrics a job logged). Shapes and paths are the contract's
// (src/contract/jobs.ts), as azure-ai-ml reads them (RunOperations.get_run_details, jobs.list(parent_job_name=),
// _job_ops_helper.stream_logs_until_completion).
//
// Same pipeline as ARM: @azure/core-rest-pipeline's policies (retry, user agent, bearer token) with the ARM credential and scope (azure-ai-ml uses the
// ARM token for run history and MLflow too), the same retry settings and user agent. Log files are different: their
// URLs are blob SAS URLs that carry their own authorisation, so they are read by a second client with no credential
// (a bearer token must never go to them), and never printed (the SAS is a secret).
import {
  bearerTokenAuthenticationPolicy,
  createDefaultHttpClient,
  createPipelineFromOptions,
  createPipelineRequest,
  type HttpClient,
  type PipelineRequest,
  type PipelineResponse,
} from '@azure/core-rest-pipeline';
import type { TokenCredential } from '@azure/identity';
import {
  MLFLOW_ROUTES,
  runChildrenPath,
  runDetailsPath,
  trackingUriToHttps,
  workspaceScope,
  type DiscoveryDocument,
  type MlflowRun,
  RUN_CHILDREN_CONTINUATION,
  type RunChild,
  type RunChildrenPage,
  type RunDetails,
} from '../contract/jobs.js';
import { getErrorMessage } from '../errors.js';
import { AzureMLError } from './errors.js';
import { DEFAULT_RETRY, type RetrySettings } from './retry-settings.js';
import { USER_AGENT_PREFIX } from './user-agent.js';
import type { WorkspaceAddress } from './workspace.js';

/** At most this many pages of a pipeline's children (a pipeline of thousands of steps is far past any we run). */
const MAX_CHILDREN_PAGES = 1000;

/** At most this many bytes of a log per read: a long log is read over several polls, never held whole. */
export const LOG_READ_MAX_BYTES = 4 * 1024 * 1024;

/** The run history and MLflow calls run-job makes on one workspace. */
export interface DataPlane {
  /** Reads the discovery document (once): the data plane's base URL. Fails when the workspace names none. */
  discover(): Promise<string>;
  /** A run's details (status, error, log files); undefined when run history does not know the run (yet). */
  getRunDetails(runId: string): Promise<RunDetails | undefined>;
  /** A run's children (a pipeline's steps), every page. */
  listRunChildren(runId: string): Promise<RunChild[]>;
  /**
   * The bytes of a log from `from` on (at most LOG_READ_MAX_BYTES); empty when nothing was added since (or the log
   * does not exist yet). `url` comes from logFiles and is read with no Authorization header.
   */
  readLog(url: string, from: number): Promise<Uint8Array>;
  /** The latest value of every metric the run logged (MLflow runs/get); {} when it logged none. */
  getRunMetrics(runId: string): Promise<Record<string, number>>;
}

/** Where the workspace's data plane is: from its ARM properties. */
export interface DataPlaneAddress {
  workspace: WorkspaceAddress;
  /** properties.discoveryUrl: GET answers { api: <base URL> }. */
  discoveryUrl: string;
  /** properties.mlFlowTrackingUri: azureml://<host>/mlflow/v1.0/<workspace id>. */
  mlFlowTrackingUri: string;
}

export interface DataPlaneOptions {
  retry?: RetrySettings;
  /** Replaces the HTTP client under both pipelines (tests). */
  httpClient?: HttpClient;
}

const clip = (text: string, max = 300): string => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max)}...` : line;
};

/** The service's message from an error answer (ARM-style envelope, run history's, or plain text). */
function errorText(response: PipelineResponse): string {
  const body = response.bodyAsText ?? '';
  try {
    const parsed = JSON.parse(body) as {
      error?: { code?: string; message?: string };
      message?: string;
      error_code?: string;
    };
    const code = parsed.error?.code ?? parsed.error_code;
    const message = parsed.error?.message ?? parsed.message;
    if (code || message) return clip([code, message].filter(Boolean).join(': '));
  } catch {
    // not JSON: the text itself
  }
  return clip(body) || '(no message)';
}

/** Creates the data-plane client of a workspace; the discovery document is fetched once, on the first call. */
export function createDataPlane(
  credential: TokenCredential,
  address: DataPlaneAddress,
  options: DataPlaneOptions = {},
): DataPlane {
  const httpClient = options.httpClient ?? createDefaultHttpClient();
  const pipelineOf = (signed: boolean) => {
    const pipeline = createPipelineFromOptions({
      retryOptions: options.retry ?? DEFAULT_RETRY,
      userAgentOptions: { userAgentPrefix: USER_AGENT_PREFIX },
    });
    if (signed) {
      pipeline.addPolicy(
        bearerTokenAuthenticationPolicy({ credential, scopes: `${address.workspace.armEndpoint}/.default` }),
      );
    }
    return (request: PipelineRequest): Promise<PipelineResponse> => pipeline.sendRequest(httpClient, request);
  };
  const signed = { sendRequest: pipelineOf(true) };
  const anonymous = { sendRequest: pipelineOf(false) };
  const { subscriptionId, resourceGroup, workspace } = address.workspace;
  const scope = workspaceScope(subscriptionId, resourceGroup, workspace);

  async function getJson<T>(url: string, what: string, allow404 = false): Promise<T | undefined> {
    const request = createPipelineRequest({ url, method: 'GET' });
    request.headers.set('Accept', 'application/json');
    const response = await signed.sendRequest(request);
    if (response.status === 404 && allow404) return undefined;
    if (response.status < 200 || response.status > 299) {
      throw new AzureMLError(
        `Could not ${what} (${new URL(url).host}): ${response.status} ${errorText(response)}`,
        response.status,
      );
    }
    try {
      return JSON.parse(response.bodyAsText ?? '') as T;
    } catch {
      throw new AzureMLError(`Could not ${what}: the answer is not JSON.`, response.status);
    }
  }

  let api: Promise<string> | undefined;
  const apiBase = (): Promise<string> => {
    api ??= (async () => {
      const doc = await getJson<DiscoveryDocument>(
        address.discoveryUrl,
        `read the workspace's discovery document`,
      );
      if (!doc || typeof doc.api !== 'string' || !/^https?:\/\//.test(doc.api)) {
        throw new AzureMLError(
          `The discovery document of workspace '${workspace}' names no data-plane API ('api').`,
        );
      }
      return doc.api.replace(/\/+$/, '');
    })();
    api.catch(() => (api = undefined));
    return api;
  };

  return {
    discover: apiBase,

    async getRunDetails(runId) {
      const url = `${await apiBase()}${runDetailsPath(scope, runId)}`;
      return getJson<RunDetails>(url, `read the run history of job ${runId}`, true);
    },

    async listRunChildren(runId) {
      const base = `${await apiBase()}${runChildrenPath(scope, runId)}`;
      const origin = new URL(base).origin;
      const children: RunChild[] = [];
      const seen = new Set<string>();
      let url = base;
      // As azure-ai-ml pages them (runhistory get_child): a page's nextLink, else its continuationToken.
      for (let pages = 1; ; pages++) {
        const page = await getJson<RunChildrenPage>(url, `list the child jobs of job ${runId}`);
        children.push(...(page?.value ?? []));
        const next = page?.nextLink
          ? page.nextLink
          : page?.continuationToken
            ? `${base}?${RUN_CHILDREN_CONTINUATION}=${encodeURIComponent(page.continuationToken)}`
            : undefined;
        if (!next) return children;
        // Our credential goes only where the first page was read.
        if (new URL(next).origin !== origin) {
          throw new AzureMLError(
            `Run history's next page of job ${runId}'s children is on another host (${new URL(next).host}); it is not read with the workspace's credential.`,
          );
        }
        if (seen.has(next) || pages >= MAX_CHILDREN_PAGES) {
          throw new AzureMLError(
            `Run history kept answering more pages of job ${runId}'s children (${pages} read): stopped.`,
          );
        }
        seen.add(next);
        url = next;
      }
    },

    async readLog(url, from) {
      const request = createPipelineRequest({
        url,
        method: 'GET',
        streamResponseStatusCodes: new Set([200, 206]),
        // The URL is the service's: https on Azure; whatever scheme it names is used, with no credential of ours.
        allowInsecureConnection: true,
      });
      request.headers.set('Range', `bytes=${from}-${from + LOG_READ_MAX_BYTES - 1}`);
      let response: PipelineResponse;
      try {
        response = await anonymous.sendRequest(request);
      } catch (error) {
        throw new AzureMLError(
          `Could not read a job log (${new URL(url).host}): ${withoutUrl(getErrorMessage(error), url)}`,
        );
      }
      // 416: nothing at or after `from` yet; 404: the log is not created yet (both: nothing new).
      if (response.status === 416 || response.status === 404) return new Uint8Array();
      if (response.status !== 200 && response.status !== 206) {
        throw new AzureMLError(
          `Could not read a job log (${new URL(url).host}): ${response.status} ${errorText(response)}`,
          response.status,
        );
      }
      const bytes = await readBody(response);
      // 200: the server sent the whole log (no Range support): keep what follows `from`.
      return response.status === 200 ? bytes.subarray(from, from + LOG_READ_MAX_BYTES) : bytes;
    },

    async getRunMetrics(runId) {
      const base = trackingUriToHttps(address.mlFlowTrackingUri);
      const url = `${base}${MLFLOW_ROUTES.getRun}?run_id=${encodeURIComponent(runId)}`;
      const run = await getJson<MlflowRun>(url, `read the metrics of job ${runId} (MLflow)`, true);
      const metrics: Record<string, number> = {};
      for (const m of run?.run?.data?.metrics ?? []) {
        if (typeof m.key === 'string' && typeof m.value === 'number') metrics[m.key] = m.value;
      }
      return metrics;
    },
  };
}

/** A message without the log's URL or any SAS signature (they are secrets). */
function withoutUrl(message: string, url: string): string {
  return clip(
    message
      .split(url)
      .join('<log URL>')
      .replace(/([?&]sig=)[^&\s]+/gi, '$1***'),
  );
}

/** The body of a streamed answer, at most LOG_READ_MAX_BYTES plus one chunk. */
async function readBody(response: PipelineResponse): Promise<Uint8Array> {
  const stream = response.readableStreamBody;
  if (!stream) return new Uint8Array();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    chunks.push(buffer);
    size += buffer.length;
    if (size > LOG_READ_MAX_BYTES * 2) {
      (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
      break;
    }
  }
  return Buffer.concat(chunks);
}
