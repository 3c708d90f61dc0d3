// Workspaces and datastores of the 2026-07-01 spec, for what the emulator answers (openapi.json: Workspace,
// WorkspaceProperties, Datastore with its datastoreType discriminator, AzureBlobDatastore, DatastoreCredentials,
// DatastoreSecrets, SecretExpiry). The emulator creates neither, so only the readable parts are transcribed; the
// properties it never answers (encryption, managedNetwork, ...) are left out and would be refused.
import type { ObjectSchema } from '../schema.js';
import {
  bool,
  int32,
  ManagedServiceIdentity,
  nullableStr,
  page,
  resourceBaseProperties,
  resourceProperties,
  Sku,
  str,
} from './common.js';

/** WorkspaceProperties: the readable properties the emulator answers. */
const WorkspaceProperties: ObjectSchema = {
  type: 'object',
  properties: {
    description: str(),
    discoveryUrl: str(),
    friendlyName: str(),
    hbiWorkspace: bool,
    mlFlowTrackingUri: str({ readOnly: true }),
    privateLinkCount: { ...int32, readOnly: true },
    provisioningState: str({
      readOnly: true,
      enum: ['Unknown', 'Updating', 'Creating', 'Deleting', 'Succeeded', 'Failed', 'Canceled'],
    }),
    publicNetworkAccess: str({ enum: ['Enabled', 'Disabled'] }),
    storageAccount: str(),
    storageHnsEnabled: { ...bool, readOnly: true },
    tenantId: str({ readOnly: true }),
    v1LegacyMode: bool,
    workspaceId: str({ readOnly: true }),
  },
};

/** Workspace: a ProxyResource with its own location, tags, sku, identity and kind. */
export const Workspace: ObjectSchema = {
  type: 'object',
  required: ['properties'],
  properties: {
    ...resourceProperties,
    properties: WorkspaceProperties,
    identity: ManagedServiceIdentity,
    kind: str(),
    location: str(),
    sku: Sku,
    tags: { type: 'map', values: str() },
  },
};
export const WorkspaceListResult = page(Workspace);

const serviceDataAccessAuthIdentity = str({
  enum: ['None', 'WorkspaceSystemAssignedIdentity', 'WorkspaceUserAssignedIdentity'],
});

/** DatastoreProperties (ResourceBase + credentials, datastoreType, isDefault) with the AzureBlob variant. */
const DatastoreProperties: ObjectSchema = {
  type: 'object',
  required: ['credentials', 'datastoreType'],
  properties: {
    ...resourceBaseProperties,
    credentials: {
      type: 'object',
      required: ['credentialsType'],
      properties: {
        credentialsType: str({ enum: ['AccountKey', 'Certificate', 'None', 'Sas', 'ServicePrincipal'] }),
      },
      discriminator: {
        property: 'credentialsType',
        variants: {
          // AccountKeyDatastoreCredentials.secrets is required (the contract test's oav requires it in answers
          // too); its key is create/update-only: answered as the secrets object without the key.
          AccountKey: {
            required: ['secrets'],
            properties: {
              secrets: {
                type: 'object',
                required: ['secretsType'],
                properties: {
                  secretsType: str({ enum: ['AccountKey'] }),
                  key: nullableStr({ writeOnly: true }),
                },
              },
            },
          },
          None: {},
        },
      },
    },
    datastoreType: str({
      enum: ['AzureBlob', 'AzureDataLakeGen1', 'AzureDataLakeGen2', 'AzureFile', 'OneLake'],
    }),
    isDefault: { ...bool, readOnly: true },
  },
  discriminator: {
    property: 'datastoreType',
    variants: {
      AzureBlob: {
        properties: {
          resourceGroup: nullableStr(),
          subscriptionId: nullableStr(),
          accountName: nullableStr(),
          containerName: nullableStr(),
          endpoint: nullableStr(),
          protocol: nullableStr(),
          serviceDataAccessAuthIdentity,
        },
      },
    },
  },
};

export const Datastore: ObjectSchema = {
  type: 'object',
  required: ['properties'],
  properties: { ...resourceProperties, properties: DatastoreProperties },
};
export const DatastorePage = page(Datastore);

/** DatastoreSecrets, discriminated by secretsType (the emulator's datastores hold account keys). */
export const DatastoreSecrets: ObjectSchema = {
  type: 'object',
  required: ['secretsType'],
  properties: { secretsType: str({ enum: ['AccountKey', 'Certificate', 'Sas', 'ServicePrincipal'] }) },
  discriminator: {
    property: 'secretsType',
    variants: { AccountKey: { properties: { key: nullableStr() } } },
  },
};

/** SecretExpiry: the optional body of listSecrets. */
export const SecretExpiry: ObjectSchema = {
  type: 'object',
  properties: { expirableSecret: bool, expireAfterHours: int32 },
};
