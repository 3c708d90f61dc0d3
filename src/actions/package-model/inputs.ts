import * as core from '@actions/core';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_JSON_INPUT_BYTES, readBoundedText } from '../../bounded-read.js';
import { parseJobOutputUri, type JobOutputRef } from '../../contract/jobs.js';
import type { JobLineage } from '../../model/manifest.js';
import { ConfigurationError } from '../../errors.js';
import { parseModelType, type ModelType } from '../../model/layout.js';
import { parseMetrics, type Metrics } from '../../model/metrics.js';
import { validateModelName } from '../../model/names.js';
import { isInside } from '../../paths.js';
import {
  existingDir,
  insideDir,
  insideFile,
  requireInsideRoots,
  insideOutputPath,
} from '../shared/path-inputs.js';
import { getWorkspaceInputs, type WorkspaceSettings } from '../shared/workspace-inputs.js';

/** The settings of one package-model run, from its inputs. */
export interface PackageModelInputs {
  /**
   * `model-path`: absolute path of the model folder (inside GITHUB_WORKSPACE when that is set); for a job output,
   * the folder it is downloaded to (below RUNNER_TEMP), filled once downloaded.
   */
  modelPath: string;
  /** `model-path` as azureml://jobs/<job>/outputs/<output>[/paths/<p>]: a job output, downloaded first. */
  jobOutput?: JobOutputRef;
  /** Where a job output is downloaded (`<RUNNER_TEMP>/mlops-job-outputs`). */
  downloadRoot?: string;
  /** The workspace inputs, read only for a job output. */
  workspace?: WorkspaceSettings;
  /** The job output's lineage (job, code, environment, data), recorded in the manifest once downloaded. */
  jobLineage?: JobLineage;
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

/** Parses and validates the inputs; every mistake is a ConfigurationError naming its input and the fix. */
export async function getInputs(): Promise<PackageModelInputs> {
  const name = validateModelName(required('name', core.getInput('name').trim(), 'diabetes-classifier'));
  core.debug(`name = ${name}`);

  const modelPathValue = required('model-path', core.getInput('model-path').trim(), 'outputs/model');
  const jobOutput = parseJobOutputUri(modelPathValue);
  if (!jobOutput && /^azureml:/i.test(modelPathValue)) {
    throw new ConfigurationError(
      `Input 'model-path': '${modelPathValue}' is neither a folder nor a job output. Give a folder, or ` +
        `azureml://jobs/<job>/outputs/<output>[/paths/<path>] (run-job's outputs output lists them).`,
      'model-path',
    );
  }
  const runnerTemp = process.env.RUNNER_TEMP || tmpdir();
  const downloadRoot = join(runnerTemp, 'mlops-job-outputs');
  let modelPath: string;
  if (jobOutput) {
    // Downloaded after every check: its folder is known now (downloadJobOutput's layout), for the overlap check.
    modelPath = join(downloadRoot, jobOutput.job, jobOutput.output);
  } else {
    modelPath = await existingDir('model-path', modelPathValue);
    await requireInsideRoots(
      'model-path',
      modelPath,
      [process.env.GITHUB_WORKSPACE],
      'Package models from the workspace: write or download the model below $GITHUB_WORKSPACE and point model-path there.',
    );
  }
  core.debug(`model-path = ${jobOutput ? modelPathValue : modelPath}`);

  const modelType = parseModelType(core.getInput('model-type'), 'model-type');
  core.debug(`model-type = ${modelType ?? 'auto'}`);

  const settings: PackageModelInputs = { modelPath, name, outputPath: '' };
  if (jobOutput) {
    settings.jobOutput = jobOutput;
    settings.downloadRoot = downloadRoot;
    settings.workspace = getWorkspaceInputs();
  }
  if (modelType) settings.modelType = modelType;

  const metricsValue = optional('metrics-file');
  if (metricsValue !== undefined) {
    settings.metricsFile = await insideFile('metrics-file', metricsValue.trim());
    settings.metrics = parseMetrics(
      await readBoundedText(settings.metricsFile, 'metrics-file', MAX_JSON_INPUT_BYTES),
      settings.metricsFile,
      'metrics-file',
    );
    core.debug(`metrics-file = ${settings.metricsFile} (${Object.keys(settings.metrics).length} metrics)`);
  }

  const codeValue = optional('code-path');
  if (codeValue !== undefined) {
    settings.codePath = await insideDir(
      'code-path',
      codeValue.trim(),
      'Package scoring code from the repository.',
    );
    core.debug(`code-path = ${settings.codePath}`);
  }

  const environmentValue = optional('environment-file');
  if (environmentValue !== undefined) {
    settings.environmentFile = await insideFile(
      'environment-file',
      environmentValue.trim(),
      'Package the conda.yaml or requirements.txt from the repository.',
    );
    core.debug(`environment-file = ${settings.environmentFile}`);
  }

  const outputValue = optional('output-path');
  settings.outputPath =
    outputValue !== undefined
      ? await insideOutputPath(
          'output-path',
          outputValue.trim(),
          'Write the package below $GITHUB_WORKSPACE or $RUNNER_TEMP (the default, RUNNER_TEMP/mlops-packages/<name>).',
        )
      : join(runnerTemp, 'mlops-packages', name);
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
