import { posix } from 'node:path';
import { parse } from 'yaml';
import { MAX_JSON_INPUT_BYTES, readBoundedText } from '../bounded-read.js';
import { ConfigurationError } from '../errors.js';
import type { FileEntry } from './files.js';

export const MLMODEL_FILE = 'MLmodel';

/** What an MLflow model's `MLmodel` file says, as far as packaging cares. */
export interface MlflowModelInfo {
  /** Flavor names in file order (`python_function`, `sklearn`, ...). */
  flavors: string[];
  /** Files and folders the MLmodel refers to, relative to the model directory; all exist. */
  references: string[];
}

// Flavor keys whose value is a path inside the model directory (mlflow/<flavor>/__init__.py
// writes them: pyfunc `model_path`/`data`/`code`, sklearn `pickled_model`, pytorch and spark
// `model_data`, tensorflow `saved_model_dir`, xgboost/lightgbm/keras/onnx `data`).
const FLAVOR_PATH_KEYS = [
  'model_path',
  'data',
  'pickled_model',
  'model_data',
  'saved_model_dir',
  'code',
  'model_file',
];

type Yaml = Record<string, unknown>;

function isMap(value: unknown): value is Yaml {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The environment files a pyfunc flavor names: `env: conda.yaml` (MLflow < 2) or `env: {conda, virtualenv}`. */
function environmentPaths(env: unknown): string[] {
  if (typeof env === 'string') return [env];
  if (isMap(env)) return Object.values(env).filter((v): v is string => typeof v === 'string');
  return [];
}

function exists(files: Set<string>, dirs: Set<string>, ref: string): boolean {
  return files.has(ref) || dirs.has(ref);
}

/**
 * Reads `<dir>/MLmodel` (listed in `files`) and checks that every file it names exists:
 * the flavors' model files, the environment files (conda.yaml, python_env.yaml, and the
 * requirements file python_env.yaml includes with `-r`), and the input example.
 * Errors are ConfigurationErrors naming `inputName` and the missing file.
 */
export async function readMlflowModel(
  dir: string,
  files: FileEntry[],
  inputName: string,
): Promise<MlflowModelInfo> {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const dirs = new Set<string>();
  for (const f of files) {
    for (let d = posix.dirname(f.path); d !== '.'; d = posix.dirname(d)) dirs.add(d);
  }
  const paths = new Set(byPath.keys());
  const mlmodel = byPath.get(MLMODEL_FILE);
  if (!mlmodel)
    throw new ConfigurationError(
      `Input '${inputName}': ${dir} has no ${MLMODEL_FILE} file at its root.`,
      inputName,
    );

  const text = await readBoundedText(mlmodel.absolutePath, inputName, MAX_JSON_INPUT_BYTES);
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ConfigurationError(
      `Input '${inputName}': ${MLMODEL_FILE} in ${dir} is not valid YAML (${reason}). Re-save the model with mlflow.<flavor>.save_model.`,
      inputName,
    );
  }
  if (!isMap(doc) || !isMap(doc.flavors) || Object.keys(doc.flavors).length === 0) {
    throw new ConfigurationError(
      `Input '${inputName}': ${MLMODEL_FILE} in ${dir} has no 'flavors' section, so it is not an MLflow model. ` +
        `Re-save it with mlflow.<flavor>.save_model, or set model-type to custom_model.`,
      inputName,
    );
  }

  const wanted: Array<{ ref: string; what: string }> = [];
  for (const [flavor, conf] of Object.entries(doc.flavors)) {
    if (!isMap(conf)) continue;
    for (const key of FLAVOR_PATH_KEYS) {
      if (typeof conf[key] === 'string') wanted.push({ ref: conf[key], what: `flavor '${flavor}' ${key}` });
    }
    for (const env of environmentPaths(conf.env)) wanted.push({ ref: env, what: `flavor '${flavor}' env` });
  }
  const example = doc.saved_input_example_info;
  if (isMap(example) && typeof example.artifact_path === 'string') {
    wanted.push({ ref: example.artifact_path, what: 'saved_input_example_info artifact_path' });
  }

  const references: string[] = [];
  const check = (ref: string, what: string): string => {
    const normal = posix.normalize(ref.replace(/\\/g, '/')).replace(/\/+$/, '');
    if (posix.isAbsolute(normal) || normal === '..' || normal.startsWith('../')) {
      throw new ConfigurationError(
        `Input '${inputName}': ${MLMODEL_FILE} ${what} is '${ref}', outside the model directory. ` +
          `Save the model so that every file it needs is inside ${dir}.`,
        inputName,
      );
    }
    if (normal !== '.' && !exists(paths, dirs, normal)) {
      throw new ConfigurationError(
        `Input '${inputName}': ${MLMODEL_FILE} ${what} names '${ref}', which is missing from ${dir}. ` +
          `Copy the whole MLflow model directory (not only ${MLMODEL_FILE}), or re-save it with mlflow.<flavor>.save_model.`,
        inputName,
      );
    }
    if (!references.includes(normal)) references.push(normal);
    return normal;
  };
  for (const { ref, what } of wanted) {
    const normal = check(ref, what);
    if (posix.basename(normal) === 'python_env.yaml' && byPath.has(normal)) {
      for (const req of await requirementsIncludes(byPath.get(normal)!.absolutePath)) {
        check(posix.join(posix.dirname(normal), req), `${normal} dependency '-r ${req}'`);
      }
    }
  }
  return { flavors: Object.keys(doc.flavors), references };
}

/** The files a python_env.yaml includes with `-r <file>` among its dependencies. */
async function requirementsIncludes(path: string): Promise<string[]> {
  let doc: unknown;
  try {
    doc = parse(await readBoundedText(path, 'model-path', MAX_JSON_INPUT_BYTES));
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const key of ['build_dependencies', 'dependencies']) {
    const list = isMap(doc) ? doc[key] : undefined;
    if (!Array.isArray(list)) continue;
    for (const dep of list) {
      const m = typeof dep === 'string' ? /^-r\s+(\S+)$/.exec(dep.trim()) : null;
      if (m) out.push(m[1]!);
    }
  }
  return out;
}
