// Where a job's inputs, outputs and code are in the workspace's storage, and moving them: the URIs a job body may
// carry resolved to a container and a path, inputs downloaded into the job folder as read-only copies
// (ro_mount and download alike), outputs uploaded to their datastore path when the job finalizes.
import { chmodSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DEFAULT_DATASTORE, defaultOutputPath, parseJobOutputUri } from '../../contract/jobs.js';
import { matchTemplate, WORKSPACE_PATH } from '../arm-path.js';
import type { Context } from '../context.js';
import { parseDatastoreUri } from '../datastore-uri.js';
import { datastoreContainers } from '../resources/datastores.js';
import { accountOf, type WorkspaceState } from '../state.js';
import { jobsOf } from './run-record.js';

/** A file or folder in the workspace's storage. */
export interface DataLocation {
  container: string;
  /** The blob path (a folder ends with '/'). */
  path: string;
  /** The URI it was named by (for messages). */
  uri: string;
}

/** A job's failure that is the user's (a reference that does not resolve): the job fails with this message. */
export class JobInputError extends Error {}

const stripPrefix = (id: string): string => id.replace(/^azureml:(?=\/)/i, '');

/** An asset version by its ARM id (with or without the azureml: prefix), or azureml:<name>:<version>. */
export function assetVersion(
  ws: WorkspaceState,
  kind: 'codes' | 'data' | 'components' | 'environments' | 'models',
  ref: string,
): Record<string, unknown> | undefined {
  const id = stripPrefix(ref);
  const params = matchTemplate(`${WORKSPACE_PATH}/${kind}/{name}/versions/{version}`, id);
  const short = /^azureml:([^:/@]+):([^:/@]+)$/.exec(ref);
  const name = params?.name ?? short?.[1];
  const version = params?.version ?? short?.[2];
  if (!name || !version) return undefined;
  return ws.assets[kind][name]?.versions[version]?.properties;
}

/** The default output of a job output with no uri: azureml/<job>/<output>/ in the default datastore. */
export const defaultOutputUri = (job: string, output: string): string =>
  `azureml://datastores/${DEFAULT_DATASTORE}/paths/${defaultOutputPath(job, output)}`;

/**
 * The output every job has: what its command wrote to ./outputs and ./logs of its working directory, kept with the
 * run's files in the artifact store (as Azure ML uploads them), and bindable as `${{parent.jobs.<s>.outputs.artifacts}}`.
 */
export const ARTIFACTS_OUTPUT = 'artifacts';
export const artifactsUri = (run: string): string =>
  `azureml://datastores/workspaceartifactstore/paths/ExperimentRun/dcid.${run}/`;

/** An output path's `${{name}}` (the job's name) and `${{output_name}}`, as the service expands them. */
export function expandOutputUri(uri: string, job: string, output: string): string {
  return uri.replace(/\$\{\{\s*name\s*\}\}/g, job).replace(/\$\{\{\s*output_name\s*\}\}/g, output);
}

/** Resolves a data URI of a job (data asset, datastore URI, job output, blob URL of the workspace's account). */
export function resolveData(ctx: Context, ws: WorkspaceState, uri: string, depth = 0): DataLocation {
  if (depth > 4) throw new JobInputError(`The URI '${uri}' refers to itself.`);
  if (/^azureml:(?!\/\/)/i.test(uri)) {
    // A data asset version, or a model version (custom_model / mlflow_model inputs) named by its ARM id.
    const model = /\/models\/[^/]+\/versions\/[^/]+$/i.test(uri)
      ? assetVersion(ws, 'models', uri)
      : undefined;
    if (model && typeof model.modelUri === 'string') {
      return { ...resolveData(ctx, ws, model.modelUri, depth + 1), uri };
    }
    const data = assetVersion(ws, 'data', uri);
    if (!data || typeof data.dataUri !== 'string') {
      throw new JobInputError(`The data asset '${uri}' does not exist in workspace '${ws.name}'.`);
    }
    return { ...resolveData(ctx, ws, data.dataUri, depth + 1), uri };
  }
  const output = parseJobOutputUri(uri);
  if (output) {
    const job = jobsOf(ws)[output.job];
    const outputs = (job?.properties.outputs ?? {}) as Record<string, { uri?: string }>;
    if (!job || !outputs[output.output]) {
      throw new JobInputError(
        `The job output '${uri}' does not exist: no job '${output.job}' with that output.`,
      );
    }
    const base = resolveData(
      ctx,
      ws,
      outputs[output.output]!.uri ?? defaultOutputUri(output.job, output.output),
      depth + 1,
    );
    return output.path
      ? { ...base, path: `${base.path.replace(/\/?$/, '/')}${output.path}`, uri }
      : { ...base, uri };
  }
  const parsed = parseDatastoreUri(uri);
  if (parsed) {
    const store = datastoreContainers(ws)[parsed.datastore];
    if (!store)
      throw new JobInputError(
        `The URI '${uri}' names datastore '${parsed.datastore}', which does not exist.`,
      );
    if (parsed.workspace && parsed.workspace.toLowerCase() !== ws.name.toLowerCase()) {
      throw new JobInputError(`The URI '${uri}' is in workspace '${parsed.workspace}', not '${ws.name}'.`);
    }
    return { container: store.container, path: parsed.path, uri };
  }
  if (/^https?:\/\//i.test(uri)) {
    const url = new URL(uri);
    const [account, container, ...rest] = url.pathname
      .split('/')
      .filter((p) => p !== '')
      .map(decodeURIComponent);
    if (account === accountOf(ws).account && container && rest.length > 0) {
      return { container, path: rest.join('/') + (url.pathname.endsWith('/') ? '/' : ''), uri };
    }
    throw new JobInputError(`The URL '${uri}' is not in the storage account of workspace '${ws.name}'.`);
  }
  throw new JobInputError(
    `The URI '${uri}' is not one a job input can use (azureml:<data asset>, azureml://datastores/<ds>/paths/<path>, ` +
      'azureml://jobs/<job>/outputs/<output>, or a blob URL of the workspace).',
  );
}

/**
 * Downloads an input into `dir` and makes it read-only (unless `writableCopy`: a rw_mount input). Returns the path the command sees: the file for uri_file,
 * else the folder.
 */
export async function downloadInput(
  ctx: Context,
  ws: WorkspaceState,
  type: string,
  where: DataLocation,
  dir: string,
  writableCopy = false,
): Promise<string> {
  const storage = ctx.storageOf(ws);
  const single = await storage.isBlob(where.container, where.path);
  const got = await storage.download(where.container, where.path, dir);
  if (got.files.length === 0) throw new JobInputError(`The input '${where.uri}' has no files.`);
  if (!writableCopy) readOnly(dir);
  if (type === 'uri_file') {
    if (!single) throw new JobInputError(`The uri_file input '${where.uri}' is a folder, not a file.`);
    return join(dir, got.files[0]!);
  }
  return dir;
}

function walk(dir: string, visit: (path: string, isDir: boolean) => void): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, visit);
    visit(path, entry.isDirectory());
  }
}

/** Files 0444, folders 0555 (a mount the job cannot write). */
export function readOnly(dir: string): void {
  walk(dir, (path, isDir) => chmodSync(path, isDir ? 0o555 : 0o444));
  chmodSync(dir, 0o555);
}

/** Uploads what the job wrote in `local` (a folder, or the file of a uri_file output) to `where`. */
export async function uploadOutput(
  ctx: Context,
  ws: WorkspaceState,
  local: string,
  where: DataLocation,
): Promise<number> {
  const container = ctx.storageOf(ws).service.getContainerClient(where.container);
  if (statSync(local, { throwIfNoEntry: false })?.isFile()) {
    await container.getBlockBlobClient(where.path.replace(/\/+$/, '')).uploadFile(local);
    return 1;
  }
  let count = 0;
  const prefix = where.path.replace(/\/+$/, '');
  const files: string[] = [];
  walk(local, (path, isDir) => {
    if (!isDir) files.push(path);
  });
  for (const file of files) {
    const rel = relative(local, file).split(sep).join('/');
    await container.getBlockBlobClient(prefix ? `${prefix}/${rel}` : rel).uploadFile(file);
    count++;
  }
  return count;
}
