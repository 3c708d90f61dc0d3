// Shared definitions of the 2026-07-01 spec (openapi.json and common-types/resource-management/v3), transcribed
// for what the emulator serves. Each constant names the definition it follows.
import type { MapSchema, ObjectSchema, Schema, StringSchema } from '../schema.js';

export const str = (extra: Omit<StringSchema, 'type'> = {}): StringSchema => ({ type: 'string', ...extra });
export const nullableStr = (extra: Omit<StringSchema, 'type'> = {}): StringSchema =>
  str({ nullable: true, ...extra });
export const int32: Schema = { type: 'integer', format: 'int32' };
export const bool: Schema = { type: 'boolean' };
export const readOnlyStr: StringSchema = str({ readOnly: true });
/** A map of strings to (nullable) strings: tags, properties, environmentVariables. */
export const stringMap = (nullable = true): MapSchema => ({
  type: 'map',
  nullable,
  values: str({ nullable: true }),
});

/** types.json SystemData (readOnly where a resource holds it). */
export const SystemData: ObjectSchema = {
  type: 'object',
  readOnly: true,
  properties: {
    createdBy: str(),
    createdByType: str({ enum: ['User', 'Application', 'ManagedIdentity', 'Key'] }),
    createdAt: str({ format: 'date-time' }),
    lastModifiedBy: str(),
    lastModifiedByType: str({ enum: ['User', 'Application', 'ManagedIdentity', 'Key'] }),
    lastModifiedAt: str({ format: 'date-time' }),
  },
};

/** types.json Resource (and ProxyResource, which adds nothing). */
export const resourceProperties: Record<string, Schema> = {
  id: readOnlyStr,
  name: readOnlyStr,
  type: readOnlyStr,
  systemData: SystemData,
};

/** types.json TrackedResource: Resource + tags + location (required). */
export const trackedProperties: Record<string, Schema> = {
  ...resourceProperties,
  tags: { type: 'map', values: str() },
  location: str(),
};

/** managedidentity.json ManagedServiceIdentity. */
export const ManagedServiceIdentity: ObjectSchema = {
  type: 'object',
  required: ['type'],
  properties: {
    principalId: str({ format: 'uuid', readOnly: true }),
    tenantId: str({ format: 'uuid', readOnly: true }),
    type: str({ enum: ['None', 'SystemAssigned', 'UserAssigned', 'SystemAssigned,UserAssigned'] }),
    userAssignedIdentities: {
      type: 'map',
      values: {
        type: 'object',
        properties: {
          clientId: str({ format: 'uuid', readOnly: true }),
          principalId: str({ format: 'uuid', readOnly: true }),
        },
      },
    },
  },
};

const SkuTier = str({ enum: ['Free', 'Basic', 'Standard', 'Premium'] });

/** types.json Sku. */
export const Sku: ObjectSchema = {
  type: 'object',
  required: ['name'],
  properties: { name: str(), tier: SkuTier, size: str(), family: str(), capacity: int32 },
};

/** openapi.json PartialMinimalTrackedResource: the body of PATCH on tracked resources. */
const partialTags: MapSchema = { type: 'map', values: str({ nullable: true }) };

/** openapi.json PartialMinimalTrackedResourceWithIdentity (PATCH onlineEndpoints). */
export const PartialMinimalTrackedResourceWithIdentity: ObjectSchema = {
  type: 'object',
  properties: {
    tags: partialTags,
    identity: {
      type: 'object',
      properties: {
        type: str({ enum: ['None', 'SystemAssigned', 'UserAssigned', 'SystemAssigned,UserAssigned'] }),
        userAssignedIdentities: { type: 'map', values: { type: 'any' } },
      },
    },
  },
};

/** openapi.json PartialMinimalTrackedResourceWithSku (PATCH deployments). */
export const PartialMinimalTrackedResourceWithSku: ObjectSchema = {
  type: 'object',
  properties: {
    tags: partialTags,
    sku: {
      type: 'object',
      properties: { capacity: int32, family: str(), name: str(), size: str(), tier: SkuTier },
    },
  },
};

/** The `<X>ResourceArmPaginatedResult` and `WorkspaceListResult` shapes: value + nextLink. */
export function page(item: Schema, valueRequired = true): ObjectSchema {
  return {
    type: 'object',
    required: valueRequired ? ['value'] : [],
    properties: { value: { type: 'array', items: item }, nextLink: str({ format: 'uri' }) },
  };
}

/** openapi.json ResourceBase: what every asset's properties carry. */
export const resourceBaseProperties: Record<string, Schema> = {
  description: nullableStr(),
  properties: stringMap(),
  tags: stringMap(),
};

/** ARM's ErrorResponse (types.json v3), for the answers' error bodies. */
const ErrorDetail: ObjectSchema = {
  type: 'object',
  properties: {
    code: str({ readOnly: true }),
    message: str({ readOnly: true }),
    target: str({ readOnly: true }),
    details: { type: 'array', readOnly: true, items: { type: 'any' } },
    additionalInfo: { type: 'array', readOnly: true, items: { type: 'any' } },
  },
};
export const ErrorResponse: ObjectSchema = { type: 'object', properties: { error: ErrorDetail } };
