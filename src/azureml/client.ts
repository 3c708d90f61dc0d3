import type { TokenCredential } from '@azure/identity';
import { ConfigurationError } from '../errors.js';
import type {
  ArmPage,
  AzureBlobDatastoreProperties,
  BuildContext,
  CodeVersion,
  CodeVersionBody,
  Datastore,
  DatastoreSecrets,
  EnvironmentVersion,
  EnvironmentVersionBody,
  InferenceContainerProperties,
  ModelVersion,
  ModelVersionBody,
  NullableStringMap,
  Workspace,
} from './arm-models.js';
import { stringRecord } from './arm-models.js';
import { ops } from './arm-operations.js';
import {
  createArmTransport,
  createPipelineClient,
  DEFAULT_RETRY,
  type ArmTransport,
  type PipelineOptions,
} from './arm-transport.js';
import type { BlobDatastoreLocation } from './datastore-url.js';
import { translateError, unlessNotFound, type Call } from './errors.js';
import { onlineOperations, type OnlineOperations } from './online-client.js';
import { dataOperations, type DataOperations } from './data-client.js';
import { jobOperations, type JobOperations } from './job-client.js';
import { tagsFilter } from './tag-filter.js';
import type { WorkspaceAddress } from './workspace.js';

export { DEFAULT_RETRY, type RetrySettings } from './arm-transport.js';

/** What we use of a workspace. */
export interface WorkspaceInfo {
  id: string;
  name: string;
  location?: string;
  /** The tenant the workspace belongs to (for studio links). */
  tenantId?: string;
  /** Where the data plane's base URL is discovered (run history: job logs). */
  discoveryUrl?: string;
  /** azureml://<host>/mlflow/v1.0/<workspace id>: where jobs log metrics. */
  mlFlowTrackingUri?: string;
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
  /** The training job that produced the files, when registered from a job's output. */
  jobName?: string;
  createdAt?: Date;
}

/** What a model version is created (or its mutable fields updated) with. */
export interface ModelVersionSpec {
  modelUri: string;
  modelType: string;
  description?: string;
  tags: Record<string, string>;
  properties: Record<string, string>;
  /** The training job that produced the files (ModelVersionProperties.jobName). */
  jobName?: string;
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
export interface AzureMLClient extends ModelRegistryClient, OnlineOperations, DataOperations, JobOperations {
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
  /** PUT of an environment version: a Docker image (and an optional conda file's text) or a build context. */
  createEnvironmentVersion(
    name: string,
    version: string,
    spec: EnvironmentVersionSpec,
  ): Promise<AssetVersionInfo>;
}

/** What an environment version is created with (all create-only on the service). */
export interface EnvironmentVersionSpec {
  image?: string;
  /** The conda file's text. */
  condaFile?: string;
  build?: BuildContext;
  osType?: 'Linux' | 'Windows';
  inferenceConfig?: InferenceContainerProperties;
  description?: string;
  tags: Record<string, string>;
  /** True for an environment described inline in a deployment file (the CLI's anonymous environments). */
  isAnonymous?: boolean;
}

export interface AzureMLClientOptions extends PipelineOptions {
  /** Names the principal in 401/403 messages (see describePrincipal). */
  principal?: string;
  /** Masks a secret in the log (core.setSecret in the actions). */
  setSecret?: (secret: string) => void;
}

function toModelVersionInfo(name: string, mv: ModelVersion): ModelVersionInfo {
  const p = mv.properties ?? {};
  const created = mv.systemData?.createdAt;
  return {
    id: mv.id ?? '',
    name,
    version: mv.name ?? '',
    ...(p.modelUri ? { modelUri: p.modelUri } : {}),
    ...(p.modelType ? { modelType: p.modelType } : {}),
    ...(p.description ? { description: p.description } : {}),
    tags: stringRecord(p.tags),
    properties: stringRecord(p.properties),
    ...(p.jobName ? { jobName: p.jobName } : {}),
    ...(created ? { createdAt: new Date(created) } : {}),
  };
}

/** A code or environment version resource as the actions see it. */
function toAssetVersion(name: string, resource: CodeVersion | EnvironmentVersion): AssetVersionInfo {
  const p = resource.properties as {
    codeUri?: string | null;
    image?: string;
    tags?: NullableStringMap | null;
  };
  return {
    id: resource.id ?? '',
    name,
    version: resource.name ?? '',
    ...(p.codeUri ? { codeUri: p.codeUri } : {}),
    ...(p.image !== undefined ? { image: p.image } : {}),
    tags: stringRecord(p.tags),
  };
}

export { tagsFilter } from './tag-filter.js';

function toBlobDatastore(ds: Datastore, workspace: string): BlobDatastore {
  if (ds.properties.datastoreType !== 'AzureBlob') {
    throw new ConfigurationError(
      `The default datastore '${ds.name}' of workspace '${workspace}' is ${ds.properties.datastoreType}, ` +
        `not AzureBlob. Make an Azure Blob datastore the workspace default.`,
      'workspace',
    );
  }
  const blob = ds.properties as AzureBlobDatastoreProperties;
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

/** Creates the client for one workspace. The emulator is reached by its endpoint and token, nothing else. */
export function createAzureMLClient(
  address: WorkspaceAddress,
  credential: TokenCredential,
  options: AzureMLClientOptions = {},
): AzureMLClient {
  const retry = options.retry ?? DEFAULT_RETRY;
  const arm: ArmTransport = createArmTransport(
    createPipelineClient(address, credential, { retry, httpClient: options.httpClient }),
    address,
  );
  const ws = address.workspace;
  const setSecret = options.setSecret ?? ((): void => undefined);

  const call: Call = async (operation, fn, resource) => {
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
  };

  return {
    address,
    ...onlineOperations({ arm, credential, workspace: ws, call, setSecret }),
    ...dataOperations({ arm, call }),
    ...jobOperations({ arm, call }),

    getWorkspace: () =>
      call(
        `read the workspace`,
        async () => {
          const w = await arm.send<Workspace>(ops.Workspaces_Get);
          return {
            id: w.id ?? '',
            name: w.name ?? ws,
            ...(w.location ? { location: w.location } : {}),
            ...(w.properties?.tenantId ? { tenantId: w.properties.tenantId } : {}),
            ...(w.properties?.discoveryUrl ? { discoveryUrl: w.properties.discoveryUrl } : {}),
            ...(w.properties?.mlFlowTrackingUri ? { mlFlowTrackingUri: w.properties.mlFlowTrackingUri } : {}),
          };
        },
        'workspace',
      ),

    getDefaultDatastore: () =>
      call('find the default datastore', async () => {
        const list = await arm.list<Datastore>(ops.Datastores_List, { query: { isDefault: true } });
        // The filter is the service's; a datastore that says it is not the default is skipped all the same.
        const ds = list.find((d) => d.properties.isDefault !== false);
        if (!ds) throw new ConfigurationError(`Workspace '${ws}' has no default datastore.`, 'workspace');
        return toBlobDatastore(ds, ws);
      }),

    getDatastoreSecrets: (datastoreName) =>
      call(`read the secrets of datastore ${datastoreName}`, async () => {
        // The body (SecretExpiry) is optional: none asks for the datastore's own, non-expiring secrets.
        const secrets = await arm.send<DatastoreSecrets>(ops.Datastores_ListSecrets, { name: datastoreName });
        if (secrets.secretsType === 'AccountKey' && secrets.key) {
          setSecret(secrets.key);
          return { kind: 'account-key', accountKey: secrets.key };
        }
        if (secrets.secretsType === 'Sas' && secrets.sasToken) {
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
        const query = listOptions.tags ? { tags: tagsFilter(listOptions.tags) } : {};
        const versions = await unlessNotFound(() =>
          arm.list<ModelVersion>(ops.ModelVersions_List, { name, query }),
        );
        return (versions ?? []).map((mv) => toModelVersionInfo(name, mv));
      }),

    getModelVersion: (name, version) =>
      call(`read model ${name} version ${version}`, async () => {
        const mv = await unlessNotFound(() =>
          arm.send<ModelVersion>(ops.ModelVersions_Get, { name, version }),
        );
        return mv && toModelVersionInfo(name, mv);
      }),

    createOrUpdateModelVersion: (name, version, spec) =>
      call(`create model ${name} version ${version}`, async () => {
        const body: ModelVersionBody = {
          properties: {
            modelUri: spec.modelUri,
            modelType: spec.modelType,
            ...(spec.description !== undefined ? { description: spec.description } : {}),
            tags: spec.tags,
            properties: spec.properties,
            ...(spec.jobName !== undefined ? { jobName: spec.jobName } : {}),
            isAnonymous: false,
            isArchived: false,
          },
        };
        const created = await arm.send<ModelVersion>(ops.ModelVersions_CreateOrUpdate, {
          name,
          version,
          body,
        });
        return toModelVersionInfo(name, created);
      }),

    deleteModelVersion: (name, version) =>
      call(`delete model ${name} version ${version}`, async () => {
        await arm.send(ops.ModelVersions_Delete, { name, version });
      }),

    getCodeVersion: (name, version) =>
      call(`read code ${name} version ${version}`, async () => {
        const code = await unlessNotFound(() =>
          arm.send<CodeVersion>(ops.CodeVersions_Get, { name, version }),
        );
        return code && toAssetVersion(name, code);
      }),

    createCodeVersion: (name, version, spec) =>
      call(`create code ${name} version ${version}`, async () => {
        const body: CodeVersionBody = {
          properties: { codeUri: spec.codeUri, tags: spec.tags, isAnonymous: false },
        };
        return toAssetVersion(
          name,
          await arm.send<CodeVersion>(ops.CodeVersions_CreateOrUpdate, { name, version, body }),
        );
      }),

    getEnvironmentVersion: (name, version) =>
      call(`read environment ${name} version ${version}`, async () => {
        if (version !== 'latest') {
          const env = await unlessNotFound(() =>
            arm.send<EnvironmentVersion>(ops.EnvironmentVersions_Get, { name, version }),
          );
          return env && toAssetVersion(name, env);
        }
        // The newest first: the first item of the first page is the one.
        const page = await unlessNotFound(() =>
          arm.send<ArmPage<EnvironmentVersion>>(ops.EnvironmentVersions_List, {
            name,
            query: { $orderBy: 'createdtime desc' },
          }),
        );
        const newest = page?.value?.[0];
        return newest && toAssetVersion(name, newest);
      }),

    createEnvironmentVersion: (name, version, spec) =>
      call(`create environment ${name} version ${version}`, async () => {
        const body: EnvironmentVersionBody = {
          properties: {
            ...(spec.image !== undefined ? { image: spec.image } : {}),
            ...(spec.condaFile !== undefined ? { condaFile: spec.condaFile } : {}),
            ...(spec.build ? { build: spec.build } : {}),
            ...(spec.osType ? { osType: spec.osType } : {}),
            ...(spec.inferenceConfig ? { inferenceConfig: spec.inferenceConfig } : {}),
            ...(spec.description !== undefined ? { description: spec.description } : {}),
            tags: spec.tags,
            isAnonymous: spec.isAnonymous ?? false,
          },
        };
        const created = await arm.send<EnvironmentVersion>(ops.EnvironmentVersions_CreateOrUpdate, {
          name,
          version,
          body,
        });
        return toAssetVersion(name, created);
      }),
  };
}
