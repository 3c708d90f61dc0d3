// Online endpoints and deployments of the 2026-07-01 spec (openapi.json: OnlineEndpoint, OnlineEndpointProperties,
// EndpointPropertiesBase, OnlineDeployment, OnlineDeploymentProperties with its endpointComputeType
// discriminator, and the bodies and answers of their actions).
import type { ObjectSchema, Schema } from '../schema.js';
import {
  bool,
  int32,
  ManagedServiceIdentity,
  nullableStr,
  page,
  Sku,
  str,
  stringMap,
  trackedProperties,
} from './common.js';

const percentMap: Schema = { type: 'map', nullable: true, values: { type: 'integer', format: 'int32' } };

/** EndpointAuthKeys: both keys are secrets; as part of an endpoint they are create-only (never answered). */
export const EndpointAuthKeys: ObjectSchema = {
  type: 'object',
  properties: {
    primaryKey: nullableStr({ format: 'password' }),
    secondaryKey: nullableStr({ format: 'password' }),
  },
};

/** OnlineEndpointProperties (+ EndpointPropertiesBase). mirrorTraffic exists since 2023-04-01. */
const OnlineEndpointProperties: ObjectSchema = {
  type: 'object',
  required: ['authMode'],
  properties: {
    authMode: str({ enum: ['AMLToken', 'Key', 'AADToken'] }),
    description: nullableStr(),
    keys: { ...EndpointAuthKeys, nullable: true, writeOnly: true },
    properties: stringMap(),
    scoringUri: nullableStr({ format: 'uri', readOnly: true }),
    swaggerUri: nullableStr({ format: 'uri', readOnly: true }),
    compute: nullableStr(),
    mirrorTraffic: percentMap,
    provisioningState: str({
      readOnly: true,
      enum: ['Creating', 'Deleting', 'Succeeded', 'Failed', 'Updating', 'Canceled'],
    }),
    publicNetworkAccess: str({ enum: ['Enabled', 'Disabled'] }),
    traffic: percentMap,
  },
};

const tracked = (properties: ObjectSchema): ObjectSchema => ({
  type: 'object',
  required: ['properties', 'location'],
  properties: {
    ...trackedProperties,
    properties,
    identity: ManagedServiceIdentity,
    kind: str(),
    sku: Sku,
  },
});

export const OnlineEndpoint = tracked(OnlineEndpointProperties);

const duration = str({ format: 'duration' });
const ProbeSettings: ObjectSchema = {
  type: 'object',
  nullable: true,
  properties: {
    failureThreshold: int32,
    initialDelay: nullableStr({ format: 'duration' }),
    period: duration,
    successThreshold: int32,
    timeout: duration,
  },
};

const containerResources: ObjectSchema = {
  type: 'object',
  nullable: true,
  properties: { cpu: nullableStr(), gpu: nullableStr(), memory: nullableStr() },
};

/** OnlineDeploymentProperties (+ EndpointDeploymentPropertiesBase), discriminated by endpointComputeType. */
const OnlineDeploymentProperties: ObjectSchema = {
  type: 'object',
  required: ['endpointComputeType'],
  properties: {
    codeConfiguration: {
      type: 'object',
      nullable: true,
      required: ['scoringScript'],
      properties: {
        codeId: nullableStr(),
        scoringScript: str({ minLength: 1, pattern: /[a-zA-Z0-9_]/ }),
      },
    },
    description: nullableStr(),
    environmentId: nullableStr(),
    environmentVariables: stringMap(),
    properties: stringMap(),
    appInsightsEnabled: bool,
    dataCollector: {
      type: 'object',
      nullable: true,
      required: ['collections'],
      properties: {
        collections: {
          type: 'map',
          values: {
            type: 'object',
            nullable: true,
            properties: {
              clientId: nullableStr(),
              dataCollectionMode: str({ enum: ['Enabled', 'Disabled'] }),
              dataId: nullableStr(),
              samplingRate: { type: 'number', format: 'double' },
            },
          },
        },
        requestLogging: {
          type: 'object',
          nullable: true,
          properties: { captureHeaders: { type: 'array', nullable: true, items: str() } },
        },
        rollingRate: str({ enum: ['Year', 'Month', 'Day', 'Hour', 'Minute'] }),
      },
    },
    egressPublicNetworkAccess: str({ enum: ['Enabled', 'Disabled'] }),
    endpointComputeType: str({ enum: ['Managed', 'Kubernetes', 'AzureMLCompute'] }),
    instanceType: nullableStr(),
    livenessProbe: ProbeSettings,
    model: nullableStr(),
    modelMountPath: nullableStr(),
    provisioningState: str({
      readOnly: true,
      enum: ['Creating', 'Deleting', 'Scaling', 'Updating', 'Succeeded', 'Failed', 'Canceled'],
    }),
    readinessProbe: ProbeSettings,
    requestSettings: {
      type: 'object',
      nullable: true,
      properties: {
        maxConcurrentRequestsPerInstance: int32,
        maxQueueWait: duration,
        requestTimeout: duration,
      },
    },
    scaleSettings: {
      type: 'object',
      nullable: true,
      properties: { scaleType: str({ enum: ['Default', 'TargetUtilization'] }) },
      discriminator: {
        property: 'scaleType',
        variants: {
          Default: {},
          TargetUtilization: {
            properties: {
              maxInstances: int32,
              minInstances: int32,
              pollingInterval: duration,
              targetUtilizationPercentage: int32,
            },
          },
        },
      },
    },
    startupProbe: ProbeSettings,
  },
  discriminator: {
    property: 'endpointComputeType',
    // ManagedOnlineDeployment adds nothing; KubernetesOnlineDeployment adds containerResourceRequirements.
    // AzureMLCompute is in the enum but no definition carries it as its discriminator value.
    variants: {
      Managed: {},
      Kubernetes: {
        properties: {
          containerResourceRequirements: {
            type: 'object',
            nullable: true,
            properties: {
              containerResourceLimits: containerResources,
              containerResourceRequests: containerResources,
            },
          },
        },
      },
    },
  },
};

export const OnlineDeployment = tracked(OnlineDeploymentProperties);
export const OnlineEndpointPage = page(OnlineEndpoint);
export const OnlineDeploymentPage = page(OnlineDeployment);

/** RegenerateEndpointKeysRequest. */
export const RegenerateEndpointKeysRequest: ObjectSchema = {
  type: 'object',
  required: ['keyType'],
  properties: { keyType: str({ enum: ['Primary', 'Secondary'] }), keyValue: nullableStr() },
};

/** EndpointAuthToken. */
export const EndpointAuthToken: ObjectSchema = {
  type: 'object',
  properties: {
    accessToken: nullableStr({ format: 'password' }),
    expiryTimeUtc: { type: 'integer', format: 'int64' },
    refreshAfterTimeUtc: { type: 'integer', format: 'int64' },
    tokenType: nullableStr(),
  },
};

/** DeploymentLogsRequest and DeploymentLogs. */
export const DeploymentLogsRequest: ObjectSchema = {
  type: 'object',
  properties: {
    containerType: str({ enum: ['StorageInitializer', 'InferenceServer'] }),
    tail: { type: 'integer', format: 'int32', nullable: true },
  },
};
export const DeploymentLogs: ObjectSchema = { type: 'object', properties: { content: nullableStr() } };
