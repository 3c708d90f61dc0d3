// The bodies we send to and read from Microsoft.MachineLearningServices at AZUREML_API_VERSION
// (src/contract/azureml-api.ts), transcribed from that version's openapi.json and the common-types v3 files it
// refers to. Only the properties we use; each type names its spec definition. Two shapes per resource:
// - `*Body`: what a PUT may carry. Read-only properties (id, name, type, systemData, provisioningState,
//   scoringUri, isDefault, ...) are left out on purpose, so an object literal with one fails to compile.
// - the plain name: what the service answers, the body plus the read-only properties.
// Types only, but for stringRecord, which reads the spec's nullable string maps.

/** A string map whose values the spec marks x-nullable (tags, properties, environment variables). */
export type NullableStringMap = Record<string, string | null>;

/** The string values of such a map (null values dropped). */
export function stringRecord(value: NullableStringMap | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value ?? {})) if (typeof v === 'string') out[k] = v;
  return out;
}

/** SystemData (common-types v3 types.json): read-only. Dates are ISO 8601 strings on the wire. */
export interface SystemData {
  createdBy?: string;
  createdByType?: string;
  createdAt?: string;
  lastModifiedBy?: string;
  lastModifiedByType?: string;
  lastModifiedAt?: string;
}

/** Resource (common-types v3 types.json): the read-only envelope of every ARM resource. */
export interface ArmResource {
  readonly id?: string;
  readonly name?: string;
  readonly type?: string;
  readonly systemData?: SystemData;
}

/** The writable part of TrackedResource (common-types v3): location is required and create-only. */
export interface TrackedResourceBody {
  location: string;
  tags?: Record<string, string>;
}

/** ManagedServiceIdentityType (common-types v3 managedidentity.json). */
export type ManagedServiceIdentityType =
  'None' | 'SystemAssigned' | 'UserAssigned' | 'SystemAssigned,UserAssigned';

/** ManagedServiceIdentity as sent: principalId and tenantId are read-only, and so is all of UserAssignedIdentity. */
export interface ManagedServiceIdentityBody {
  type: ManagedServiceIdentityType;
  /** ARM ids of user-assigned identities, each mapped to `{}` in a request. */
  userAssignedIdentities?: Record<string, Record<string, never>>;
}

/** ManagedServiceIdentity as read. */
export interface ManagedServiceIdentity {
  type: ManagedServiceIdentityType;
  readonly principalId?: string;
  readonly tenantId?: string;
  userAssignedIdentities?: Record<
    string,
    { readonly principalId?: string; readonly clientId?: string } | null
  >;
}

/** Sku (common-types v3 types.json). */
export interface Sku {
  name: string;
  tier?: 'Free' | 'Basic' | 'Standard' | 'Premium';
  size?: string;
  family?: string;
  capacity?: number;
}

/** The `*ResourceArmPaginatedResult` / `*TrackedResourceArmPaginatedResult` definitions: one page of a list. */
export interface ArmPage<T> {
  value: T[];
  nextLink?: string;
}

// ---- Workspace ---------------------------------------------------------------------------------------------

/** Workspace (read only here). `properties` is flattened by the SDKs; on the wire it is nested. */
export interface Workspace extends ArmResource {
  location?: string;
  tags?: Record<string, string>;
  kind?: string;
  properties?: {
    /** Read-only. */
    readonly tenantId?: string;
    readonly workspaceId?: string;
    /** Read-only: GET answers { api: <the data plane's base URL> } (run history). */
    readonly discoveryUrl?: string;
    /** Read-only: azureml://<host>/mlflow/v1.0/<workspace id> (MLflow tracking). */
    readonly mlFlowTrackingUri?: string;
    friendlyName?: string;
    description?: string;
  };
}

// ---- Assets: ResourceBase, AssetBase -----------------------------------------------------------------------

/** ResourceBase. */
export interface ResourceBase {
  description?: string | null;
  properties?: NullableStringMap | null;
  tags?: NullableStringMap | null;
}

/** AssetBase: isAnonymous is create-only, isArchived may be updated. */
export interface AssetBase extends ResourceBase {
  isAnonymous?: boolean;
  isArchived?: boolean;
}

/** AssetProvisioningState (read-only on every asset version). */
export type AssetProvisioningState =
  'Succeeded' | 'Failed' | 'Canceled' | 'Creating' | 'Updating' | 'Deleting';

interface AssetReadOnly {
  readonly provisioningState?: AssetProvisioningState;
}

/** ModelVersionProperties as sent. */
export interface ModelVersionProperties extends AssetBase {
  modelUri?: string | null;
  modelType?: string | null;
  jobName?: string | null;
  stage?: string | null;
}

/** ModelVersion as sent (PUT ModelVersions_CreateOrUpdate). */
export interface ModelVersionBody {
  properties: ModelVersionProperties;
}

/** ModelVersion as read. */
export interface ModelVersion extends ArmResource {
  properties: ModelVersionProperties & AssetReadOnly;
}

/** CodeVersionProperties as sent. */
export interface CodeVersionProperties extends AssetBase {
  codeUri?: string | null;
}

/** CodeVersion as sent (PUT CodeVersions_CreateOrUpdate). */
export interface CodeVersionBody {
  properties: CodeVersionProperties;
}

/** CodeVersion as read. */
export interface CodeVersion extends ArmResource {
  properties: CodeVersionProperties & AssetReadOnly;
}

/** BuildContext: where the Docker build context is (a blob URI) and the Dockerfile in it. */
export interface BuildContext {
  contextUri: string;
  dockerfilePath?: string;
}

/** Route: a path and a port in an inference container. */
export interface Route {
  path: string;
  port: number;
}

/** InferenceContainerProperties: the routes of a custom inference container. */
export interface InferenceContainerProperties {
  livenessRoute?: Route;
  readinessRoute?: Route;
  scoringRoute?: Route;
  startupRoute?: Route | null;
}

/** EnvironmentVersionProperties as sent: image, condaFile, build, osType, inferenceConfig and autoRebuild are create-only. */
export interface EnvironmentVersionProperties extends AssetBase {
  image?: string;
  condaFile?: string;
  build?: BuildContext;
  inferenceConfig?: InferenceContainerProperties;
  osType?: 'Linux' | 'Windows';
  autoRebuild?: 'Disabled' | 'OnBaseImageUpdate';
  stage?: string | null;
}

/** EnvironmentVersion as sent (PUT EnvironmentVersions_CreateOrUpdate). */
export interface EnvironmentVersionBody {
  properties: EnvironmentVersionProperties;
}

/** EnvironmentVersion as read. */
export interface EnvironmentVersion extends ArmResource {
  properties: EnvironmentVersionProperties &
    AssetReadOnly & { readonly environmentType?: 'Curated' | 'UserCreated' };
}

// ---- Datastores (read only here) ---------------------------------------------------------------------------

/** DatastoreType. */
export type DatastoreType = 'AzureBlob' | 'AzureDataLakeGen1' | 'AzureDataLakeGen2' | 'AzureFile' | 'OneLake';

/** DatastoreProperties: the base of every datastore kind (discriminator datastoreType). */
export interface DatastoreProperties extends ResourceBase {
  datastoreType: DatastoreType;
  /** DatastoreCredentials: only its discriminator is read here. */
  credentials: { credentialsType: 'AccountKey' | 'Certificate' | 'None' | 'Sas' | 'ServicePrincipal' };
  /** Read-only: the workspace's default datastore. */
  readonly isDefault?: boolean;
}

/** AzureBlobDatastore (x-ms-discriminator-value AzureBlob). */
export interface AzureBlobDatastoreProperties extends DatastoreProperties {
  datastoreType: 'AzureBlob';
  accountName?: string | null;
  containerName?: string | null;
  /** Storage endpoint suffix, e.g. core.windows.net (the emulator: 127.0.0.1:<port>). */
  endpoint?: string | null;
  protocol?: string | null;
  resourceGroup?: string | null;
  subscriptionId?: string | null;
  serviceDataAccessAuthIdentity?:
    'None' | 'WorkspaceSystemAssignedIdentity' | 'WorkspaceUserAssignedIdentity';
}

/** Datastore as read. */
export interface Datastore extends ArmResource {
  properties: DatastoreProperties | AzureBlobDatastoreProperties;
}

/** SecretExpiry: the optional body of Datastores_ListSecrets. */
export interface SecretExpiry {
  expirableSecret?: boolean;
  expireAfterHours?: number;
}

/** DatastoreSecrets and its kinds AccountKeyDatastoreSecrets and SasDatastoreSecrets (discriminator secretsType). */
export type DatastoreSecrets =
  | { secretsType: 'AccountKey'; key?: string | null }
  | { secretsType: 'Sas'; sasToken?: string | null }
  | { secretsType: 'Certificate' | 'ServicePrincipal' };

// ---- Online endpoints and deployments ----------------------------------------------------------------------

/** EndpointAuthMode. */
export type EndpointAuthMode = 'AMLToken' | 'Key' | 'AADToken';

/** EndpointProvisioningState. */
export type EndpointProvisioningState =
  'Creating' | 'Deleting' | 'Succeeded' | 'Failed' | 'Updating' | 'Canceled';

/** EndpointAuthKeys (also the body of OnlineEndpoints_ListKeys). */
export interface EndpointAuthKeys {
  primaryKey?: string | null;
  secondaryKey?: string | null;
}

/** OnlineEndpointProperties (with EndpointPropertiesBase) as sent. */
export interface OnlineEndpointProperties {
  /** Required. */
  authMode: EndpointAuthMode;
  description?: string | null;
  /** Create-only: keys to start with (the service generates them when absent). */
  keys?: EndpointAuthKeys | null;
  /** Can be added to, not removed or altered. */
  properties?: NullableStringMap | null;
  compute?: string | null;
  publicNetworkAccess?: 'Enabled' | 'Disabled';
  /** Deployment name -> percent of live traffic; the values add up to 0 or 100. */
  traffic?: Record<string, number> | null;
  /** Deployment name -> percent of traffic copied to it, answers dropped (since 2023-04-01). */
  mirrorTraffic?: Record<string, number> | null;
}

/** OnlineEndpoint as sent (PUT OnlineEndpoints_CreateOrUpdate). */
export interface OnlineEndpointBody extends TrackedResourceBody {
  identity?: ManagedServiceIdentityBody;
  kind?: string;
  sku?: Sku;
  properties: OnlineEndpointProperties;
}

/** OnlineEndpoint as read. */
export interface OnlineEndpoint extends ArmResource {
  location: string;
  tags?: Record<string, string>;
  identity?: ManagedServiceIdentity;
  kind?: string;
  sku?: Sku;
  properties: OnlineEndpointProperties & {
    readonly provisioningState?: EndpointProvisioningState;
    readonly scoringUri?: string | null;
    readonly swaggerUri?: string | null;
  };
}

/** CodeConfiguration: scoringScript is required (minLength 1); both are create-only. */
export interface CodeConfiguration {
  codeId?: string | null;
  scoringScript: string;
}

/** OnlineRequestSettings: durations are ISO 8601 (PT5S). */
export interface OnlineRequestSettings {
  maxConcurrentRequestsPerInstance?: number;
  maxQueueWait?: string;
  requestTimeout?: string;
}

/** ProbeSettings: durations are ISO 8601. */
export interface ProbeSettings {
  failureThreshold?: number;
  initialDelay?: string | null;
  period?: string;
  successThreshold?: number;
  timeout?: string;
}

/** OnlineScaleSettings and its kinds DefaultScaleSettings and TargetUtilizationScaleSettings (discriminator scaleType). */
export type OnlineScaleSettings =
  | { scaleType: 'Default' }
  | {
      scaleType: 'TargetUtilization';
      maxInstances?: number;
      minInstances?: number;
      /** ISO 8601 duration. */
      pollingInterval?: string;
      targetUtilizationPercentage?: number;
    };

/** Collection: one data collection of a deployment's data collector. */
export interface Collection {
  clientId?: string | null;
  dataCollectionMode?: 'Enabled' | 'Disabled';
  dataId?: string | null;
  samplingRate?: number;
}

/** RequestLogging. */
export interface RequestLogging {
  captureHeaders?: string[] | null;
}

/** DataCollector: collections is required. */
export interface DataCollector {
  collections: Record<string, Collection | null>;
  requestLogging?: RequestLogging | null;
  rollingRate?: 'Year' | 'Month' | 'Day' | 'Hour' | 'Minute';
}

/** EndpointComputeType (the discriminator of OnlineDeploymentProperties). */
export type EndpointComputeType = 'Managed' | 'Kubernetes' | 'AzureMLCompute';

/** DeploymentProvisioningState. */
export type DeploymentProvisioningState =
  'Creating' | 'Deleting' | 'Scaling' | 'Updating' | 'Succeeded' | 'Failed' | 'Canceled';

/** OnlineDeploymentProperties (with EndpointDeploymentPropertiesBase), the writable part common to every kind. */
interface OnlineDeploymentCommon {
  codeConfiguration?: CodeConfiguration | null;
  description?: string | null;
  environmentId?: string | null;
  environmentVariables?: NullableStringMap | null;
  properties?: NullableStringMap | null;
  appInsightsEnabled?: boolean;
  dataCollector?: DataCollector | null;
  egressPublicNetworkAccess?: 'Enabled' | 'Disabled';
  /** Create-only. */
  instanceType?: string | null;
  livenessProbe?: ProbeSettings | null;
  readinessProbe?: ProbeSettings | null;
  startupProbe?: ProbeSettings | null;
  model?: string | null;
  modelMountPath?: string | null;
  requestSettings?: OnlineRequestSettings | null;
  scaleSettings?: OnlineScaleSettings | null;
}

/** ManagedOnlineDeployment (x-ms-discriminator-value Managed) as sent. */
export interface ManagedOnlineDeploymentProperties extends OnlineDeploymentCommon {
  endpointComputeType: 'Managed';
}

/** OnlineDeployment as sent (PUT OnlineDeployments_CreateOrUpdate): a managed deployment. */
export interface OnlineDeploymentBody extends TrackedResourceBody {
  identity?: ManagedServiceIdentityBody;
  kind?: string;
  sku?: Sku;
  properties: ManagedOnlineDeploymentProperties;
}

/** OnlineDeployment as read (any compute type). */
export interface OnlineDeployment extends ArmResource {
  location: string;
  tags?: Record<string, string>;
  identity?: ManagedServiceIdentity;
  kind?: string;
  sku?: Sku;
  properties: OnlineDeploymentCommon & {
    endpointComputeType: EndpointComputeType;
    readonly provisioningState?: DeploymentProvisioningState;
  };
}

/** EndpointAuthToken (the body of OnlineEndpoints_GetToken). */
export interface EndpointAuthToken {
  accessToken?: string | null;
  expiryTimeUtc?: number;
  refreshAfterTimeUtc?: number;
  tokenType?: string | null;
}

/** DeploymentLogsRequest (the body of OnlineDeployments_GetLogs). */
export interface DeploymentLogsRequest {
  containerType?: 'StorageInitializer' | 'InferenceServer';
  tail?: number | null;
}

/** DeploymentLogs. */
export interface DeploymentLogs {
  content?: string | null;
}
