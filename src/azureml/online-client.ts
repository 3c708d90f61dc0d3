import type {
  AzureMachineLearningWorkspaces,
  ManagedOnlineDeployment,
  OnlineDeployment,
  OnlineEndpoint,
} from '@azure/arm-machinelearning';
import type { PipelinePolicy } from '@azure/core-rest-pipeline';
import { AzureMLError, isNotFound } from './errors.js';
import { waitForOperation, type WaitOptions } from './operation-wait.js';

export type { WaitOptions } from './operation-wait.js';

/** A traffic (or mirror traffic) map: deployment name -> percent. */
export type TrafficShares = Record<string, number>;

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

/** What a new endpoint is created with. */
export interface EndpointSpec {
  authMode: 'Key' | 'AMLToken' | 'AADToken';
  description?: string;
  tags: Record<string, string>;
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

/** What a managed deployment is created (or updated) with. */
export interface DeploymentSpec {
  model: string;
  codeId?: string;
  scoringScript?: string;
  environmentId?: string;
  instanceType: string;
  instanceCount: number;
  environmentVariables: Record<string, string>;
  /** ISO 8601 durations and counts, as the API takes them. */
  requestSettings?: { requestTimeout?: string; maxConcurrentRequestsPerInstance?: number };
  readinessProbe?: ProbeSpec;
  livenessProbe?: ProbeSpec;
  description?: string;
  tags: Record<string, string>;
}

export interface ProbeSpec {
  initialDelay?: string;
  period?: string;
  timeout?: string;
  failureThreshold?: number;
  successThreshold?: number;
}

export type LogContainer = 'InferenceServer' | 'StorageInitializer';

/** Online endpoints and deployments of one workspace. */
export interface OnlineOperations {
  /** The endpoint, or undefined when it does not exist. */
  getEndpoint(name: string): Promise<EndpointInfo | undefined>;
  listEndpoints(): Promise<EndpointInfo[]>;
  /** Creates an endpoint with no traffic; waits for it. */
  createEndpoint(name: string, spec: EndpointSpec, wait: WaitOptions): Promise<EndpointInfo>;
  /** Replaces the endpoint's traffic and mirror traffic (a PUT of the endpoint as it is, with the new maps); waits. */
  setTraffic(
    name: string,
    maps: { traffic: TrafficShares; mirrorTraffic: TrafficShares },
    wait: WaitOptions,
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

type Call = <T>(operation: string, fn: () => Promise<T>) => Promise<T>;

interface OnlineContext {
  sdk: AzureMachineLearningWorkspaces;
  resourceGroup: string;
  workspace: string;
  call: Call;
  setSecret: (secret: string) => void;
}

const records = (value: { [key: string]: string | null } | undefined): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value ?? {})) if (typeof v === 'string') out[k] = v;
  return out;
};

/** mirrorTraffic is newer than the SDK's 2022-10-01 model, which drops it both ways; it is read from the raw body. */
function rawMirror(body: unknown): TrafficShares {
  const mirror = (body as { properties?: { mirrorTraffic?: unknown } } | undefined)?.properties
    ?.mirrorTraffic;
  const out: TrafficShares = {};
  if (mirror && typeof mirror === 'object') {
    for (const [k, v] of Object.entries(mirror)) if (typeof v === 'number') out[k] = v;
  }
  return out;
}

function toEndpointInfo(ep: OnlineEndpoint, mirrorTraffic: TrafficShares): EndpointInfo {
  const p = ep.properties;
  return {
    id: ep.id ?? '',
    name: ep.name ?? '',
    location: ep.location,
    authMode: p.authMode,
    description: p.description,
    tags: records(ep.tags),
    traffic: { ...(p.traffic ?? {}) },
    mirrorTraffic,
    scoringUri: p.scoringUri,
    provisioningState: p.provisioningState,
  };
}

function toDeploymentInfo(d: OnlineDeployment): DeploymentInfo {
  const p = d.properties;
  return {
    id: d.id ?? '',
    name: d.name ?? '',
    model: p.model,
    codeId: p.codeConfiguration?.codeId,
    scoringScript: p.codeConfiguration?.scoringScript,
    environmentId: p.environmentId,
    instanceType: (p as ManagedOnlineDeployment).instanceType,
    instanceCount: d.sku?.capacity,
    provisioningState: p.provisioningState,
    tags: records(d.tags),
  };
}

/**
 * Adds the endpoint's mirrorTraffic to the body of its PUT (the SDK's model has no such property). The map is
 * set under `/workspaces/<ws>/onlineendpoints/<name>` (lower case) right before the call.
 */
export function mirrorTrafficPolicy(pending: Map<string, TrafficShares>): PipelinePolicy {
  return {
    name: 'mlopsMirrorTraffic',
    async sendRequest(request, next) {
      const path = new URL(request.url).pathname.toLowerCase();
      const mirror = [...pending].find(([suffix]) => path.endsWith(suffix))?.[1];
      if (request.method === 'PUT' && mirror && typeof request.body === 'string') {
        const body = JSON.parse(request.body) as { properties?: Record<string, unknown> };
        body.properties = { ...body.properties, mirrorTraffic: mirror };
        request.body = JSON.stringify(body);
      }
      return next(request);
    },
  };
}

/** The online endpoint operations over the SDK client of one workspace. */
export function onlineOperations(
  ctx: OnlineContext,
  pendingMirror: Map<string, TrafficShares>,
): OnlineOperations {
  const { sdk, resourceGroup: rg, workspace: ws, call } = ctx;

  async function readEndpoint(name: string): Promise<EndpointInfo | undefined> {
    let mirror: TrafficShares = {};
    try {
      const ep = await sdk.onlineEndpoints.get(rg, ws, name, {
        onResponse: (raw) => (mirror = rawMirror(raw.parsedBody)),
      });
      return toEndpointInfo(ep, mirror);
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  async function putEndpoint(name: string, body: OnlineEndpoint, mirror: TrafficShares, wait: WaitOptions) {
    const key = `/workspaces/${ws}/onlineendpoints/${name}`.toLowerCase();
    pendingMirror.set(key, mirror);
    try {
      const poller = await sdk.onlineEndpoints.beginCreateOrUpdate(rg, ws, name, body, {
        updateIntervalInMs: wait.intervalMs,
      });
      await waitForOperation(
        poller,
        `endpoint ${name}`,
        wait,
        async () => (await readEndpoint(name))?.provisioningState,
      );
    } finally {
      pendingMirror.delete(key);
    }
    const after = await readEndpoint(name);
    if (!after) throw new AzureMLError(`Endpoint ${name} is gone after it was written.`);
    return after;
  }

  return {
    getEndpoint: (name) => call(`read endpoint ${name}`, () => readEndpoint(name)),

    listEndpoints: () =>
      call('list the online endpoints', async () => {
        const out: EndpointInfo[] = [];
        for await (const ep of sdk.onlineEndpoints.list(rg, ws)) out.push(toEndpointInfo(ep, {}));
        return out;
      }),

    createEndpoint: (name, spec, wait) =>
      call(`create endpoint ${name}`, async () => {
        const workspace = await sdk.workspaces.get(rg, ws);
        return putEndpoint(
          name,
          {
            location: workspace.location ?? 'local',
            tags: spec.tags,
            identity: { type: 'SystemAssigned' },
            properties: { authMode: spec.authMode, description: spec.description, traffic: {} },
          },
          {},
          wait,
        );
      }),

    setTraffic: (name, maps, wait) =>
      call(`set the traffic of endpoint ${name}`, async () => {
        const current = await sdk.onlineEndpoints.get(rg, ws, name);
        return putEndpoint(
          name,
          {
            location: current.location,
            tags: current.tags,
            identity: current.identity ? { type: current.identity.type } : undefined,
            kind: current.kind,
            properties: {
              authMode: current.properties.authMode,
              description: current.properties.description,
              properties: current.properties.properties,
              publicNetworkAccess: current.properties.publicNetworkAccess,
              traffic: maps.traffic,
            },
          },
          maps.mirrorTraffic,
          wait,
        );
      }),

    listDeployments: (endpoint) =>
      call(`list the deployments of endpoint ${endpoint}`, async () => {
        const out: DeploymentInfo[] = [];
        for await (const d of sdk.onlineDeployments.list(rg, ws, endpoint)) out.push(toDeploymentInfo(d));
        return out;
      }),

    getDeployment: (endpoint, name) =>
      call(`read deployment ${name} of endpoint ${endpoint}`, async () => {
        try {
          return toDeploymentInfo(await sdk.onlineDeployments.get(rg, ws, endpoint, name));
        } catch (error) {
          if (isNotFound(error)) return undefined;
          throw error;
        }
      }),

    createOrUpdateDeployment: (endpoint, name, spec, wait) =>
      call(`deploy ${name} to endpoint ${endpoint}`, async () => {
        const workspace = await sdk.workspaces.get(rg, ws);
        const properties: ManagedOnlineDeployment = {
          endpointComputeType: 'Managed',
          model: spec.model,
          codeConfiguration: spec.codeId
            ? { codeId: spec.codeId, scoringScript: spec.scoringScript ?? 'score.py' }
            : undefined,
          environmentId: spec.environmentId,
          instanceType: spec.instanceType,
          environmentVariables: spec.environmentVariables,
          requestSettings: spec.requestSettings,
          readinessProbe: spec.readinessProbe,
          livenessProbe: spec.livenessProbe,
          description: spec.description,
        };
        const poller = await sdk.onlineDeployments.beginCreateOrUpdate(
          rg,
          ws,
          endpoint,
          name,
          {
            location: workspace.location ?? 'local',
            tags: spec.tags,
            sku: { name: 'Default', capacity: spec.instanceCount },
            properties,
          },
          { updateIntervalInMs: wait.intervalMs },
        );
        await waitForOperation(poller, `deployment ${name}`, wait, async () => {
          try {
            return (await sdk.onlineDeployments.get(rg, ws, endpoint, name)).properties.provisioningState;
          } catch {
            return undefined;
          }
        });
        return toDeploymentInfo(await sdk.onlineDeployments.get(rg, ws, endpoint, name));
      }),

    deleteDeployment: (endpoint, name, wait) =>
      call(`delete deployment ${name} of endpoint ${endpoint}`, async () => {
        const poller = await sdk.onlineDeployments.beginDelete(rg, ws, endpoint, name, {
          updateIntervalInMs: wait.intervalMs,
        });
        await waitForOperation(poller, `deleting deployment ${name}`, wait);
      }),

    getDeploymentLogs: (endpoint, name, container, tail) =>
      call(`read the ${container} logs of deployment ${name}`, async () => {
        const logs = await sdk.onlineDeployments.getLogs(rg, ws, endpoint, name, {
          containerType: container,
          tail,
        });
        return logs.content ?? '';
      }),

    getScoringCredential: (endpoint) =>
      call(`read the keys of endpoint ${endpoint.name}`, async () => {
        if (endpoint.authMode === 'Key') {
          const keys = await sdk.onlineEndpoints.listKeys(rg, ws, endpoint.name);
          for (const k of [keys.primaryKey, keys.secondaryKey]) if (k) ctx.setSecret(k);
          if (!keys.primaryKey) throw new AzureMLError(`Endpoint ${endpoint.name} returned no key.`);
          return keys.primaryKey;
        }
        const token = await sdk.onlineEndpoints.getToken(rg, ws, endpoint.name);
        if (!token.accessToken) throw new AzureMLError(`Endpoint ${endpoint.name} returned no token.`);
        ctx.setSecret(token.accessToken);
        return token.accessToken;
      }),
  };
}
