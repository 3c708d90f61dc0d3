// Model, code, environment, data and component containers and versions of the 2026-07-01 spec (openapi.json:
// ModelContainer, ModelVersion, CodeContainer, CodeVersion, EnvironmentContainer, EnvironmentVersion, DataContainer,
// DataVersionBase with its dataType discriminator, ComponentContainer, ComponentVersion and their Properties).
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

/** AssetBase: ResourceBase + isAnonymous and isArchived (+ provisioningState, which most versions add). */
const assetBase: Record<string, Schema> = {
  ...resourceBaseProperties,
  isAnonymous: bool,
  isArchived: bool,
  provisioningState,
};

/** DataType, DataContainerProperties' and DataVersionBaseProperties' discriminator. */
export const DATA_TYPES = ['uri_file', 'uri_folder', 'mltable'] as const;

/** DataContainerProperties: AssetContainer (no provisioningState) + dataType, required. */
const dataContainerProperties: ObjectSchema = {
  type: 'object',
  required: ['dataType'],
  properties: {
    ...resourceBaseProperties,
    isArchived: bool,
    latestVersion: nullableStr({ readOnly: true }),
    nextVersion: nullableStr({ readOnly: true }),
    dataType: str({ enum: DATA_TYPES }),
  },
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
  // DataVersionBaseProperties: AssetBase (no provisioningState) + dataType and dataUri, both required.
  data: {
    type: 'object',
    required: ['dataType', 'dataUri'],
    properties: {
      ...resourceBaseProperties,
      isAnonymous: bool,
      isArchived: bool,
      dataType: str(),
      dataUri: str({ minLength: 1, pattern: /[a-zA-Z0-9_]/ }),
    },
    discriminator: {
      property: 'dataType',
      variants: {
        uri_file: {},
        uri_folder: {},
        mltable: { properties: { referencedUris: { type: 'array', nullable: true, items: str() } } },
      },
    },
  },
  // ComponentVersionProperties: AssetBase + componentSpec (free-form in the spec) + provisioningState.
  components: {
    type: 'object',
    properties: { ...assetBase, componentSpec: { type: 'any', nullable: true } },
  },
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
  data: resource(dataContainerProperties),
  components: resource(containerProperties),
};

/** `<Kind>Version` per asset kind. */
export const VERSION: Record<AssetKind, ObjectSchema> = {
  models: resource(versionProperties.models),
  codes: resource(versionProperties.codes),
  environments: resource(versionProperties.environments),
  data: resource(versionProperties.data),
  components: resource(versionProperties.components),
};

export const CONTAINER_PAGE: Record<AssetKind, ObjectSchema> = {
  models: page(CONTAINER.models),
  codes: page(CONTAINER.codes),
  environments: page(CONTAINER.environments),
  data: page(CONTAINER.data),
  components: page(CONTAINER.components),
};

export const VERSION_PAGE: Record<AssetKind, ObjectSchema> = {
  models: page(VERSION.models),
  codes: page(VERSION.codes),
  environments: page(VERSION.environments),
  data: page(VERSION.data),
  components: page(VERSION.components),
};
