import * as core from '@actions/core';
import { readFile, realpath, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ConfigurationError } from '../../errors.js';
import { parseModelType, type ModelType } from '../../model/layout.js';
import { parseMetrics, type Metrics } from '../../model/metrics.js';

/** The settings of one package-model run, from its inputs. */
export interface PackageModelInputs {
  /** `model-path`: absolute path of the model folder (inside GITHUB_WORKSPACE when that is set). */
  modelPath: string;
  /** `name`: the model's asset name in Azure ML. */
  name: string;
  /** `model-type`: the Azure ML model type; undefined for `auto` (detected from the files). */
  modelType?: ModelType;
  /** `metrics-file`: absolute path of the metrics JSON file. */
  metricsFile?: string;
  /** The metrics read from `metrics-file`. */
  metrics?: Metrics;
  /** `code-path`: absolute path of the scoring code folder, packaged as code/. */
  codePath?: string;
  /** `environment-file`: absolute path of a conda.yaml / requirements.txt, packaged as environment/<name>. */
  environmentFile?: string;
  /** `output-path`: absolute path of the package folder to write; `<RUNNER_TEMP>/mlops-packages/<name>` by default. */
  outputPath: string;
}

/**
 * Azure ML model names: the ARM API (2022-10-01, ModelContainers/ModelVersions createOrUpdate) accepts
 * `^[a-zA-Z0-9][a-zA-Z0-9\-_]{0,254}$` (letters, digits, '-' and '_', starting with a letter or digit,
 * at most 255 characters; see the `name` parameter in @azure/arm-machinelearning's operation specs).
 */
export const MODEL_NAME_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9\-_]{0,254}$/;

function optional(name: string): string | undefined {
  const v = core.getInput(name);
  return v === '' ? undefined : v;
}

function required(name: string, value: string, example: string): string {
  if (value === '')
    throw new ConfigurationError(
      `Input '${name}' is required: set it, for example ${name}: ${example}.`,
      name,
    );
  return value;
}

function isInside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/** Resolves a path input against GITHUB_WORKSPACE (where the runner starts steps), else the working directory. */
function resolvePath(value: string): string {
  return resolve(process.env.GITHUB_WORKSPACE || process.cwd(), value);
}

async function kindOf(path: string): Promise<'dir' | 'file' | 'other' | 'missing'> {
  try {
    const info = await stat(path);
    return info.isDirectory() ? 'dir' : info.isFile() ? 'file' : 'other';
  } catch {
    return 'missing';
  }
}

async function existingDir(input: string, value: string): Promise<string> {
  const path = resolvePath(value);
  const kind = await kindOf(path);
  if (kind === 'missing') {
    throw new ConfigurationError(
      `Input '${input}': ${path} does not exist. Check the path (relative paths start at the workspace).`,
      input,
    );
  }
  if (kind !== 'dir') {
    throw new ConfigurationError(
      `Input '${input}': ${path} is not a directory. Point it at the folder that holds the files.`,
      input,
    );
  }
  return path;
}

async function existingFile(input: string, value: string): Promise<string> {
  const path = resolvePath(value);
  const kind = await kindOf(path);
  if (kind === 'missing') {
    throw new ConfigurationError(
      `Input '${input}': ${path} does not exist. Check the path (relative paths start at the workspace).`,
      input,
    );
  }
  if (kind !== 'file')
    throw new ConfigurationError(
      `Input '${input}': ${path} is not a regular file. Point it at a file.`,
      input,
    );
  return path;
}

/** Parses and validates the inputs; every mistake is a ConfigurationError naming its input and the fix. */
export async function getInputs(): Promise<PackageModelInputs> {
  const name = required('name', core.getInput('name').trim(), 'diabetes-classifier');
  if (!MODEL_NAME_PATTERN.test(name)) {
    throw new ConfigurationError(
      `Input 'name': '${name}' is not a valid Azure ML model name. Use 1-255 letters, digits, '-' or '_', starting with a letter or digit (for example diabetes-classifier).`,
      'name',
    );
  }
  core.debug(`name = ${name}`);

  const modelPath = await existingDir(
    'model-path',
    required('model-path', core.getInput('model-path').trim(), 'outputs/model'),
  );
  const workspace = process.env.GITHUB_WORKSPACE;
  if (workspace) {
    const [realWorkspace, realModel] = await Promise.all([realpath(workspace), realpath(modelPath)]);
    if (!isInside(realWorkspace, realModel)) {
      throw new ConfigurationError(
        `Input 'model-path': ${modelPath} is outside the workspace ${workspace}. ` +
          `Package models from the workspace: write or download the model below $GITHUB_WORKSPACE and point model-path there.`,
        'model-path',
      );
    }
  }
  core.debug(`model-path = ${modelPath}`);

  const modelType = parseModelType(core.getInput('model-type'), 'model-type');
  core.debug(`model-type = ${modelType ?? 'auto'}`);

  const settings: PackageModelInputs = { modelPath, name, outputPath: '' };
  if (modelType) settings.modelType = modelType;

  const metricsValue = optional('metrics-file');
  if (metricsValue !== undefined) {
    settings.metricsFile = await existingFile('metrics-file', metricsValue.trim());
    settings.metrics = parseMetrics(
      await readFile(settings.metricsFile, 'utf8'),
      settings.metricsFile,
      'metrics-file',
    );
    core.debug(`metrics-file = ${settings.metricsFile} (${Object.keys(settings.metrics).length} metrics)`);
  }

  const codeValue = optional('code-path');
  if (codeValue !== undefined) {
    settings.codePath = await existingDir('code-path', codeValue.trim());
    core.debug(`code-path = ${settings.codePath}`);
  }

  const environmentValue = optional('environment-file');
  if (environmentValue !== undefined) {
    settings.environmentFile = await existingFile('environment-file', environmentValue.trim());
    core.debug(`environment-file = ${settings.environmentFile}`);
  }

  const outputValue = optional('output-path');
  settings.outputPath =
    outputValue !== undefined
      ? resolvePath(outputValue.trim())
      : join(process.env.RUNNER_TEMP || tmpdir(), 'mlops-packages', name);
  for (const [input, path] of [
    ['model-path', settings.modelPath],
    ['code-path', settings.codePath],
  ] as const) {
    if (path && (isInside(path, settings.outputPath) || isInside(settings.outputPath, path))) {
      throw new ConfigurationError(
        `Input 'output-path': ${settings.outputPath} overlaps ${input} ${path}. Write the package to a folder outside the model and code folders.`,
        'output-path',
      );
    }
  }
  core.debug(`output-path = ${settings.outputPath}`);
  return settings;
}
