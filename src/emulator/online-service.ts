import { createSerializer, type CompositeMapper } from '@azure/core-client';
import * as Mappers from '@azure/arm-machinelearning/dist-esm/src/models/mappers.js';
import { randomBytes, randomUUID } from 'node:crypto';
import { ArmError, badRequest, notFound } from './arm-error.js';
import { parseDatastoreUri } from './datastore-uri.js';
import { ProvisioningError, type DeploymentRuntime, type DeploymentSpec } from './deployment-runtime.js';
import { paginate } from './listing.js';
import { operationPath, parseRoute, PROVIDER, type Route } from './routes.js';
import type { EmulatorState, OnlineEndpointState, TrackedResource, WorkspaceState } from './state.js';

const serializer = createSerializer(Mappers as unknown as Record<string, CompositeMapper>, false);

/**
 * Endpoint and deployment names, as the Azure ML docs state them ("Endpoint name", how-to-deploy-online-endpoints;
 * reference-yaml-deployment-managed-online): 3 to 32 characters, a letter first, then letters, digits and '-',
 * not ending with '-'.
 */
export const ONLINE_NAME = /^[a-zA-Z][a-zA-Z0-9-]{1,30}[a-zA-Z0-9]$/;

/** States in which the service refuses another change (409). */
const BUSY = ['Creating', 'Updating', 'Scaling', 'Deleting'];

/** Read when answering (both are known only once the servers listen). */
export interface OnlineConfig {
  armEndpoint: string;
  gatewayEndpoint: string;
}

type EpRoute = Extract<Route, { endpoint: string }>;
type DepRoute = Extract<Route, { deployment: string }>;
interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

interface Operation {
  id: string;
  status: 'InProgress' | 'Succeeded' | 'Failed';
  startTime: string;
  endTime?: string;
  error?: { code: string; message: string };
}

/** What the gateway needs of an endpoint. */
export interface GatewayView {
  keys: string[];
  traffic: Record<string, number>;
  mirrorTraffic: Record<string, number>;
  /** Deployment names (as created) -> runtime key. */
  deployments: Map<string, string>;
  requestTimeoutMs: (deployment: string) => number;
}

const now = (): string => new Date().toISOString();
const newKey = (): string => randomBytes(24).toString('base64url').replace(/[-_]/g, 'x');

/** ISO 8601 durations of probe settings (PT10S, PT1M30S) in ms. */
export function durationMs(value: unknown, fallbackMs: number): number {
  if (typeof value !== 'string') return fallbackMs;
  const m =
    /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i.exec(
      value,
    );
  if (!m) return fallbackMs;
  const [, d = '0', h = '0', min = '0', s = '0'] = m;
  return (((Number(d) * 24 + Number(h)) * 60 + Number(min)) * 60 + Number(s)) * 1000;
}

/**
 * Checks a body against the SDK mapper and returns it in wire form. Properties the 2022-10-01 model lacks are
 * dropped, as the service ignores them.
 */
function checkTracked(mapper: CompositeMapper, body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw badRequest('The request body must be a JSON object.', 'body', 'InvalidRequestContent');
  }
  try {
    const model = serializer.deserialize(mapper, body, 'body') as object;
    return serializer.serialize(mapper, model, 'body') as Record<string, unknown>;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw badRequest(
      `Invalid request body: ${message.replace(/^body\./, '')}`,
      /^body\.([\w.]+)/.exec(message)?.[1],
    );
  }
}

/**
 * Online endpoints and deployments (api-version 2022-10-01): PUT/PATCH/DELETE as long-running operations with
 * `Azure-AsyncOperation` (and `Location` for DELETE and regenerateKeys), provisioning through the runtime.
 */
export class OnlineService {
  private readonly operations = new Map<string, Operation>();
  /** Tokens from POST token: token -> endpoint key (`ws/ep`) and expiry. */
  private readonly tokens = new Map<string, { endpoint: string; expires: number }>();

  constructor(
    private readonly state: EmulatorState,
    private readonly config: OnlineConfig,
    private readonly runtime: DeploymentRuntime,
    private readonly persist: () => void,
    private readonly workspace: (route: Extract<Route, { workspace: string }>) => WorkspaceState,
    private readonly location: string,
  ) {}

  async handle(method: string, route: Route, url: URL, body: unknown, by: string): Promise<Answer> {
    switch (route.kind) {
      case 'operation':
        return this.operation(route);
      case 'endpoints': {
        only(method, ['GET']);
        const items = Object.values(this.endpoints(route))
          .sort((a, b) => a.resource.name.localeCompare(b.resource.name))
          .map((e) => this.endpointBody(route.workspace, e));
        return { status: 200, body: paginate(items, url, 50) };
      }
      case 'endpoint':
        if (method === 'GET')
          return { status: 200, body: this.endpointBody(route.workspace, this.endpoint(route)) };
        if (method === 'PUT') return this.putEndpoint(route, body, by);
        if (method === 'PATCH') return this.patchEndpoint(route, body, by);
        only(method, ['DELETE']);
        return this.deleteEndpoint(route);
      case 'endpoint-action':
        only(method, ['POST']);
        return this.endpointAction(route, body);
      case 'deployments': {
        only(method, ['GET']);
        const items = Object.values(this.endpoint(route).deployments)
          .sort((a, b) => a.name.localeCompare(b.name))
          .map((d) => this.deploymentBody(d));
        return { status: 200, body: paginate(items, url, 50) };
      }
      case 'deployment':
        if (method === 'GET') return { status: 200, body: this.deploymentBody(this.deployment(route)) };
        if (method === 'PUT') return this.putDeployment(route, body, by);
        if (method === 'PATCH') return this.patchDeployment(route, body, by);
        only(method, ['DELETE']);
        return this.deleteDeployment(route);
      case 'deployment-logs': {
        only(method, ['POST']);
        this.deployment(route);
        const wire = checkTracked(Mappers.DeploymentLogsRequest, body ?? {});
        const container = wire.containerType ?? 'InferenceServer';
        if (container !== 'InferenceServer' && container !== 'StorageInitializer') {
          throw badRequest(
            `containerType '${String(container)}' is not valid; use InferenceServer or StorageInitializer.`,
            'containerType',
          );
        }
        const tail = typeof wire.tail === 'number' ? wire.tail : undefined;
        return { status: 200, body: { content: this.runtime.getLogs(runtimeKey(route), container, tail) } };
      }
      default:
        throw new ArmError(404, 'NotFound', 'The requested path is not an ARM resource of the emulator.');
    }
  }

  // --- what the gateway reads ---

  gatewayView(workspace: string, endpoint: string): GatewayView | undefined {
    const ws = Object.values(this.state.workspaces).find(
      (w) => w.name.toLowerCase() === workspace.toLowerCase(),
    );
    const ep =
      ws &&
      Object.values(ws.onlineEndpoints ?? {}).find(
        (e) => e.resource.name.toLowerCase() === endpoint.toLowerCase(),
      );
    if (!ws || !ep) return undefined;
    const epKey = `${ws.name}/${ep.resource.name}`.toLowerCase();
    const tokens = [...this.tokens.entries()]
      .filter(([, t]) => t.endpoint === epKey && t.expires > Date.now())
      .map(([token]) => token);
    const p = ep.resource.properties;
    return {
      keys: [ep.keys.primaryKey, ep.keys.secondaryKey, ...tokens],
      traffic: (p.traffic as Record<string, number>) ?? {},
      mirrorTraffic: (p.mirrorTraffic as Record<string, number>) ?? {},
      deployments: new Map(
        Object.values(ep.deployments).map((d) => [d.name, `${epKey}/${d.name.toLowerCase()}`]),
      ),
      requestTimeoutMs: (name) => {
        const d = ep.deployments[name];
        const settings = d?.properties.requestSettings as { requestTimeout?: string } | undefined;
        return durationMs(settings?.requestTimeout, 5_000);
      },
    };
  }

  /** After a restart: finish what was under way and start every deployment that was serving. */
  resume(): Promise<void> {
    const provisioning: Array<Promise<void>> = [];
    for (const ws of Object.values(this.state.workspaces)) {
      ws.onlineEndpoints ??= {};
      for (const [name, ep] of Object.entries(ws.onlineEndpoints)) {
        const p = ep.resource.properties;
        if (p.provisioningState === 'Deleting') {
          delete ws.onlineEndpoints[name];
          continue;
        }
        if (BUSY.includes(String(p.provisioningState))) p.provisioningState = 'Succeeded';
        for (const [dname, d] of Object.entries(ep.deployments)) {
          const state = String(d.properties.provisioningState);
          if (state === 'Deleting') delete ep.deployments[dname];
          else if (state !== 'Failed') {
            d.properties.provisioningState = 'Updating';
            provisioning.push(this.provision(ws, ep, d, this.startOperation()));
          }
        }
      }
    }
    this.persist();
    return Promise.all(provisioning).then(() => undefined);
  }

  // --- lookups ---

  private endpoints(route: Extract<Route, { workspace: string }>): Record<string, OnlineEndpointState> {
    const ws = this.workspace(route);
    return (ws.onlineEndpoints ??= {});
  }

  private findEndpoint(route: EpRoute): OnlineEndpointState | undefined {
    const all = this.endpoints(route);
    return Object.values(all).find((e) => e.resource.name.toLowerCase() === route.endpoint.toLowerCase());
  }

  private endpoint(route: EpRoute): OnlineEndpointState {
    const found = this.findEndpoint(route);
    if (!found) {
      throw notFound(
        `${PROVIDER}/workspaces/${route.workspace}/onlineEndpoints`,
        route.endpoint,
        route.resourceGroup,
      );
    }
    return found;
  }

  private findDeployment(ep: OnlineEndpointState, name: string): TrackedResource | undefined {
    return Object.values(ep.deployments).find((d) => d.name.toLowerCase() === name.toLowerCase());
  }

  private deployment(route: DepRoute): TrackedResource {
    const ep = this.endpoint(route);
    const found = this.findDeployment(ep, route.deployment);
    if (!found) {
      throw notFound(
        `${PROVIDER}/workspaces/${route.workspace}/onlineEndpoints/${ep.resource.name}/deployments`,
        route.deployment,
        route.resourceGroup,
      );
    }
    return found;
  }

  // --- answers ---

  private endpointBody(workspace: string, ep: OnlineEndpointState): unknown {
    const base = `${this.config.gatewayEndpoint}/${workspace}/${ep.resource.name}`;
    return {
      ...ep.resource,
      properties: {
        ...ep.resource.properties,
        keys: null,
        scoringUri: `${base}/score`,
        swaggerUri: `${base}/swagger.json`,
      },
    };
  }

  private deploymentBody(d: TrackedResource): unknown {
    return d;
  }

  private systemData(by: string, created?: TrackedResource['systemData']): TrackedResource['systemData'] {
    const at = now();
    return {
      createdAt: created?.createdAt ?? at,
      createdBy: created?.createdBy ?? by,
      createdByType: 'User',
      lastModifiedAt: at,
      lastModifiedBy: by,
      lastModifiedByType: 'User',
    };
  }

  // --- long-running operations ---

  private startOperation(): Operation {
    const op: Operation = { id: randomUUID(), status: 'InProgress', startTime: now() };
    this.operations.set(op.id, op);
    return op;
  }

  private finish(op: Operation, error?: { code: string; message: string }): void {
    op.status = error ? 'Failed' : 'Succeeded';
    op.endTime = now();
    if (error) op.error = error;
  }

  /** The headers of a long-running operation's first answer. */
  private lroHeaders(op: Operation, withLocation: boolean): Record<string, string> {
    const url = (result: boolean): string =>
      `${this.config.armEndpoint}${operationPath(this.state.subscriptionId, this.location, op.id, result)}?api-version=2022-10-01`;
    return {
      'Azure-AsyncOperation': url(false),
      ...(withLocation ? { Location: url(true) } : {}),
    };
  }

  private operation(route: Extract<Route, { kind: 'operation' }>): Answer {
    const op = this.operations.get(route.id);
    if (!op) throw new ArmError(404, 'NotFound', `The operation '${route.id}' does not exist.`);
    if (route.result) {
      if (op.status === 'InProgress') return { status: 202, headers: this.lroHeaders(op, true) };
      if (op.status === 'Failed') throw new ArmError(400, op.error!.code, op.error!.message);
      return { status: 200 };
    }
    return {
      status: 200,
      body: {
        id: operationPath(this.state.subscriptionId, this.location, op.id),
        name: op.id,
        status: op.status,
        startTime: op.startTime,
        ...(op.endTime ? { endTime: op.endTime } : {}),
        ...(op.error ? { error: op.error } : {}),
      },
    };
  }

  // --- endpoints ---

  private putEndpoint(route: Extract<Route, { kind: 'endpoint' }>, body: unknown, by: string): Answer {
    const ws = this.workspace(route);
    checkOnlineName(route.endpoint, 'endpoint');
    const wire = checkTracked(Mappers.OnlineEndpoint, body);
    const props = (wire.properties ?? {}) as Record<string, unknown>;
    if (typeof props.authMode !== 'string' || !['Key', 'AMLToken', 'AADToken'].includes(props.authMode)) {
      throw badRequest(
        `authMode '${String(props.authMode)}' is not valid; use Key, AMLToken or AADToken.`,
        'properties.authMode',
      );
    }
    const existing = this.findEndpoint(route);
    if (existing) this.checkNotBusy('endpoint', existing.resource);
    // mirrorTraffic is newer than the 2022-10-01 model (2023-04-01): read from the raw body.
    const rawMirror = ((body as { properties?: { mirrorTraffic?: unknown } }).properties ?? {}).mirrorTraffic;
    const traffic = (props.traffic ?? {}) as Record<string, number>;
    const mirror = checkMirrorShape(rawMirror);
    checkTraffic(traffic, mirror, existing ? Object.values(existing.deployments).map((d) => d.name) : []);

    const name = existing?.resource.name ?? route.endpoint;
    const resource: TrackedResource = {
      id: `${this.wsPath(ws)}/onlineEndpoints/${name}`,
      name,
      type: `${PROVIDER}/workspaces/onlineEndpoints`,
      location: typeof wire.location === 'string' ? wire.location : this.location,
      tags: (wire.tags as Record<string, string>) ?? {},
      ...(wire.kind ? { kind: String(wire.kind) } : {}),
      identity: wire.identity ?? {
        type: 'SystemAssigned',
        principalId: randomUUID(),
        tenantId: randomUUID(),
      },
      properties: {
        authMode: props.authMode,
        description: props.description,
        properties: props.properties ?? {},
        publicNetworkAccess: props.publicNetworkAccess ?? 'Enabled',
        traffic,
        mirrorTraffic: mirror,
        provisioningState: existing ? 'Updating' : 'Creating',
      },
      systemData: this.systemData(by, existing?.resource.systemData),
    };
    const ep: OnlineEndpointState = existing ?? {
      resource,
      keys: { primaryKey: newKey(), secondaryKey: newKey() },
      deployments: {},
    };
    ep.resource = resource;
    (ws.onlineEndpoints ??= {})[name] = ep;
    this.persist();
    const op = this.startOperation();
    setTimeout(() => {
      if (ep.resource !== resource) return;
      resource.properties.provisioningState = 'Succeeded';
      this.persist();
      this.finish(op);
    }, 20);
    return {
      status: existing ? 200 : 201,
      body: this.endpointBody(ws.name, ep),
      headers: this.lroHeaders(op, false),
    };
  }

  private patchEndpoint(route: Extract<Route, { kind: 'endpoint' }>, body: unknown, by: string): Answer {
    const ws = this.workspace(route);
    const ep = this.endpoint(route);
    this.checkNotBusy('endpoint', ep.resource);
    const wire = checkTracked(Mappers.PartialMinimalTrackedResourceWithIdentity, body);
    if (wire.tags) ep.resource.tags = wire.tags as Record<string, string>;
    if (wire.identity)
      ep.resource.identity = { ...(ep.resource.identity as object), ...(wire.identity as object) };
    ep.resource.systemData = this.systemData(by, ep.resource.systemData);
    this.persist();
    const op = this.startOperation();
    this.finish(op);
    return { status: 202, headers: this.lroHeaders(op, true), body: this.endpointBody(ws.name, ep) };
  }

  private deleteEndpoint(route: Extract<Route, { kind: 'endpoint' }>): Answer {
    const ws = this.workspace(route);
    const ep = this.findEndpoint(route);
    if (!ep) return { status: 204 };
    if (ep.resource.properties.provisioningState === 'Deleting') this.checkNotBusy('endpoint', ep.resource);
    ep.resource.properties.provisioningState = 'Deleting';
    for (const d of Object.values(ep.deployments)) d.properties.provisioningState = 'Deleting';
    this.persist();
    const op = this.startOperation();
    const epKey = `${ws.name}/${ep.resource.name}`.toLowerCase();
    void (async () => {
      for (const d of Object.values(ep.deployments)) {
        const key = `${epKey}/${d.name.toLowerCase()}`;
        await this.runtime.stop(key);
        this.runtime.forget(key);
      }
      delete ws.onlineEndpoints![ep.resource.name];
      for (const [token, t] of this.tokens) if (t.endpoint === epKey) this.tokens.delete(token);
      this.persist();
      this.finish(op);
    })();
    return { status: 202, headers: this.lroHeaders(op, true) };
  }

  private endpointAction(route: Extract<Route, { kind: 'endpoint-action' }>, body: unknown): Answer {
    const ws = this.workspace(route);
    const ep = this.endpoint(route);
    if (route.action === 'listKeys') return { status: 200, body: { ...ep.keys } };
    if (route.action === 'token') {
      const token = `emu-aml.${randomBytes(24).toString('base64url')}`;
      const expires = Date.now() + 3_600_000;
      this.tokens.set(token, { endpoint: `${ws.name}/${ep.resource.name}`.toLowerCase(), expires });
      return {
        status: 200,
        body: {
          accessToken: token,
          tokenType: 'Bearer',
          expiryTimeUtc: Math.floor(expires / 1000),
          refreshAfterTimeUtc: Math.floor((expires - 1_800_000) / 1000),
        },
      };
    }
    const wire = checkTracked(Mappers.RegenerateEndpointKeysRequest, body ?? {});
    if (wire.keyType !== 'Primary' && wire.keyType !== 'Secondary') {
      throw badRequest(
        `keyType '${String(wire.keyType)}' is not valid; use Primary or Secondary.`,
        'keyType',
      );
    }
    const value = typeof wire.keyValue === 'string' && wire.keyValue !== '' ? wire.keyValue : newKey();
    if (wire.keyType === 'Primary') ep.keys.primaryKey = value;
    else ep.keys.secondaryKey = value;
    this.persist();
    const op = this.startOperation();
    this.finish(op);
    return { status: 202, headers: this.lroHeaders(op, true) };
  }

  // --- deployments ---

  private putDeployment(route: Extract<Route, { kind: 'deployment' }>, body: unknown, by: string): Answer {
    const ws = this.workspace(route);
    const ep = this.endpoint(route);
    if (ep.resource.properties.provisioningState === 'Deleting') this.checkNotBusy('endpoint', ep.resource);
    checkOnlineName(route.deployment, 'deployment');
    const wire = checkTracked(Mappers.OnlineDeployment, body);
    const props = (wire.properties ?? {}) as Record<string, unknown>;
    if (props.endpointComputeType !== 'Managed') {
      throw badRequest(
        `endpointComputeType '${String(props.endpointComputeType)}' is not served by the local emulator: use Managed (a Kubernetes deployment needs an attached compute).`,
        'properties.endpointComputeType',
      );
    }
    this.resolveAsset(ws, props.model, 'models', 'properties.model', true);
    const code = props.codeConfiguration as { codeId?: string; scoringScript?: string } | undefined;
    if (code?.codeId)
      this.resolveAsset(ws, code.codeId, 'codes', 'properties.codeConfiguration.codeId', true);
    if (typeof props.environmentId === 'string' && props.environmentId.startsWith('/')) {
      this.resolveAsset(ws, props.environmentId, 'environments', 'properties.environmentId', true);
    }
    const existing = this.findDeployment(ep, route.deployment);
    if (existing) this.checkNotBusy('deployment', existing);
    const name = existing?.name ?? route.deployment;
    const sku = (wire.sku as TrackedResource['sku']) ?? { name: 'Default', capacity: 1 };
    const resource: TrackedResource = {
      id: `${ep.resource.id}/deployments/${name}`,
      name,
      type: `${PROVIDER}/workspaces/onlineEndpoints/deployments`,
      location: typeof wire.location === 'string' ? wire.location : this.location,
      tags: (wire.tags as Record<string, string>) ?? {},
      ...(wire.kind ? { kind: String(wire.kind) } : {}),
      sku: { ...sku, capacity: sku.capacity ?? 1 },
      properties: {
        ...props,
        instanceType: props.instanceType ?? 'Standard_DS3_v2',
        environmentVariables: props.environmentVariables ?? {},
        properties: props.properties ?? {},
        provisioningState: existing ? 'Updating' : 'Creating',
      },
      systemData: this.systemData(by, existing?.systemData),
    };
    ep.deployments[name] = resource;
    this.persist();
    const op = this.startOperation();
    void this.provision(ws, ep, resource, op);
    return { status: existing ? 200 : 201, body: resource, headers: this.lroHeaders(op, false) };
  }

  private patchDeployment(route: Extract<Route, { kind: 'deployment' }>, body: unknown, by: string): Answer {
    this.workspace(route);
    const d = this.deployment(route);
    this.checkNotBusy('deployment', d);
    const wire = checkTracked(Mappers.PartialMinimalTrackedResourceWithSku, body);
    if (wire.tags) d.tags = wire.tags as Record<string, string>;
    const op = this.startOperation();
    const sku = wire.sku as TrackedResource['sku'] | undefined;
    d.systemData = this.systemData(by, d.systemData);
    if (sku) {
      // One process serves however many instances; scaling only passes through its state.
      d.sku = { ...d.sku!, ...sku };
      const before = String(d.properties.provisioningState);
      d.properties.provisioningState = 'Scaling';
      setTimeout(() => {
        d.properties.provisioningState = before === 'Failed' ? 'Failed' : 'Succeeded';
        this.persist();
        this.finish(op);
      }, 20);
    } else {
      this.finish(op);
    }
    this.persist();
    return { status: 202, body: d, headers: this.lroHeaders(op, true) };
  }

  private deleteDeployment(route: Extract<Route, { kind: 'deployment' }>): Answer {
    const ws = this.workspace(route);
    const ep = this.endpoint(route);
    const d = this.findDeployment(ep, route.deployment);
    if (!d) return { status: 204 };
    if (d.properties.provisioningState === 'Deleting') this.checkNotBusy('deployment', d);
    const traffic = (ep.resource.properties.traffic ?? {}) as Record<string, number>;
    const mirror = (ep.resource.properties.mirrorTraffic ?? {}) as Record<string, number>;
    const live = Object.entries({ ...traffic }).find(
      ([n, v]) => n.toLowerCase() === d.name.toLowerCase() && v > 0,
    );
    const mirrored = Object.entries(mirror).find(
      ([n, v]) => n.toLowerCase() === d.name.toLowerCase() && v > 0,
    );
    if (live || mirrored) {
      throw badRequest(
        `Deployment '${d.name}' has ${live ? 'traffic' : 'mirror traffic'} of ${(live ?? mirrored)![1]}% on endpoint ` +
          `'${ep.resource.name}'. Set it to 0 on the endpoint before deleting the deployment.`,
        live ? 'properties.traffic' : 'properties.mirrorTraffic',
      );
    }
    d.properties.provisioningState = 'Deleting';
    this.persist();
    const op = this.startOperation();
    const key = `${ws.name}/${ep.resource.name}/${d.name}`.toLowerCase();
    void (async () => {
      await this.runtime.stop(key);
      this.runtime.forget(key);
      if (ep.deployments[d.name] === d) delete ep.deployments[d.name];
      // Zero entries for the deployment go with it.
      for (const map of [traffic, mirror])
        for (const n of Object.keys(map)) if (n.toLowerCase() === d.name.toLowerCase()) delete map[n];
      this.persist();
      this.finish(op);
    })();
    return { status: 202, headers: this.lroHeaders(op, true) };
  }

  /** Downloads and starts the deployment; its state ends Succeeded or Failed (unless it was replaced or deleted). */
  private async provision(
    ws: WorkspaceState,
    ep: OnlineEndpointState,
    d: TrackedResource,
    op: Operation,
  ): Promise<void> {
    const current = (): boolean =>
      ep.deployments[d.name] === d && d.properties.provisioningState !== 'Deleting';
    try {
      const spec = this.spec(ws, ep, d);
      await this.runtime.provision(spec);
      if (!current()) return this.finish(op);
      d.properties.provisioningState = 'Succeeded';
      this.persist();
      this.finish(op);
    } catch (error) {
      // A shutdown interrupting provisioning is not the deployment's failure: its saved state stays as it was,
      // so the next start provisions it again.
      if (current() && !this.runtime.stopping) {
        d.properties.provisioningState = 'Failed';
        this.persist();
      }
      const e =
        error instanceof ProvisioningError || error instanceof ArmError
          ? { code: error.code, message: error.message }
          : { code: 'InternalServerError', message: (error as Error)?.message ?? String(error) };
      this.finish(op, e);
    }
  }

  private spec(ws: WorkspaceState, ep: OnlineEndpointState, d: TrackedResource): DeploymentSpec {
    const p = d.properties;
    const model = this.resolveAsset(ws, p.model, 'models', 'properties.model', false)!;
    const modelFiles = this.datastorePath(ws, String(model.resource.properties.modelUri));
    const codeConfig = p.codeConfiguration as { codeId?: string; scoringScript?: string } | undefined;
    let code: DeploymentSpec['code'];
    if (codeConfig?.codeId) {
      const c = this.resolveAsset(
        ws,
        codeConfig.codeId,
        'codes',
        'properties.codeConfiguration.codeId',
        false,
      )!;
      code = this.datastorePath(ws, String(c.resource.properties.codeUri));
    }
    const probe = (p.readinessProbe ?? {}) as Record<string, unknown>;
    // Azure's defaults: initialDelay 10 s, period 10 s, failureThreshold 30 (reference-yaml-deployment-managed-online).
    const readiness =
      durationMs(probe.initialDelay, 10_000) +
      durationMs(probe.period, 10_000) *
        (typeof probe.failureThreshold === 'number' ? probe.failureThreshold : 30);
    return {
      key: `${ws.name}/${ep.resource.name}/${d.name}`.toLowerCase(),
      model: { ...modelFiles, name: model.name, version: model.version },
      code,
      scoringScript: codeConfig?.scoringScript,
      environmentVariables: (p.environmentVariables as Record<string, string>) ?? {},
      readinessTimeoutMs: Math.min(Math.max(readiness, 5_000), 600_000),
    };
  }

  private datastorePath(ws: WorkspaceState, uri: string): { container: string; path: string; uri: string } {
    const parsed = parseDatastoreUri(uri);
    const store = parsed && datastoreContainer(ws, parsed.datastore);
    if (!parsed || !store) {
      throw new ProvisioningError(
        'StorageInitializerFailed',
        `The asset URI '${uri}' is not in a datastore of workspace '${ws.name}'.`,
      );
    }
    return { container: store, path: parsed.path, uri };
  }

  /** An asset version named by its ARM id, in this workspace; a 400 naming `target` when it is not there. */
  private resolveAsset(
    ws: WorkspaceState,
    id: unknown,
    asset: 'models' | 'codes' | 'environments',
    target: string,
    required: boolean,
  ):
    | { name: string; version: string; resource: TrackedResource | { properties: Record<string, unknown> } }
    | undefined {
    if (typeof id !== 'string' || id === '') {
      if (!required) return undefined;
      throw badRequest(
        `The deployment needs '${target}': the ARM id of a ${asset.slice(0, -1)} version.`,
        target,
      );
    }
    const route = parseRoute(id);
    if (route.kind !== 'version' || route.asset !== asset) {
      throw badRequest(
        `'${id}' is not the ARM id of a ${asset.slice(0, -1)} version ` +
          `(/subscriptions/<sub>/resourceGroups/<rg>/providers/${PROVIDER}/workspaces/<ws>/${asset}/<name>/versions/<version>).`,
        target,
      );
    }
    if (route.workspace.toLowerCase() !== ws.name.toLowerCase()) {
      throw badRequest(
        `'${id}' is in workspace '${route.workspace}'; the deployment is in '${ws.name}'.`,
        target,
      );
    }
    const version = ws.assets[asset][route.name]?.versions[route.version];
    if (!version) {
      throw badRequest(
        `The ${asset.slice(0, -1)} version '${route.name}:${route.version}' (${id}) does not exist.`,
        target,
      );
    }
    return { name: route.name, version: route.version, resource: version as TrackedResource };
  }

  private checkNotBusy(what: 'endpoint' | 'deployment', resource: TrackedResource): void {
    const state = String(resource.properties.provisioningState);
    if (BUSY.includes(state)) {
      throw new ArmError(
        409,
        'Conflict',
        `The ${what} '${resource.name}' is ${state}: it cannot be changed until that operation finishes.`,
      );
    }
  }

  private wsPath(ws: WorkspaceState): string {
    return `/subscriptions/${this.state.subscriptionId}/resourceGroups/${this.state.resourceGroup}/providers/${PROVIDER}/workspaces/${ws.name}`;
  }
}

function datastoreContainer(ws: WorkspaceState, datastore: string): string | undefined {
  if (datastore === 'workspaceblobstore') return `azureml-blobstore-${ws.name}`;
  if (datastore === 'workspaceartifactstore') return 'azureml';
  return undefined;
}

export function runtimeKey(route: DepRoute): string {
  return `${route.workspace}/${route.endpoint}/${route.deployment}`.toLowerCase();
}

function only(method: string, allowed: string[]): void {
  if (!allowed.includes(method)) {
    throw new ArmError(
      405,
      'MethodNotAllowed',
      `The requested resource does not support http method '${method}'.`,
    );
  }
}

export function checkOnlineName(name: string, what: 'endpoint' | 'deployment'): void {
  if (!ONLINE_NAME.test(name)) {
    throw badRequest(
      `The ${what} name '${name}' is invalid: it must be 3 to 32 characters, start with a letter, contain only letters, digits and '-', and not end with '-'.`,
      'name',
    );
  }
}

function checkMirrorShape(raw: unknown): Record<string, number> {
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw badRequest(
      'mirrorTraffic must be an object of deployment name -> percent.',
      'properties.mirrorTraffic',
    );
  }
  return raw as Record<string, number>;
}

/**
 * The traffic rules of the service: integer percents 0..100 summing to 0 or 100, naming existing deployments;
 * mirror traffic to at most one deployment, at most 50%, never one that takes live traffic.
 */
export function checkTraffic(
  traffic: Record<string, number>,
  mirror: Record<string, number>,
  deployments: string[],
): void {
  const known = new Set(deployments.map((d) => d.toLowerCase()));
  for (const [map, target] of [
    [traffic, 'properties.traffic'],
    [mirror, 'properties.mirrorTraffic'],
  ] as const) {
    for (const [name, share] of Object.entries(map)) {
      if (typeof share !== 'number' || !Number.isInteger(share) || share < 0 || share > 100) {
        throw badRequest(
          `The share of '${name}' must be a whole percent from 0 to 100; got ${JSON.stringify(share)}.`,
          target,
        );
      }
      if (!known.has(name.toLowerCase())) {
        throw badRequest(
          `'${name}' in ${target.split('.')[1]} is not a deployment of this endpoint` +
            (deployments.length
              ? ` (deployments: ${deployments.join(', ')}).`
              : ' (it has no deployments yet).'),
          target,
        );
      }
    }
  }
  const sum = Object.values(traffic).reduce((a, b) => a + b, 0);
  if (sum !== 0 && sum !== 100) {
    throw badRequest(`The traffic shares sum to ${sum}; they must sum to 100 (or 0).`, 'properties.traffic');
  }
  const mirrored = Object.entries(mirror).filter(([, v]) => v > 0);
  if (mirrored.length > 1) {
    throw badRequest('Mirror traffic can go to one deployment only.', 'properties.mirrorTraffic');
  }
  const [m] = mirrored;
  if (m && m[1] > 50) {
    throw badRequest(
      `Mirror traffic to '${m[0]}' is ${m[1]}%; at most 50% can be mirrored.`,
      'properties.mirrorTraffic',
    );
  }
  if (m && Object.entries(traffic).some(([n, v]) => n.toLowerCase() === m[0].toLowerCase() && v > 0)) {
    throw badRequest(
      `Deployment '${m[0]}' takes live traffic; mirror traffic can only go to a deployment with 0% live traffic.`,
      'properties.mirrorTraffic',
    );
  }
}
