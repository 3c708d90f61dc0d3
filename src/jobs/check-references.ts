// The checks a job file's references need before anything is written: each reads the workspace (or the disk) and
// fails with the file, key and line of what it checks. Nothing here uploads or registers.
import { realpath, stat } from 'node:fs/promises';
import type { AzureMLClient } from '../azureml/client.js';
import { DATA_TYPES, type DataType } from '../azureml/data-client.js';
import type { ComponentVersionInfo } from '../azureml/job-client.js';
import type { DataIoType } from '../azureml/job-models.js';
import { readLocalData, type LocalData } from '../data/data-source.js';
import { codeAssetName } from '../deploy/code-asset.js';
import { checkEnvironment, type CheckedEnvironment } from '../deploy/environment-asset.js';
import { readLocalFolder, type LocalFolder } from '../deploy/folder-upload.js';
import { parseCodeReference, parseEnvironmentReference } from '../deploy/references.js';
import { showPath } from '../deploy/yaml-reader.js';
import { ConfigurationError } from '../errors.js';
import { isInside } from '../paths.js';
import type { At, CodeSpec, CommandSpec, ComponentRef, DataPath } from './job-spec.js';

/** What every check needs: the workspace, the folder local paths must stay in, and the job file's input name. */
export interface CheckContext {
  client: AzureMLClient;
  root: string;
  input: string;
}

/** `file, line N, key` of a value, for messages that are not thrown by the reader. */
export function where(at: At): string {
  const line = at.reader.lineOf(at.key);
  return `Input '${at.reader.input}' (${at.reader.file}): ${line ? `line ${line}, ` : ''}${showPath(at.key)}`;
}

/** A local file or folder that exists inside the workspace; its real path and whether it is a folder. */
export async function checkLocalPath(
  ctx: CheckContext,
  at: At,
  path: string,
  what: string,
): Promise<{ path: string; folder: boolean }> {
  let real: string;
  let folder: boolean;
  try {
    real = await realpath(path);
    folder = (await stat(real)).isDirectory();
  } catch {
    at.reader.fail(at.key, `${what} ${path} does not exist. Paths are relative to the job file's folder.`);
  }
  const root = await realpath(ctx.root).catch(() => ctx.root);
  if (!isInside(root, real))
    at.reader.fail(
      at.key,
      `${what} ${path} is outside the workspace (${ctx.root}); keep it in the repository.`,
    );
  return { path: real, folder };
}

/** `compute:` -> the compute's ARM id, or undefined for serverless (no compute, or `serverless`). */
export async function checkCompute(
  ctx: CheckContext,
  at: At,
  value: string | undefined,
): Promise<string | undefined> {
  if (value === undefined) return undefined;
  const arm = /\/computes\/([^/]+)$/i.exec(value)?.[1];
  const name = arm ?? value.replace(/^azureml:/i, '');
  if (name.toLowerCase() === 'serverless') return undefined;
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(name))
    at.reader.fail(at.key, 'expected azureml:<compute name> (e.g. azureml:cpu-cluster), or serverless.');
  const found = await ctx.client.getCompute(name);
  if (!found)
    at.reader.fail(
      at.key,
      `compute '${name}' does not exist in workspace '${ctx.client.address.workspace}'. Create it (az ml compute create), name another, or write serverless.`,
    );
  return found.id;
}

/** A data input's path, checked: a URI to send, or a local file or folder to upload. */
export type CheckedData =
  | { kind: 'uri'; uri: string }
  /** Local files, read and hashed as `az ml data create` reads them (data/data-source.ts): uploaded before the PUT. */
  | { kind: 'local'; source: LocalData };

/** The newest of a data asset's versions (by creation time, else by version number). */
async function latestDataVersion(
  ctx: CheckContext,
  name: string,
): Promise<{ id: string; version: string } | undefined> {
  const versions = await ctx.client.listDataVersions(name);
  const rank = (v: { createdAt?: Date; version: string }): [number, number] => [
    v.createdAt?.getTime() ?? 0,
    Number.parseFloat(v.version) || 0,
  ];
  return [...versions].sort((a, b) => {
    const [ta, na] = rank(a);
    const [tb, nb] = rank(b);
    return tb - ta || nb - na;
  })[0];
}

/** `path:` of a data input: a data asset (must exist: sent as `azureml:<its ARM id>`), a URI, or a local path. */
export async function checkDataPath(
  ctx: CheckContext,
  at: At,
  path: DataPath,
  type: DataIoType,
): Promise<CheckedData> {
  if (path.kind === 'uri') return path;
  if (path.kind === 'local') {
    const local = await checkLocalPath(ctx, at, path.path, 'the input');
    const requested = (DATA_TYPES as readonly string[]).includes(type) ? (type as DataType) : undefined;
    try {
      return { kind: 'local', source: await readLocalData(local.path, requested, ctx.input) };
    } catch (error) {
      if (!(error instanceof ConfigurationError)) throw error;
      at.reader.fail(at.key, error.message.replace(/^Input '[^']*': /, ''));
    }
  }
  const found =
    path.version === 'latest'
      ? await latestDataVersion(ctx, path.name)
      : await ctx.client.getDataVersion(path.name, path.version);
  if (!found) {
    const shown = path.version === 'latest' ? `${path.name}@latest` : `${path.name}:${path.version}`;
    at.reader.fail(
      at.key,
      `data asset ${shown} does not exist in workspace '${ctx.client.address.workspace}'. Register it first (register-data), or name an existing version.`,
    );
  }
  // What azure-ai-ml sends for a data asset input: azureml:<the version's ARM id>.
  return { kind: 'uri', uri: `azureml:${found.id}` };
}

/** Code, checked: a local folder (hashed; its code version may already exist) or a registered version's id. */
export type CheckedCode =
  | { kind: 'local'; folder: LocalFolder; name: string; existingId?: string }
  | { kind: 'registered'; id: string };

export async function checkCode(ctx: CheckContext, code: CodeSpec): Promise<CheckedCode> {
  if (code.kind === 'reference') {
    let ref;
    try {
      ref = parseCodeReference(code.value, ctx.input);
    } catch {
      code.reader.fail(code.key, 'expected a local folder or azureml:<code name>:<version>.');
    }
    const found = await ctx.client.getCodeVersion(ref.name, ref.version);
    if (!found)
      code.reader.fail(
        code.key,
        `code ${ref.name}:${ref.version} is not registered in workspace '${ctx.client.address.workspace}'. Give the local folder instead.`,
      );
    return { kind: 'registered', id: found.id };
  }
  const local = await checkLocalPath(ctx, code, code.path, 'the code folder');
  if (!local.folder) code.reader.fail(code.key, `the code ${code.path} is a file; give its folder.`);
  const folder = await readLocalFolder(local.path, ctx.input);
  if (folder.files.length === 0)
    code.reader.fail(code.key, `the code folder ${code.path} has no files to upload.`);
  const name = codeAssetName(folder.digest);
  const existing = await ctx.client.getCodeVersion(name, '1');
  return { kind: 'local', folder, name, ...(existing ? { existingId: existing.id } : {}) };
}

/** The environment of a command: a reference that must exist, or an inline one whose files are in the workspace. */
export async function checkRunEnvironment(ctx: CheckContext, run: CommandSpec): Promise<CheckedEnvironment> {
  const env = run.environment;
  const whereText = where(env);
  if (env.kind === 'reference') {
    let setting;
    try {
      setting = parseEnvironmentReference(env.value, ctx.input);
    } catch (error) {
      throw new ConfigurationError(
        `${whereText}: ${(error as Error).message.replace(/^Input '[^']*': /, '')}`,
        ctx.input,
      );
    }
    return checkEnvironment(ctx.client, setting, ctx.input, whereText);
  }
  if (env.spec.condaFile)
    await checkLocalPath(
      ctx,
      { reader: env.reader, key: [...env.key, 'conda_file'] },
      env.spec.condaFile,
      'the conda file',
    );
  if (env.spec.build)
    await checkLocalPath(
      ctx,
      { reader: env.reader, key: [...env.key, 'build', 'path'] },
      env.spec.build.path,
      'the build context',
    );
  return checkEnvironment(ctx.client, env, ctx.input, whereText);
}

/** A registered component (`azureml:<name>:<version>` / `@latest`): it must exist; its id and definition. */
export async function checkRegisteredComponent(
  ctx: CheckContext,
  ref: Extract<ComponentRef, { kind: 'registered' }>,
): Promise<ComponentVersionInfo> {
  const found = await ctx.client.getComponentVersion(ref.name, ref.version);
  if (!found)
    ref.reader.fail(
      ref.key,
      `component ${ref.name}${ref.version === 'latest' ? '@latest' : `:${ref.version}`} is not registered in workspace '${ctx.client.address.workspace}'. Register it (az ml component create) or give its file (component: ./component.yml).`,
    );
  return found;
}
