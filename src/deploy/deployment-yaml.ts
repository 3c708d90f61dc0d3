// An Azure ML CLI v2 managed online deployment file, read as azure-ai-ml reads it (_schema/_deployment/deployment.py,
// _schema/_deployment/online/online_deployment.py: ManagedOnlineDeploymentSchema) and mapped as
// ManagedOnlineDeployment._to_rest_object maps it. docs/cli-yaml.md lists every key.
import { dirname, resolve } from 'node:path';
import type { DeploymentFile } from './cli-yaml.js';
import { readEnvironment, readModel } from './asset-yaml.js';
import {
  readDataCollector,
  readProbe,
  readRequestSettings,
  readScaleSettings,
} from './deployment-yaml-parts.js';
import { loadYaml, type YamlObject, type YamlReader } from './yaml-reader.js';

const KEYS = [
  '$schema',
  'name',
  'endpoint_name',
  'type',
  'description',
  'tags',
  'properties',
  'model',
  'model_mount_path',
  'code_configuration',
  'environment',
  'environment_variables',
  'instance_type',
  'instance_count',
  'app_insights_enabled',
  'scale_settings',
  'request_settings',
  'liveness_probe',
  'readiness_probe',
  'data_collector',
  'egress_public_network_access',
];

/** Keys the CLI knows that deploy-endpoint refuses, with the reason (never dropped silently). */
const REFUSED: Record<string, string> = {
  resources:
    'resources (CPU/memory requests) belong to Kubernetes online deployments; a managed deployment takes its size from instance_type. Remove it.',
  private_network_connection:
    'private_network_connection is an experimental CLI key with no property in the Azure ML API deploy-endpoint speaks. Use egress_public_network_access, or a workspace managed network.',
  provisioning_state: 'provisioning_state is read-only, set by Azure. Remove it.',
  creation_context: 'creation_context is read-only, set by Azure. Remove it.',
  id: 'id is read-only, set by Azure. Remove it.',
};

const NETWORK = { enabled: 'Enabled', disabled: 'Disabled' } as const;

/** Reads a deployment YAML of the Azure ML CLI v2; paths in it are resolved against its folder. */
export async function readDeploymentFile(path: string, input = 'deployment-file'): Promise<DeploymentFile> {
  const { root, reader } = await loadYaml(path, input);
  return deploymentFromYaml(root, reader, dirname(path));
}

/** The deployment settings of a parsed file (exported for unit tests of one key at a time). */
export function deploymentFromYaml(root: YamlObject, reader: YamlReader, here: string): DeploymentFile {
  // type first: a Kubernetes file's other keys (resources, ...) follow from it, and the reason is the type.
  const type = reader.choice(root, [], 'type', { managed: 'managed', kubernetes: 'kubernetes' } as const);
  if (type === 'kubernetes') {
    reader.fail(
      ['type'],
      'Kubernetes online deployments run on an attached Kubernetes compute that deploy-endpoint does not manage. Deploy them with az ml, or use type: managed.',
    );
  }
  reader.keys(root, [], KEYS, REFUSED);
  const out: DeploymentFile = {
    name: reader.string(root, [], 'name'),
    endpointName: reader.string(root, [], 'endpoint_name'),
    modelMountPath: reader.string(root, [], 'model_mount_path'),
    instanceType: reader.string(root, [], 'instance_type'),
    instanceCount: reader.integer(root, [], 'instance_count', 1, 100),
    environmentVariables: reader.stringMap(root, [], 'environment_variables'),
    appInsightsEnabled: reader.boolean(root, [], 'app_insights_enabled'),
    egressPublicNetworkAccess: reader.choice(root, [], 'egress_public_network_access', NETWORK),
    description: reader.string(root, [], 'description'),
    tags: reader.stringMap(root, [], 'tags'),
    properties: reader.stringMap(root, [], 'properties'),
    where: { file: reader.file, lines: {} },
  };
  const has = (key: string): boolean => root[key] !== undefined && root[key] !== null;
  if (has('model')) out.model = readModel(reader, root.model, here);
  if (has('environment')) out.environment = readEnvironment(reader, root.environment, here);
  if (has('code_configuration')) readCode(reader, root.code_configuration, here, out);
  if (has('request_settings'))
    out.requestSettings = readRequestSettings(reader, root.request_settings, ['request_settings']);
  if (has('readiness_probe'))
    out.readinessProbe = readProbe(reader, root.readiness_probe, ['readiness_probe']);
  if (has('liveness_probe')) out.livenessProbe = readProbe(reader, root.liveness_probe, ['liveness_probe']);
  if (has('scale_settings'))
    out.scaleSettings = readScaleSettings(reader, root.scale_settings, ['scale_settings']);
  if (has('data_collector'))
    out.dataCollector = readDataCollector(reader, root.data_collector, ['data_collector']);
  for (const key of [
    ['name'],
    ['endpoint_name'],
    ['instance_type'],
    ['model'],
    ['environment'],
    ['model', 'path'],
    ['model', 'type'],
    ['code_configuration', 'code'],
    ['code_configuration', 'scoring_script'],
    ['environment', 'conda_file'],
    ['environment', 'build', 'path'],
  ]) {
    const line = reader.lineOf(key, true);
    if (line !== undefined) out.where.lines[key.join('.')] = line;
  }
  if (out.modelMountPath !== undefined && !out.modelMountPath.startsWith('/'))
    reader.fail(
      ['model_mount_path'],
      'expected an absolute path in the container, e.g. /var/azureml-app/model.',
    );
  return out;
}

/** code_configuration: code (a local folder, or a registered code asset azureml:<name>:<version>) and scoring_script. */
function readCode(reader: YamlReader, value: unknown, here: string, out: DeploymentFile): void {
  const path = ['code_configuration'];
  const code = reader.object(value, path);
  reader.keys(code, path, ['code', 'scoring_script']);
  const local = reader.string(code, path, 'code');
  if (local === undefined)
    reader.fail([...path, 'code'], 'required: the folder of the scoring code, relative to this file.');
  if (local.startsWith('azureml:')) out.code = { kind: 'reference', value: local };
  else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(local))
    reader.fail(
      [...path, 'code'],
      'give a local folder or a registered code asset (azureml:<name>:<version>).',
    );
  else out.code = { kind: 'local', path: resolve(here, local) };
  const script = reader.string(code, path, 'scoring_script');
  if (script === undefined)
    reader.fail(
      [...path, 'scoring_script'],
      "required: the scoring script's path inside code, e.g. score.py.",
    );
  out.scoringScript = script;
}
