// Asset containers and versions of models, codes, environments, data and components (<Kind>Containers_* and
// <Kind>Versions_*): one module for the kinds, which differ only in their rules (asset-rules.ts, component-rules.ts)
// and schemas (schemas/assets.ts).
import { notFound } from '../arm-error.js';
import { PROVIDER, type Params } from '../arm-path.js';
import type { Context, ResourceOperation } from '../context.js';
import { curatedEnvironment } from '../curated-environments.js';
import {
  compareVersions,
  matchesFilter,
  matchesViewType,
  orderBy,
  paginate,
  parseKeyValueFilter,
  positiveInt,
} from '../listing.js';
import { checkAssetName, checkAssetVersion } from '../names.js';
import { checkFilesExist } from './asset-files.js';
import { checkComponentReferences } from './component-rules.js';
import { CONTAINER, CONTAINER_PAGE, VERSION, VERSION_PAGE } from '../schemas/assets.js';
import type { AssetContainer, AssetKind, Resource } from '../state.js';
import {
  checkImmutable,
  checkSameDataType,
  containerDefaults,
  URI_FIELD,
  versionProperties,
} from './asset-rules.js';

/** The route table fixes `asset` per row. */
const kindOf = (params: Params): AssetKind => params.asset as AssetKind;

function container(ctx: Context, params: Params): AssetContainer {
  const ws = ctx.workspace(params);
  const kind = kindOf(params);
  const found = ws.assets[kind][params.name!];
  if (!found)
    throw notFound(`${PROVIDER}/workspaces/${ws.name}/${kind}`, params.name!, params.resourceGroupName!);
  return found;
}

/**
 * A version of an AzureML-* curated environment, which Azure shows in every workspace though none registered it
 * (concept-environments, "Curated environments"; `azureml:AzureML-sklearn-1.0-ubuntu20.04-py38-cpu:1` in
 * Azure/azureml-examples): answered for any integer version, as the service keeps many of each.
 */
function curatedVersion(ctx: Context, params: Params): Resource | undefined {
  const ws = ctx.workspace(params);
  const env = kindOf(params) === 'environments' ? curatedEnvironment(params.name!) : undefined;
  if (!env || !/^azureml-/i.test(env.name) || ws.assets.environments[params.name!]) return undefined;
  if (!/^\d+$/.test(params.version!)) return undefined;
  const at = '2020-01-01T00:00:00.000Z';
  return {
    id: `${ctx.wsId(ws)}/environments/${env.name}/versions/${params.version}`,
    name: params.version!,
    type: `${PROVIDER}/workspaces/environments/versions`,
    properties: {
      description: `Curated environment ${env.name}, served by the emulator with the local python.`,
      environmentType: 'Curated',
      image: `mcr.microsoft.com/azureml/curated/${env.name.toLowerCase()}:${params.version}`,
      condaFile: `name: ${env.name.toLowerCase()}\ndependencies:\n  - pip\n  - pip:\n${env.packages.map((p) => `    - ${p}\n`).join('')}`,
      osType: 'Linux',
      isAnonymous: false,
      isArchived: false,
      tags: {},
      properties: {},
    },
    systemData: {
      createdAt: at,
      createdBy: 'Microsoft',
      createdByType: 'User',
      lastModifiedAt: at,
      lastModifiedBy: 'Microsoft',
      lastModifiedByType: 'User',
    },
  };
}

function version(ctx: Context, params: Params): Resource {
  const curated = curatedVersion(ctx, params);
  if (curated) return curated;
  const found = container(ctx, params).versions[params.version!];
  if (!found) {
    throw notFound(
      `${PROVIDER}/workspaces/${params.workspaceName}/${kindOf(params)}/${params.name}/versions`,
      params.version!,
      params.resourceGroupName!,
    );
  }
  return found;
}

function containerResource(c: AssetContainer): unknown {
  const versions = Object.values(c.versions);
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
    ...c.resource,
    properties: {
      ...c.resource.properties,
      latestVersion: latest?.name ?? null,
      nextVersion: (highest + 1n).toString(),
    },
  };
}

const bodyProperties = (body: unknown): Record<string, unknown> =>
  ((body as { properties?: Record<string, unknown> }).properties ?? {}) as Record<string, unknown>;

// The schemas differ per kind; the route table picks the operation of the row's kind.
const perKind = (make: (kind: AssetKind) => ResourceOperation): Record<AssetKind, ResourceOperation> => ({
  models: make('models'),
  codes: make('codes'),
  environments: make('environments'),
  data: make('data'),
  components: make('components'),
});

export const listContainers = perKind((kind) => ({
  what: `${kind} list`,
  response: CONTAINER_PAGE[kind],
  handle: (ctx, req) => {
    const ws = ctx.workspace(req.params);
    const view = req.url.searchParams.get('listViewType');
    const items = Object.values(ws.assets[kind])
      .filter((c) => matchesViewType(c.resource.properties.isArchived, view))
      .sort((a, b) => a.resource.name.localeCompare(b.resource.name))
      .map(containerResource);
    return {
      status: 200,
      body: paginate(items, req.url, positiveInt(req.url, 'count') ?? ctx.config.pageSize),
    };
  },
}));

export const getContainer = perKind((kind) => ({
  what: `${kind} container`,
  response: CONTAINER[kind],
  handle: (ctx, req) => ({ status: 200, body: containerResource(container(ctx, req.params)) }),
}));

export const putContainer = perKind((kind) => ({
  what: `${kind} container`,
  request: CONTAINER[kind],
  response: CONTAINER[kind],
  handle: (ctx, req) => {
    const ws = ctx.workspace(req.params);
    const name = req.params.name!;
    checkAssetName(name, kind);
    const wire = bodyProperties(req.body);
    const existing = ws.assets[kind][name];
    const resource: Resource = {
      id: `${ctx.wsId(ws)}/${kind}/${name}`,
      name,
      type: `${PROVIDER}/workspaces/${kind}`,
      properties: {
        ...(wire.description !== undefined ? { description: wire.description } : {}),
        ...(kind === 'data' ? { dataType: existing?.resource.properties.dataType ?? wire.dataType } : {}),
        tags: wire.tags ?? {},
        properties: wire.properties ?? {},
        isArchived: wire.isArchived ?? false,
      },
      systemData: ctx.systemData(req.principal.name, existing?.resource.systemData),
    };
    const c: AssetContainer = { resource, versions: existing?.versions ?? {} };
    ws.assets[kind][name] = c;
    ctx.persist();
    return { status: existing ? 200 : 201, body: containerResource(c) };
  },
}));

export const deleteContainer = perKind((kind) => ({
  what: `${kind} container`,
  handle: (ctx, req) => {
    const ws = ctx.workspace(req.params);
    if (!ws.assets[kind][req.params.name!]) return { status: 204 };
    delete ws.assets[kind][req.params.name!];
    ctx.persist();
    return { status: 200 };
  },
}));

export const listVersions = perKind((kind) => ({
  what: `${kind} version list`,
  response: VERSION_PAGE[kind],
  handle: (ctx, req) => {
    const c = container(ctx, req.params);
    const q = req.url.searchParams;
    const tags = parseKeyValueFilter(q.get('tags') ?? q.get('$tags'), 'tags');
    const properties = parseKeyValueFilter(q.get('properties'), 'properties');
    const only = q.get('version');
    const description = q.get('description');
    const view = q.get('listViewType');
    const top = positiveInt(req.url, '$top');
    const filtered = Object.values(c.versions).filter((v) => {
      const p = v.properties;
      return (
        matchesViewType(p.isArchived, view) &&
        matchesFilter(p.tags as Record<string, unknown>, tags) &&
        matchesFilter(p.properties as Record<string, unknown>, properties) &&
        (only === null || v.name === only) &&
        (description === null || p.description === description)
      );
    });
    const sorted = orderBy(
      filtered.map((v) => ({ name: v.name, createdAt: v.systemData.createdAt, v })),
      q.get('$orderBy'),
    ).map((s) => s.v);
    return { status: 200, body: paginate(sorted, req.url, ctx.config.pageSize, top) };
  },
}));

export const getVersion = perKind((kind) => ({
  what: `${kind} version`,
  response: VERSION[kind],
  handle: (ctx, req) => ({ status: 200, body: version(ctx, req.params) }),
}));

export const putVersion = perKind((kind) => ({
  what: `${kind} version`,
  request: VERSION[kind],
  response: VERSION[kind],
  handle: async (ctx, req) => {
    const { name, version: v } = req.params as { name: string; version: string };
    let ws = ctx.workspace(req.params);
    checkAssetName(name, kind);
    checkAssetVersion(v);
    const props = versionProperties(kind, bodyProperties(req.body));
    // Immutability is checked before the (slow) blob lookup and again after it, against the version then current.
    checkImmutable(kind, name, v, ws.assets[kind][name]?.versions[v], props);
    checkSameDataType(kind, name, ws.assets[kind][name]?.resource, props);
    const uriField = URI_FIELD[kind];
    if (uriField) await checkFilesExist(ctx, ws, uriField, String(props[uriField]), props.dataType);
    if (kind === 'components') checkComponentReferences(ctx, ws, props.componentSpec);

    ws = ctx.workspace(req.params);
    let c = ws.assets[kind][name];
    const existing = c?.versions[v];
    checkImmutable(kind, name, v, existing, props);
    checkSameDataType(kind, name, c?.resource, props);
    if (!c) {
      // Azure ML creates the container with the first version.
      c = {
        resource: {
          id: `${ctx.wsId(ws)}/${kind}/${name}`,
          name,
          type: `${PROVIDER}/workspaces/${kind}`,
          properties: { ...containerDefaults(kind, props), tags: {}, properties: {}, isArchived: false },
          systemData: ctx.systemData(req.principal.name),
        },
        versions: {},
      };
      ws.assets[kind][name] = c;
    }
    const resource: Resource = {
      id: `${ctx.wsId(ws)}/${kind}/${name}/versions/${v}`,
      name: v,
      type: `${PROVIDER}/workspaces/${kind}/versions`,
      properties: props,
      systemData: ctx.systemData(req.principal.name, existing?.systemData),
    };
    c.versions[v] = resource;
    ctx.persist();
    return { status: existing ? 200 : 201, body: resource };
  },
}));

export const deleteVersion = perKind((kind) => ({
  what: `${kind} version`,
  handle: (ctx, req) => {
    const c = ctx.workspace(req.params).assets[kind][req.params.name!];
    if (!c?.versions[req.params.version!]) return { status: 204 };
    delete c.versions[req.params.version!];
    ctx.persist();
    return { status: 200 };
  },
}));
