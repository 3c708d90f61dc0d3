// Model, code and environment containers and versions of the 2026-07-01 spec (openapi.json: ModelContainer,
// ModelVersion, CodeContainer, CodeVersion, EnvironmentContainer, EnvironmentVersion and their Properties).
import type { ObjectSchema, Schema } from '../schema.js';
import type { AssetKind } from '../state.js';
import { bool, int32, nullableStr, page, resourceBaseProperties, resourceProperties, str } from './common.js';

const provisioningState = str({
  readOnly: true,
  enum: ['Succeeded', 'Failed', 'Canceled', 'Creating', 'Updating', 'Deleting'],
});

/** AssetContainer: ResourceBase + isArchived, latestVersion and nextVersion (read-only). */
const containerProperties: ObjectSchema = {
  type: 'object',
  properties: {
    ...resourceBaseProperties,
    isArchived: bool,
    latestVersion: nullableStr({ readOnly: true }),
    nextVersion: nullableStr({ readOnly: true }),
    provisioningState,
  },
};

/** AssetBase: ResourceBase + isAnonymous and isArchived. */
const assetBase: Record<string, Schema> = {
  ...resourceBaseProperties,
  isAnonymous: bool,
  isArchived: bool,
  provisioningState,
};

/** InferenceContainerProperties' Route. */
const route: ObjectSchema = {
  type: 'object',
  required: ['path', 'port'],
  properties: { path: str({ minLength: 1, pattern: /[a-zA-Z0-9_]/ }), port: int32 },
};

const versionProperties: Record<AssetKind, ObjectSchema> = {
  models: {
    type: 'object',
    properties: {
      ...assetBase,
      flavors: {
        type: 'map',
        nullable: true,
        values: {
          type: 'object',
          nullable: true,
          properties: { data: { type: 'map', nullable: true, values: nullableStr() } },
        },
      },
      jobName: nullableStr(),
      modelType: nullableStr(),
      modelUri: nullableStr(),
      stage: nullableStr(),
      datasets: {
        type: 'array',
        nullable: true,
        items: { type: 'object', properties: { name: nullableStr(), id: nullableStr() } },
      },
    },
  },
  codes: { type: 'object', properties: { ...assetBase, codeUri: nullableStr() } },
  environments: {
    type: 'object',
    properties: {
      ...assetBase,
      autoRebuild: str({ enum: ['Disabled', 'OnBaseImageUpdate'] }),
      build: {
        type: 'object',
        required: ['contextUri'],
        properties: {
          contextUri: str({ minLength: 1, pattern: /[a-zA-Z0-9_]/ }),
          dockerfilePath: str(),
        },
      },
      condaFile: str(),
      environmentType: str({ readOnly: true, enum: ['Curated', 'UserCreated'] }),
      image: str(),
      inferenceConfig: {
        type: 'object',
        properties: {
          livenessRoute: route,
          readinessRoute: route,
          scoringRoute: route,
          startupRoute: { ...route, nullable: true },
        },
      },
      osType: str({ enum: ['Linux', 'Windows'] }),
      stage: nullableStr(),
    },
  },
};

const resource = (properties: ObjectSchema): ObjectSchema => ({
  type: 'object',
  required: ['properties'],
  properties: { ...resourceProperties, properties },
});

/** `<Kind>Container` per asset kind. */
export const CONTAINER: Record<AssetKind, ObjectSchema> = {
  models: resource(containerProperties),
  codes: resource(containerProperties),
  environments: resource(containerProperties),
};

/** `<Kind>Version` per asset kind. */
export const VERSION: Record<AssetKind, ObjectSchema> = {
  models: resource(versionProperties.models),
  codes: resource(versionProperties.codes),
  environments: resource(versionProperties.environments),
};

export const CONTAINER_PAGE: Record<AssetKind, ObjectSchema> = {
  models: page(CONTAINER.models),
  codes: page(CONTAINER.codes),
  environments: page(CONTAINER.environments),
};

export const VERSION_PAGE: Record<AssetKind, ObjectSchema> = {
  models: page(VERSION.models),
  codes: page(VERSION.codes),
  environments: page(VERSION.environments),
};
