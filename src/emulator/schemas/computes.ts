// Computes of the 2026-07-01 spec (openapi.json: ComputeResource, Compute with its computeType discriminator,
// AmlCompute, AmlComputeProperties, ScaleSettings, ClusterUpdateParameters, PaginatedComputeResourcesList). The
// emulator serves AmlCompute clusters only: the discriminator lists that variant, so a request for another compute
// type is a 400 naming `properties.computeType`.
import type { ObjectSchema, Schema } from '../schema.js';
import {
  bool,
  ErrorResponse,
  int32,
  ManagedServiceIdentity,
  nullableStr,
  page,
  resourceProperties,
  Sku,
  str,
} from './common.js';

const readOnlyInt: Schema = { type: 'integer', format: 'int32', readOnly: true };

/** ScaleSettings: maxNodeCount required, minNodeCount default 0, nodeIdleTimeBeforeScaleDown a duration. */
export const ScaleSettings: ObjectSchema = {
  type: 'object',
  required: ['maxNodeCount'],
  properties: {
    maxNodeCount: int32,
    minNodeCount: int32,
    nodeIdleTimeBeforeScaleDown: str({ format: 'duration' }),
  },
};

const idOnly: ObjectSchema = { type: 'object', nullable: true, required: ['id'], properties: { id: str() } };

/** AmlComputeProperties. */
const AmlComputeProperties: ObjectSchema = {
  type: 'object',
  properties: {
    osType: str({ enum: ['Linux', 'Windows'] }),
    vmSize: str(),
    vmPriority: str({ enum: ['Dedicated', 'LowPriority'] }),
    virtualMachineImage: idOnly,
    isolatedNetwork: bool,
    scaleSettings: ScaleSettings,
    userAccountCredentials: {
      type: 'object',
      nullable: true,
      required: ['adminUserName'],
      properties: {
        adminUserName: str(),
        adminUserSshPublicKey: str({ format: 'password' }),
        adminUserPassword: str({ format: 'password' }),
      },
    },
    subnet: idOnly,
    remoteLoginPortPublicAccess: str({ enum: ['Enabled', 'Disabled', 'NotSpecified'] }),
    allocationState: str({ readOnly: true, enum: ['Steady', 'Resizing'] }),
    allocationStateTransitionTime: str({ readOnly: true, format: 'date-time' }),
    errors: { type: 'array', nullable: true, readOnly: true, items: ErrorResponse },
    currentNodeCount: { ...readOnlyInt, nullable: true },
    targetNodeCount: { ...readOnlyInt, nullable: true },
    nodeStateCounts: {
      type: 'object',
      nullable: true,
      readOnly: true,
      properties: {
        idleNodeCount: readOnlyInt,
        runningNodeCount: readOnlyInt,
        preparingNodeCount: readOnlyInt,
        unusableNodeCount: readOnlyInt,
        leavingNodeCount: readOnlyInt,
        preemptedNodeCount: readOnlyInt,
      },
    },
    enableNodePublicIp: { type: 'boolean', nullable: true },
    propertyBag: { type: 'any', nullable: true },
  },
};

/** Compute (the base of every compute type) with the AmlCompute variant. */
const Compute: ObjectSchema = {
  type: 'object',
  required: ['computeType'],
  properties: {
    computeType: str(),
    computeLocation: str(),
    provisioningState: str({
      readOnly: true,
      enum: ['Unknown', 'Updating', 'Creating', 'Deleting', 'Succeeded', 'Failed', 'Canceled'],
    }),
    description: nullableStr(),
    createdOn: str({ readOnly: true, format: 'date-time' }),
    modifiedOn: str({ readOnly: true, format: 'date-time' }),
    resourceId: nullableStr(),
    provisioningErrors: { type: 'array', nullable: true, readOnly: true, items: ErrorResponse },
    isAttachedCompute: { type: 'boolean', readOnly: true },
    disableLocalAuth: bool,
  },
  discriminator: {
    property: 'computeType',
    variants: { AmlCompute: { properties: { properties: AmlComputeProperties } } },
  },
};

/** ComputeResource: ProxyResource + properties, location, tags, sku, identity. */
export const ComputeResource: ObjectSchema = {
  type: 'object',
  properties: {
    ...resourceProperties,
    properties: Compute,
    location: str(),
    tags: { type: 'map', nullable: true, values: str() },
    sku: { ...Sku, nullable: true },
    identity: ManagedServiceIdentity,
  },
};

export const ComputePage = page(ComputeResource);

/** ClusterUpdateParameters: the body of Compute_Update (PATCH), which changes a cluster's scale settings. */
export const ClusterUpdateParameters: ObjectSchema = {
  type: 'object',
  properties: {
    properties: {
      type: 'object',
      properties: { properties: { type: 'object', properties: { scaleSettings: ScaleSettings } } },
    },
  },
};
