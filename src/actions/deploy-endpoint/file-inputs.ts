// The deployment file's model, environment and code, with the inputs that override them (like `az ml --set`):
// references parsed, paths checked (existing, inside the workspace), an inline model's files read. Errors about a
// value from the file name the file, the key and its line.
import * as core from '@actions/core';
import { stat } from 'node:fs/promises';
import type { DeploymentFile, FileWhere } from '../../deploy/cli-yaml.js';
import type { EnvironmentSetting } from '../../deploy/environment-asset.js';
import {
  parseCodeReference,
  parseEnvironmentReference,
  parseModelReference,
} from '../../deploy/references.js';
import type { CodeSetting, ModelSetting } from '../../deploy/settings.js';
import { ConfigurationError } from '../../errors.js';
import { readModelSource } from '../../model/model-source.js';
import { existingDir, existingFile, inputRoots, requireInsideRoots } from '../shared/path-inputs.js';

export const optional = (name: string): string | undefined => {
  const v = core.getInput(name);
  return v === '' ? undefined : v;
};

const ROOTS = (): Array<string | undefined> => inputRoots();

export async function pathInside(input: string, value: string, kind: 'dir' | 'file'): Promise<string> {
  const path = kind === 'dir' ? await existingDir(input, value) : await existingFile(input, value);
  await requireInsideRoots(input, path, ROOTS(), 'Keep deployment files in the repository.');
  return path;
}

/** `Input 'deployment-file' (<file>): line N, <key>`: how messages name a key of a file. */
export function fileKey(input: string, where: FileWhere, key: string): string {
  const line = where.lines[key];
  return `Input '${input}' (${where.file}): ${line ? `line ${line}, ` : ''}${key}`;
}

/** Rethrows a ConfigurationError about a value from the deployment file as one naming the file, the key and its line. */
function fromFile(file: { where: FileWhere }, key: string, error: unknown, input = 'deployment-file'): never {
  if (!(error instanceof ConfigurationError)) throw error;
  const detail = error.message.replace(/^Input '[^']*'(, [^:]*)?: /, '');
  throw new ConfigurationError(`${fileKey(input, file.where, key)}: ${detail}`, input);
}

/** fn's value; its ConfigurationError rethrown naming the file's key (see fromFile). */
export function inFile<T>(
  file: { where: FileWhere },
  key: string,
  fn: () => T,
  input = 'deployment-file',
): T {
  try {
    return fn();
  } catch (error) {
    fromFile(file, key, error, input);
  }
}

/** Checks a path taken from the deployment file: it must exist and stay inside the workspace. */
export async function filePath(
  file: DeploymentFile,
  key: string,
  path: string,
  kind: 'dir' | 'file' | 'any',
): Promise<string> {
  try {
    if (kind !== 'any') return await pathInside('deployment-file', path, kind);
    await stat(path).catch(() => {
      throw new ConfigurationError(
        `Input 'deployment-file': ${path} does not exist. Check the path (relative to the deployment file).`,
      );
    });
    await requireInsideRoots('deployment-file', path, ROOTS(), 'Keep the model inside the repository.');
    return path;
  } catch (error) {
    fromFile(file, key, error);
  }
}

/** The model: the `model` input (like the CLI's `--set model=...`) over the file's reference or inline model. */
export async function modelSetting(
  file: DeploymentFile | undefined,
): Promise<{ model: ModelSetting; source: string }> {
  const input = optional('model');
  if (input !== undefined) return { model: parseModelReference(input, 'model'), source: 'model' };
  const m = file?.model;
  if (!m) {
    throw new ConfigurationError(
      `Input 'model' is required: azureml:<name>:<version> (register-model's model-uri output), or a model in deployment-file (a reference, or an inline path and type).`,
      'model',
    );
  }
  if (m.kind === 'reference')
    return { model: inFile(file, 'model', () => parseModelReference(m.value)), source: 'deployment-file' };
  let source;
  try {
    await filePath(file, 'model.path', m.path, 'any');
    source = await readModelSource(m.path, {
      inputName: 'model.path',
      ...(m.type ? { modelType: m.type } : {}),
      typeInputName: 'model.type',
    });
  } catch (error) {
    fromFile(
      file,
      error instanceof ConfigurationError && /model\.type/.test(error.message) ? 'model.type' : 'model.path',
      error,
    );
  }
  for (const warning of source.warnings) core.warning(`deployment-file, model.path: ${warning}`);
  return {
    model: {
      kind: 'inline',
      source,
      ...(m.name ? { name: m.name } : {}),
      ...(m.version ? { version: m.version } : {}),
      ...(m.description !== undefined ? { description: m.description } : {}),
      tags: m.tags,
    },
    source: 'deployment-file',
  };
}

/** The environment: the `environment` input over the file's reference or inline environment. */
export async function environmentSetting(
  file: DeploymentFile | undefined,
): Promise<EnvironmentSetting | undefined> {
  const input = optional('environment');
  if (input !== undefined) return parseEnvironmentReference(input, 'environment');
  const e = file?.environment;
  if (!e) return undefined;
  if (e.kind === 'reference') return inFile(file, 'environment', () => parseEnvironmentReference(e.value));
  const spec = { ...e.spec };
  if (spec.condaFile) spec.condaFile = await filePath(file, 'environment.conda_file', spec.condaFile, 'file');
  if (spec.build)
    spec.build = {
      ...spec.build,
      path: await filePath(file, 'environment.build.path', spec.build.path, 'dir'),
    };
  return { kind: 'inline', spec };
}

/** The scoring code: the `code-path` input over the file's code_configuration.code. */
export async function codeSetting(file: DeploymentFile | undefined): Promise<CodeSetting | undefined> {
  const input = optional('code-path');
  if (input !== undefined) return { kind: 'local', path: await pathInside('code-path', input, 'dir') };
  const c = file?.code;
  if (!c) return undefined;
  if (c.kind === 'reference')
    return {
      kind: 'registered',
      ref: inFile(file, 'code_configuration.code', () => parseCodeReference(c.value, 'deployment-file')),
    };
  return { kind: 'local', path: await filePath(file, 'code_configuration.code', c.path, 'dir') };
}
