import {
  AzureMachineLearningWorkspaces,
  type AzureBlobDatastore,
  type ModelVersion,
} from '@azure/arm-machinelearning';
import type { TokenCredential } from '@azure/identity';
import { ConfigurationError } from '../errors.js';
import { isNotFound, translateError } from './errors.js';
import type { BlobDatastoreLocation } from './datastore-url.js';
import {
  mirrorTrafficPolicy,
  onlineOperations,
  type OnlineOperations,
  type TrafficShares,
} from './online-client.js';
import type { WorkspaceAddress } from './workspace.js';

/** What we use of a workspace. */
export interface WorkspaceInfo {
  id: string;
  name: string;
  location?: string;
  /** The tenant the workspace belongs to (for studio links). */
  tenantId?: string;
}

/** A blob datastore (the workspace's default one for uploads). */
export interface BlobDatastore extends BlobDatastoreLocation {
  name: string;
}

/** The credential a datastore's files are written with; both kinds are secrets and are masked when read. */
export type DatastoreSecret = { kind: 'account-key'; accountKey: string } | { kind: 'sas'; sasToken: string };

/** A model version as the actions see it. */
export interface ModelVersionInfo {
  id: string;
  name: string;
  version: string;
  modelUri?: string;
  modelType?: string;
  description?: string;
  tags: Record<string, string>;
  properties: Record<string, string>;
  createdAt?: Date;
}

/** What a model version is created (or its mutable fields updated) with. */
export interface ModelVersionSpec {
  modelUri: string;
  modelType: string;
  description?: string;
  tags: Record<string, string>;
  properties: Record<string, string>;
}

/** A code or environment version: its ARM id and where its files are (code) or what it is built from. */
export interface AssetVersionInfo {
  id: string;
  name: string;
  version: string;
  codeUri?: string;
  image?: string;
  tags: Record<string, string>;
}

/** Workspace, datastore and model registry operations (what register-model needs). */
export interface ModelRegistryClient {
  readonly address: WorkspaceAddress;
  getWorkspace(): Promise<WorkspaceInfo>;
  getDefaultDatastore(): Promise<BlobDatastore>;
  /** The datastore's account key or SAS token, masked in the log before it is returned. */
  getDatastoreSecrets(datastoreName: string): Promise<DatastoreSecret>;
  /** Every version of a model (all pages), optionally filtered by tags (`key=value` or `key`); [] when the model does not exist. */
  listModelVersions(
    name: string,
    options?: { tags?: Record<string, string | undefined> },
  ): Promise<ModelVersionInfo[]>;
  /** A model version, or undefined when it does not exist. */
  getModelVersion(name: string, version: string): Promise<ModelVersionInfo | undefined>;
  /** PUT of a version. A version that exists with other files answers 409: a {@link AzureMLError} with statusCode 409. */
  createOrUpdateModelVersion(
    name: string,
    version: string,
    spec: ModelVersionSpec,
  ): Promise<ModelVersionInfo>;
  deleteModelVersion(name: string, version: string): Promise<void>;
}

/** The Azure ML operations our actions need, on one workspace. */
export interface AzureMLClient extends ModelRegistryClient, OnlineOperations {
  /** A code version, or undefined when it does not exist. */
  getCodeVersion(name: string, version: string): Promise<AssetVersionInfo | undefined>;
  /** PUT of a code version whose files are at `codeUri` (a datastore folder). */
  createCodeVersion(
    name: string,
    version: string,
    spec: { codeUri: string; tags: Record<string, string> },
  ): Promise<AssetVersionInfo>;
  /** An environment version (`latest`: the newest one), or undefined when it does not exist. */
  getEnvironmentVersion(name: string, version: string | 'latest'): Promise<AssetVersionInfo | undefined>;
  /** PUT of an environment version built from a Docker image and an optional conda file's text. */
  createEnvironmentVersion(
    name: string,
    version: string,
    spec: { image: string; condaFile?: string; description?: string; tags: Record<string, string> },
  ): Promise<AssetVersionInfo>;
}

/** Retry settings of the ARM pipeline: 429/503 honour Retry-After; 408, 5xx and connection resets back off exponentially. */
export interface RetrySettings {
  maxRetries: number;
  retryDelayInMs: number;
  maxRetryDelayInMs: number;
}

/** Enough to ride out a few throttles, 500s and resets in a row (about 25 s of back-off at most). */
export const DEFAULT_RETRY: RetrySettings = { maxRetries: 5, retryDelayInMs: 800, maxRetryDelayInMs: 15_000 };

export interface AzureMLClientOptions {
  /** Names the principal in 401/403 messages (see describePrincipal). */
  principal?: string;
  retry?: RetrySettings;
  /** Masks a secret in the log (core.setSecret in the actions). */
  setSecret?: (secret: string) => void;
}

function stringRecord(value: { [key: string]: string | null } | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value ?? {})) if (v !== null && v !== undefined) out[k] = v;
  return out;
}

function toModelVersionInfo(name: string, mv: ModelVersion): ModelVersionInfo {
  const p = mv.properties ?? {};
  return {
    id: mv.id ?? '',
    name,
    version: mv.name ?? '',
    modelUri: p.modelUri,
    modelType: p.modelType,
    description: p.description,
    tags: stringRecord(p.tags),
    properties: stringRecord(p.properties),
    createdAt: mv.systemData?.createdAt,
  };
}

/** A code or environment version resource as the actions see it. */
function toAssetVersion(
  name: string,
  resource: {
    id?: string;
    name?: string;
    properties: { codeUri?: string; image?: string; tags?: { [key: string]: string | null } };
  },
): AssetVersionInfo {
  const p = resource.properties;
  return {
    id: resource.id ?? '',
    name,
    version: resource.name ?? '',
    ...(p.codeUri !== undefined ? { codeUri: p.codeUri } : {}),
    ...(p.image !== undefined ? { image: p.image } : {}),
    tags: stringRecord(p.tags),
  };
}

/** `tags` filter of the list call: `key=value,key2` (the service's syntax). */
export function tagsFilter(tags: Record<string, string | undefined>): string {
  return Object.entries(tags)
    .map(([k, v]) => (v === undefined ? k : `${k}=${v}`))
    .join(',');
}

/** Creates the client for one workspace. The emulator is reached by its endpoint and token, nothing else. */
export function createAzureMLClient(
  address: WorkspaceAddress,
  credential: TokenCredential,
  options: AzureMLClientOptions = {},
): AzureMLClient {
  const retry = options.retry ?? DEFAULT_RETRY;
  const sdk = new AzureMachineLearningWorkspaces(credential, address.subscriptionId, {
    endpoint: address.armEndpoint,
    credentialScopes: [`${address.armEndpoint}/.default`],
    retryOptions: retry,
    userAgentOptions: { userAgentPrefix: 'mlops-actions' },
  });
  const { resourceGroup: rg, workspace: ws } = address;
  const setSecret = options.setSecret ?? ((): void => undefined);
  const pendingMirror = new Map<string, TrafficShares>();
  sdk.pipeline.addPolicy(mirrorTrafficPolicy(pendingMirror));

  async function call<T>(operation: string, fn: () => Promise<T>, resource?: 'workspace'): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      throw translateError(error, {
        address,
        operation,
        principal: options.principal,
        resource,
        retries: retry.maxRetries,
      });
    }
  }

  return {
    address,
    ...onlineOperations({ sdk, resourceGroup: rg, workspace: ws, call, setSecret }, pendingMirror),

    getWorkspace: () =>
      call(
        `read the workspace`,
        async () => {
          const w = await sdk.workspaces.get(rg, ws);
          return { id: w.id ?? '', name: w.name ?? ws, location: w.location, tenantId: w.tenantId };
        },
        'workspace',
      ),

    getDefaultDatastore: () =>
      call('find the default datastore', async () => {
        for await (const ds of sdk.datastores.list(rg, ws, { isDefault: true })) {
          if (ds.properties.isDefault === false) continue;
          if (ds.properties.datastoreType !== 'AzureBlob') {
            throw new ConfigurationError(
              `The default datastore '${ds.name}' of workspace '${ws}' is ${ds.properties.datastoreType}, ` +
                `not AzureBlob. Make an Azure Blob datastore the workspace default.`,
              'workspace',
            );
          }
          const blob = ds.properties as AzureBlobDatastore;
          if (!blob.accountName || !blob.containerName) {
            throw new Error(`The default datastore '${ds.name}' has no storage account or container.`);
          }
          return {
            name: ds.name ?? 'workspaceblobstore',
            accountName: blob.accountName,
            containerName: blob.containerName,
            endpoint: blob.endpoint ?? 'core.windows.net',
            protocol: blob.protocol ?? 'https',
          };
        }
        throw new ConfigurationError(`Workspace '${ws}' has no default datastore.`, 'workspace');
      }),

    getDatastoreSecrets: (datastoreName) =>
      call(`read the secrets of datastore ${datastoreName}`, async () => {
        const secrets = await sdk.datastores.listSecrets(rg, ws, datastoreName);
        if (secrets.secretsType === 'AccountKey' && 'key' in secrets && secrets.key) {
          setSecret(secrets.key);
          return { kind: 'account-key', accountKey: secrets.key };
        }
        if (secrets.secretsType === 'Sas' && 'sasToken' in secrets && secrets.sasToken) {
          setSecret(secrets.sasToken);
          return { kind: 'sas', sasToken: secrets.sasToken };
        }
        throw new ConfigurationError(
          `Datastore '${datastoreName}' of workspace '${ws}' gives ${secrets.secretsType} credentials; ` +
            `uploads need an account key or a SAS token.`,
          'workspace',
        );
      }),

    listModelVersions: (name, listOptions = {}) =>
      call(`list the versions of model ${name}`, async () => {
        const out: ModelVersionInfo[] = [];
        const params = listOptions.tags ? { tags: tagsFilter(listOptions.tags) } : {};
        try {
          for await (const mv of sdk.modelVersions.list(rg, ws, name, params))
            out.push(toModelVersionInfo(name, mv));
        } catch (error) {
          if (isNotFound(error)) return [];
          throw error;
        }
        return out;
      }),

    getModelVersion: (name, version) =>
      call(`read model ${name} version ${version}`, async () => {
        try {
          return toModelVersionInfo(name, await sdk.modelVersions.get(rg, ws, name, version));
        } catch (error) {
          if (isNotFound(error)) return undefined;
          throw error;
        }
      }),

    createOrUpdateModelVersion: (name, version, spec) =>
      call(`create model ${name} version ${version}`, async () => {
        const created = await sdk.modelVersions.createOrUpdate(rg, ws, name, version, {
          properties: {
            modelUri: spec.modelUri,
            modelType: spec.modelType,
            description: spec.description,
            tags: spec.tags,
            properties: spec.properties,
            isAnonymous: false,
            isArchived: false,
          },
        });
        return toModelVersionInfo(name, created);
      }),

    deleteModelVersion: (name, version) =>
      call(`delete model ${name} version ${version}`, () => sdk.modelVersions.delete(rg, ws, name, version)),

    getCodeVersion: (name, version) =>
      call(`read code ${name} version ${version}`, async () => {
        try {
          return toAssetVersion(name, await sdk.codeVersions.get(rg, ws, name, version));
        } catch (error) {
          if (isNotFound(error)) return undefined;
          throw error;
        }
      }),

    createCodeVersion: (name, version, spec) =>
      call(`create code ${name} version ${version}`, async () =>
        toAssetVersion(
          name,
          await sdk.codeVersions.createOrUpdate(rg, ws, name, version, {
            properties: { codeUri: spec.codeUri, tags: spec.tags, isAnonymous: false },
          }),
        ),
      ),

    getEnvironmentVersion: (name, version) =>
      call(`read environment ${name} version ${version}`, async () => {
        try {
          if (version !== 'latest') {
            return toAssetVersion(name, await sdk.environmentVersions.get(rg, ws, name, version));
          }
          // The newest first: the first item is the one.
          for await (const e of sdk.environmentVersions.list(rg, ws, name, { orderBy: 'createdtime desc' })) {
            return toAssetVersion(name, e);
          }
          return undefined;
        } catch (error) {
          if (isNotFound(error)) return undefined;
          throw error;
        }
      }),

    createEnvironmentVersion: (name, version, spec) =>
      call(`create environment ${name} version ${version}`, async () =>
        toAssetVersion(
          name,
          await sdk.environmentVersions.createOrUpdate(rg, ws, name, version, {
            properties: {
              image: spec.image,
              condaFile: spec.condaFile,
              description: spec.description,
              tags: spec.tags,
              isAnonymous: false,
            },
          }),
        ),
      ),
  };
}
