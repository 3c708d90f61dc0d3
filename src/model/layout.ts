import { ConfigurationError } from '../errors.js';
import type { FileEntry } from './files.js';
import { MLMODEL_FILE, readMlflowModel } from './mlflow.js';
import { checkOnnxModel } from './onnx.js';

/** Azure ML model asset types (ModelVersion.properties.modelType) this project packages. */
export const MODEL_TYPES = ['custom_model', 'mlflow_model', 'triton_model'] as const;
export type ModelType = (typeof MODEL_TYPES)[number];

/** How the files are laid out: plain files, an MLflow model, ONNX model files, a Triton model repository. */
export type ModelLayout = 'custom' | 'mlflow' | 'onnx' | 'triton';

export interface DetectedLayout {
  modelType: ModelType;
  layout: ModelLayout;
  /** MLflow flavors from the MLmodel file (mlflow layout only). */
  flavors?: string[];
  /** Files and folders the MLmodel names (mlflow layout only). */
  references?: string[];
  /** The `*.onnx` files (onnx layout only). */
  onnxFiles?: string[];
  /** Triton model names, the folders holding a config.pbtxt (triton layout only). */
  tritonModels?: string[];
  /** Things worth telling the user that are not errors (for example a layout the requested type ignores). */
  warnings: string[];
}

/** The input names errors refer to; register-model has no `model-type` input and passes its own. */
export interface LayoutInputNames {
  path: string;
  type: string;
}

const DEFAULT_INPUTS: LayoutInputNames = { path: 'model-path', type: 'model-type' };
const TRITON_CONFIG = 'config.pbtxt';

/** Triton model repository: `<model>/config.pbtxt` and `<model>/<version>/...` with integer versions. */
function tritonModels(files: FileEntry[]): { models: string[]; versionless: string[]; rootConfig: boolean } {
  const models = files
    .map((f) => f.path.split('/'))
    .filter((parts) => parts.length === 2 && parts[1] === TRITON_CONFIG)
    .map((parts) => parts[0]!);
  const versionless = models.filter(
    (model) =>
      !files.some(
        (f) =>
          /^[0-9]+$/.test(f.path.split('/')[1] ?? '') &&
          f.path.startsWith(`${model}/`) &&
          f.path.split('/').length > 2,
      ),
  );
  return { models, versionless, rootConfig: files.some((f) => f.path === TRITON_CONFIG) };
}

/**
 * Works out a model directory's Azure ML model type and layout, and validates it:
 * - an `MLmodel` file at the root: mlflow_model, and every file it names must exist;
 * - `<model>/config.pbtxt` with numeric version folders: triton_model (a Triton model repository);
 * - `*.onnx` files: custom_model with the onnx layout, each file shaped like an ONNX ModelProto;
 * - anything else: custom_model.
 * `requested` is the user's model type (undefined for auto); one that contradicts the files is a
 * ConfigurationError naming the type input and the fix. An empty directory is an error too.
 */
export async function detectLayout(
  dir: string,
  files: FileEntry[],
  requested?: ModelType,
  inputs: LayoutInputNames = DEFAULT_INPUTS,
): Promise<DetectedLayout> {
  const pathInput = inputs.path;
  if (files.length === 0) {
    throw new ConfigurationError(
      `Input '${pathInput}': ${dir} has no files. Point it at the folder your training step wrote the model to.`,
      pathInput,
    );
  }
  const warnings: string[] = [];
  const hasMlmodel = files.some((f) => f.path === MLMODEL_FILE);
  const nestedMlmodel = files.find((f) => f.path.endsWith(`/${MLMODEL_FILE}`));
  const triton = tritonModels(files);
  const onnxFiles = files.filter((f) => f.path.toLowerCase().endsWith('.onnx')).map((f) => f.path);

  const mlflowFix = nestedMlmodel
    ? ` Found ${nestedMlmodel.path}: set ${pathInput} to the folder that holds it.`
    : '';
  let modelType: ModelType;
  if (requested === 'mlflow_model') {
    if (!hasMlmodel) {
      throw new ConfigurationError(
        `Input '${inputs.type}' is mlflow_model, but ${dir} has no ${MLMODEL_FILE} file at its root.${mlflowFix} ` +
          `Otherwise set ${inputs.type} to custom_model (or auto).`,
        inputs.type,
      );
    }
    modelType = 'mlflow_model';
  } else if (requested === 'triton_model') {
    if (triton.models.length === 0) {
      const hint = triton.rootConfig
        ? ` ${TRITON_CONFIG} is at the root: Azure ML expects a model repository, <repository>/<model>/${TRITON_CONFIG}, so move the files into a folder named after the model.`
        : ` Lay it out as a Triton model repository (<model>/${TRITON_CONFIG} and <model>/1/...), or set ${inputs.type} to custom_model (or auto).`;
      throw new ConfigurationError(
        `Input '${inputs.type}' is triton_model, but ${dir} has no <model>/${TRITON_CONFIG}.${hint}`,
        inputs.type,
      );
    }
    modelType = 'triton_model';
  } else if (requested === 'custom_model') {
    modelType = 'custom_model';
    if (hasMlmodel)
      warnings.push(
        `${dir} is an MLflow model, registered as custom_model as requested: Azure ML will not deploy it without a scoring script.`,
      );
    else if (triton.models.length > 0)
      warnings.push(`${dir} is a Triton model repository, registered as custom_model as requested.`);
  } else {
    modelType = hasMlmodel ? 'mlflow_model' : triton.models.length > 0 ? 'triton_model' : 'custom_model';
    if (modelType === 'custom_model' && nestedMlmodel) {
      warnings.push(
        `Found ${nestedMlmodel.path} below ${dir}: to register an MLflow model, set ${pathInput} to the folder that holds it.`,
      );
    }
  }

  if (modelType === 'mlflow_model') {
    const info = await readMlflowModel(dir, files, pathInput);
    return { modelType, layout: 'mlflow', flavors: info.flavors, references: info.references, warnings };
  }
  if (modelType === 'triton_model') {
    if (triton.versionless.length > 0) {
      throw new ConfigurationError(
        `Input '${pathInput}': Triton model '${triton.versionless[0]}' in ${dir} has no version folder with files. ` +
          `Put the model file in ${triton.versionless[0]}/1/ (version folders are integers).`,
        pathInput,
      );
    }
    return { modelType, layout: 'triton', tritonModels: triton.models, warnings };
  }
  if (onnxFiles.length > 0) {
    const byPath = new Map(files.map((f) => [f.path, f]));
    for (const path of onnxFiles) {
      const problem = await checkOnnxModel(byPath.get(path)!.absolutePath);
      if (problem) {
        throw new ConfigurationError(
          `Input '${pathInput}': ${path} is not a valid ONNX model (${problem}). Re-export it (torch.onnx.export, skl2onnx, ...) or remove it.`,
          pathInput,
        );
      }
    }
    return { modelType, layout: 'onnx', onnxFiles, warnings };
  }
  return { modelType, layout: 'custom', warnings };
}

/** Parses a model-type input: `auto` (or empty) -> undefined, else one of MODEL_TYPES. */
export function parseModelType(value: string | undefined, inputName = 'model-type'): ModelType | undefined {
  const v = (value ?? '').trim();
  if (v === '' || v === 'auto') return undefined;
  if ((MODEL_TYPES as readonly string[]).includes(v)) return v as ModelType;
  throw new ConfigurationError(
    `Input '${inputName}': '${v}' is not a model type. Use auto, ${MODEL_TYPES.join(', ')}.`,
    inputName,
  );
}
