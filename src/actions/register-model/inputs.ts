import { stat } from 'node:fs/promises';
import * as core from '@actions/core';
import { parseJobOutputUri, type JobOutputRef } from '../../contract/jobs.js';
import { parseModelVersionAddress, type ModelVersionAddress } from '../../azureml/model-reference.js';
import { ConfigurationError } from '../../errors.js';
import { validateModelName } from '../../model/names.js';
import {
  existingDir,
  existingFile,
  inputRoots,
  requireInsideRoots,
  resolveInputPath,
} from '../shared/path-inputs.js';
import { getWorkspaceInputs, type WorkspaceSettings } from '../shared/workspace-inputs.js';

/** The settings of one register-model run, from its inputs. */
export interface RegisterModelInputs {
  /** `model-path`: absolute path of a package (package-model's output), a plain model folder or one model file; undefined with `source`. */
  modelPath?: string;
  /** `source`: a model version in another workspace to promote into this one (instead of model-path). */
  source?: ModelVersionAddress;
  /** `source` as azureml://jobs/<job>/outputs/<output>[/paths/<p>]: a job's output to register (instead of model-path). */
  jobOutput?: JobOutputRef;
  /** `approved-by`: who approved a promotion (recorded in its history). */
  approvedBy?: string;
  /** `name`: the model's asset name; undefined to take the package's name (required for a plain folder). */
  name?: string;
  /** `version`: a pinned version (a positive integer); undefined for the next integer after the highest. */
  version?: string;
  /** `tags`: user tags, from `key=value` lines. */
  tags: Record<string, string>;
  /** `description`: the model version's description. */
  description?: string;
  /** `subscription-id`, `resource-group`, `workspace`, `arm-endpoint`, `client-id`, `tenant-id` (and their variables). */
  workspace: WorkspaceSettings;
}

/**
 * Model versions: unlike data and environment assets, a registered model's version must be a positive
 * integer (https://github.com/Azure/azureml-examples/issues/2725). We also keep it within 32 bits.
 */
export const MODEL_VERSION_PATTERN = /^[1-9][0-9]{0,9}$/;
const MAX_VERSION = 2 ** 31 - 1;
/** Tag keys we write ourselves (lineage); user tags may not use this prefix. */
export const RESERVED_TAG_PREFIX = 'mlops.';
const MAX_TAGS = 50;

export function validateVersion(value: string, inputName = 'version'): string {
  if (!MODEL_VERSION_PATTERN.test(value) || Number(value) > MAX_VERSION) {
    throw new ConfigurationError(
      `Input '${inputName}': '${value}' is not a valid model version. Azure ML model versions are positive integers ` +
        `(1, 2, 3, ...); leave '${inputName}' empty to take the next one.`,
      inputName,
    );
  }
  return value;
}

/**
 * Parses `key=value` lines: blank lines and `#` comments are skipped; the value is everything after the first
 * `=` (trimmed; it may be empty). A line without `=`, an empty key, a key with `,` or `=`, a duplicate key, or a
 * key starting with `mlops.` is a ConfigurationError naming the line.
 */
export function parseTags(lines: string[], inputName = 'tags'): Record<string, string> {
  const tags: Record<string, string> = {};
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const fail = (why: string): never => {
      throw new ConfigurationError(
        `Input '${inputName}', line ${i + 1} ('${line}'): ${why}. Write one tag per line as key=value, e.g. team=fraud.`,
        inputName,
      );
    };
    const at = line.indexOf('=');
    if (at < 0) fail('there is no "="');
    const key = line.slice(0, at).trim();
    const value = line.slice(at + 1).trim();
    if (key === '') fail('the key is empty');
    if (key.length > 256) fail('the key is longer than 256 characters');
    if (/[,\s]/.test(key)) fail('the key contains a comma or a space');
    if (key.toLowerCase().startsWith(RESERVED_TAG_PREFIX))
      fail(`keys starting with "${RESERVED_TAG_PREFIX}" are set by this action`);
    if (Object.hasOwn(tags, key)) fail(`the key "${key}" is given twice`);
    if (value.length > 5000) fail('the value is longer than 5000 characters');
    tags[key] = value;
  });
  if (Object.keys(tags).length > MAX_TAGS) {
    throw new ConfigurationError(
      `Input '${inputName}': more than ${MAX_TAGS} tags. Keep the list short.`,
      inputName,
    );
  }
  return tags;
}

/**
 * Resolves `model-path` against GITHUB_WORKSPACE and checks it is a folder (or one model file) inside GITHUB_WORKSPACE or RUNNER_TEMP
 * (where package-model writes packages by default), when those are set.
 */
export async function resolveModelPath(value: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const input = 'model-path';
  if (value === '') {
    throw new ConfigurationError(
      `Input '${input}' is required: set it to a package from package-model (steps.<id>.outputs.package-path) or a model folder.`,
      input,
    );
  }
  // A single model file is accepted too, as `az ml model create --path model.pkl` accepts it.
  const isFile = await stat(resolveInputPath(value, env)).then(
    (info) => info.isFile(),
    () => false,
  );
  const path = isFile
    ? await existingFile(input, value, env)
    : await existingDir(input, value, 'the package, model folder or model file', env);
  await requireInsideRoots(
    input,
    path,
    inputRoots(env),
    "Register models from the workspace (or package-model's output below RUNNER_TEMP).",
  );
  return path;
}

/** Parses and validates every input before any call to Azure; each mistake names its input and the fix. */
export async function getInputs(): Promise<RegisterModelInputs> {
  const sourceValue = core.getInput('source');
  const modelPathValue = core.getInput('model-path');
  if (sourceValue && modelPathValue) {
    throw new ConfigurationError(
      `Input 'source': source and model-path are both set. Give model-path to register files, or source to promote a version from another workspace or register a job's output.`,
      'source',
    );
  }
  const jobOutput = sourceValue ? parseJobOutputUri(sourceValue) : undefined;
  if (!jobOutput && /^azureml:\/\/jobs\//i.test(sourceValue.trim())) {
    throw new ConfigurationError(
      `Input 'source': '${sourceValue}' is not a job output. Write azureml://jobs/<job>/outputs/<output>[/paths/<path>] ` +
        `(run-job's outputs output lists them).`,
      'source',
    );
  }
  const source = sourceValue && !jobOutput ? parseModelVersionAddress(sourceValue, 'source') : undefined;
  const modelPath = source || jobOutput ? undefined : await resolveModelPath(modelPathValue);
  core.debug(`model-path = ${modelPath ?? '-'}, source = ${sourceValue || '-'}`);
  const approvedBy = core.getInput('approved-by') || undefined;

  const nameValue = core.getInput('name');
  const name = nameValue === '' ? undefined : validateModelName(nameValue, 'name');
  core.debug(`name = ${name ?? '(from the package)'}`);

  const versionValue = core.getInput('version');
  const version = versionValue === '' ? undefined : validateVersion(versionValue, 'version');
  core.debug(`version = ${version ?? '(next)'}`);

  const tags = parseTags(core.getMultilineInput('tags'), 'tags');
  core.debug(`tags = ${JSON.stringify(tags)}`);

  const descriptionValue = core.getInput('description', { trimWhitespace: true });
  const description = descriptionValue === '' ? undefined : descriptionValue;
  if (description && description.length > 5000) {
    throw new ConfigurationError(
      `Input 'description' is longer than 5000 characters. Shorten it.`,
      'description',
    );
  }

  if (jobOutput) {
    if (!name) {
      throw new ConfigurationError(
        `Input 'name' is required with a job output as source: the model's name, e.g. diabetes-classifier.`,
        'name',
      );
    }
    if (approvedBy) {
      throw new ConfigurationError(
        `Input 'approved-by' records who approved a promotion; a job output is registered, not promoted. Leave it empty.`,
        'approved-by',
      );
    }
  }

  if (source && (name || version)) {
    throw new ConfigurationError(
      `Input '${name ? 'name' : 'version'}': a promotion keeps the source's name and version (${source.name}:${source.version}); leave it empty with source.`,
      name ? 'name' : 'version',
    );
  }

  const workspace = getWorkspaceInputs();
  if (
    source &&
    source.workspace.toLowerCase() === workspace.address.workspace.toLowerCase() &&
    source.resourceGroup.toLowerCase() === workspace.address.resourceGroup.toLowerCase()
  ) {
    throw new ConfigurationError(
      `Input 'source': ${source.name}:${source.version} is already in workspace '${source.workspace}', the target. Promote into another workspace (set workspace).`,
      'source',
    );
  }
  return {
    modelPath,
    source,
    ...(jobOutput ? { jobOutput } : {}),
    approvedBy,
    name,
    version,
    tags,
    description,
    workspace,
  };
}
