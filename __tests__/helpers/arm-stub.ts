// An HttpClient for the ARM pipeline that answers a script of expected requests, in order, and fails loudly on
// anything else: an unexpected method or URL, a request after the script ran out, or a script left unplayed.
import { createHttpHeaders, type HttpClient, type PipelineRequest } from '@azure/core-rest-pipeline';
import { createAzureMLClient, type AzureMLClient } from '../../src/azureml/client.js';
import type { WorkspaceAddress } from '../../src/azureml/workspace.js';

export interface Expected {
  method: string;
  /** The exact URL, query included. */
  url: string;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface Sent {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

export const ADDRESS: WorkspaceAddress = {
  subscriptionId: '00000000-0000-4000-8000-000000000000',
  resourceGroup: 'rg-1',
  workspace: 'ws-dev',
  armEndpoint: 'https://arm.test',
};

/** The workspace's ARM URL, e.g. `${WS}/models/m/versions/1?api-version=...`. */
export const WS = `${ADDRESS.armEndpoint}/subscriptions/${ADDRESS.subscriptionId}/resourceGroups/${ADDRESS.resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/${ADDRESS.workspace}`;

export class ArmStub implements HttpClient {
  readonly sent: Sent[] = [];
  readonly problems: string[] = [];
  private readonly script: Expected[] = [];

  expect(...requests: Expected[]): this {
    this.script.push(...requests);
    return this;
  }

  async sendRequest(request: PipelineRequest) {
    const body = typeof request.body === 'string' ? (JSON.parse(request.body) as unknown) : undefined;
    this.sent.push({ method: request.method, url: request.url, headers: request.headers.toJSON(), body });
    const next = this.script.shift();
    if (!next || next.method !== request.method || next.url !== request.url) {
      const problem = `unexpected ${request.method} ${request.url}; expected ${next ? `${next.method} ${next.url}` : 'nothing'}`;
      this.problems.push(problem);
      throw new Error(problem);
    }
    return {
      request,
      status: next.status,
      headers: createHttpHeaders({
        ...(next.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...next.headers,
      }),
      ...(next.body !== undefined ? { bodyAsText: JSON.stringify(next.body) } : {}),
    };
  }

  /** Whatever went wrong, and whatever the script still expected. */
  leftovers(): string[] {
    return [...this.problems, ...this.script.map((e) => `not requested: ${e.method} ${e.url}`)];
  }
}

/** Our client over the stub: no retries, secrets collected. */
export function stubbedClient(stub: ArmStub, secrets: string[] = []): AzureMLClient {
  return createAzureMLClient(
    ADDRESS,
    { getToken: async () => ({ token: 'token-1', expiresOnTimestamp: Date.now() + 3_600_000 }) },
    {
      principal: 'the principal of the test',
      retry: { maxRetries: 0, retryDelayInMs: 1, maxRetryDelayInMs: 1 },
      httpClient: stub,
      setSecret: (s) => secrets.push(s),
    },
  );
}
