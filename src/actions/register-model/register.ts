import * as core from '@actions/core';
import { uploadFiles, uploadPrefix, type UploadResult } from '../../azureml/blob-upload.js';
import { AzureMLError } from '../../azureml/errors.js';
import type { ModelRegistryClient, ModelVersionInfo, WorkspaceInfo } from '../../azureml/client.js';
import { containerUrl, datastoreUri } from '../../azureml/datastore-url.js';
import { modelVersionResourceId } from '../../azureml/workspace.js';
import { ConfigurationError } from '../../errors.js';
import { lineageFromEnv } from '../../model/lineage.js';
import type { ModelSource } from './model-source.js';

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
  /** Undefined when an existing version was reused (nothing uploaded). */
  upload?: UploadResult;
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
 * 1. a version of the name already tagged with the digest is returned as is (reused, nothing uploaded);
 * 2. else the files are uploaded under LocalUpload/<digest>/<name>/ (blobs already there are skipped);
 * 3. then, only once every blob exists, the version is created: the pinned one, or the next integer, moving
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
    upload?: UploadResult,
  ): RegisterResult => ({
    workspace,
    version,
    id: version.id || modelVersionResourceId(address, name, version.version),
    uri: `azureml:${name}:${version.version}`,
    digest: source.digest,
    reused,
    upload,
  });

  const workspace = await group(`Workspace ${address.workspace}`, async () => {
    const ws = await client.getWorkspace();
    core.info(`Workspace ${ws.name} (${ws.location ?? 'no location'}) at ${address.armEndpoint}`);
    return ws;
  });

  const existing = await group(`Look for ${name} with digest ${source.digest}`, async () => {
    const tagged = await client.listModelVersions(name, { tags: { [LINEAGE.digest]: source.digest } });
    const found = findByDigest(tagged, source.digest);
    if (found) core.info(`Version ${found.version} of ${name} already holds these files.`);
    else core.info(`No version of ${name} holds these files yet.`);
    return found;
  });
  if (existing) {
    if (request.version && request.version !== existing.version) {
      core.warning(
        `Version ${existing.version} of ${name} already holds these files (digest ${source.digest}); ` +
          `returning it instead of creating version ${request.version}.`,
      );
    }
    return result(workspace, existing, true);
  }

  if (request.version) {
    const taken = await client.getModelVersion(name, request.version);
    if (taken) {
      throw new ConfigurationError(
        `Input 'version': ${name} version ${request.version} already exists in workspace '${address.workspace}' with other files ` +
          `(digest ${taken.tags[LINEAGE.digest] ?? 'unknown'}). Model versions are immutable: choose another version, or leave 'version' empty for the next one.`,
        'version',
      );
    }
  }

  const { uploaded, modelUri } = await group(
    `Upload ${source.files.length} files to the default datastore`,
    async () => {
      const datastore = await client.getDefaultDatastore();
      const secret = await client.getDatastoreSecrets(datastore.name);
      const prefix = uploadPrefix(source.digest, name);
      const url = containerUrl(datastore);
      core.info(`Datastore ${datastore.name}: ${url}/${prefix}/`);
      const uploaded = await upload(
        source.files,
        { containerUrl: url, accountName: datastore.accountName, secret, prefix },
        { log: (line) => core.info(line) },
      );
      return { uploaded, modelUri: datastoreUri(address, datastore.name, prefix) };
    },
  );

  const lin = lineage(source);
  const spec = {
    modelUri,
    modelType: source.modelType,
    description: request.description,
    // Lineage last, so a user tag can never mask it (user tags may not use the mlops. prefix anyway).
    tags: { ...request.userTags, ...lin.tags },
    properties: lin.properties,
  };

  const created = await group(
    `Create the model version`,
    async (): Promise<{ version: ModelVersionInfo; reused: boolean }> => {
      if (request.version) {
        try {
          return {
            version: await client.createOrUpdateModelVersion(name, request.version, spec),
            reused: false,
          };
        } catch (error) {
          if (!isConflict(error)) throw error;
          throw new ConfigurationError(
            `Input 'version': ${name} version ${request.version} was just created by another run with other files. ` +
              `Choose another version, or leave 'version' empty for the next one.`,
            'version',
          );
        }
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
  return result(workspace, created.version, created.reused, uploaded);
}
