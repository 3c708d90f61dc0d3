import { describe, expect, it } from '@jest/globals';
import {
  createHttpHeaders,
  type HttpClient,
  type PipelineRequest,
  type PipelineResponse,
} from '@azure/core-rest-pipeline';
import { Readable } from 'node:stream';
import { createDataPlane, LOG_READ_MAX_BYTES } from '../../src/azureml/data-plane.js';
import type { WorkspaceAddress } from '../../src/azureml/workspace.js';

const workspace: WorkspaceAddress = {
  subscriptionId: '00000000-0000-4000-8000-000000000000',
  resourceGroup: 'rg-1',
  workspace: 'ws-dev',
  armEndpoint: 'https://arm.test',
};
const SCOPE = `/subscriptions/${workspace.subscriptionId}/resourceGroups/rg-1/providers/Microsoft.MachineLearningServices/workspaces/ws-dev`;
const LOG_URL = 'https://blob.test/azureml/ExperimentRun/dcid.job1/user_logs/std_log.txt?sv=1&sig=SECRET';

type Answer = { status: number; json?: unknown; bytes?: Buffer; text?: string };

/** Answers by "METHOD URL"; records every request; anything unexpected fails loudly. */
class Stub implements HttpClient {
  readonly sent: { url: string; headers: Record<string, string> }[] = [];
  constructor(private readonly answers: Record<string, Answer | Answer[]>) {}
  async sendRequest(request: PipelineRequest): Promise<PipelineResponse> {
    this.sent.push({ url: request.url, headers: request.headers.toJSON() });
    const key = `${request.method} ${request.url}`;
    const entry = this.answers[key];
    const answer = Array.isArray(entry) ? entry.shift() : entry;
    if (!answer) throw new Error(`unexpected ${key}`);
    const streamed = request.streamResponseStatusCodes?.has(answer.status);
    const body =
      answer.bytes ??
      Buffer.from(answer.json !== undefined ? JSON.stringify(answer.json) : (answer.text ?? ''));
    return {
      request,
      status: answer.status,
      headers: createHttpHeaders(answer.json !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(streamed ? { readableStreamBody: Readable.from([body]) } : { bodyAsText: body.toString() }),
    };
  }
}

const credential = {
  getToken: async () => ({ token: 'arm-token', expiresOnTimestamp: Date.now() + 3_600_000 }),
};

function plane(answers: Record<string, Answer | Answer[]>) {
  const stub = new Stub({
    'GET https://region.api.test/discovery': { status: 200, json: { api: 'https://region.api.test/' } },
    ...answers,
  });
  const dp = createDataPlane(
    credential,
    {
      workspace,
      discoveryUrl: 'https://region.api.test/discovery',
      mlFlowTrackingUri: `azureml://region.api.test/mlflow/v1.0${SCOPE}`,
    },
    { httpClient: stub, retry: { maxRetries: 0, retryDelayInMs: 10, maxRetryDelayInMs: 10 } },
  );
  return { dp, stub };
}

describe('data plane', () => {
  it('discovers the API once, then reads run details with the ARM bearer token', async () => {
    const details = `GET https://region.api.test/history/v1.0${SCOPE}/runs/job1/details`;
    const { dp, stub } = plane({
      [details]: [
        { status: 200, json: { runId: 'job1', status: 'Running', logFiles: {} } },
        { status: 404, json: { error: { code: 'NotFound', message: 'no run' } } },
      ],
    });
    expect(await dp.getRunDetails('job1')).toEqual({ runId: 'job1', status: 'Running', logFiles: {} });
    expect(await dp.getRunDetails('job1')).toBeUndefined();
    expect(await dp.discover()).toBe('https://region.api.test');
    expect(stub.sent.filter((s) => s.url.endsWith('/discovery'))).toHaveLength(1);
    expect(stub.sent.every((s) => s.headers.authorization === 'Bearer arm-token')).toBe(true);
  });

  it('reads a log with a Range from the offset and never sends it a bearer token', async () => {
    const { dp, stub } = plane({
      [`GET ${LOG_URL}`]: [
        { status: 206, bytes: Buffer.from('line 2\n') },
        { status: 416, text: 'InvalidRange' },
        { status: 404, text: 'BlobNotFound' },
        { status: 200, bytes: Buffer.from('line 1\nline 2\n') },
      ],
    });
    expect(Buffer.from(await dp.readLog(LOG_URL, 7)).toString()).toBe('line 2\n');
    expect((await dp.readLog(LOG_URL, 14)).length).toBe(0);
    expect((await dp.readLog(LOG_URL, 0)).length).toBe(0);
    // A server that ignores Range: the bytes after the offset only.
    expect(Buffer.from(await dp.readLog(LOG_URL, 7)).toString()).toBe('line 2\n');
    const logReads = stub.sent.filter((s) => s.url === LOG_URL);
    expect(logReads[0]!.headers.range).toBe(`bytes=7-${7 + LOG_READ_MAX_BYTES - 1}`);
    expect(logReads.every((s) => s.headers.authorization === undefined)).toBe(true);
  });

  it('reports a failed log read without the SAS URL', async () => {
    const { dp } = plane({ [`GET ${LOG_URL}`]: { status: 403, text: 'AuthenticationFailed' } });
    const error = await dp.readLog(LOG_URL, 0).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/403 AuthenticationFailed/);
    expect((error as Error).message).not.toMatch(/SECRET|sig=/);
  });

  it("lists a pipeline's children page after page", async () => {
    const base = `https://region.api.test/history/v1.0${SCOPE}/runs/pipe/children`;
    const { dp } = plane({
      [`GET ${base}`]: {
        status: 200,
        json: { value: [{ runId: 'a', status: 'Completed', displayName: 'prep' }], continuationToken: 't/1' },
      },
      [`GET ${base}?$continuationtoken=t%2F1`]: {
        status: 200,
        json: { value: [{ runId: 'b', status: 'Running' }], nextLink: `${base}?$continuationtoken=2` },
      },
      // azure-ai-ml follows nextLink when the page has one.
      [`GET ${base}?$continuationtoken=2`]: {
        status: 200,
        json: { value: [{ runId: 'c', status: 'Queued' }], continuationToken: null, nextLink: null },
      },
    });
    expect((await dp.listRunChildren('pipe')).map((c) => c.runId)).toEqual(['a', 'b', 'c']);
  });

  it('reads no next page from another host with our credential, and stops on a page that repeats', async () => {
    const base = `https://region.api.test/history/v1.0${SCOPE}/runs/pipe/children`;
    const elsewhere = plane({
      [`GET ${base}`]: {
        status: 200,
        json: { value: [{ runId: 'a', status: 'Completed' }], nextLink: 'https://evil.test/steal?x=1' },
      },
    });
    await expect(elsewhere.dp.listRunChildren('pipe')).rejects.toThrow(
      /next page .* is on another host \(evil\.test\); it is not read with the workspace's credential/,
    );
    expect(new Set(elsewhere.stub.sent.map((r) => new URL(r.url).host))).toEqual(
      new Set(['region.api.test']),
    );
    const looping = plane({
      [`GET ${base}`]: { status: 200, json: { value: [], nextLink: `${base}?$continuationtoken=1` } },
      [`GET ${base}?$continuationtoken=1`]: [
        { status: 200, json: { value: [], nextLink: `${base}?$continuationtoken=1` } },
      ],
    });
    await expect(looping.dp.listRunChildren('pipe')).rejects.toThrow(/kept answering more pages .* stopped/);
  });

  it('reads the metrics a run logged from MLflow runs/get as a name -> value map', async () => {
    const { dp, stub } = plane({
      [`GET https://region.api.test/mlflow/v1.0${SCOPE}/api/2.0/mlflow/runs/get?run_id=job1`]: {
        status: 200,
        json: {
          run: {
            info: { run_id: 'job1' },
            data: {
              metrics: [
                { key: 'auc', value: 0.91, timestamp: 1, step: 3 },
                { key: 'loss', value: 0.2, timestamp: 1, step: 3 },
              ],
            },
          },
        },
      },
    });
    expect(await dp.getRunMetrics('job1')).toEqual({ auc: 0.91, loss: 0.2 });
    expect(stub.sent.at(-1)!.headers.authorization).toBe('Bearer arm-token');
  });

  it('fails with the service message when discovery names no API', async () => {
    const stub = new Stub({
      'GET https://region.api.test/discovery': { status: 200, json: { history: 'x' } },
    });
    const dp = createDataPlane(
      credential,
      {
        workspace,
        discoveryUrl: 'https://region.api.test/discovery',
        mlFlowTrackingUri: 'azureml://region.api.test/mlflow/v1.0',
      },
      { httpClient: stub },
    );
    await expect(dp.getRunDetails('job1')).rejects.toThrow(
      /discovery document of workspace 'ws-dev' names no data-plane API/,
    );
  });
});

describe('data plane log reads that cannot connect', () => {
  it('name the host, never the SAS URL', async () => {
    const failing: HttpClient = {
      sendRequest: async (request) => {
        throw new Error(`Cannot connect to ${request.url}: ECONNREFUSED`);
      },
    };
    const dp = createDataPlane(
      credential,
      {
        workspace,
        discoveryUrl: 'https://region.api.test/discovery',
        mlFlowTrackingUri: 'azureml://region.api.test/mlflow/v1.0',
      },
      { httpClient: failing, retry: { maxRetries: 0, retryDelayInMs: 10, maxRetryDelayInMs: 10 } },
    );
    const error = (await dp.readLog(LOG_URL, 0).catch((e: Error) => e)) as Error;
    expect(error.message).toMatch(
      /Could not read a job log \(blob\.test\): Cannot connect to <log URL>: ECONNREFUSED/,
    );
    expect(error.message).not.toMatch(/SECRET/);
  });
});
