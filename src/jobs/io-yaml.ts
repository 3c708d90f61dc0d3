// `inputs:` and `outputs:` of a CLI v2 job or pipeline step, read as azure-ai-ml reads them
// (entities/_job/_input_output_helpers.py: build_input_output, to_rest_dataset_literal_inputs, to_rest_data_outputs).
import { resolve } from 'node:path';
import type { DataIoType, InputDeliveryMode, OutputDeliveryMode } from '../azureml/job-models.js';
import { ASSET_NAME, ASSET_VERSION } from '../contract/asset-names.js';
import { present, type KeyPath, type YamlObject, type YamlReader } from '../deploy/yaml-reader.js';
import type { DataPath, InputSpec, OutputSpec } from './job-spec.js';

/** AssetTypes the job inputs and outputs take (azure-ai-ml constants AssetTypes). */
export const DATA_IO_TYPES: Record<string, DataIoType> = {
  uri_file: 'uri_file',
  uri_folder: 'uri_folder',
  mltable: 'mltable',
  custom_model: 'custom_model',
  mlflow_model: 'mlflow_model',
  triton_model: 'triton_model',
};

/** Parameter types of component inputs (azure-ai-ml IOConstants.PRIMITIVE_STR_2_TYPE). */
export const PARAMETER_TYPES = ['string', 'integer', 'number', 'boolean'] as const;

/** INPUT_MOUNT_MAPPING_TO_REST of azure-ai-ml. */
export const INPUT_MODES: Record<string, InputDeliveryMode> = {
  mount: 'ReadOnlyMount',
  ro_mount: 'ReadOnlyMount',
  download: 'Download',
  eval_mount: 'EvalMount',
  eval_download: 'EvalDownload',
  direct: 'Direct',
};

/** OUTPUT_MOUNT_MAPPING_TO_REST of azure-ai-ml. */
export const OUTPUT_MODES: Record<string, OutputDeliveryMode> = {
  mount: 'ReadWriteMount',
  rw_mount: 'ReadWriteMount',
  upload: 'Upload',
  direct: 'Direct',
};

/** A whole value that is one `${{...}}` expression (azure-ai-ml is_data_binding_expression). */
export const BINDING = /^\$\{\{\s*([^{}]+?)\s*\}\}$/;

/**
 * The output every command job has without declaring it: what it writes to ./outputs and ./logs (a pipeline step
 * binds it as ${{parent.jobs.<step>.outputs.artifacts}}, azureml-examples hello-pipeline-default-artifacts.yml).
 */
export const ARTIFACTS_OUTPUT = 'artifacts';

/** Input and output names: azure-ai-ml validate_key_contains_allowed_characters. */
export const IO_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/** A pipeline's own input names may also hold dots: IO_NAMEs joined by dots (`data.train`). */
const DOTTED_INPUT_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*(\.[a-zA-Z_][a-zA-Z0-9_]*)*$/;

/**
 * Each entry of `parent`'s `inputs:` or `outputs:` (none when not given), read by `read` once `pattern` has taken
 * its name, in file order. Jobs, pipeline steps and components all read theirs here.
 */
export function readIoMap<T>(
  reader: YamlReader,
  parent: YamlObject,
  path: KeyPath,
  key: 'inputs' | 'outputs',
  read: (value: unknown, at: KeyPath) => T,
  pattern: RegExp = IO_NAME,
): Record<string, T> {
  const out: Record<string, T> = {};
  if (!present(parent[key])) return out;
  const noun = key === 'inputs' ? 'input' : 'output';
  for (const [name, value] of Object.entries(reader.object(parent[key], [...path, key]))) {
    const at = [...path, key, name];
    if (!pattern.test(name))
      reader.fail(at, `${noun} names are letters, digits and underscores, not starting with a digit.`);
    out[name] = read(value, at);
  }
  return out;
}

/**
 * A literal as azure-ai-ml sends it: `str(value)` of the Python value the YAML loader made (so true -> 'True').
 * The spec's LiteralJobInput.value must hold a letter, digit or underscore.
 */
export function literalValue(reader: YamlReader, path: KeyPath, value: unknown): string {
  if (value === null || typeof value === 'object')
    reader.fail(path, 'expected a string, number or boolean, or a mapping with type and path.');
  const text = typeof value === 'boolean' ? (value ? 'True' : 'False') : String(value);
  if (!/[a-zA-Z0-9_]/.test(text))
    reader.fail(
      path,
      "the Azure ML API takes a literal input only if it holds a letter, digit or underscore (LiteralJobInput.value's pattern). Give another value.",
    );
  return text;
}

/** Where `path:` of a data input points. */
export function readDataPath(reader: YamlReader, at: KeyPath, value: string, here: string): DataPath {
  const latest = /^azureml:([^:@/]+)@latest$/.exec(value);
  if (latest) {
    if (!ASSET_NAME.test(latest[1]!)) reader.fail(at, `'${latest[1]}' is not a valid data asset name.`);
    return { kind: 'asset', name: latest[1]!, version: 'latest' };
  }
  const pinned = /^azureml:([^:@/]+):([^:@/]+)$/.exec(value);
  if (pinned) {
    if (!ASSET_NAME.test(pinned[1]!) || !ASSET_VERSION.test(pinned[2]!))
      reader.fail(at, 'expected azureml:<data asset name>:<version> or azureml:<name>@latest.');
    return { kind: 'asset', name: pinned[1]!, version: pinned[2]! };
  }
  if (/^azureml:\/subscriptions\//i.test(value) || /^azureml:\/\//i.test(value))
    return { kind: 'uri', uri: value };
  if (/^(https?|wasbs?|abfss?|adl):\/\//i.test(value)) return { kind: 'uri', uri: value };
  if (/^[a-z][a-z0-9+.-]*:/i.test(value))
    reader.fail(
      at,
      'expected a local path, azureml:<name>:<version>, azureml://datastores/<datastore>/paths/<path>, or an https/wasbs/abfss URL.',
    );
  return { kind: 'local', path: resolve(here, value) };
}

/** One input: a literal, a binding (`pipeline` steps), or a data input {type, path, mode}. */
function readInput(
  reader: YamlReader,
  path: KeyPath,
  value: unknown,
  here: string,
  bindings: boolean,
): InputSpec {
  const at = { reader, key: path };
  if (typeof value === 'string' && BINDING.test(value.trim())) {
    if (!bindings) reader.fail(path, '${{...}} bindings belong to pipeline steps; give a value.');
    return { ...at, kind: 'binding', value: value.trim() };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return { ...at, kind: 'literal', value: literalValue(reader, path, value) };
  const obj = reader.object(value, path);
  reader.keys(obj, path, ['type', 'path', 'mode', 'description', 'value', 'default', 'optional']);
  const type = reader.string(obj, path, 'type');
  const modeText = reader.string(obj, path, 'mode');
  const mode = modeText === undefined ? undefined : INPUT_MODES[modeText.toLowerCase()];
  if (modeText !== undefined && !mode)
    reader.fail([...path, 'mode'], `expected one of ${Object.keys(INPUT_MODES).join(', ')}.`);
  if (type !== undefined && (PARAMETER_TYPES as readonly string[]).includes(type)) {
    const literal = present(obj.value) ? obj.value : obj.default;
    if (!present(literal)) reader.fail([...path, 'value'], `required: the ${type} value.`);
    return { ...at, kind: 'literal', value: literalValue(reader, [...path, 'value'], literal) };
  }
  const dataType = type === undefined ? 'uri_folder' : DATA_IO_TYPES[type];
  if (!dataType)
    reader.fail(
      [...path, 'type'],
      `expected one of ${[...Object.keys(DATA_IO_TYPES), ...PARAMETER_TYPES].join(', ')}.`,
    );
  const where = reader.string(obj, path, 'path');
  if (where === undefined) reader.fail([...path, 'path'], 'required: where the data is.');
  if (BINDING.test(where)) {
    if (!bindings) reader.fail([...path, 'path'], '${{...}} bindings belong to pipeline steps.');
    return { ...at, kind: 'binding', value: where, ...(mode ? { mode } : {}) };
  }
  const description = reader.string(obj, path, 'description');
  return {
    ...at,
    kind: 'data',
    type: dataType,
    path: readDataPath(reader, [...path, 'path'], where, here),
    ...(mode ? { mode } : {}),
    ...(description ? { description } : {}),
  };
}

/** `inputs:` (each name checked as azure-ai-ml checks it; pipeline input names may hold dots). */
export function readInputs(
  reader: YamlReader,
  parent: Record<string, unknown>,
  path: KeyPath,
  here: string,
  options: { bindings: boolean; dotted?: boolean },
): Record<string, InputSpec> {
  const read = (value: unknown, at: KeyPath): InputSpec => {
    if (value === null || value === undefined) reader.fail(at, 'give the input a value.');
    return readInput(reader, at, value, here, options.bindings);
  };
  return readIoMap(reader, parent, path, 'inputs', read, options.dotted ? DOTTED_INPUT_NAME : IO_NAME);
}

/** One output: nothing (a uri_folder at the default path), a binding (pipeline steps), or {type, mode, path}. */
function readOutput(reader: YamlReader, path: KeyPath, value: unknown, bindings: boolean): OutputSpec {
  const at = { reader, key: path };
  if (value === null || value === undefined) return { ...at, kind: 'data', type: 'uri_folder' };
  if (typeof value === 'string') {
    if (!BINDING.test(value.trim()))
      reader.fail(path, 'expected a mapping (type, mode, path) or ${{parent.outputs.<name>}}.');
    if (!bindings) reader.fail(path, '${{...}} bindings belong to pipeline steps.');
    return { ...at, kind: 'binding', value: value.trim() };
  }
  const obj = reader.object(value, path);
  reader.keys(obj, path, ['type', 'mode', 'path', 'description'], {
    name: 'registering an output as a data asset is not supported by run-job; register it after the job with register-data or register-model. Remove name.',
    version: 'registering an output as a data asset is not supported by run-job. Remove version.',
  });
  const type = reader.choice(obj, path, 'type', DATA_IO_TYPES) ?? 'uri_folder';
  const mode = reader.choice(obj, path, 'mode', OUTPUT_MODES);
  const uri = reader.string(obj, path, 'path');
  if (uri !== undefined && !/^azureml:\/\/datastores\/[^/]+\/paths\/.+/.test(uri))
    reader.fail([...path, 'path'], 'an output path is azureml://datastores/<datastore>/paths/<path>.');
  const description = reader.string(obj, path, 'description');
  return {
    ...at,
    kind: 'data',
    type,
    ...(mode ? { mode } : {}),
    ...(uri ? { uri } : {}),
    ...(description ? { description } : {}),
  };
}

/** `outputs:`. */
export function readOutputs(
  reader: YamlReader,
  parent: Record<string, unknown>,
  path: KeyPath,
  options: { bindings: boolean },
): Record<string, OutputSpec> {
  return readIoMap(reader, parent, path, 'outputs', (value, at) =>
    readOutput(reader, at, value, options.bindings),
  );
}
