import type { TokenCredential } from '@azure/identity';
import type {
  DeploymentLogs,
  DeploymentLogsRequest,
  EndpointAuthKeys,
  EndpointAuthToken,
  OnlineDeployment,
  OnlineEndpoint,
  OnlineEndpointBody,
  Workspace,
} from './arm-models.js';
import { ops } from './arm-operations.js';
import type { ArmTransport } from './arm-transport.js';
import { stringRecord } from './arm-models.js';
import { AzureMLError, unlessNotFound, type Call } from './errors.js';
import {
  deploymentBody,
  endpointSettingsBody,
  endpointUpdateBody,
  newEndpointBody,
  percentMap,
  type DeploymentSpec,
  type EndpointSettings,
  type TrafficShares,
  type TrafficUpdate,
} from './online-bodies.js';
import { waitForOperation, type WaitOptions } from './operation-wait.js';

export {
  deploymentBody,
  endpointSettingsBody,
  endpointUpdateBody,
  newEndpointBody,
  type DeploymentSpec,
  type EndpointSettings,
  type TrafficShares,
  type TrafficUpdate,
} from './online-bodies.js';

export type { WaitOptions } from './operation-wait.js';

/** An online endpoint as the actions see it. */
export interface EndpointInfo {
  id: string;
  name: string;
  location: string;
  authMode: string;
  description?: string;
  tags: Record<string, string>;
  traffic: TrafficShares;
  mirrorTraffic: TrafficShares;
  scoringUri?: string;
  provisioningState?: string;
}

/** A deployment as the actions see it. */
export interface DeploymentInfo {
  id: string;
  name: string;
  /** The model version's ARM id. */
  model?: string;
  codeId?: string;
  scoringScript?: string;
  environmentId?: string;
  instanceType?: string;
  instanceCount?: number;
  provisioningState?: string;
  tags: Record<string, string>;
}

export type LogContainer = 'InferenceServer' | 'StorageInitializer';

/** Online endpoints and deployments of one workspace. */
export interface OnlineOperations {
  /** The endpoint, or undefined when it does not exist. */
  getEndpoint(name: string): Promise<EndpointInfo | undefined>;
  listEndpoints(): Promise<EndpointInfo[]>;
  /** Creates an endpoint with no traffic; waits for it. */
  createEndpoint(name: string, settings: EndpointSettings, wait: WaitOptions): Promise<EndpointInfo>;
  /**
   * Merges an endpoint file's settings into an existing endpoint, traffic untouched; waits. Returns the keys that
   * changed ([] and no request when nothing would).
   */
  updateEndpointSettings(
    name: string,
    settings: EndpointSettings,
    wait: WaitOptions,
  ): Promise<{ endpoint: EndpointInfo; changed: string[] }>;
  /**
   * Replaces the endpoint's traffic and mirror traffic (a PUT of the endpoint as it is, with the new maps and
   * `tags` changes: a string sets a tag, null removes it); waits. `guard` sees the endpoint as read just before
   * the PUT and throws to stop it (nothing is written then).
   */
  setTraffic(
    name: string,
    maps: TrafficUpdate,
    wait: WaitOptions,
    guard?: (current: EndpointInfo) => void,
  ): Promise<EndpointInfo>;
  listDeployments(endpoint: string): Promise<DeploymentInfo[]>;
  /** The deployment, or undefined when it does not exist. */
  getDeployment(endpoint: string, name: string): Promise<DeploymentInfo | undefined>;
  /** PUT of a managed deployment; waits until it Succeeded (a failure throws an OperationFailure). */
  createOrUpdateDeployment(
    endpoint: string,
    name: string,
    spec: DeploymentSpec,
    wait: WaitOptions,
  ): Promise<DeploymentInfo>;
  deleteDeployment(endpoint: string, name: string, wait: WaitOptions): Promise<void>;
  /** The last `tail` lines of a deployment container's log ('' when there is none). */
  getDeploymentLogs(endpoint: string, name: string, container: LogContainer, tail: number): Promise<string>;
  /** The endpoint's primary key (or a token for token auth), masked in the log before it is returned. */
  getScoringCredential(endpoint: EndpointInfo): Promise<string>;
}

/**
 * The audience of a Microsoft Entra token for scoring an `aad_token` endpoint (how-to-authenticate-online-endpoint:
 * `az account get-access-token --resource https://ml.azure.com`); the endpoint's `token` action serves only
 * `aml_token` endpoints.
 */
export const SCORING_TOKEN_SCOPE = 'https://ml.azure.com/.default';

interface OnlineContext {
  arm: ArmTransport;
  /** The credential the client signs in with: it also gives the Entra token an AADToken endpoint takes. */
  credential: TokenCredential;
  workspace: string;
  call: Call;
  setSecret: (secret: string) => void;
}

function toEndpointInfo(ep: OnlineEndpoint): EndpointInfo {
  const p = ep.properties;
  return {
    id: ep.id ?? '',
    name: ep.name ?? '',
    location: ep.location,
    authMode: p.authMode,
    ...(p.description ? { description: p.description } : {}),
    tags: stringRecord(ep.tags),
    traffic: percentMap(p.traffic),
    mirrorTraffic: percentMap(p.mirrorTraffic),
    ...(p.scoringUri ? { scoringUri: p.scoringUri } : {}),
    ...(p.provisioningState ? { provisioningState: p.provisioningState } : {}),
  };
}

function toDeploymentInfo(d: OnlineDeployment): DeploymentInfo {
  const p = d.properties;
  return {
    id: d.id ?? '',
    name: d.name ?? '',
    ...(p.model ? { model: p.model } : {}),
    ...(p.codeConfiguration?.codeId ? { codeId: p.codeConfiguration.codeId } : {}),
    ...(p.codeConfiguration?.scoringScript ? { scoringScript: p.codeConfiguration.scoringScript } : {}),
    ...(p.environmentId ? { environmentId: p.environmentId } : {}),
    ...(p.instanceType ? { instanceType: p.instanceType } : {}),
    ...(d.sku?.capacity !== undefined ? { instanceCount: d.sku.capacity } : {}),
    ...(p.provisioningState ? { provisioningState: p.provisioningState } : {}),
    tags: stringRecord(d.tags),
  };
}

/** The online endpoint operations of one workspace. */
export function onlineOperations(ctx: OnlineContext): OnlineOperations {
  const { arm, call } = ctx;

  const getEndpointResource = (endpointName: string) =>
    unlessNotFound(() => arm.send<OnlineEndpoint>(ops.OnlineEndpoints_Get, { endpointName }));
  const getDeploymentResource = (endpointName: string, deploymentName: string) =>
    unlessNotFound(() =>
      arm.send<OnlineDeployment>(ops.OnlineDeployments_Get, { endpointName, deploymentName }),
    );
  const workspaceLocation = async (): Promise<string> =>
    (await arm.send<Workspace>(ops.Workspaces_Get)).location ?? 'local';

  async function putEndpoint(
    endpointName: string,
    body: OnlineEndpointBody,
    wait: WaitOptions,
  ): Promise<EndpointInfo> {
    const poller = arm.begin<OnlineEndpoint>(
      ops.OnlineEndpoints_CreateOrUpdate,
      { endpointName, body },
      wait.intervalMs,
    );
    const final = await waitForOperation(
      poller,
      `endpoint ${endpointName}`,
      wait,
      async () => (await getEndpointResource(endpointName))?.properties.provisioningState,
    );
    // final-state-via original-uri: the poller's result is the endpoint read back after the operation.
    const after = final?.properties ? final : await getEndpointResource(endpointName);
    if (!after) throw new AzureMLError(`Endpoint ${endpointName} is gone after it was written.`);
    return toEndpointInfo(after);
  }

  return {
    getEndpoint: (name) =>
      call(`read endpoint ${name}`, async () => {
        const ep = await getEndpointResource(name);
        return ep && toEndpointInfo(ep);
      }),

    listEndpoints: () =>
      call('list the online endpoints', async () =>
        (await arm.list<OnlineEndpoint>(ops.OnlineEndpoints_List)).map(toEndpointInfo),
      ),

    createEndpoint: (name, settings, wait) =>
      call(`create endpoint ${name}`, async () =>
        putEndpoint(name, newEndpointBody(await workspaceLocation(), settings), wait),
      ),

    updateEndpointSettings: (name, settings, wait) =>
      call(`update the settings of endpoint ${name}`, async () => {
        const current = await arm.send<OnlineEndpoint>(ops.OnlineEndpoints_Get, { endpointName: name });
        const { body, changed } = endpointSettingsBody(current, settings);
        if (changed.length === 0) return { endpoint: toEndpointInfo(current), changed };
        return { endpoint: await putEndpoint(name, body, wait), changed };
      }),

    setTraffic: (name, maps, wait, guard) =>
      call(`set the traffic of endpoint ${name}`, async () => {
        const current = await arm.send<OnlineEndpoint>(ops.OnlineEndpoints_Get, { endpointName: name });
        guard?.(toEndpointInfo(current));
        return putEndpoint(name, endpointUpdateBody(current, maps), wait);
      }),

    listDeployments: (endpoint) =>
      call(`list the deployments of endpoint ${endpoint}`, async () =>
        (await arm.list<OnlineDeployment>(ops.OnlineDeployments_List, { endpointName: endpoint })).map(
          toDeploymentInfo,
        ),
      ),

    getDeployment: (endpoint, name) =>
      call(`read deployment ${name} of endpoint ${endpoint}`, async () => {
        const d = await getDeploymentResource(endpoint, name);
        return d && toDeploymentInfo(d);
      }),

    createOrUpdateDeployment: (endpoint, name, spec, wait) =>
      call(`deploy ${name} to endpoint ${endpoint}`, async () => {
        const body = deploymentBody(await workspaceLocation(), spec);
        const args = { endpointName: endpoint, deploymentName: name, body };
        const poller = arm.begin<OnlineDeployment>(
          ops.OnlineDeployments_CreateOrUpdate,
          args,
          wait.intervalMs,
        );
        const final = await waitForOperation(
          poller,
          `deployment ${name}`,
          wait,
          async () =>
            (await getDeploymentResource(endpoint, name).catch(() => undefined))?.properties
              .provisioningState,
        );
        const after = final?.properties ? final : await getDeploymentResource(endpoint, name);
        if (!after)
          throw new AzureMLError(`Deployment ${name} of endpoint ${endpoint} is gone after it was written.`);
        return toDeploymentInfo(after);
      }),

    deleteDeployment: (endpoint, name, wait) =>
      call(`delete deployment ${name} of endpoint ${endpoint}`, async () => {
        const args = { endpointName: endpoint, deploymentName: name };
        const poller = arm.begin<unknown>(ops.OnlineDeployments_Delete, args, wait.intervalMs);
        await waitForOperation(poller, `deleting deployment ${name}`, wait);
      }),

    getDeploymentLogs: (endpoint, name, container, tail) =>
      call(`read the ${container} logs of deployment ${name}`, async () => {
        const body: DeploymentLogsRequest = { containerType: container, tail };
        const logs = await arm.send<DeploymentLogs>(ops.OnlineDeployments_GetLogs, {
          endpointName: endpoint,
          deploymentName: name,
          body,
        });
        return logs?.content ?? '';
      }),

    getScoringCredential: (endpoint) =>
      call(`read the keys of endpoint ${endpoint.name}`, async () => {
        const args = { endpointName: endpoint.name };
        if (endpoint.authMode === 'Key') {
          const keys = await arm.send<EndpointAuthKeys>(ops.OnlineEndpoints_ListKeys, args);
          for (const k of [keys?.primaryKey, keys?.secondaryKey]) if (k) ctx.setSecret(k);
          if (!keys?.primaryKey) throw new AzureMLError(`Endpoint ${endpoint.name} returned no key.`);
          return keys.primaryKey;
        }
        if (endpoint.authMode === 'AADToken') {
          const entra = await ctx.credential.getToken(SCORING_TOKEN_SCOPE);
          if (!entra?.token)
            throw new AzureMLError(`No Microsoft Entra token for endpoint ${endpoint.name}.`);
          ctx.setSecret(entra.token);
          return entra.token;
        }
        const token = await arm.send<EndpointAuthToken>(ops.OnlineEndpoints_GetToken, args);
        if (!token?.accessToken) throw new AzureMLError(`Endpoint ${endpoint.name} returned no token.`);
        ctx.setSecret(token.accessToken);
        return token.accessToken;
      }),
  };
}
