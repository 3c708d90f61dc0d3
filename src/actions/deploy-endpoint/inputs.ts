import * as core from '@actions/core';
import type { DeploymentFile, EndpointFile } from '../../deploy/cli-yaml.js';
import { readDeploymentFile } from '../../deploy/deployment-yaml.js';
import { readEndpointFile } from '../../deploy/endpoint-yaml.js';
import { validateOnlineName } from '../../deploy/references.js';
import type { DeploySettings } from '../../deploy/settings.js';
import { ConfigurationError } from '../../errors.js';
import { parseMirrorShare, parseTrafficShare } from '../../rollout/traffic.js';
import { parseBooleanInput, parseIntegerInput } from '../shared/scalar-inputs.js';
import { getWorkspaceInputs, type WorkspaceSettings } from '../shared/workspace-inputs.js';
import {
  codeSetting,
  environmentSetting,
  fileKey,
  filePath,
  inFile,
  modelSetting,
  optional,
  pathInside,
} from './file-inputs.js';

/** The settings of one deploy-endpoint run, and the workspace and credentials it uses. */
export interface DeployEndpointInputs extends DeploySettings {
  workspace: WorkspaceSettings;
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
  const endpointValue = endpointIn.value;
  const endpoint =
    endpointIn.source === 'endpoint'
      ? validateOnlineName(endpointValue, 'endpoint', 'endpoint')
      : endpointFile?.name
        ? inFile(
            endpointFile,
            'name',
            () => validateOnlineName(endpointValue, 'endpoint-file', 'endpoint'),
            'endpoint-file',
          )
        : inFile(deploymentFile!, 'endpoint_name', () =>
            validateOnlineName(endpointValue, 'deployment-file', 'endpoint'),
          );
  if (
    deploymentFile?.endpointName &&
    deploymentFile.endpointName !== endpoint &&
    endpointIn.source !== 'endpoint'
  ) {
    throw new ConfigurationError(
      `${fileKey('deployment-file', deploymentFile.where, 'endpoint_name')}: '${deploymentFile.endpointName}' but the endpoint is '${endpoint}' (${endpointIn.source}). Make them agree, or set the endpoint input.`,
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
  const deploymentValue = deploymentIn.value;
  const deployment =
    deploymentIn.source === 'deployment'
      ? validateOnlineName(deploymentValue, 'deployment', 'deployment')
      : inFile(deploymentFile!, 'name', () =>
          validateOnlineName(deploymentValue, 'deployment-file', 'deployment'),
        );

  const { model, source: modelSource } = await modelSetting(deploymentFile);
  const code = await codeSetting(deploymentFile);
  const scoringInput = optional('scoring-script');
  const scoringScript = scoringInput ?? deploymentFile?.scoringScript ?? 'score.py';
  if (/(^|[\\/])\.\.([\\/]|$)/.test(scoringScript) || scoringScript.startsWith('/')) {
    const why = `'${scoringScript}' must be a path inside the code folder.`;
    if (scoringInput || !deploymentFile)
      throw new ConfigurationError(`Input 'scoring-script': ${why}`, 'scoring-script');
    throw new ConfigurationError(
      `${fileKey('deployment-file', deploymentFile.where, 'code_configuration.scoring_script')}: ${why}`,
      'deployment-file',
    );
  }
  if (code?.kind === 'local') {
    const script = `${code.path}/${scoringScript}`;
    if (scoringInput || optional('code-path') || !deploymentFile)
      await pathInside(scoringInput ? 'scoring-script' : 'code-path', script, 'file');
    else await filePath(deploymentFile, 'code_configuration.scoring_script', script, 'file');
  }

  const environment = await environmentSetting(deploymentFile);
  if (code && !environment) {
    throw new ConfigurationError(
      `Input 'environment' is required with scoring code: give azureml:<name>:<version> (or @latest), a registry environment ` +
        `(azureml://registries/azureml/environments/<name>/labels/latest), or an inline environment (image, conda_file) in deployment-file.`,
      'environment',
    );
  }

  const instanceType = optional('instance-type') ?? deploymentFile?.instanceType ?? 'Standard_DS3_v2';
  if (!/^[A-Za-z][A-Za-z0-9_]{1,63}$/.test(instanceType)) {
    const why = `'${instanceType}' is not a VM size such as Standard_DS3_v2.`;
    if (optional('instance-type') || !deploymentFile)
      throw new ConfigurationError(`Input 'instance-type': ${why}`, 'instance-type');
    throw new ConfigurationError(
      `${fileKey('deployment-file', deploymentFile.where, 'instance_type')}: ${why}`,
      'deployment-file',
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
  const d = deploymentFile;
  return {
    endpoint,
    deployment,
    model,
    modelSource,
    where: {
      model:
        modelSource === 'model' || !deploymentFile
          ? "Input 'model'"
          : fileKey('deployment-file', deploymentFile.where, 'model'),
      environment:
        optional('environment') !== undefined || !deploymentFile
          ? "Input 'environment'"
          : fileKey('deployment-file', deploymentFile.where, 'environment'),
      code:
        optional('code-path') !== undefined || !deploymentFile
          ? "Input 'code-path'"
          : fileKey('deployment-file', deploymentFile.where, 'code_configuration.code'),
    },
    ...(code ? { code } : {}),
    scoringScript,
    ...(environment ? { environment } : {}),
    instanceType,
    instanceCount,
    deploymentFile: {
      environmentVariables: d?.environmentVariables ?? {},
      requestSettings: d?.requestSettings,
      readinessProbe: d?.readinessProbe,
      livenessProbe: d?.livenessProbe,
      scaleSettings: d?.scaleSettings,
      dataCollector: d?.dataCollector,
      appInsightsEnabled: d?.appInsightsEnabled,
      egressPublicNetworkAccess: d?.egressPublicNetworkAccess,
      modelMountPath: d?.modelMountPath,
      description: d?.description,
      tags: d?.tags ?? {},
      properties: d?.properties ?? {},
    },
    endpointSettings: {
      ...(endpointFile?.authMode ? { authMode: endpointFile.authMode } : {}),
      ...(endpointFile?.description !== undefined ? { description: endpointFile.description } : {}),
      tags: endpointFile?.tags ?? {},
      properties: endpointFile?.properties ?? {},
      ...(endpointFile?.identity ? { identity: endpointFile.identity } : {}),
      ...(endpointFile?.publicNetworkAccess ? { publicNetworkAccess: endpointFile.publicNetworkAccess } : {}),
    },
    traffic,
    mirror,
    timeoutMs: timeoutMinutes * 60_000,
    keepFailed,
    workspace,
  };
}
