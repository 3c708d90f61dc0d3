// Data asset versions of one workspace, as the actions see them (register-data, job inputs).
import { stringRecord } from './arm-models.js';
import { dataOps, type DataType, type DataVersion, type DataVersionBody } from './arm-operations-data.js';
import type { ArmTransport } from './arm-transport.js';
import { unlessNotFound, type Call } from './errors.js';
import { tagsFilter } from './tag-filter.js';

export { DATA_TYPES, type DataType } from './arm-operations-data.js';

/** What a data version is created with (everything but tags, description and isArchived is create-only). */
export interface DataVersionSpec {
  dataType: DataType;
  dataUri: string;
  description?: string;
  tags: Record<string, string>;
  properties: Record<string, string>;
  /** mltable only: the URIs its MLTable file reads (azure-ai-ml MLTableMetadata.referenced_uris). */
  referencedUris?: string[];
}

/** A data asset version: what it was created with, and where it is. */
export interface DataVersionInfo extends DataVersionSpec {
  id: string;
  name: string;
  version: string;
  createdAt?: Date;
}

/** Data asset operations (DataVersions_*). */
export interface DataOperations {
  /** Every version of a data asset (all pages), optionally filtered by tags; [] when the asset does not exist. */
  listDataVersions(
    name: string,
    options?: { tags?: Record<string, string | undefined> },
  ): Promise<DataVersionInfo[]>;
  /** A data version, or undefined when it does not exist. */
  getDataVersion(name: string, version: string): Promise<DataVersionInfo | undefined>;
  /** PUT of a new data version. */
  createDataVersion(name: string, version: string, spec: DataVersionSpec): Promise<DataVersionInfo>;
  /** DELETE of a data version (one this run created and gave up for an earlier one holding the same data). */
  deleteDataVersion(name: string, version: string): Promise<void>;
}

/** The body of a new data version, as azure-ai-ml Data._to_rest_object writes it. */
export function dataVersionBody(spec: DataVersionSpec): DataVersionBody {
  return {
    properties: {
      dataType: spec.dataType,
      dataUri: spec.dataUri,
      ...(spec.description !== undefined ? { description: spec.description } : {}),
      tags: spec.tags,
      properties: spec.properties,
      isAnonymous: false,
      isArchived: false,
      ...(spec.dataType === 'mltable' && spec.referencedUris ? { referencedUris: spec.referencedUris } : {}),
    },
  };
}

export function toDataVersionInfo(name: string, resource: DataVersion): DataVersionInfo {
  const p = resource.properties;
  const created = resource.systemData?.createdAt;
  return {
    id: resource.id ?? '',
    name,
    version: resource.name ?? '',
    dataType: p.dataType,
    dataUri: p.dataUri,
    ...(p.description ? { description: p.description } : {}),
    tags: stringRecord(p.tags),
    properties: stringRecord(p.properties),
    ...(p.referencedUris ? { referencedUris: p.referencedUris } : {}),
    ...(created ? { createdAt: new Date(created) } : {}),
  };
}

/** The data operations over one workspace's transport. */
export function dataOperations(deps: { arm: ArmTransport; call: Call }): DataOperations {
  const { arm, call } = deps;
  return {
    listDataVersions: (name, options = {}) =>
      call(`list the versions of data asset ${name}`, async () => {
        const query = options.tags ? { $tags: tagsFilter(options.tags) } : {};
        const versions = await unlessNotFound(() =>
          arm.list<DataVersion>(dataOps.DataVersions_List, { name, query }),
        );
        return (versions ?? []).map((v) => toDataVersionInfo(name, v));
      }),

    getDataVersion: (name, version) =>
      call(`read data asset ${name} version ${version}`, async () => {
        const found = await unlessNotFound(() =>
          arm.send<DataVersion>(dataOps.DataVersions_Get, { name, version }),
        );
        return found && toDataVersionInfo(name, found);
      }),

    createDataVersion: (name, version, spec) =>
      call(`create data asset ${name} version ${version}`, async () => {
        const created = await arm.send<DataVersion>(dataOps.DataVersions_CreateOrUpdate, {
          name,
          version,
          body: dataVersionBody(spec),
        });
        return toDataVersionInfo(name, created);
      }),

    deleteDataVersion: (name, version) =>
      call(`delete data asset ${name} version ${version}`, async () => {
        await arm.send(dataOps.DataVersions_Delete, { name, version });
      }),
  };
}
