// The data asset operations of Microsoft.MachineLearningServices we call (workspace DataVersions_*), built like
// every other operation (arm-operations.ts `operation()`), with their bodies (DataVersionBase of the spec).
import type { ArmOperation } from './arm-operations.js';
import { operation, queryParameter } from './arm-operations.js';
import type { ArmResource, AssetBase, SystemData } from './arm-models.js';

/** DataType of the spec. */
export const DATA_TYPES = ['uri_file', 'uri_folder', 'mltable'] as const;
export type DataType = (typeof DATA_TYPES)[number];

/**
 * DataVersionBaseProperties as sent (UriFileDataVersion / UriFolderDataVersion / MLTableData, discriminated by
 * dataType). dataType and dataUri are create-only; referencedUris only on mltable.
 */
export interface DataVersionProperties extends AssetBase {
  dataType: DataType;
  dataUri: string;
  referencedUris?: string[] | null;
}

/** DataVersionBase as sent (PUT DataVersions_CreateOrUpdate). */
export interface DataVersionBody {
  properties: DataVersionProperties;
}

/** DataVersionBase as read. */
export interface DataVersion extends ArmResource {
  properties: DataVersionProperties;
  readonly systemData?: SystemData;
}

const DATA_VERSION = '/data/{name}/versions/{version}';

/** The data operations, by the spec's operationId. */
export const dataOps = {
  DataVersions_List: operation('DataVersions_List', {
    method: 'GET',
    path: '/data/{name}/versions',
    ok: [200],
    // The spec names the tag filter `$tags` here (ModelVersions_List calls it `tags`).
    query: [queryParameter('$tags'), queryParameter('$orderBy')],
  }),
  DataVersions_Get: operation('DataVersions_Get', { method: 'GET', path: DATA_VERSION, ok: [200] }),
  DataVersions_CreateOrUpdate: operation('DataVersions_CreateOrUpdate', {
    method: 'PUT',
    path: DATA_VERSION,
    ok: [200, 201],
    body: 'required',
  }),
  DataVersions_Delete: operation('DataVersions_Delete', {
    method: 'DELETE',
    path: DATA_VERSION,
    ok: [200, 204],
  }),
} satisfies Record<string, ArmOperation>;
