// Datastores (Datastores_List, Datastores_Get, Datastores_ListSecrets): every workspace has the default blob store
// and the artifact store the service also creates, both in the workspace's own storage account (in Azurite).
import { notFound } from '../arm-error.js';
import { PROVIDER } from '../arm-path.js';
import type { Context, ResourceOperation } from '../context.js';
import { paginate, positiveInt } from '../listing.js';
import { Datastore, DatastorePage, DatastoreSecrets, SecretExpiry } from '../schemas/workspace.js';
import { accountOf, type WorkspaceState } from '../state.js';
import { createdWith } from './workspaces.js';

export const DEFAULT_DATASTORE = 'workspaceblobstore';

/** The datastores of a workspace and their blob containers. */
export function datastoreContainers(
  workspace: WorkspaceState,
): Record<string, { container: string; isDefault: boolean }> {
  return {
    [DEFAULT_DATASTORE]: { container: `azureml-blobstore-${workspace.name}`, isDefault: true },
    workspaceartifactstore: { container: 'azureml', isDefault: false },
  };
}

function datastoreResource(ctx: Context, ws: WorkspaceState, name: string): unknown {
  const def = datastoreContainers(ws)[name]!;
  return {
    id: `${ctx.wsId(ws)}/datastores/${name}`,
    name,
    type: `${PROVIDER}/workspaces/datastores`,
    systemData: createdWith(ws),
    properties: {
      datastoreType: 'AzureBlob',
      accountName: accountOf(ws).account,
      containerName: def.container,
      endpoint: ctx.config.blobHost,
      protocol: 'http',
      // The key itself only through listSecrets.
      credentials: { credentialsType: 'AccountKey', secrets: { secretsType: 'AccountKey' } },
      isDefault: def.isDefault,
      serviceDataAccessAuthIdentity: 'None',
      description: '',
      tags: {},
      properties: {},
    },
  };
}

function existing(ctx: Context, params: Record<string, string>): WorkspaceState {
  const ws = ctx.workspace(params);
  if (!datastoreContainers(ws)[params.name!]) {
    throw notFound(`${PROVIDER}/workspaces/${ws.name}/datastores`, params.name!, params.resourceGroupName!);
  }
  return ws;
}

export const list: ResourceOperation = {
  what: 'Datastores_List',
  response: DatastorePage,
  handle: (ctx, req) => {
    const ws = ctx.workspace(req.params);
    const q = req.url.searchParams;
    const isDefault = q.get('isDefault');
    const names = q
      .getAll('names')
      .flatMap((n) => n.split(','))
      .filter((n) => n !== '');
    const search = q.get('searchText')?.toLowerCase();
    const items = Object.entries(datastoreContainers(ws))
      .filter(([, d]) => isDefault === null || String(d.isDefault) === isDefault.toLowerCase())
      .filter(([name]) => names.length === 0 || names.includes(name))
      .filter(([name]) => !search || name.toLowerCase().includes(search))
      .map(([name]) => datastoreResource(ctx, ws, name));
    return {
      status: 200,
      body: paginate(items, req.url, positiveInt(req.url, 'count') ?? ctx.config.pageSize),
    };
  },
};

export const get: ResourceOperation = {
  what: 'Datastore',
  response: Datastore,
  handle: (ctx, req) => ({
    status: 200,
    body: datastoreResource(ctx, existing(ctx, req.params), req.params.name!),
  }),
};

export const listSecrets: ResourceOperation = {
  what: 'SecretExpiry',
  request: SecretExpiry,
  optionalBody: true,
  response: DatastoreSecrets,
  handle: (ctx, req) => {
    const ws = existing(ctx, req.params);
    return { status: 200, body: { secretsType: 'AccountKey', key: accountOf(ws).key } };
  },
};
