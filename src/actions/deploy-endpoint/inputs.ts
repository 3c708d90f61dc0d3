import * as core from '@actions/core';
import {
  readDeploymentFile,
  readEndpointFile,
  type DeploymentFile,
  type EndpointFile,
} from '../../deploy/cli-yaml.js';
import {
  parseEnvironmentReference,
  parseModelReference,
  validateOnlineName,
} from '../../deploy/references.js';
import type { DeploySettings } from '../../deploy/settings.js';
import type { EnvironmentSetting } from '../../deploy/environment-asset.js';
import { ConfigurationError } from '../../errors.js';
import { parseMirrorShare, parseTrafficShare } from '../../rollout/traffic.js';
import { existingDir, existingFile, requireInsideRoots } from '../shared/path-inputs.js';
import { parseBooleanInput, parseIntegerInput } from '../shared/scalar-inputs.js';
import { getWorkspaceInputs, type WorkspaceSettings } from '../shared/workspace-inputs.js';

/** The settings of one deploy-endpoint run, and the workspace and credentials it uses. */
export interface DeployEndpointInputs extends DeploySettings {
  workspace: WorkspaceSettings;
}

const optional = (name: string): string | undefined => {
  const v = core.getInput(name);
  return v === '' ? undefined : v;
};

async function pathInside(input: string, value: string, kind: 'dir' | 'file'): Promise<string> {
  const path = kind === 'dir' ? await existingDir(input, value) : await existingFile(input, value);
  await requireInsideRoots(
    input,
    path,
    [process.env.GITHUB_WORKSPACE, process.env.RUNNER_TEMP],
    'Keep deployment files in the repository.',
  );
  return path;
}

/** Checks a path taken from a YAML file: it must exist and stay inside the workspace. */
async function filePath(input: string, key: string, path: string, kind: 'dir' | 'file'): Promise<string> {
  try {
    return await pathInside(input, path, kind);
  } catch (error) {
    if (error instanceof ConfigurationError) {
      throw new ConfigurationError(
        error.message.replace(`Input '${input}':`, `Input '${input}', ${key}:`),
        input,
      );
    }
    throw error;
  }
}

/** Parses and validates every input (and the YAML files) before any call to Azure. */
export async function getInputs(): Promise<DeployEndpointInputs> {
  const endpointFileValue = optional('endpoint-file');
  const deploymentFileValue = optional('deployment-file');
  const endpointFile: EndpointFile | undefined = endpointFileValue
    ? await readEndpointFile(await pathInside('endpoint-file', endpointFileValue, 'file'))
    : undefined;
  const deploymentFile: DeploymentFile | undefined = deploymentFileValue
    ? await readDeploymentFile(await pathInside('deployment-file', deploymentFileValue, 'file'))
    : undefined;
  const ignored = [
    ...(endpointFile?.ignored ?? []).map((k) => `endpoint-file: ${k}`),
    ...(deploymentFile?.ignored ?? []).map((k) => `deployment-file: ${k}`),
  ];

  const pick = (
    input: string,
    fromFile: string | undefined,
    fileInput: string,
  ): { value?: string; source: string } => {
    const v = optional(input);
    return v !== undefined ? { value: v, source: input } : { value: fromFile, source: fileInput };
  };

  const endpointIn = pick(
    'endpoint',
    endpointFile?.name ?? deploymentFile?.endpointName,
    endpointFile?.name ? 'endpoint-file' : 'deployment-file',
  );
  if (!endpointIn.value) {
    throw new ConfigurationError(
      `Input 'endpoint' is required: name the online endpoint (or give endpoint-file with a name).`,
      'endpoint',
    );
  }
  const endpoint = validateOnlineName(endpointIn.value, endpointIn.source, 'endpoint');
  if (
    deploymentFile?.endpointName &&
    deploymentFile.endpointName !== endpoint &&
    endpointIn.source !== 'endpoint'
  ) {
    throw new ConfigurationError(
      `Input 'deployment-file': endpoint_name is '${deploymentFile.endpointName}' but the endpoint is '${endpoint}' (${endpointIn.source}). Make them agree, or set the endpoint input.`,
      'deployment-file',
    );
  }

  const deploymentIn = pick('deployment', deploymentFile?.name, 'deployment-file');
  if (!deploymentIn.value) {
    throw new ConfigurationError(
      `Input 'deployment' is required: name the deployment, e.g. green (or give deployment-file with a name).`,
      'deployment',
    );
  }
  const deployment = validateOnlineName(deploymentIn.value, deploymentIn.source, 'deployment');

  const modelIn = pick('model', deploymentFile?.model, 'deployment-file');
  if (!modelIn.value) {
    throw new ConfigurationError(
      `Input 'model' is required: the registered model version as azureml:<name>:<version> (register-model's model-uri output).`,
      'model',
    );
  }
  const model = parseModelReference(modelIn.value, modelIn.source);

  const codeInput = optional('code-path');
  const codePath = codeInput
    ? await pathInside('code-path', codeInput, 'dir')
    : deploymentFile?.codePath
      ? await filePath('deployment-file', 'code_configuration.code', deploymentFile.codePath, 'dir')
      : undefined;
  const scoringScript = optional('scoring-script') ?? deploymentFile?.scoringScript ?? 'score.py';
  if (/(^|[\\/])\.\.([\\/]|$)/.test(scoringScript) || scoringScript.startsWith('/')) {
    throw new ConfigurationError(
      `Input 'scoring-script': '${scoringScript}' must be a path inside code-path.`,
      'scoring-script',
    );
  }
  if (codePath)
    await filePath(
      optional('scoring-script') ? 'scoring-script' : 'code-path',
      'scoring script',
      `${codePath}/${scoringScript}`,
      'file',
    );

  let environment: EnvironmentSetting | undefined;
  const envInput = optional('environment');
  if (envInput) environment = { kind: 'registered', ref: parseEnvironmentReference(envInput, 'environment') };
  else if (typeof deploymentFile?.environment === 'string') {
    environment = {
      kind: 'registered',
      ref: parseEnvironmentReference(deploymentFile.environment, 'deployment-file'),
    };
  } else if (deploymentFile?.environment) {
    const { image, condaFile } = deploymentFile.environment;
    environment = {
      kind: 'inline',
      image,
      condaFile: condaFile
        ? await filePath('deployment-file', 'environment.conda_file', condaFile, 'file')
        : undefined,
    };
  }
  if (codePath && !environment) {
    throw new ConfigurationError(
      `Input 'environment' is required with scoring code: give azureml:<name>:<version> (or @latest), or an inline environment (image, conda_file) in deployment-file.`,
      'environment',
    );
  }

  const instanceType = optional('instance-type') ?? deploymentFile?.instanceType ?? 'Standard_DS3_v2';
  if (!/^[A-Za-z][A-Za-z0-9_]{1,63}$/.test(instanceType)) {
    throw new ConfigurationError(
      `Input 'instance-type': '${instanceType}' is not a VM size such as Standard_DS3_v2.`,
      'instance-type',
    );
  }
  const instanceCount = parseIntegerInput(
    core.getInput('instance-count'),
    'instance-count',
    1,
    100,
    deploymentFile?.instanceCount ?? 1,
  );

  const traffic = parseTrafficShare(core.getInput('traffic'), 'traffic');
  const mirror = parseMirrorShare(core.getInput('mirror'), 'mirror');
  if (traffic > 0 && mirror !== undefined) {
    throw new ConfigurationError(
      `Input 'mirror': a deployment takes either live traffic (traffic: ${traffic}) or mirrored traffic, not both. Use traffic: 0 with mirror.`,
      'mirror',
    );
  }
  const timeoutMinutes = parseIntegerInput(core.getInput('timeout-minutes'), 'timeout-minutes', 1, 360, 30);
  const keepFailed = parseBooleanInput(core.getInput('keep-failed'), 'keep-failed', false);

  const workspace = getWorkspaceInputs();
  return {
    endpoint,
    deployment,
    model,
    modelSource: modelIn.source,
    codePath,
    scoringScript,
    environment,
    instanceType,
    instanceCount,
    environmentVariables: deploymentFile?.environmentVariables ?? {},
    requestTimeout: deploymentFile?.requestTimeout,
    maxConcurrentRequestsPerInstance: deploymentFile?.maxConcurrentRequestsPerInstance,
    readinessProbe: deploymentFile?.readinessProbe,
    livenessProbe: deploymentFile?.livenessProbe,
    deploymentDescription: deploymentFile?.description,
    deploymentTags: deploymentFile?.tags ?? {},
    endpointSpec: {
      authMode: endpointFile?.authMode ?? 'Key',
      description: endpointFile?.description,
      tags: endpointFile?.tags ?? {},
    },
    traffic,
    mirror,
    timeoutMs: timeoutMinutes * 60_000,
    keepFailed,
    workspace,
    ignored,
  };
}
