// How our operation specs (arm-operations.ts) go over the wire: through the client pipeline of
// @azure/arm-machinelearning (bearer token, retries, user agent, RestError for non-2xx answers), never through a
// second HTTP stack. Plain calls, lists that follow nextLink, and long-running operations polled by core-lro's
// LroEngine over the same pipeline, the way the SDK's own LroImpl does it.
import { AzureMachineLearningWorkspaces } from '@azure/arm-machinelearning';
import type { FullOperationResponse, OperationArguments, OperationSpec } from '@azure/core-client';
import {
  LroEngine,
  type LongRunningOperation,
  type LroResponse,
  type PollerLike,
  type PollOperationState,
} from '@azure/core-lro';
import type { HttpClient } from '@azure/core-rest-pipeline';
import type { TokenCredential } from '@azure/identity';
import type { ArmPage } from './arm-models.js';
import { nextPage, pollSpec, type ArmOperation } from './arm-operations.js';
import { DEFAULT_RETRY, type RetrySettings } from './retry-settings.js';
import { USER_AGENT_PREFIX } from './user-agent.js';
import type { WorkspaceAddress } from './workspace.js';

export { DEFAULT_RETRY, type RetrySettings } from './retry-settings.js';

/** Path parameters beyond the workspace's (name, version, endpointName, ...), the body, and query values. */
export interface ArmArguments {
  [parameter: string]: unknown;
  body?: unknown;
  /** Optional query parameters by their wire name (tags, isDefault, $orderBy). */
  query?: Record<string, string | boolean | undefined>;
}

/** One answer: status, lower-case headers, and the JSON body (undefined when there is none). */
export interface ArmResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: unknown;
}

export type ArmPoller<T> = PollerLike<PollOperationState<T>, T>;

/** The calls of one workspace. */
export interface ArmTransport {
  /** The body of one call's answer. */
  send<T>(operation: ArmOperation, args?: ArmArguments): Promise<T>;
  /** Every item of a list, page after page (nextLink). */
  list<T>(operation: ArmOperation, args?: ArmArguments): Promise<T[]>;
  /** A long-running operation's poller; its first poll sends the request (waitForOperation polls it). */
  begin<T>(operation: ArmOperation, args: ArmArguments, intervalMs?: number): ArmPoller<T>;
}

/** What sends an OperationSpec: the SDK's ServiceClient. */
export type OperationSender = Pick<AzureMachineLearningWorkspaces, 'sendOperationRequest'>;

export interface PipelineOptions {
  /** DEFAULT_RETRY unless set; the actions pass retrySettings() (MLOPS_ARM_RETRY_DELAY_MS, retry-settings.ts). */
  retry?: RetrySettings;
  /** Replaces the HTTP client under the pipeline (tests pass a stub; NODE_EXTRA_CA_CERTS is honoured by the default one). */
  httpClient?: HttpClient;
}

/**
 * The SDK's service client, used only for its pipeline: its 2022-10-01 operation groups and mappers are never
 * called. The emulator is reached by the endpoint and the credential, nothing else.
 */
export function createPipelineClient(
  address: WorkspaceAddress,
  credential: TokenCredential,
  options: PipelineOptions = {},
): OperationSender {
  return new AzureMachineLearningWorkspaces(credential, address.subscriptionId, {
    endpoint: address.armEndpoint,
    credentialScopes: [`${address.armEndpoint}/.default`],
    retryOptions: options.retry ?? DEFAULT_RETRY,
    userAgentOptions: { userAgentPrefix: USER_AGENT_PREFIX },
    ...(options.httpClient ? { httpClient: options.httpClient } : {}),
  });
}

/** The transport of one workspace over `sender` (the subscription comes from the sender's client). */
export function createArmTransport(
  sender: OperationSender,
  workspace: { resourceGroup: string; workspace: string },
): ArmTransport {
  async function exchange(spec: OperationSpec, args: ArmArguments = {}): Promise<ArmResponse> {
    let raw: FullOperationResponse | undefined;
    const { query, ...rest } = args;
    const operationArguments: OperationArguments = {
      resourceGroupName: workspace.resourceGroup,
      workspaceName: workspace.workspace,
      ...rest,
      options: { ...query, onResponse: (response) => (raw = response) },
    };
    await sender.sendOperationRequest(operationArguments, spec);
    if (!raw) throw new Error(`No response to ${spec.httpMethod} ${spec.path}.`);
    return { statusCode: raw.status, headers: raw.headers.toJSON(), body: raw.parsedBody };
  }

  const lroResponse = (response: ArmResponse): LroResponse => ({
    flatResponse: response.body,
    rawResponse: response,
  });

  return {
    send: async <T>(operation: ArmOperation, args?: ArmArguments) =>
      (await exchange(operation.spec, args)).body as T,

    list: async <T>(operation: ArmOperation, args?: ArmArguments) => {
      const items: T[] = [];
      const seen = new Set<string>();
      let page = (await exchange(operation.spec, args)).body as ArmPage<T> | undefined;
      for (;;) {
        items.push(...(page?.value ?? []));
        const link = page?.nextLink;
        if (!link) return items;
        if (seen.has(link)) throw new Error(`${operation.id} returned the same nextLink twice: ${link}`);
        seen.add(link);
        page = (await exchange(nextPage, { nextLink: link })).body as ArmPage<T> | undefined;
      }
    },

    begin: <T>(operation: ArmOperation, args: ArmArguments, intervalMs?: number) => {
      const lro: LongRunningOperation<T> = {
        // The path template: core-lro polls it for the final state of a PUT (original-uri), and it is filled
        // in with the same arguments as the first request (a poll spec has no body, so `body` is not sent).
        requestPath: operation.spec.path,
        requestMethod: operation.spec.httpMethod,
        sendInitialRequest: async () => lroResponse(await exchange(operation.spec, args)),
        sendPollRequest: async (path) =>
          lroResponse(await exchange(pollSpec(operation.spec, path), args)) as LroResponse<T>,
      };
      // Not polled here: core-lro's first poll sends the request *and* the first status poll, so an operation that
      // fails at once must fail inside the caller's wait (waitForOperation), where it becomes an OperationFailure.
      return new LroEngine<T, PollOperationState<T>>(lro, {
        ...(intervalMs !== undefined ? { intervalInMs: intervalMs } : {}),
        ...(operation.finalStateVia ? { lroResourceLocationConfig: operation.finalStateVia } : {}),
      });
    },
  };
}
