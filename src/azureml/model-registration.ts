import * as core from '@actions/core';
import { LOCAL_UPLOAD, localUploadPath, uploadFiles, type UploadResult } from './blob-upload.js';
import { AzureMLError } from './errors.js';
import type { ModelRegistryClient, ModelVersionInfo, ModelVersionSpec, WorkspaceInfo } from './client.js';
import { containerUrl, datastoreUri } from './datastore-url.js';
import { modelVersionResourceId } from './workspace.js';
import { ConfigurationError } from '../errors.js';
import { lineageFromEnv } from '../model/lineage.js';
import type { ModelSource } from '../model/model-source.js';

/** Tag and property keys this action writes (DESIGN: the lineage of a model version). */
export const LINEAGE = {
  digest: 'mlops.digest',
  gitCommit: 'mlops.git-commit',
  repository: 'mlops.repository',
  runUrl: 'mlops.run-url',
  source: 'mlops.source',
  layout: 'mlops.layout',
  metricPrefix: 'metric.',
} as const;

/** How many versions to try when concurrent runs keep taking the next one. */
export const MAX_VERSION_ATTEMPTS = 5;

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
}

/** Where a model's files go and what its modelUri names (as `az ml model create` lays them out). */
export interface ModelBlobLayout {
  /** The blob name prefix the files are uploaded under (their paths follow it). */
  prefix: string;
  /** The datastore path the version's modelUri points at: the folder, or the one file. */
  assetPath: string;
  folder: boolean;
}

/** `LocalUpload/<hash>/<folder name>/<relative path>`, or `LocalUpload/<hash>/<file name>` for a file. */
export function modelBlobLayout(
  source: Pick<ModelSource, 'kind' | 'uploadHash' | 'rootName'>,
): ModelBlobLayout {
  const assetPath = localUploadPath(source.uploadHash, source.rootName);
  if (source.kind === 'file') {
    return { prefix: `${LOCAL_UPLOAD}/${source.uploadHash}`, assetPath, folder: false };
  }
  return { prefix: assetPath, assetPath, folder: true };
}

/** The highest integer version plus one ('1' for a new model); non-integer versions are ignored. */
export function nextVersion(versions: string[]): string {
  let max = 0n;
  for (const v of versions) if (/^[0-9]+$/.test(v) && BigInt(v) > max) max = BigInt(v);
  return (max + 1n).toString();
}

/** Orders integer versions numerically, others after them. */
function versionOrder(a: string, b: string): number {
  const ia = /^[0-9]+$/.test(a);
  const ib = /^[0-9]+$/.test(b);
  if (ia && ib) return BigInt(a) < BigInt(b) ? -1 : BigInt(a) > BigInt(b) ? 1 : 0;
  return ia ? -1 : ib ? 1 : a.localeCompare(b);
}

/** The first registered version holding this digest, if any (checked on the tag, whatever the server filtered). */
export function findByDigest(versions: ModelVersionInfo[], digest: string): ModelVersionInfo | undefined {
  return versions
    .filter((v) => v.tags[LINEAGE.digest] === digest)
    .sort((a, b) => versionOrder(a.version, b.version))[0];
}

/** Lineage tags and properties: from the package's manifest when there is one, else from the runner's variables. */
export function lineage(
  source: ModelSource,
  env: NodeJS.ProcessEnv = process.env,
): { tags: Record<string, string>; properties: Record<string, string> } {
  const fromEnv = lineageFromEnv(env);
  const git = source.manifest?.git ?? fromEnv.git;
  const run = source.manifest?.run ?? fromEnv.run;
  const tags: Record<string, string> = { [LINEAGE.digest]: source.digest, [LINEAGE.source]: source.kind };
  if (git?.commit) tags[LINEAGE.gitCommit] = git.commit;
  const repository = git?.repository ?? env.GITHUB_REPOSITORY;
  if (repository) tags[LINEAGE.repository] = repository;
  if (run?.url) tags[LINEAGE.runUrl] = run.url;
  const properties: Record<string, string> = {
    [LINEAGE.digest]: source.digest,
    [LINEAGE.layout]: source.layout,
  };
  for (const [k, v] of Object.entries(source.manifest?.metrics ?? {}))
    properties[`${LINEAGE.metricPrefix}${k}`] = String(v);
  return { tags, properties };
}

function isConflict(error: unknown): boolean {
  return error instanceof AzureMLError && error.statusCode === 409;
}

async function group<T>(title: string, fn: () => Promise<T>): Promise<T> {
  return core.group(title, fn);
}

/**
 * Registers `request.source` as a version of `request.name`, idempotently:
 * 1. with an explicit version: if it exists, it is returned when it holds these files (digest) and refused
 *    (ConfigurationError naming 'version') when not; if another version holds these files, the requested one is
 *    registered pointing at the same blobs (nothing uploaded);
 * 2. without one, a version already tagged with the digest is returned as is (reused, nothing uploaded);
 * 3. else the files are uploaded as `az ml` lays them out (modelBlobLayout; blobs already there are skipped),
 * 4. then, only once every blob exists, the version is created: the pinned one, or the next integer, moving
 *    on to the next when a concurrent run took it (never overwriting an existing version).
 */
export async function registerModel(
  client: ModelRegistryClient,
  request: RegisterRequest,
  /** The uploader (uploadFiles); replaced in unit tests. */
  upload: typeof uploadFiles = uploadFiles,
): Promise<RegisterResult> {
  const { name, source } = request;
  const address = client.address;
  const result = (
    workspace: WorkspaceInfo,
    version: ModelVersionInfo,
    reused: boolean,
    extra: { upload?: UploadResult; sharedFilesOf?: string } = {},
  ): RegisterResult => ({
    workspace,
    version,
    id: version.id || modelVersionResourceId(address, name, version.version),
    uri: `azureml:${name}:${version.version}`,
    digest: source.digest,
    reused,
    upload: extra.upload,
    ...(extra.sharedFilesOf !== undefined && { sharedFilesOf: extra.sharedFilesOf }),
  });

  const workspace = await group(`Workspace ${address.workspace}`, async () => {
    const ws = await client.getWorkspace();
    core.info(`Workspace ${ws.name} (${ws.location ?? 'no location'}) at ${address.armEndpoint}`);
    return ws;
  });

  if (request.version) {
    const taken = await client.getModelVersion(name, request.version);
    if (taken) {
      if (taken.tags[LINEAGE.digest] === source.digest) {
        core.info(`${name} version ${request.version} already holds these files (digest ${source.digest}).`);
        return result(workspace, taken, true);
      }
      throw conflictError(name, request.version, address.workspace, taken.tags[LINEAGE.digest]);
    }
  }

  const existing = await group(`Look for ${name} with digest ${source.digest}`, async () => {
    const tagged = await client.listModelVersions(name, { tags: { [LINEAGE.digest]: source.digest } });
    const found = findByDigest(tagged, source.digest);
    if (found) core.info(`Version ${found.version} of ${name} already holds these files.`);
    else core.info(`No version of ${name} holds these files yet.`);
    return found;
  });
  if (existing && !request.version) return result(workspace, existing, true);

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
    const version = await group(
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
    return result(workspace, version, false, { sharedFilesOf: existing.version });
  }

  const { uploaded, modelUri } = await group(
    `Upload ${source.files.length} files to the default datastore`,
    async () => {
      const datastore = await client.getDefaultDatastore();
      const secret = await client.getDatastoreSecrets(datastore.name);
      const layout = modelBlobLayout(source);
      const url = containerUrl(datastore);
      core.info(`Datastore ${datastore.name}: ${url}/${layout.assetPath}${layout.folder ? '/' : ''}`);
      const uploaded = await upload(
        source.files,
        { containerUrl: url, accountName: datastore.accountName, secret, prefix: layout.prefix },
        { log: (line) => core.info(line) },
      );
      return { uploaded, modelUri: datastoreUri(address, datastore.name, layout.assetPath, layout.folder) };
    },
  );

  const spec = specFor(modelUri);

  const created = await group(
    `Create the model version`,
    async (): Promise<{ version: ModelVersionInfo; reused: boolean }> => {
      if (request.version) {
        return {
          version: await createPinned(client, name, request.version, spec, source.digest),
          reused: false,
        };
      }
      let candidate = nextVersion((await client.listModelVersions(name)).map((v) => v.version));
      for (let attempt = 1; attempt <= MAX_VERSION_ATTEMPTS; attempt++) {
        // GET before PUT: a PUT on an existing version with the same files would update it, and we never overwrite.
        const taken = await client.getModelVersion(name, candidate);
        if (taken) {
          if (taken.tags[LINEAGE.digest] === source.digest) return { version: taken, reused: true };
          core.info(`Version ${candidate} was taken meanwhile; trying the next one.`);
        } else {
          try {
            core.info(`Creating ${name} version ${candidate} from ${modelUri}`);
            return { version: await client.createOrUpdateModelVersion(name, candidate, spec), reused: false };
          } catch (error) {
            if (!isConflict(error)) throw error;
            core.info(
              `Version ${candidate} was taken by a concurrent registration (409); trying the next one.`,
            );
          }
        }
        candidate = (BigInt(candidate) + 1n).toString();
      }
      throw new Error(
        `Could not create a version of ${name}: ${MAX_VERSION_ATTEMPTS} versions in a row were taken by concurrent registrations. Run again.`,
      );
    },
  );
  core.info(`${created.reused ? 'Reused' : 'Registered'} ${name} version ${created.version.version}.`);
  return result(workspace, created.version, created.reused, { upload: uploaded });
}

function conflictError(
  name: string,
  version: string,
  workspace: string,
  digest: string | undefined,
): ConfigurationError {
  return new ConfigurationError(
    `Input 'version': ${name} version ${version} exists already in workspace '${workspace}' with other files ` +
      `(digest ${digest ?? 'unknown'}). Model versions are immutable: choose another version, or leave 'version' empty for the next one.`,
    'version',
  );
}

/** Creates a pinned version; a concurrent run that created it first (409) is a conflict unless it holds these files. */
async function createPinned(
  client: ModelRegistryClient,
  name: string,
  version: string,
  spec: ModelVersionSpec,
  digest: string,
): Promise<ModelVersionInfo> {
  try {
    return await client.createOrUpdateModelVersion(name, version, spec);
  } catch (error) {
    if (!isConflict(error)) throw error;
    const taken = await client.getModelVersion(name, version);
    if (taken && taken.tags[LINEAGE.digest] === digest) return taken;
    throw new ConfigurationError(
      `Input 'version': ${name} version ${version} was just created by another run with other files. ` +
        `Choose another version, or leave 'version' empty for the next one.`,
      'version',
    );
  }
}
