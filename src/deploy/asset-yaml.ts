// The asset blocks of a CLI v2 deployment file: `model:` and `environment:`, references or inline (azure-ai-ml
// AnonymousModelSchema, AnonymousEnvironmentSchema). Paths are resolved against the file's folder here and checked
// (existing, inside the workspace) by the action's inputs.
import { resolve } from 'node:path';
import type { InferenceContainerProperties, Route } from '../azureml/arm-models.js';
import { MODEL_TYPES, type ModelType } from '../model/layout.js';
import type { EnvironmentFile, ModelFile } from './cli-yaml.js';
import { present, type KeyPath, type YamlObject, type YamlReader } from './yaml-reader.js';

const MODEL_TYPE_SET = new Set<string>(MODEL_TYPES);

/**
 * `model:`: a reference string, or an inline model (AnonymousModelSchema: path, type, name, version, description,
 * tags) whose path is a folder or a file relative to the file's folder.
 */
export function readModel(reader: YamlReader, value: unknown, here: string): ModelFile {
  const path = ['model'];
  if (typeof value === 'string') {
    if (value.trim() === '')
      reader.fail(path, 'expected azureml:<name>:<version> or an inline model (path, type).');
    return { kind: 'reference', value: value.trim() };
  }
  const m = reader.object(value, path);
  reader.keys(m, path, ['$schema', 'name', 'version', 'path', 'type', 'description', 'tags'], {
    properties:
      'properties of an inline model are not registered by deploy-endpoint. Remove them, or register the model with register-model and give azureml:<name>:<version>.',
    flavors: "flavors are read from the MLflow model's MLmodel file. Remove them.",
    stage: 'stage is not set by deploy-endpoint. Remove it.',
    job_name: 'job_name is not set by deploy-endpoint. Remove it.',
    datastore: "inline models are uploaded to the workspace's default datastore. Remove datastore.",
  });
  const local = reader.string(m, path, 'path');
  if (local === undefined)
    reader.fail([...path, 'path'], "required: the model's folder or file, relative to this file.");
  if (/^(azureml|https?|wasbs?|abfss?|runs|mlflow-model):/i.test(local))
    reader.fail(
      [...path, 'path'],
      'give a local folder or file; a model already in Azure is referenced as model: azureml:<name>:<version>.',
    );
  const type = reader.string(m, path, 'type');
  if (type !== undefined && !MODEL_TYPE_SET.has(type))
    reader.fail([...path, 'type'], `expected one of ${MODEL_TYPES.join(', ')}.`);
  const name = reader.string(m, path, 'name');
  const version = present(m.version) ? String(m.version).trim() : undefined;
  if (version !== undefined && !name)
    reader.fail([...path, 'version'], 'a version needs a name (the CLI refuses it too).');
  if (version !== undefined && !/^[1-9][0-9]{0,9}$/.test(version))
    reader.fail([...path, 'version'], 'model versions are positive whole numbers.');
  return {
    kind: 'inline',
    path: resolve(here, local),
    ...(type ? { type: type as ModelType } : {}),
    ...(name ? { name } : {}),
    ...(version ? { version } : {}),
    ...(reader.string(m, path, 'description') ? { description: reader.string(m, path, 'description') } : {}),
    tags: reader.stringMap(m, path, 'tags'),
  };
}

function readRoute(reader: YamlReader, value: unknown, path: KeyPath): Route {
  const r = reader.object(value, path);
  reader.keys(r, path, ['path', 'port']);
  const routePath = reader.string(r, path, 'path');
  const port = reader.integer(r, path, 'port', 1, 65535);
  if (routePath === undefined) reader.fail([...path, 'path'], 'required, e.g. /score.');
  // Route.path in the API's spec (AZUREML_API_VERSION) has the pattern [a-zA-Z0-9_]: a path with no letter, digit
  // or underscore (such as /) is outside the contract deploy-endpoint speaks, so it is refused here, before any write.
  if (!/[a-zA-Z0-9_]/.test(routePath))
    reader.fail(
      [...path, 'path'],
      "the Azure ML API's Route.path must contain a letter, digit or underscore (pattern [a-zA-Z0-9_]); '/' alone is outside it. Give the container's route, e.g. /health or /score.",
    );
  if (port === undefined) reader.fail([...path, 'port'], 'required, e.g. 5001.');
  return { path: routePath, port };
}

/**
 * `environment:`: a reference string, or an inline environment (AnonymousEnvironmentSchema: image, conda_file,
 * build {path, dockerfile_path}, os_type, inference_config, name, version, description, tags).
 */
export function readEnvironment(
  reader: YamlReader,
  value: unknown,
  here: string,
  path: KeyPath = ['environment'],
): EnvironmentFile {
  if (typeof value === 'string') {
    if (value.trim() === '') reader.fail(path, 'expected azureml:<name>:<version> or an inline environment.');
    return { kind: 'reference', value: value.trim() };
  }
  const e: YamlObject = reader.object(value, path);
  reader.keys(
    e,
    path,
    [
      '$schema',
      'name',
      'version',
      'description',
      'tags',
      'image',
      'conda_file',
      'build',
      'os_type',
      'inference_config',
    ],
    {
      datastore: "inline environments are uploaded to the workspace's default datastore. Remove datastore.",
      properties: 'properties of an inline environment are not registered by deploy-endpoint. Remove them.',
    },
  );
  const image = reader.string(e, path, 'image');
  const conda = reader.string(e, path, 'conda_file');
  let build: { path: string; dockerfilePath?: string } | undefined;
  if (present(e.build)) {
    const at = [...path, 'build'];
    const b = reader.object(e.build, at);
    reader.keys(b, at, ['path', 'dockerfile_path']);
    const local = reader.string(b, at, 'path');
    if (local === undefined)
      reader.fail([...at, 'path'], 'required: the Docker build context folder, relative to this file.');
    if (/^[a-z][a-z0-9+.-]*:/i.test(local))
      reader.fail([...at, 'path'], 'give a local folder (deploy-endpoint uploads it as the build context).');
    const dockerfile = reader.string(b, at, 'dockerfile_path');
    build = { path: resolve(here, local), ...(dockerfile ? { dockerfilePath: dockerfile } : {}) };
  }
  if (!image && !build)
    reader.fail(
      path,
      'an inline environment needs image (with an optional conda_file) or build (a Docker build context).',
    );
  if (image && build)
    reader.fail([...path, 'build'], 'give image or build, not both (the CLI refuses both).');
  if (build && conda) reader.fail([...path, 'conda_file'], 'a conda file goes with image, not with build.');
  let inferenceConfig: InferenceContainerProperties | undefined;
  if (present(e.inference_config)) {
    const at = [...path, 'inference_config'];
    const ic = reader.object(e.inference_config, at);
    reader.keys(ic, at, ['liveness_route', 'readiness_route', 'scoring_route']);
    inferenceConfig = {};
    for (const [key, prop] of [
      ['liveness_route', 'livenessRoute'],
      ['readiness_route', 'readinessRoute'],
      ['scoring_route', 'scoringRoute'],
    ] as const) {
      if (present(ic[key])) inferenceConfig[prop] = readRoute(reader, ic[key], [...at, key]);
    }
  }
  const name = reader.string(e, path, 'name');
  const version = present(e.version) ? String(e.version).trim() : undefined;
  if (version !== undefined && !name)
    reader.fail([...path, 'version'], 'a version needs a name (the CLI refuses it too).');
  const osType = reader.choice(e, path, 'os_type', { linux: 'Linux', windows: 'Windows' } as const);
  const description = reader.string(e, path, 'description');
  return {
    kind: 'inline',
    spec: {
      ...(name ? { name } : {}),
      ...(version ? { version } : {}),
      ...(description ? { description } : {}),
      tags: reader.stringMap(e, path, 'tags'),
      ...(image ? { image } : {}),
      ...(conda ? { condaFile: resolve(here, conda) } : {}),
      ...(build ? { build } : {}),
      ...(osType ? { osType } : {}),
      ...(inferenceConfig ? { inferenceConfig } : {}),
    },
  };
}
