import { randomUUID } from 'node:crypto';
import { ArmError, badRequest, notFound } from './arm-error.js';
import { roleAllows, type Principal } from './principals.js';
import { ASSET_KINDS, type AssetContainer, type AssetKind, type EmulatorState, type Resource, type WorkspaceState } from './state.js';
import { checkAssetName, checkAssetVersion, checkBody } from './validation.js';

export const API_VERSION = '2022-10-01';
const PROVIDER = 'Microsoft.MachineLearningServices';

export interface ArmResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** What the API needs from its host: storage facts and persistence. */
export interface ArmHost {
  state: EmulatorState;
  /** Saves the state (no-op when in memory). */
  persist(): void;
  /** host:port of Azurite, the default datastore's endpoint. */
  blobEndpoint(): string;
  /** Whether at least one blob exists under `prefix` in workspace `ws`'s container. */
  blobsExist(ws: string, prefix: string): Promise<boolean>;
  pageSize: number;
}

export interface ArmRequest {
  method: string;
  url: URL;
  body: unknown;
  principal: Principal;
}

export const containerName = (ws: string): string => `azureml-blobstore-${ws}`;

const TYPE: Record<AssetKind, string> = { models: 'models', codes: 'codes', environments: 'environments' };

function systemData(by: string, previous?: Resource['systemData']): Resource['systemData'] {
  const now = new Date().toISOString();
  return {
    createdAt: previous?.createdAt ?? now,
    createdBy: previous?.createdBy ?? by,
    createdByType: 'User',
    lastModifiedAt: now,
    lastModifiedBy: by,
    lastModifiedByType: 'User',
  };
}

/** Answers one ARM request for Microsoft.MachineLearningServices at api-version 2022-10-01. */
export class ArmApi {
  constructor(private readonly host: ArmHost) {}

  async handle(req: ArmRequest): Promise<ArmResponse> {
    const apiVersion = req.url.searchParams.get('api-version');
    if (!apiVersion) {
      throw new ArmError(400, 'MissingApiVersionParameter', "The api-version query parameter (?api-version=) is required for all requests.");
    }
    if (apiVersion !== API_VERSION) {
      throw new ArmError(
        400,
        'InvalidResourceType',
        `The resource type could not be found in the namespace '${PROVIDER}' for api version '${apiVersion}'. The supported api-versions are '${API_VERSION}'.`,
      );
    }
    const parts = req.url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    const { state } = this.host;
    // /subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.MachineLearningServices/workspaces/...
    if (parts[0]?.toLowerCase() !== 'subscriptions' || parts.length < 2) throw this.noRoute(req);
    if (parts[1] !== state.subscriptionId) {
      throw new ArmError(404, 'SubscriptionNotFound', `The subscription '${parts[1]}' could not be found.`);
    }
    let rest = parts.slice(2);
    let rgScoped = false;
    if (rest[0]?.toLowerCase() === 'resourcegroups') {
      if (rest[1]?.toLowerCase() !== state.resourceGroup.toLowerCase()) {
        throw new ArmError(404, 'ResourceGroupNotFound', `Resource group '${rest[1] ?? ''}' could not be found.`);
      }
      rgScoped = true;
      rest = rest.slice(2);
    }
    if (rest[0]?.toLowerCase() !== 'providers' || rest[1]?.toLowerCase() !== PROVIDER.toLowerCase() || rest[2]?.toLowerCase() !== 'workspaces') {
      throw this.noRoute(req);
    }
    rest = rest.slice(3);
    if (rest.length === 0) {
      if (req.method !== 'GET') throw this.methodNotAllowed(req);
      const visible = Object.values(state.workspaces).filter((w) => roleAllows(req.principal.roles[w.name], `${PROVIDER}/workspaces/read`));
      return { status: 200, body: { value: visible.map((w) => this.workspaceResource(w)) } };
    }
    if (!rgScoped) throw this.noRoute(req);
    const ws = state.workspaces[rest[0]!];
    if (!ws) throw notFound(`${PROVIDER}/workspaces`, rest[0]!, state.resourceGroup);
    return this.workspaceChild(req, ws, rest.slice(1));
  }

  private scope(ws: WorkspaceState, ...path: string[]): string {
    const base = `/subscriptions/${this.host.state.subscriptionId}/resourceGroups/${this.host.state.resourceGroup}/providers/${PROVIDER}/workspaces/${ws.name}`;
    return [base, ...path].join('/');
  }

  private authorize(req: ArmRequest, ws: WorkspaceState, action: string, scope: string): void {
    if (roleAllows(req.principal.roles[ws.name], action)) return;
    const role = req.principal.roles[ws.name];
    throw new ArmError(
      403,
      'AuthorizationFailed',
      `The client '${req.principal.name}' with object id '${req.principal.objectId}' does not have authorization to perform action ` +
        `'${action}' over scope '${scope}' or the scope is invalid. If access was recently granted, please refresh your credentials.` +
        ` (role on workspace '${ws.name}': ${role ?? 'none'})`,
    );
  }

  private noRoute(req: ArmRequest): ArmError {
    return new ArmError(404, 'NoRegisteredProviderFound', `No route for ${req.method} ${req.url.pathname} in the local Azure ML emulator.`);
  }

  private methodNotAllowed(req: ArmRequest): ArmError {
    return new ArmError(405, 'MethodNotAllowed', `The method ${req.method} is not allowed on ${req.url.pathname}.`);
  }

  private workspaceResource(ws: WorkspaceState): Resource & { location: string } {
    const { state } = this.host;
    return {
      id: this.scope(ws),
      name: ws.name,
      type: `${PROVIDER}/workspaces`,
      location: 'local',
      properties: {
        workspaceId: ws.workspaceId,
        friendlyName: ws.name,
        provisioningState: 'Succeeded',
        storageAccount: `/subscriptions/${state.subscriptionId}/resourceGroups/${state.resourceGroup}/providers/Microsoft.Storage/storageAccounts/${state.storage.account}`,
        discoveryUrl: 'https://127.0.0.1/discovery',
      },
      systemData: systemData('admin', { ...systemData('admin'), createdAt: ws.createdAt }),
    };
  }

  private datastoreResource(ws: WorkspaceState): Resource {
    return {
      id: this.scope(ws, 'datastores', 'workspaceblobstore'),
      name: 'workspaceblobstore',
      type: `${PROVIDER}/workspaces/datastores`,
      properties: {
        datastoreType: 'AzureBlob',
        accountName: this.host.state.storage.account,
        containerName: containerName(ws.name),
        endpoint: this.host.blobEndpoint(),
        protocol: 'http',
        isDefault: true,
        credentials: { credentialsType: 'AccountKey' },
        serviceDataAccessAuthIdentity: 'None',
        description: 'The default datastore (Azurite).',
        tags: {},
        properties: {},
      },
      systemData: systemData('admin', { ...systemData('admin'), createdAt: ws.createdAt }),
    };
  }

  private async workspaceChild(req: ArmRequest, ws: WorkspaceState, rest: string[]): Promise<ArmResponse> {
    const read = `${PROVIDER}/workspaces`;
    if (rest.length === 0) {
      if (req.method !== 'GET') throw this.methodNotAllowed(req);
      this.authorize(req, ws, `${read}/read`, this.scope(ws));
      return { status: 200, body: this.workspaceResource(ws) };
    }
    const [collection, name, sub, version, extra] = rest;
    if (collection === 'datastores') return this.datastores(req, ws, name, sub, rest.length);
    const kind = ASSET_KINDS.find((k) => k === collection);
    if (!kind || extra !== undefined) throw this.noRoute(req);
    if (name === undefined) return this.listContainers(req, ws, kind);
    if (sub === undefined) return this.container(req, ws, kind, name);
    if (sub !== 'versions') throw this.noRoute(req);
    if (version === undefined) return this.listVersions(req, ws, kind, name);
    return this.version(req, ws, kind, name, version);
  }

  private datastores(req: ArmRequest, ws: WorkspaceState, name: string | undefined, sub: string | undefined, depth: number): ArmResponse {
    const action = `${PROVIDER}/workspaces/datastores`;
    if (name === undefined) {
      if (req.method !== 'GET') throw this.methodNotAllowed(req);
      this.authorize(req, ws, `${action}/read`, this.scope(ws, 'datastores'));
      const isDefault = req.url.searchParams.get('isDefault');
      const all = [this.datastoreResource(ws)];
      const value = isDefault === 'false' ? [] : all;
      return { status: 200, body: { value } };
    }
    if (name !== 'workspaceblobstore') throw notFound(`${PROVIDER}/workspaces/${ws.name}/datastores`, name, this.host.state.resourceGroup);
    if (sub === undefined && depth === 2) {
      if (req.method !== 'GET') throw this.methodNotAllowed(req);
      this.authorize(req, ws, `${action}/read`, this.scope(ws, 'datastores', name));
      return { status: 200, body: this.datastoreResource(ws) };
    }
    if (sub === 'listSecrets' && depth === 3) {
      if (req.method !== 'POST') throw this.methodNotAllowed(req);
      this.authorize(req, ws, `${action}/listSecrets/action`, this.scope(ws, 'datastores', name));
      return { status: 200, body: { secretsType: 'AccountKey', key: this.host.state.storage.key } };
    }
    throw this.noRoute(req);
  }

  private containers(ws: WorkspaceState, kind: AssetKind): Record<string, AssetContainer> {
    return ws.assets[kind];
  }

  private containerView(ws: WorkspaceState, kind: AssetKind, c: AssetContainer): Resource {
    const numeric = Object.keys(c.versions)
      .filter((v) => /^\d+$/.test(v))
      .map(Number);
    const latest = Object.values(c.versions).sort((a, b) => a.systemData.createdAt.localeCompare(b.systemData.createdAt)).at(-1);
    return {
      ...c.resource,
      id: this.scope(ws, kind, c.resource.name),
      properties: {
        ...c.resource.properties,
        latestVersion: latest?.name ?? null,
        nextVersion: String((numeric.length ? Math.max(...numeric) : 0) + 1),
      },
    };
  }

  private page<T>(req: ArmRequest, items: T[]): ArmResponse {
    const skip = Number(req.url.searchParams.get('$skip') ?? '0');
    if (!Number.isInteger(skip) || skip < 0) throw badRequest(`$skip '${req.url.searchParams.get('$skip')}' is not a valid continuation token.`, '$skip');
    const topParam = req.url.searchParams.get('$top');
    const top = topParam === null ? undefined : Number(topParam);
    if (top !== undefined && (!Number.isInteger(top) || top < 1)) throw badRequest(`$top must be a positive integer.`, '$top');
    const limit = top ?? Infinity;
    const remaining = Math.max(0, Math.min(items.length, limit) - skip);
    const size = Math.min(remaining, this.host.pageSize);
    const value = items.slice(skip, skip + size);
    const body: { value: T[]; nextLink?: string } = { value };
    if (skip + size < Math.min(items.length, limit)) {
      const next = new URL(req.url.toString());
      next.searchParams.set('$skip', String(skip + size));
      body.nextLink = next.toString();
    }
    return { status: 200, body };
  }

  private listContainers(req: ArmRequest, ws: WorkspaceState, kind: AssetKind): ArmResponse {
    if (req.method !== 'GET') throw this.methodNotAllowed(req);
    this.authorize(req, ws, `${PROVIDER}/workspaces/${TYPE[kind]}/read`, this.scope(ws, kind));
    const view = req.url.searchParams.get('listViewType') ?? 'ActiveOnly';
    const items = Object.values(this.containers(ws, kind))
      .map((c) => this.containerView(ws, kind, c))
      .filter((c) => view === 'All' || (view === 'ArchivedOnly') === Boolean(c.properties.isArchived))
      .sort((a, b) => a.name.localeCompare(b.name));
    return this.page(req, items);
  }

  private container(req: ArmRequest, ws: WorkspaceState, kind: AssetKind, name: string): ArmResponse {
    const containers = this.containers(ws, kind);
    const existing = containers[name];
    const type = `${PROVIDER}/workspaces/${TYPE[kind]}`;
    const scope = this.scope(ws, kind, name);
    switch (req.method) {
      case 'GET':
        this.authorize(req, ws, `${type}/read`, scope);
        if (!existing) throw notFound(`${PROVIDER}/workspaces/${ws.name}/${kind}`, name, this.host.state.resourceGroup);
        return { status: 200, body: this.containerView(ws, kind, existing) };
      case 'PUT': {
        this.authorize(req, ws, `${type}/write`, scope);
        checkAssetName(name);
        const properties = checkBody(kind, 'container', req.body);
        delete properties.latestVersion;
        delete properties.nextVersion;
        const resource: Resource = {
          id: scope,
          name,
          type,
          properties: { ...properties, provisioningState: 'Succeeded' },
          systemData: systemData(req.principal.name, existing?.resource.systemData),
        };
        containers[name] = { resource, versions: existing?.versions ?? {} };
        this.host.persist();
        return { status: existing ? 200 : 201, body: this.containerView(ws, kind, containers[name]!) };
      }
      case 'DELETE':
        this.authorize(req, ws, `${type}/delete`, scope);
        if (!existing) return { status: 204 };
        delete containers[name];
        this.host.persist();
        return { status: 200 };
      default:
        throw this.methodNotAllowed(req);
    }
  }

  private listVersions(req: ArmRequest, ws: WorkspaceState, kind: AssetKind, name: string): ArmResponse {
    if (req.method !== 'GET') throw this.methodNotAllowed(req);
    this.authorize(req, ws, `${PROVIDER}/workspaces/${TYPE[kind]}/versions/read`, this.scope(ws, kind, name, 'versions'));
    const container = this.containers(ws, kind)[name];
    if (!container) throw notFound(`${PROVIDER}/workspaces/${ws.name}/${kind}`, name, this.host.state.resourceGroup);
    let items = Object.values(container.versions);
    const view = req.url.searchParams.get('listViewType') ?? 'ActiveOnly';
    items = items.filter((v) => view === 'All' || (view === 'ArchivedOnly') === Boolean(v.properties.isArchived));
    items = items.filter(matchesFilter(req.url.searchParams.get('tags'), 'tags'));
    items = items.filter(matchesFilter(req.url.searchParams.get('properties'), 'properties'));
    const version = req.url.searchParams.get('version');
    if (version) items = items.filter((v) => v.name === version);
    items = sortVersions(items, req.url.searchParams.get('$orderBy'));
    return this.page(req, items);
  }

  private async version(req: ArmRequest, ws: WorkspaceState, kind: AssetKind, name: string, version: string): Promise<ArmResponse> {
    const type = `${PROVIDER}/workspaces/${TYPE[kind]}/versions`;
    const scope = this.scope(ws, kind, name, 'versions', version);
    const containers = this.containers(ws, kind);
    const existing = containers[name]?.versions[version];
    const missing = (): ArmError => notFound(`${PROVIDER}/workspaces/${ws.name}/${kind}/${name}/versions`, version, this.host.state.resourceGroup);
    switch (req.method) {
      case 'GET':
        this.authorize(req, ws, `${type}/read`, scope);
        if (!existing) throw missing();
        return { status: 200, body: existing };
      case 'PUT': {
        this.authorize(req, ws, `${type}/write`, scope);
        checkAssetName(name);
        checkAssetVersion(version);
        const properties = checkBody(kind, 'version', req.body);
        if (existing) this.checkImmutable(kind, existing, properties, name, version);
        else await this.checkNewVersion(ws, kind, properties);
        const resource: Resource = {
          id: scope,
          name: version,
          type,
          properties: { ...(existing?.properties ?? {}), ...properties, ...(kind === 'models' ? {} : { provisioningState: 'Succeeded' }) },
          systemData: systemData(req.principal.name, existing?.systemData),
        };
        const container =
          containers[name] ??
          (containers[name] = {
            resource: {
              id: this.scope(ws, kind, name),
              name,
              type: `${PROVIDER}/workspaces/${TYPE[kind]}`,
              properties: { isArchived: false, tags: {}, properties: {} },
              systemData: systemData(req.principal.name),
            },
            versions: {},
          });
        container.versions[version] = resource;
        this.host.persist();
        return { status: existing ? 200 : 201, body: resource };
      }
      case 'DELETE':
        this.authorize(req, ws, `${type}/delete`, scope);
        if (!existing) return { status: 204 };
        delete containers[name]!.versions[version];
        this.host.persist();
        return { status: 200 };
      default:
        throw this.methodNotAllowed(req);
    }
  }

  /** A version's content (its files, type, image) is immutable; description, tags, properties and stage can change. */
  private checkImmutable(kind: AssetKind, existing: Resource, next: Record<string, unknown>, name: string, version: string): void {
    const fixed: Record<AssetKind, string[]> = {
      models: ['modelUri', 'modelType'],
      codes: ['codeUri'],
      environments: ['image', 'build', 'condaFile', 'osType', 'inferenceConfig'],
    };
    for (const field of fixed[kind]) {
      const before = JSON.stringify(existing.properties[field] ?? null);
      const after = JSON.stringify(next[field] ?? null);
      if (before !== after && !(kind === 'models' && field === 'modelType' && next[field] === undefined)) {
        throw new ArmError(
          409,
          'UserError',
          `Conflict: ${kind.slice(0, -1)} ${name}:${version} already exists with a different ${field}. ` +
            `A version's ${field} cannot change once created; register a new version instead.`,
          `properties.${field}`,
        );
      }
    }
  }

  /** A new version must point at files that exist in a datastore of this workspace. */
  private async checkNewVersion(ws: WorkspaceState, kind: AssetKind, properties: Record<string, unknown>): Promise<void> {
    const field = kind === 'models' ? 'modelUri' : kind === 'codes' ? 'codeUri' : undefined;
    if (!field) return;
    const uri = properties[field];
    if (typeof uri !== 'string' || uri === '') throw badRequest(`properties.${field} is required.`, `properties.${field}`);
    const match = /^azureml:\/\/subscriptions\/([^/]+)\/resourcegroups\/([^/]+)\/workspaces\/([^/]+)\/datastores\/([^/]+)\/paths\/(.+)$/i.exec(uri);
    if (!match) {
      throw badRequest(
        `properties.${field} '${uri}' is not a datastore URI of this workspace (azureml://subscriptions/<sub>/resourcegroups/<rg>/workspaces/<ws>/datastores/<datastore>/paths/<path>).`,
        `properties.${field}`,
      );
    }
    const [, sub, rg, wsName, datastore, path] = match;
    if (sub !== this.host.state.subscriptionId || rg!.toLowerCase() !== this.host.state.resourceGroup.toLowerCase() || wsName !== ws.name) {
      throw badRequest(`properties.${field} '${uri}' points at another workspace; upload the files to this workspace's datastore.`, `properties.${field}`);
    }
    if (datastore !== 'workspaceblobstore') {
      throw badRequest(`properties.${field}: datastore '${datastore}' does not exist in workspace '${ws.name}'.`, `properties.${field}`);
    }
    if (!(await this.host.blobsExist(ws.name, path!))) {
      throw badRequest(`properties.${field}: no files found at '${path}' in datastore '${datastore}'. Upload them before creating the version.`, `properties.${field}`);
    }
  }
}

/** `tags=key=value,key2` (and the same for properties): every term must match. */
export function matchesFilter(filter: string | null, field: 'tags' | 'properties'): (r: Resource) => boolean {
  if (!filter) return () => true;
  const terms = filter.split(',').map((t) => {
    const at = t.indexOf('=');
    return at < 0 ? { key: t.trim(), value: undefined } : { key: t.slice(0, at).trim(), value: t.slice(at + 1) };
  });
  return (r) => {
    const values = (r.properties[field] ?? {}) as Record<string, string>;
    return terms.every((t) => t.key in values && (t.value === undefined || values[t.key] === t.value));
  };
}

/** `$orderBy`: `createdtime desc` (default), `createdtime asc`, `version desc|asc` (numeric where both are numbers). */
export function sortVersions(items: Resource[], orderBy: string | null): Resource[] {
  const [field = 'createdtime', direction = 'desc'] = (orderBy ?? 'createdtime desc').trim().toLowerCase().split(/\s+/);
  const sign = direction === 'asc' ? 1 : -1;
  const byVersion = (a: Resource, b: Resource): number =>
    /^\d+$/.test(a.name) && /^\d+$/.test(b.name) ? Number(a.name) - Number(b.name) : a.name.localeCompare(b.name);
  const cmp = field === 'version' ? byVersion : (a: Resource, b: Resource) => a.systemData.createdAt.localeCompare(b.systemData.createdAt) || byVersion(a, b);
  return [...items].sort((a, b) => sign * cmp(a, b));
}

export const newRequestId = (): string => randomUUID();
