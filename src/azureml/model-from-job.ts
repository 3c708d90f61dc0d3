// register-model from a job's output (azureml://jobs/<job>/outputs/<o>[/paths/<p>]): the version points at the
// output's files where the job wrote them (nothing copied), its digest is computed from a download of them, and
// its lineage names the job, its code version, its environment and the data asset versions it read.
import { rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { JobOutputRef } from '../contract/jobs.js';
import { ConfigurationError } from '../errors.js';
import { readModelSource, type ModelSource } from '../model/model-source.js';
import type { ModelType } from '../model/layout.js';
import { openDatastoreContainer } from './blob-upload.js';
import { downloadBlobsAt, type Downloaded } from './blob-download.js';
import type { AzureMLClient, ModelRegistryClient, ModelVersionSpec } from './client.js';
import { datastoreUri } from './datastore-url.js';
import type { ArmJob } from './job-models.js';
import {
  jobLineage,
  jobLineageTags,
  jobOutputLocation,
  type JobLineage,
  type JobOutputLocation,
} from './job-output.js';
import { conflictError, createNextVersion, createPinned } from './model-version-create.js';
import type { RegisterResult } from './model-registration.js';
import { findByDigest, LINEAGE, lineage } from './model-version-rules.js';
import { modelVersionResourceId } from './workspace.js';

/** What reading a job output needs of the client. */
export type JobOutputClient = Pick<
  AzureMLClient,
  'address' | 'getJob' | 'getComponentVersion' | 'getDefaultDatastore' | 'getDatastoreSecrets'
>;

/** A job output, downloaded and read as a model. */
export interface JobOutputModel {
  job: ArmJob;
  location: JobOutputLocation;
  /** The output's files as a datastore URI (the long form register-model writes; a folder ends with '/'). */
  modelUri: string;
  downloaded: Downloaded;
  source: ModelSource;
  lineage: JobLineage;
}

/** A job output's files, downloaded. */
export interface DownloadedJobOutput {
  job: ArmJob;
  location: JobOutputLocation;
  /** The output's files as a datastore URI (the long form register-model writes; a folder ends with '/'). */
  modelUri: string;
  downloaded: Downloaded;
  /** The local folder (or file) holding them: `downloadRoot/<job>/<output>/<own name>`. */
  localPath: string;
}

/**
 * Reads the job, finds the output's files and downloads them into `downloadRoot/<job>/<output>/<own name>`
 * (replacing what an earlier run left there). The job must exist and have completed, the output must hold files in
 * the workspace's default datastore; errors name `input`.
 */
export async function downloadJobOutput(
  client: JobOutputClient,
  ref: JobOutputRef,
  options: { input: string; downloadRoot: string; log: (line: string) => void },
): Promise<DownloadedJobOutput> {
  const { input, log } = options;
  const job = await client.getJob(ref.job);
  if (!job) {
    throw new ConfigurationError(
      `Input '${input}': there is no job '${ref.job}' in workspace '${client.address.workspace}'. Check the job name (run-job's job-name output).`,
      input,
    );
  }
  const location = jobOutputLocation(job, ref, input);
  const datastore = await client.getDefaultDatastore();
  if (datastore.name !== location.datastore) {
    throw new ConfigurationError(
      `Input '${input}': output '${ref.output}' of job '${ref.job}' is in datastore '${location.datastore}'; ` +
        `models are read from the workspace's default datastore '${datastore.name}'. Write the output there (the default).`,
      input,
    );
  }
  const { container } = await openDatastoreContainer(client, datastore);
  const ownName = basename(location.path.replace(/\/+$/, '')) || ref.output;
  const folder = join(options.downloadRoot, ref.job, ref.output);
  await rm(folder, { recursive: true, force: true });
  const localPath = join(folder, ownName);
  log(
    `Downloading ${location.datastore}/${location.path} (output '${ref.output}' of job '${ref.job}') to ${localPath}`,
  );
  const downloaded = await downloadBlobsAt(container, location.path, localPath, log);
  if (downloaded.files.length === 0) {
    throw new ConfigurationError(
      `Input '${input}': output '${ref.output}' of job '${ref.job}' has no files at ${location.path}. ` +
        `Check that the job writes its model there (\${{outputs.${ref.output}}}).`,
      input,
    );
  }
  const modelUri = datastoreUri(
    client.address,
    location.datastore,
    location.path.replace(/\/+$/, ''),
    downloaded.folder,
  );
  return { job, location, modelUri, downloaded, localPath };
}

/** The job's lineage, a pipeline step's code and environment read from its component version. */
export function jobLineageOf(client: JobOutputClient, job: ArmJob, ref: JobOutputRef): Promise<JobLineage> {
  return jobLineage(job, ref, async (componentId) => {
    const m = /\/components\/([^/]+)\/versions\/([^/]+)\/?$/.exec(componentId);
    if (!m) return undefined;
    const component = await client.getComponentVersion(m[1]!, m[2]!);
    return component?.spec && { code: component.spec.code, environment: component.spec.environment };
  });
}

/** downloadJobOutput, then the files read as a model (type detected, or `modelType` checked) and the job's lineage. */
export async function readJobOutputModel(
  client: JobOutputClient,
  ref: JobOutputRef,
  options: { input: string; downloadRoot: string; modelType?: ModelType; log: (line: string) => void },
): Promise<JobOutputModel> {
  const out = await downloadJobOutput(client, ref, options);
  const source = await readModelSource(out.localPath, {
    inputName: options.input,
    ...(options.modelType ? { modelType: options.modelType } : {}),
  });
  const lin = await jobLineageOf(client, out.job, ref);
  return {
    job: out.job,
    location: out.location,
    modelUri: out.modelUri,
    downloaded: out.downloaded,
    source,
    lineage: lin,
  };
}

export interface JobModelRequest {
  name: string;
  version?: string;
  userTags: Record<string, string>;
  description?: string;
  ref: JobOutputRef;
  /** The metrics the job logged (MLflow), recorded as `metric.<name>` properties, as a package's are. */
  metrics?: Record<string, number>;
}

/**
 * Registers a read job output as a model version, idempotently: a version with the same digest is returned
 * (reused); else the version is created (pinned, or the next integer) with modelUri = the output's files and
 * jobName = the job. Nothing is uploaded: the files stay where the job wrote them.
 */
export async function registerJobOutputModel(
  client: ModelRegistryClient,
  request: JobModelRequest,
  read: JobOutputModel,
  log: (line: string) => void,
  env: NodeJS.ProcessEnv = process.env,
): Promise<RegisterResult> {
  const { name } = request;
  const { source } = read;
  const workspace = await client.getWorkspace();
  const done = (version: RegisterResult['version'], reused: boolean): RegisterResult => ({
    workspace,
    version,
    id: version.id || modelVersionResourceId(client.address, name, version.version),
    uri: `azureml:${name}:${version.version}`,
    digest: source.digest,
    reused,
  });
  if (request.version) {
    const taken = await client.getModelVersion(name, request.version);
    if (taken) {
      if (taken.tags[LINEAGE.digest] !== source.digest)
        throw conflictError(name, request.version, client.address.workspace, taken.tags[LINEAGE.digest]);
      log(`${name} version ${request.version} already holds these files (digest ${source.digest}).`);
      return done(taken, true);
    }
  } else {
    const tagged = await client.listModelVersions(name, { tags: { [LINEAGE.digest]: source.digest } });
    const found = findByDigest(tagged, source.digest);
    if (found) {
      log(`Version ${found.version} of ${name} already holds these files (digest ${source.digest}): reused.`);
      return done(found, true);
    }
  }
  const base = lineage(source, env);
  const spec: ModelVersionSpec = {
    modelUri: read.modelUri,
    modelType: source.modelType,
    ...(request.description !== undefined ? { description: request.description } : {}),
    tags: {
      ...request.userTags,
      ...base.tags,
      [LINEAGE.source]: 'job-output',
      ...jobLineageTags(read.lineage),
    },
    properties: {
      ...base.properties,
      ...Object.fromEntries(
        Object.entries(request.metrics ?? {}).map(([k, v]) => [`${LINEAGE.metricPrefix}${k}`, String(v)]),
      ),
    },
    jobName: request.ref.job,
  };
  if (request.version) {
    return done(await createPinned(client, name, request.version, spec, source.digest), false);
  }
  const created = await createNextVersion(client, name, spec, source.digest);
  return {
    ...done(created.version, created.reused),
    ...(created.deletedDuplicate !== undefined && { deletedDuplicate: created.deletedDuplicate }),
  };
}
