// The keys that say what a command runs, shared by a command job, an inline pipeline step and a command component
// (azure-ai-ml _schema/job/parameterized_command.py ParameterizedCommandSchema: command, code, environment,
// environment_variables, distribution, resources; limits from CommandJobSchema).
import { resolve } from 'node:path';
import type { DistributionBody } from '../azureml/job-models.js';
import { readEnvironment } from '../deploy/asset-yaml.js';
import { present, type KeyPath, type YamlObject, type YamlReader } from '../deploy/yaml-reader.js';
import type { CodeSpec, CommandSpec } from './job-spec.js';

/** Keys the CLI knows on a command that run-job refuses, with the reason (never dropped silently). */
export const REFUSED_COMMAND_KEYS: Record<string, string> = {
  services:
    'interactive services (VS Code, Jupyter, TensorBoard, SSH) need a person at a running node; run-job follows the job from the workflow. Remove services.',
  identity:
    'identity is not set by run-job: the job runs with its default identity (AmlToken). Remove identity.',
  queue_settings: 'queue_settings (job tiers) are not set by run-job. Remove queue_settings.',
  status: 'status is read-only, set by Azure. Remove it.',
  creation_context: 'creation_context is read-only, set by Azure. Remove it.',
  id: 'id is read-only, set by Azure. Remove it.',
};

/** DistributionSchema of azure-ai-ml (type pytorch | mpi | tensorflow, case-insensitive). */
export function readDistribution(reader: YamlReader, value: unknown, path: KeyPath): DistributionBody {
  const d = reader.object(value, path);
  const type = reader.choice(d, path, 'type', {
    pytorch: 'PyTorch',
    mpi: 'Mpi',
    tensorflow: 'TensorFlow',
  } as const);
  if (type === undefined) reader.fail([...path, 'type'], 'required: pytorch, mpi or tensorflow.');
  if (type === 'TensorFlow') {
    reader.keys(d, path, ['type', 'worker_count', 'parameter_server_count']);
    const workers = reader.integer(d, path, 'worker_count', 1, 1000);
    const servers = reader.integer(d, path, 'parameter_server_count', 0, 1000);
    return {
      distributionType: type,
      ...(workers !== undefined ? { workerCount: workers } : {}),
      ...(servers !== undefined ? { parameterServerCount: servers } : {}),
    };
  }
  reader.keys(d, path, ['type', 'process_count_per_instance']);
  const count = reader.integer(d, path, 'process_count_per_instance', 1, 1000);
  return { distributionType: type, ...(count !== undefined ? { processCountPerInstance: count } : {}) };
}

/** JobResourceConfigurationSchema: instance_count, instance_type, shm_size. */
export function readResources(
  reader: YamlReader,
  value: unknown,
  path: KeyPath,
): NonNullable<CommandSpec['resources']> {
  const r = reader.object(value, path);
  reader.keys(r, path, ['instance_count', 'instance_type', 'shm_size'], {
    docker_args: 'docker_args are not passed by run-job. Remove them.',
    properties: 'resource properties are not passed by run-job. Remove them.',
    locations: 'locations are not passed by run-job. Remove them.',
  });
  const instanceCount = reader.integer(r, path, 'instance_count', 1, 1000);
  const instanceType = reader.string(r, path, 'instance_type');
  const shmSize = reader.string(r, path, 'shm_size');
  if (shmSize !== undefined && !/^\d+[bBkKmMgG]$/.test(shmSize))
    reader.fail([...path, 'shm_size'], 'expected a size such as 2g (a number and b, k, m or g).');
  return {
    ...(instanceCount !== undefined ? { instanceCount } : {}),
    ...(instanceType ? { instanceType } : {}),
    ...(shmSize ? { shmSize } : {}),
  };
}

/** `limits:` (CommandJobLimitsSchema): timeout in seconds. */
export function readTimeout(reader: YamlReader, value: unknown, path: KeyPath): number | undefined {
  const l = reader.object(value, path);
  reader.keys(l, path, ['timeout']);
  return reader.integer(l, path, 'timeout', 1, 60 * 60 * 24 * 90);
}

/** `code:` a local folder relative to the file, or a registered code version. */
function readCode(reader: YamlReader, obj: YamlObject, path: KeyPath, here: string): CodeSpec | undefined {
  const value = reader.string(obj, path, 'code');
  if (value === undefined) return undefined;
  const at = { reader, key: [...path, 'code'] };
  if (value.startsWith('azureml:')) return { ...at, kind: 'reference', value };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value))
    reader.fail(
      at.key,
      'give a local folder (relative to this file) or a registered code asset azureml:<name>:<version>.',
    );
  return { ...at, kind: 'local', path: resolve(here, value) };
}

/** The command part of `obj` (whose own keys are checked by the caller). */
export function readCommand(reader: YamlReader, obj: YamlObject, path: KeyPath, here: string): CommandSpec {
  const command = reader.string(obj, path, 'command');
  if (command === undefined)
    reader.fail([...path, 'command'], 'required: the command to run, e.g. python train.py.');
  if (!/[a-zA-Z0-9_]/.test(command))
    reader.fail([...path, 'command'], 'the command must hold a letter, digit or underscore.');
  if (!present(obj.environment))
    reader.fail(
      [...path, 'environment'],
      'required: azureml:<name>:<version>, a registry environment (azureml://registries/azureml/environments/<name>/labels/latest), or an inline image.',
    );
  const environment = readEnvironment(reader, obj.environment, here, [...path, 'environment']);
  const code = readCode(reader, obj, path, here);
  const timeoutSeconds = present(obj.limits)
    ? readTimeout(reader, obj.limits, [...path, 'limits'])
    : undefined;
  return {
    reader,
    key: path,
    command,
    environment: { ...environment, reader, key: [...path, 'environment'] },
    environmentVariables: reader.stringMap(obj, path, 'environment_variables'),
    ...(code ? { code } : {}),
    ...(present(obj.distribution)
      ? { distribution: readDistribution(reader, obj.distribution, [...path, 'distribution']) }
      : {}),
    ...(present(obj.resources)
      ? { resources: readResources(reader, obj.resources, [...path, 'resources']) }
      : {}),
    ...(timeoutSeconds !== undefined ? { timeoutSeconds } : {}),
  };
}
