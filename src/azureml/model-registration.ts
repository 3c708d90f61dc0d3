import * as core from '@actions/core';
import { uploadFiles, type UploadResult } from './blob-upload.js';
import type { ModelRegistryClient, ModelVersionInfo, ModelVersionSpec, WorkspaceInfo } from './client.js';
import { containerUrl, datastoreUri } from './datastore-url.js';
import { listStoredBlobs } from './model-blobs.js';
import {
  ensureStoredFiles,
  modelVersionAsset,
  type FilesRepair,
  type RepairIO,
} from './model-files-repair.js';
import { conflictError, createNextVersion, createPinned, type Created } from './model-version-create.js';
import { findByDigest, LINEAGE, lineage, modelBlobLayout } from './model-version-rules.js';
import { modelVersionResourceId } from './workspace.js';
import type { ModelSource } from '../model/model-source.js';

export { LINEAGE, findByDigest, lineage, modelBlobLayout, nextVersion } from './model-version-rules.js';
export { MAX_VERSION_ATTEMPTS } from './model-version-create.js';

export interface RegisterRequest {
  name: string;
  /** A pinned version; undefined for the next integer. */
  version?: string;
  userTags: Record<string, string>;
  description?: string;
  source: ModelSource;
}

export interface RegisterResult {
  workspace: WorkspaceInfo;
  version: ModelVersionInfo;
  /** The ARM id of the version. */
  id: string;
  /** `azureml:<name>:<version>` */
  uri: string;
  digest: string;
  reused: boolean;
  /** Undefined when nothing was uploaded (an existing version reused, or its files shared). */
  upload?: UploadResult;
  /** The version whose files a newly registered version points at (an explicit `version`, same digest). */
  sharedFilesOf?: string;
  /** A reused version's files, checked (and the missing or different ones uploaded again). */
  files?: FilesRepair;
  /** The version this run created and deleted, because a concurrent run registered the same files first. */
  deletedDuplicate?: string;
}

/** The blob access registration needs; replaced in unit tests. */
export const REGISTRATION_IO: RepairIO = { upload: uploadFiles, listBlobs: listStoredBlobs };

/**
 * Registers `request.source` as a version of `request.name`, idempotently:
 * 1. with an explicit version: if it exists, it is returned when it holds these files (digest) and refused
 *    (ConfigurationError naming 'version') when not; if another version holds these files, the requested one is
 *    registered pointing at the same blobs (nothing uploaded);
 * 2. without one, a version already tagged with the digest is returned (reused);
 * 3. else the files are uploaded as `az ml` lays them out (modelBlobLayout; blobs already there are skipped),
 * 4. then, only once every blob exists, the version is created: the pinned one, or the next integer, so that
 *    concurrent runs of the same files converge on one version (model-version-create.ts).
 * Whenever an existing version is reused (or its blobs shared), its files are checked first and the missing or
 * different ones uploaded again from the local files (model-files-repair.ts): a version never outlives its files.
 */
export async function registerModel(
  client: ModelRegistryClient,
  request: RegisterRequest,
  io: RepairIO = REGISTRATION_IO,
): Promise<RegisterResult> {
  const { name, source } = request;
  const address = client.address;
  const result = (
    workspace: WorkspaceInfo,
    version: ModelVersionInfo,
    reused: boolean,
    extra: Pick<RegisterResult, 'upload' | 'sharedFilesOf' | 'files' | 'deletedDuplicate'> = {},
  ): RegisterResult => ({
    workspace,
    version,
    id: version.id || modelVersionResourceId(address, name, version.version),
    uri: `azureml:${name}:${version.version}`,
    digest: source.digest,
    reused,
    upload: extra.upload,
    ...(extra.sharedFilesOf !== undefined && { sharedFilesOf: extra.sharedFilesOf }),
    ...(extra.files && { files: extra.files }),
    ...(extra.deletedDuplicate !== undefined && { deletedDuplicate: extra.deletedDuplicate }),
  });
  const checkFiles = (version: ModelVersionInfo): Promise<FilesRepair> =>
    core.group(`Check the files of ${name} version ${version.version}`, () =>
      ensureStoredFiles(client, modelVersionAsset(version, source), source, io, (line) => core.info(line)),
    );

  const workspace = await core.group(`Workspace ${address.workspace}`, async () => {
    const ws = await client.getWorkspace();
    core.info(`Workspace ${ws.name} (${ws.location ?? 'no location'}) at ${address.armEndpoint}`);
    return ws;
  });

  if (request.version) {
    const taken = await client.getModelVersion(name, request.version);
    if (taken) {
      if (taken.tags[LINEAGE.digest] === source.digest) {
        core.info(`${name} version ${request.version} already holds these files (digest ${source.digest}).`);
        return result(workspace, taken, true, { files: await checkFiles(taken) });
      }
      throw conflictError(name, request.version, address.workspace, taken.tags[LINEAGE.digest]);
    }
  }

  const existing = await core.group(`Look for ${name} with digest ${source.digest}`, async () => {
    const tagged = await client.listModelVersions(name, { tags: { [LINEAGE.digest]: source.digest } });
    const found = findByDigest(tagged, source.digest);
    if (found) core.info(`Version ${found.version} of ${name} already holds these files.`);
    else core.info(`No version of ${name} holds these files yet.`);
    return found;
  });
  if (existing && !request.version) {
    return result(workspace, existing, true, { files: await checkFiles(existing) });
  }

  const lin = lineage(source);
  const specFor = (modelUri: string): ModelVersionSpec => ({
    modelUri,
    modelType: source.modelType,
    description: request.description,
    // Lineage last, so a user tag can never mask it (user tags may not use the mlops. prefix anyway).
    tags: { ...request.userTags, ...lin.tags },
    properties: lin.properties,
  });

  if (existing?.modelUri && request.version) {
    const pinned = request.version;
    const files = await checkFiles(existing);
    const version = await core.group(
      `Create ${name} version ${pinned} on the files of version ${existing.version}`,
      () => {
        core.info(
          `Version ${existing.version} of ${name} already holds these files (digest ${source.digest}): ` +
            `registering version ${pinned} on the same blobs (${existing.modelUri}), nothing uploaded.`,
        );
        return createPinned(client, name, pinned, specFor(existing.modelUri!), source.digest);
      },
    );
    core.info(`Registered ${name} version ${version.version} (files of version ${existing.version}).`);
    return result(workspace, version, false, { sharedFilesOf: existing.version, files });
  }

  const { uploaded, modelUri } = await core.group(
    `Upload ${source.files.length} files to the default datastore`,
    async () => {
      const datastore = await client.getDefaultDatastore();
      const secret = await client.getDatastoreSecrets(datastore.name);
      const layout = modelBlobLayout(source);
      const url = containerUrl(datastore);
      core.info(`Datastore ${datastore.name}: ${url}/${layout.assetPath}${layout.folder ? '/' : ''}`);
      const uploaded = await io.upload(
        source.files,
        { containerUrl: url, accountName: datastore.accountName, secret, prefix: layout.prefix },
        { log: (line) => core.info(line) },
      );
      return { uploaded, modelUri: datastoreUri(address, datastore.name, layout.assetPath, layout.folder) };
    },
  );

  const spec = specFor(modelUri);
  const created = await core.group(`Create the model version`, async (): Promise<Created> => {
    if (request.version) {
      return {
        version: await createPinned(client, name, request.version, spec, source.digest),
        reused: false,
      };
    }
    return createNextVersion(client, name, spec, source.digest);
  });
  // A version found meanwhile may point at other blobs than the ones just uploaded: check those too.
  const files =
    created.reused && created.version.modelUri !== modelUri ? await checkFiles(created.version) : undefined;
  core.info(`${created.reused ? 'Reused' : 'Registered'} ${name} version ${created.version.version}.`);
  return result(workspace, created.version, created.reused, {
    upload: uploaded,
    ...(files && { files }),
    ...(created.deletedDuplicate !== undefined && { deletedDuplicate: created.deletedDuplicate }),
  });
}
