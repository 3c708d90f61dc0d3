// Registers a data asset version, idempotently (register-data): the same files (or the same URI) return the
// version that already holds them, and nothing is uploaded again.
import { uploadFiles, localUploadPath, LOCAL_UPLOAD, type UploadResult } from './blob-upload.js';
import type { AzureMLClient, WorkspaceInfo } from './client.js';
import { createNextByDigest } from './converge-by-digest.js';
import type { DataOperations, DataVersionInfo, DataVersionSpec } from './data-client.js';
import { containerUrl } from './datastore-url.js';
import { isConflict } from './errors.js';
import { holderOrder } from './model-version-rules.js';
import { workspaceResourceId } from './workspace.js';
import { ConfigurationError } from '../errors.js';
import type { DataSource, LocalData } from '../data/data-source.js';
import { DIGEST_TAG } from '../model/digest.js';
import { lineageFromEnv } from '../model/lineage.js';

/** What registration needs of the client. */
export type DataRegistryClient = DataOperations &
  Pick<AzureMLClient, 'address' | 'getWorkspace' | 'getDefaultDatastore' | 'getDatastoreSecrets'>;

/** Tags register-data writes (user tags may not use the mlops. prefix). */
export const DATA_LINEAGE = {
  digest: DIGEST_TAG,
  source: 'mlops.source',
  gitCommit: 'mlops.git-commit',
  repository: 'mlops.repository',
  runUrl: 'mlops.run-url',
} as const;

export interface RegisterDataRequest {
  name: string;
  /** A pinned version (any string Azure accepts); undefined for the next integer. */
  version?: string;
  description?: string;
  userTags: Record<string, string>;
  source: DataSource;
}

export interface RegisterDataResult {
  workspace: WorkspaceInfo;
  version: DataVersionInfo;
  /** The ARM id of the version. */
  id: string;
  /** `azureml:<name>:<version>`, as job YAMLs name it. */
  uri: string;
  digest: string;
  reused: boolean;
  /** Undefined when nothing was uploaded. */
  upload?: UploadResult;
  /** The version this run created, then deleted because a concurrent run registered the same data first. */
  deletedDuplicate?: string;
}

export interface DataRegistrationIO {
  upload: typeof uploadFiles;
  log: (line: string) => void;
  env: NodeJS.ProcessEnv;
}

/** The first registered version holding this digest with this type (checked on the tag, whatever was filtered). */
export function findDataByDigest(
  versions: DataVersionInfo[],
  digest: string,
  dataType: string,
): DataVersionInfo | undefined {
  return versions
    .filter((v) => v.tags[DATA_LINEAGE.digest] === digest && v.dataType === dataType)
    .sort(holderOrder)[0];
}

/**
 * Where local data lands and what its dataUri says, as azure-ai-ml writes them (Data._update_path: the short
 * form `azureml://datastores/<ds>/paths/LocalUpload/<hash>/<name>`; the Data.path setter adds a trailing '/' to a
 * uri_folder, never to a uri_file or an mltable folder).
 */
export function localDataLayout(
  source: Pick<LocalData, 'dataType' | 'uploadHash' | 'rootName'>,
  datastore: string,
): { prefix: string; dataUri: string } {
  const assetPath = localUploadPath(source.uploadHash, source.rootName);
  const prefix =
    source.dataType === 'uri_file'
      ? `${LOCAL_UPLOAD}/${source.uploadHash.replace(/^sha256:/, '')}`
      : assetPath;
  const slash = source.dataType === 'uri_folder' ? '/' : '';
  return { prefix, dataUri: `azureml://datastores/${datastore}/paths/${assetPath}${slash}` };
}

/** Lineage tags: the digest, where the data came from, and the GitHub run that registered it. */
export function dataLineageTags(source: DataSource, env: NodeJS.ProcessEnv): Record<string, string> {
  const { git, run } = lineageFromEnv(env);
  const tags: Record<string, string> = {
    [DATA_LINEAGE.digest]: source.digest,
    [DATA_LINEAGE.source]: source.kind === 'local' ? 'local' : 'uri',
  };
  if (git?.commit) tags[DATA_LINEAGE.gitCommit] = git.commit;
  if (git?.repository) tags[DATA_LINEAGE.repository] = git.repository;
  if (run?.url) tags[DATA_LINEAGE.runUrl] = run.url;
  return tags;
}

function conflict(name: string, version: string, workspace: string, digest?: string): ConfigurationError {
  return new ConfigurationError(
    `Input 'version': data asset ${name} version ${version} exists already in workspace '${workspace}' with other data ` +
      `(digest ${digest ?? 'unknown'}). Data asset versions are immutable: choose another version, or leave 'version' empty for the next one.`,
    'version',
  );
}

/**
 * 1. a pinned version that exists is returned when it holds this digest and type, else refused;
 * 2. without one, the first version tagged with the digest (and of the same type) is returned: nothing uploaded;
 * 3. else local files are uploaded (blobs already there skipped) and the version created: the pinned one, or the
 *    next integer (GET before PUT: an existing version is never overwritten; a taken number moves to the next).
 */
export async function registerData(
  client: DataRegistryClient,
  request: RegisterDataRequest,
  io: DataRegistrationIO,
): Promise<RegisterDataResult> {
  const { name, source } = request;
  const address = client.address;
  const workspace = await client.getWorkspace();
  const result = (version: DataVersionInfo, reused: boolean, upload?: UploadResult): RegisterDataResult => ({
    workspace,
    version,
    id: version.id || `${workspaceResourceId(address)}/data/${name}/versions/${version.version}`,
    uri: `azureml:${name}:${version.version}`,
    digest: source.digest,
    reused,
    ...(upload ? { upload } : {}),
  });
  const holds = (v: DataVersionInfo): boolean =>
    v.tags[DATA_LINEAGE.digest] === source.digest && v.dataType === source.dataType;

  if (request.version) {
    const taken = await client.getDataVersion(name, request.version);
    if (taken) {
      if (!holds(taken))
        throw conflict(name, request.version, address.workspace, taken.tags[DATA_LINEAGE.digest]);
      io.log(`${name} version ${request.version} already holds this data (digest ${source.digest}).`);
      return result(taken, true);
    }
  }
  const tagged = await client.listDataVersions(name, { tags: { [DATA_LINEAGE.digest]: source.digest } });
  const existing = findDataByDigest(tagged, source.digest, source.dataType);
  if (existing && !request.version) {
    io.log(
      `Version ${existing.version} of ${name} already holds this data (digest ${source.digest}): nothing uploaded.`,
    );
    return result(existing, true);
  }

  let dataUri: string;
  let upload: UploadResult | undefined;
  if (existing) {
    // A pinned version on the same data: it points at the same blobs, nothing uploaded.
    dataUri = existing.dataUri;
    io.log(
      `Version ${existing.version} of ${name} holds this data: version ${request.version} points at ${dataUri}.`,
    );
  } else if (source.kind === 'local') {
    const datastore = await client.getDefaultDatastore();
    const secret = await client.getDatastoreSecrets(datastore.name);
    const layout = localDataLayout(source, datastore.name);
    io.log(`Uploading ${source.files.length} file(s) to datastore ${datastore.name}: ${layout.prefix}`);
    upload = await io.upload(
      source.files,
      {
        containerUrl: containerUrl(datastore),
        accountName: datastore.accountName,
        secret,
        prefix: layout.prefix,
      },
      { log: io.log },
    );
    dataUri = layout.dataUri;
  } else {
    dataUri = source.uri;
  }

  const spec: DataVersionSpec = {
    dataType: source.dataType,
    dataUri,
    ...(request.description !== undefined ? { description: request.description } : {}),
    // Lineage last: a user tag never masks it.
    tags: { ...request.userTags, ...dataLineageTags(source, io.env) },
    properties: { [DATA_LINEAGE.digest]: source.digest },
    ...(source.kind === 'local' && source.referencedUris ? { referencedUris: source.referencedUris } : {}),
  };

  if (request.version) {
    try {
      return result(await client.createDataVersion(name, request.version, spec), false, upload);
    } catch (error) {
      if (!isConflict(error)) throw error;
      const taken = await client.getDataVersion(name, request.version);
      if (taken && holds(taken)) return result(taken, true, upload);
      throw conflict(name, request.version, address.workspace, taken?.tags[DATA_LINEAGE.digest]);
    }
  }

  // The next integer: concurrent runs of the same data converge on one version (converge-by-digest.ts).
  const created = await createNextByDigest({
    name,
    label: `data asset ${name}`,
    what: 'this data',
    where: `(${source.dataType}) at ${dataUri}`,
    listVersions: () => client.listDataVersions(name),
    listHolders: () => client.listDataVersions(name, { tags: { [DATA_LINEAGE.digest]: source.digest } }),
    firstHolder: (versions) => findDataByDigest(versions, source.digest, source.dataType),
    getVersion: (version) => client.getDataVersion(name, version),
    holds,
    create: (version) => client.createDataVersion(name, version, spec),
    deleteVersion: (version) => client.deleteDataVersion(name, version),
    info: io.log,
    warn: io.log,
  });
  return {
    ...result(created.version, created.reused, upload),
    ...(created.deletedDuplicate ? { deletedDuplicate: created.deletedDuplicate } : {}),
  };
}
