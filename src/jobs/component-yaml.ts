// A command component, from its own file (`component: ./train.yml`) or written inline under a step's `component:`
// (azure-ai-ml _schema/component/command_component.py CommandComponentSchema; component inputs from
// _schema/component/input_output.py: type, default, optional, description, enum, min, max).
import type { ComponentInputSpec } from '../azureml/job-models.js';
import { present, type KeyPath, type YamlReader } from '../deploy/yaml-reader.js';
import { readCommand, REFUSED_COMMAND_KEYS } from './command-yaml.js';
import { DATA_IO_TYPES, literalValue, PARAMETER_TYPES, readIoMap } from './io-yaml.js';
import type { ComponentSpec } from './job-spec.js';
import { requireCommandType } from './yaml-checks.js';

const COMPONENT_KEYS = [
  '$schema',
  'name',
  'version',
  'display_name',
  'description',
  'tags',
  'type',
  'is_deterministic',
  'inputs',
  'outputs',
  'command',
  'code',
  'environment',
  'distribution',
  'resources',
];

const INPUT_TYPES = [...PARAMETER_TYPES, ...Object.keys(DATA_IO_TYPES)];

function readComponentInput(reader: YamlReader, value: unknown, path: KeyPath): ComponentInputSpec {
  const i = reader.object(value, path);
  reader.keys(i, path, ['type', 'default', 'optional', 'description', 'enum', 'min', 'max'], {
    mode: "an input's mode is set where the step gives the input (jobs.<step>.inputs.<name>.mode). Remove it here.",
  });
  const type = reader.string(i, path, 'type');
  if (type === undefined || !INPUT_TYPES.includes(type))
    reader.fail([...path, 'type'], `required: one of ${INPUT_TYPES.join(', ')}.`);
  const optional = reader.boolean(i, path, 'optional');
  const description = reader.string(i, path, 'description');
  const choices = reader.stringList(i, path, 'enum');
  const text = (key: string): string | undefined =>
    present(i[key]) ? literalValue(reader, [...path, key], i[key]) : undefined;
  const dflt = text('default');
  const min = text('min');
  const max = text('max');
  return {
    type: type as ComponentInputSpec['type'],
    ...(dflt !== undefined ? { default: dflt } : {}),
    ...(optional !== undefined ? { optional } : {}),
    ...(description ? { description } : {}),
    ...(choices ? { enum: choices } : {}),
    ...(min !== undefined ? { min } : {}),
    ...(max !== undefined ? { max } : {}),
  };
}

function readComponentOutput(
  reader: YamlReader,
  value: unknown,
  path: KeyPath,
): ComponentSpec['outputs'][string] {
  const o = value === null || value === undefined ? {} : reader.object(value, path);
  reader.keys(o, path, ['type', 'description'], {
    mode: "an output's mode is set where the step gives the output (jobs.<step>.outputs.<name>.mode). Remove it here.",
  });
  const description = reader.string(o, path, 'description');
  return {
    type: reader.choice(o, path, 'type', DATA_IO_TYPES) ?? 'uri_folder',
    ...(description ? { description } : {}),
  };
}

/** A command component at `path` of `reader`'s file; `here` is the folder its relative paths start from. */
export function readComponent(
  reader: YamlReader,
  value: unknown,
  path: KeyPath,
  here: string,
): ComponentSpec {
  const c = reader.object(value, path);
  requireCommandType(reader, c, path, 'component');
  reader.keys(c, path, COMPONENT_KEYS, REFUSED_COMMAND_KEYS);
  const inputs = readIoMap(reader, c, path, 'inputs', (v, at) => readComponentInput(reader, v, at));
  const outputs = readIoMap(reader, c, path, 'outputs', (v, at) => readComponentOutput(reader, v, at));
  const version = present(c.version) ? String(c.version).trim() : undefined;
  const name = reader.string(c, path, 'name');
  const displayName = reader.string(c, path, 'display_name');
  const description = reader.string(c, path, 'description');
  const isDeterministic = reader.boolean(c, path, 'is_deterministic');
  return {
    reader,
    key: path,
    ...(name ? { name } : {}),
    ...(version ? { version } : {}),
    ...(displayName ? { displayName } : {}),
    ...(description ? { description } : {}),
    tags: reader.stringMap(c, path, 'tags'),
    ...(isDeterministic !== undefined ? { isDeterministic } : {}),
    run: readCommand(reader, c, path, here),
    inputs,
    outputs,
  };
}
