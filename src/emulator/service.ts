import { ArmError, badRequest, notFound } from './arm-error.js';
import { parseDatastoreUri } from './datastore-uri.js';
import {
  compareVersions,
  matchesFilter,
  matchesViewType,
  orderBy,
  paginate,
  parseKeyValueFilter,
  positiveInt,
} from './listing.js';
import type { DeploymentRuntime } from './deployment-runtime.js';
import { OnlineService } from './online-service.js';
import { roleAllows, roleOn, type Principal } from './principals.js';
import { PROVIDER, workspaceId, type Route } from './routes.js';
import type { AssetContainer, AssetKind, EmulatorState, Resource, WorkspaceState } from './state.js';
import type { Storage } from './storage.js';
import { checkAssetName, checkAssetVersion, checkBody } from './validation.js';

export const TENANT_ID = '00000000-0000-4000-9000-000000000000';
export const LOCATION = 'local';
export const DEFAULT_DATASTORE = 'workspaceblobstore';

/** What a handler answers. */
export interface ArmResponse {
  status: number;
  body?: unknown;
  /** Extra headers (a long-running operation's Azure-AsyncOperation and Location). */
  headers?: Record<string, string>;
}

export interface ServiceConfig {
  armEndpoint: string;
  /** host:port of Azurite, the datastores' `endpoint`. */
  blobHost: string;
  /** Items per page of every list. */
  pageSize: number;
  /** http://127.0.0.1:<port> of the scoring gateway. */
  gatewayEndpoint: string;
}

/** The request as the service sees it, after authentication. */
export interface ArmRequest {
  method: string;
  url: URL;
  route: Route;
  body: unknown;
  principal: Principal;
}

type InWorkspaceRoute = Extract<Route, { workspace: string }>;

/** The datastores of every workspace: the default blob store, and the artifact store the service also creates. */
export function datastoreContainers(
  workspace: WorkspaceState,
): Record<string, { container: string; isDefault: boolean }> {
  return {
    [DEFAULT_DATASTORE]: { container: `azureml-blobstore-${workspace.name}`, isDefault: true },
    workspaceartifactstore: { container: 'azureml', isDefault: false },
  };
}

const TYPE_NAMES: Record<AssetKind, string> = { models: 'Model', codes: 'Code', environments: 'Environment' };

/** Model types as the service accepts them (the CLI's snake_case and the REST examples' PascalCase). */
const MODEL_TYPES: Record<string, string> = {
  custom_model: 'custom_model',
  custommodel: 'custom_model',
  mlflow_model: 'mlflow_model',
  mlflowmodel: 'mlflow_model',
  triton_model: 'triton_model',
  tritonmodel: 'triton_model',
};

/** The fields of a version that cannot change once it exists (the files it points at and what they are). */
const IMMUTABLE: Record<AssetKind, string[]> = {
  models: ['modelUri', 'modelType'],
  codes: ['codeUri'],
  environments: ['image', 'build', 'condaFile', 'osType', 'inferenceConfig'],
};

/** The control plane: ARM resources of Microsoft.MachineLearningServices over the emulator's state. */
export class ArmService {
  /** Online endpoints and deployments. */
  readonly online: OnlineService;

  constructor(
    private readonly state: EmulatorState,
    private readonly config: ServiceConfig,
    private readonly storage: Storage,
    /** Saves the state after a change. */
    private readonly persist: () => void,
    runtime: DeploymentRuntime,
  ) {
    this.online = new OnlineService(
      state,
      config,
      runtime,
      persist,
      (route) => this.workspace(route),
      LOCATION,
    );
  }

  async handle(req: ArmRequest): Promise<ArmResponse> {
    const { route } = req;
    const method = req.method.toUpperCase();
    switch (route.kind) {
      case 'workspaces':
        return this.only(method, ['GET'], () => this.listWorkspaces(req, route));
      case 'workspace':
        return this.only(method, ['GET'], () => ({
          status: 200,
          body: this.workspaceResource(this.workspace(route)),
        }));
      case 'datastores':
        return this.only(method, ['GET'], () => this.listDatastores(req, route));
      case 'datastore':
        return this.only(method, ['GET'], () => ({ status: 200, body: this.datastore(route, route.name) }));
      case 'datastore-secrets':
        return this.only(method, ['POST'], () => {
          this.datastore(route, route.name);
          return { status: 200, body: { secretsType: 'AccountKey', key: this.state.storage.key } };
        });
      case 'containers':
        return this.only(method, ['GET'], () => this.listContainers(req, route));
      case 'container':
        if (method === 'GET') return { status: 200, body: this.containerResource(this.container(route)) };
        if (method === 'PUT') return this.putContainer(req, route);
        return this.only(method, ['DELETE'], () => this.deleteContainer(route));
      case 'versions':
        return this.only(method, ['GET'], () => this.listVersions(req, route));
      case 'version':
        if (method === 'GET') return { status: 200, body: this.version(route) };
        if (method === 'PUT') return this.putVersion(req, route);
        return this.only(method, ['DELETE'], () => this.deleteVersion(route));
      case 'operation':
        this.checkScope(route.subscriptionId);
        return this.online.handle(method, route, req.url, req.body, req.principal.name);
      case 'endpoints':
      case 'endpoint':
      case 'endpoint-action':
      case 'deployments':
      case 'deployment':
      case 'deployment-logs':
        return this.online.handle(method, route, req.url, req.body, req.principal.name);
      case 'unsupported':
        throw new ArmError(
          501,
          'NotImplemented',
          `The local Azure ML emulator does not serve the resource type '${PROVIDER}/${route.resourceType}'.`,
        );
      default:
        throw new ArmError(404, 'NotFound', 'The requested path is not an ARM resource of the emulator.');
    }
  }

  private async only(
    method: string,
    allowed: string[],
    fn: () => ArmResponse | Promise<ArmResponse>,
  ): Promise<ArmResponse> {
    if (!allowed.includes(method)) {
      throw new ArmError(
        405,
        'MethodNotAllowed',
        `The requested resource does not support http method '${method}'.`,
      );
    }
    return fn();
  }

  // --- lookups (ARM's 404s: subscription, resource group, then the resource) ---

  private checkScope(subscriptionId: string, resourceGroup?: string): void {
    if (subscriptionId.toLowerCase() !== this.state.subscriptionId) {
      throw new ArmError(
        404,
        'SubscriptionNotFound',
        `The subscription '${subscriptionId}' could not be found.`,
      );
    }
    if (
      resourceGroup !== undefined &&
      resourceGroup.toLowerCase() !== this.state.resourceGroup.toLowerCase()
    ) {
      throw new ArmError(
        404,
        'ResourceGroupNotFound',
        `Resource group '${resourceGroup}' could not be found.`,
      );
    }
  }

  private workspace(route: InWorkspaceRoute): WorkspaceState {
    this.checkScope(route.subscriptionId, route.resourceGroup);
    const found = Object.values(this.state.workspaces).find(
      (w) => w.name.toLowerCase() === route.workspace.toLowerCase(),
    );
    if (!found) throw notFound(`${PROVIDER}/workspaces`, route.workspace, route.resourceGroup);
    return found;
  }

  private wsId(ws: WorkspaceState): string {
    return workspaceId(this.state.subscriptionId, this.state.resourceGroup, ws.name);
  }

  private container(route: Extract<Route, { asset: AssetKind; name: string }>): AssetContainer {
    const ws = this.workspace(route);
    const found = ws.assets[route.asset][route.name];
    if (!found)
      throw notFound(`${PROVIDER}/workspaces/${ws.name}/${route.asset}`, route.name, route.resourceGroup);
    return found;
  }

  private version(route: Extract<Route, { kind: 'version' }>): Resource {
    const container = this.container(route);
    const found = container.versions[route.version];
    if (!found) {
      throw notFound(
        `${PROVIDER}/workspaces/${route.workspace}/${route.asset}/${route.name}/versions`,
        route.version,
        route.resourceGroup,
      );
    }
    return found;
  }

  private systemData(by: string, created?: Resource['systemData']): Resource['systemData'] {
    const now = new Date().toISOString();
    return {
      createdAt: created?.createdAt ?? now,
      createdBy: created?.createdBy ?? by,
      createdByType: 'User',
      lastModifiedAt: now,
      lastModifiedBy: by,
      lastModifiedByType: 'User',
    };
  }

  /** systemData of what exists since the workspace was made (the workspace, its datastores). */
  private createdWith(ws: WorkspaceState): Resource['systemData'] {
    const at = ws.createdAt;
    return {
      createdAt: at,
      createdBy: 'admin',
      createdByType: 'User',
      lastModifiedAt: at,
      lastModifiedBy: 'admin',
      lastModifiedByType: 'User',
    };
  }

  // --- workspaces ---

  private listWorkspaces(req: ArmRequest, route: Extract<Route, { kind: 'workspaces' }>): ArmResponse {
    this.checkScope(route.subscriptionId, route.resourceGroup);
    // ARM lists what the caller may read.
    const visible = Object.values(this.state.workspaces)
      .filter((w) => roleAllows(roleOn(req.principal, w.name), `${PROVIDER}/workspaces/read`))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((w) => this.workspaceResource(w));
    return { status: 200, body: paginate(visible, req.url, this.config.pageSize) };
  }

  private workspaceResource(ws: WorkspaceState): unknown {
    const id = this.wsId(ws);
    return {
      id,
      name: ws.name,
      type: `${PROVIDER}/workspaces`,
      location: LOCATION,
      tags: {},
      sku: { name: 'Basic', tier: 'Basic' },
      identity: { type: 'SystemAssigned', principalId: ws.workspaceId, tenantId: TENANT_ID },
      systemData: this.createdWith(ws),
      properties: {
        workspaceId: ws.workspaceId,
        friendlyName: ws.name,
        description: `Local Azure ML emulator workspace '${ws.name}'`,
        provisioningState: 'Succeeded',
        tenantId: TENANT_ID,
        storageAccount: `/subscriptions/${this.state.subscriptionId}/resourceGroups/${this.state.resourceGroup}/providers/Microsoft.Storage/storageAccounts/${this.state.storage.account}`,
        discoveryUrl: `${this.config.armEndpoint}/discovery`,
        mlFlowTrackingUri: `azureml://${LOCATION}.api.azureml.ms/mlflow/v1.0${id}`,
        hbiWorkspace: false,
        publicNetworkAccess: 'Enabled',
        storageHnsEnabled: false,
        v1LegacyMode: false,
      },
    };
  }

  // --- datastores ---

  private datastoreResource(ws: WorkspaceState, name: string): unknown {
    const def = datastoreContainers(ws)[name]!;
    return {
      id: `${this.wsId(ws)}/datastores/${name}`,
      name,
      type: `${PROVIDER}/workspaces/datastores`,
      systemData: this.createdWith(ws),
      properties: {
        datastoreType: 'AzureBlob',
        accountName: this.state.storage.account,
        containerName: def.container,
        endpoint: this.config.blobHost,
        protocol: 'http',
        credentials: { credentialsType: 'AccountKey' },
        isDefault: def.isDefault,
        serviceDataAccessAuthIdentity: 'None',
        description: '',
        tags: {},
        properties: {},
      },
    };
  }

  private datastore(route: InWorkspaceRoute, name: string): unknown {
    const ws = this.workspace(route);
    if (!datastoreContainers(ws)[name]) {
      throw notFound(`${PROVIDER}/workspaces/${ws.name}/datastores`, name, route.resourceGroup);
    }
    return this.datastoreResource(ws, name);
  }

  private listDatastores(req: ArmRequest, route: InWorkspaceRoute): ArmResponse {
    const ws = this.workspace(route);
    const isDefault = req.url.searchParams.get('isDefault');
    const names = req.url.searchParams
      .getAll('names')
      .flatMap((n) => n.split(','))
      .filter((n) => n !== '');
    const search = req.url.searchParams.get('searchText')?.toLowerCase();
    const items = Object.entries(datastoreContainers(ws))
      .filter(([, d]) => isDefault === null || String(d.isDefault) === isDefault.toLowerCase())
      .filter(([name]) => names.length === 0 || names.includes(name))
      .filter(([name]) => !search || name.toLowerCase().includes(search))
      .map(([name]) => this.datastoreResource(ws, name));
    return {
      status: 200,
      body: paginate(items, req.url, positiveInt(req.url, 'count') ?? this.config.pageSize),
    };
  }

  // --- asset containers ---

  private containerResource(container: AssetContainer): unknown {
    const versions = Object.values(container.versions);
    const latest = [...versions]
      .sort((a, b) =>
        a.systemData.createdAt === b.systemData.createdAt
          ? compareVersions(a.name, b.name)
          : a.systemData.createdAt < b.systemData.createdAt
            ? -1
            : 1,
      )
      .at(-1);
    const highest = versions
      .map((v) => v.name)
      .filter((v) => /^\d+$/.test(v))
      .reduce((max, v) => (BigInt(v) > max ? BigInt(v) : max), 0n);
    return {
      ...container.resource,
      properties: {
        ...container.resource.properties,
        latestVersion: latest?.name ?? null,
        nextVersion: (highest + 1n).toString(),
      },
    };
  }

  private listContainers(req: ArmRequest, route: Extract<Route, { kind: 'containers' }>): ArmResponse {
    const ws = this.workspace(route);
    const view = req.url.searchParams.get('listViewType');
    const items = Object.values(ws.assets[route.asset])
      .filter((c) => matchesViewType(c.resource.properties.isArchived, view))
      .sort((a, b) => a.resource.name.localeCompare(b.resource.name))
      .map((c) => this.containerResource(c));
    return {
      status: 200,
      body: paginate(items, req.url, positiveInt(req.url, 'count') ?? this.config.pageSize),
    };
  }

  private putContainer(req: ArmRequest, route: Extract<Route, { kind: 'container' }>): ArmResponse {
    const ws = this.workspace(route);
    checkAssetName(route.name);
    const wire = checkBody(route.asset, 'container', req.body);
    const existing = ws.assets[route.asset][route.name];
    const resource: Resource = {
      id: `${this.wsId(ws)}/${route.asset}/${route.name}`,
      name: route.name,
      type: `${PROVIDER}/workspaces/${route.asset}`,
      properties: {
        description: wire.description,
        tags: wire.tags ?? {},
        properties: wire.properties ?? {},
        isArchived: wire.isArchived ?? false,
      },
      systemData: this.systemData(req.principal.name, existing?.resource.systemData),
    };
    const container: AssetContainer = { resource, versions: existing?.versions ?? {} };
    ws.assets[route.asset][route.name] = container;
    this.persist();
    return { status: existing ? 200 : 201, body: this.containerResource(container) };
  }

  private deleteContainer(route: Extract<Route, { kind: 'container' }>): ArmResponse {
    const ws = this.workspace(route);
    if (!ws.assets[route.asset][route.name]) return { status: 204 };
    delete ws.assets[route.asset][route.name];
    this.persist();
    return { status: 200 };
  }

  // --- asset versions ---

  private listVersions(req: ArmRequest, route: Extract<Route, { kind: 'versions' }>): ArmResponse {
    const container = this.container(route);
    const q = req.url.searchParams;
    const tags = parseKeyValueFilter(q.get('tags') ?? q.get('$tags'), 'tags');
    const properties = parseKeyValueFilter(q.get('properties'), 'properties');
    const version = q.get('version');
    const description = q.get('description');
    const view = q.get('listViewType');
    const top = positiveInt(req.url, '$top');
    const filtered = Object.values(container.versions).filter((v) => {
      const p = v.properties;
      return (
        matchesViewType(p.isArchived, view) &&
        matchesFilter(p.tags as Record<string, unknown>, tags) &&
        matchesFilter(p.properties as Record<string, unknown>, properties) &&
        (version === null || v.name === version) &&
        (description === null || p.description === description)
      );
    });
    const sorted = orderBy(
      filtered.map((v) => ({ name: v.name, createdAt: v.systemData.createdAt, v })),
      q.get('$orderBy'),
    ).map((s) => s.v);
    return { status: 200, body: paginate(sorted, req.url, this.config.pageSize, top) };
  }

  private async putVersion(
    req: ArmRequest,
    route: Extract<Route, { kind: 'version' }>,
  ): Promise<ArmResponse> {
    let ws = this.workspace(route);
    checkAssetName(route.name);
    checkAssetVersion(route.version);
    const wire = checkBody(route.asset, 'version', req.body);
    const props: Record<string, unknown> = {
      ...wire,
      description: wire.description,
      tags: wire.tags ?? {},
      properties: wire.properties ?? {},
      isAnonymous: wire.isAnonymous ?? false,
      isArchived: wire.isArchived ?? false,
    };
    if (route.asset === 'models') {
      if (typeof props.modelUri !== 'string' || props.modelUri === '') {
        throw badRequest("A model version needs 'modelUri': where its files are.", 'properties.modelUri');
      }
      const type = MODEL_TYPES[String(props.modelType ?? 'custom_model').toLowerCase()];
      if (!type) {
        throw badRequest(
          `The modelType '${String(props.modelType)}' is not valid; use custom_model, mlflow_model or triton_model.`,
          'properties.modelType',
        );
      }
      props.modelType = props.modelType ?? type;
    } else if (route.asset === 'codes') {
      if (typeof props.codeUri !== 'string' || props.codeUri === '') {
        throw badRequest("A code version needs 'codeUri': where its files are.", 'properties.codeUri');
      }
    } else {
      if (!props.image && !props.build) {
        throw badRequest("An environment version needs 'image' or 'build'.", 'properties.image');
      }
      props.osType = props.osType ?? 'Linux';
      props.environmentType = 'UserCreated';
    }
    // Immutability is checked before the (slow) blob lookup and again after it, against the version then current.
    this.checkImmutable(route, ws.assets[route.asset][route.name]?.versions[route.version], props);
    const uriField = route.asset === 'models' ? 'modelUri' : route.asset === 'codes' ? 'codeUri' : undefined;
    if (uriField) await this.checkFilesExist(ws, uriField, String(props[uriField]));

    ws = this.workspace(route);
    let container = ws.assets[route.asset][route.name];
    const existing = container?.versions[route.version];
    this.checkImmutable(route, existing, props);
    if (!container) {
      // Azure ML creates the container with the first version.
      container = {
        resource: {
          id: `${this.wsId(ws)}/${route.asset}/${route.name}`,
          name: route.name,
          type: `${PROVIDER}/workspaces/${route.asset}`,
          properties: { description: undefined, tags: {}, properties: {}, isArchived: false },
          systemData: this.systemData(req.principal.name),
        },
        versions: {},
      };
      ws.assets[route.asset][route.name] = container;
    }
    const resource: Resource = {
      id: `${this.wsId(ws)}/${route.asset}/${route.name}/versions/${route.version}`,
      name: route.version,
      type: `${PROVIDER}/workspaces/${route.asset}/versions`,
      properties: props,
      systemData: this.systemData(req.principal.name, existing?.systemData),
    };
    container.versions[route.version] = resource;
    this.persist();
    return { status: existing ? 200 : 201, body: resource };
  }

  /**
   * A version's files and type are fixed once created. The real service answers such a PUT with
   * 409 `UserError` "Conflict" and the detail `ModelVersionInUse` ("Model <name>:<version> already exists.
   * Please use a different name or version."), as its error output reads.
   */
  private checkImmutable(
    route: Extract<Route, { kind: 'version' }>,
    existing: Resource | undefined,
    next: Record<string, unknown>,
  ): void {
    if (!existing) return;
    const same = (a: unknown, b: unknown): boolean =>
      route.asset === 'models' &&
      typeof a === 'string' &&
      typeof b === 'string' &&
      MODEL_TYPES[a.toLowerCase()]
        ? MODEL_TYPES[a.toLowerCase()] === MODEL_TYPES[b.toLowerCase()]
        : JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
    const changed = IMMUTABLE[route.asset].filter((f) => !same(existing.properties[f], next[f]));
    if (changed.length === 0) return;
    const what = TYPE_NAMES[route.asset];
    throw new ArmError(409, 'UserError', 'Conflict', undefined, {}, [
      {
        code: `${what}VersionInUse`,
        message:
          `${what} ${route.name}:${route.version} already exists. Please use a different name or version. ` +
          `(${changed.join(', ')} of an existing version cannot change; description, tags, properties and isArchived can.)`,
        target: `properties.${changed[0]}`,
      },
    ]);
  }

  /** An asset URI in a datastore of this workspace must name existing blobs, as the service checks on create. */
  private async checkFilesExist(ws: WorkspaceState, field: string, uri: string): Promise<void> {
    const target = `properties.${field}`;
    const parsed = parseDatastoreUri(uri);
    if (!parsed) {
      if (field === 'codeUri' && /^https?:\/\//i.test(uri)) return;
      throw badRequest(
        `The ${field} '${uri}' is not a datastore URI. Use ` +
          `azureml://subscriptions/<sub>/resourcegroups/<rg>/workspaces/<ws>/datastores/<datastore>/paths/<path>.`,
        target,
      );
    }
    if (
      parsed.workspace !== undefined &&
      (parsed.subscriptionId!.toLowerCase() !== this.state.subscriptionId ||
        parsed.resourceGroup!.toLowerCase() !== this.state.resourceGroup.toLowerCase() ||
        parsed.workspace.toLowerCase() !== ws.name.toLowerCase())
    ) {
      throw badRequest(
        `The ${field} '${uri}' points at workspace '${parsed.workspace}' in resource group '${parsed.resourceGroup}'; ` +
          `it must be a datastore of workspace '${ws.name}' in '${this.state.resourceGroup}'.`,
        target,
      );
    }
    const store = datastoreContainers(ws)[parsed.datastore];
    if (!store) {
      throw badRequest(
        `The ${field} '${uri}' names datastore '${parsed.datastore}', which does not exist.`,
        target,
      );
    }
    if (!(await this.storage.exists(store.container, parsed.path))) {
      throw badRequest(
        `The ${field} '${uri}' points at no files: datastore '${parsed.datastore}' has no blob at or under '${parsed.path}'. Upload the files first.`,
        target,
      );
    }
  }

  private deleteVersion(route: Extract<Route, { kind: 'version' }>): ArmResponse {
    const ws = this.workspace(route);
    const container = ws.assets[route.asset][route.name];
    if (!container?.versions[route.version]) return { status: 204 };
    delete container.versions[route.version];
    this.persist();
    return { status: 200 };
  }
}
