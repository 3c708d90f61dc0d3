import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { ConfigurationError } from '../errors.js';
import { azMlObjectHash, type Excluded } from './az-ml-hash.js';
import { combineDigest, hashFiles } from './digest.js';
import type { FileEntry } from './files.js';
import { IGNORE_FILE_NAMES, listUploadFiles } from './ignore-file.js';
import { detectLayout, type ModelLayout, type ModelType } from './layout.js';
import type { PackageManifest } from './manifest.js';
import { readPackage } from './package.js';

/** A file with its SHA-256 (structurally an azureml/blob-upload UploadItem). */
export type HashedEntry = FileEntry & { sha256: string };

/** The model files to register, with their digest and type. */
export interface ModelSource {
  /** A package-model package, a plain folder, or one file. */
  kind: 'package' | 'folder' | 'file';
  /** The folder (`<package>/model` for a package) or the file that is registered. */
  path: string;
  /**
   * Its own name (the folder's or the file's last segment): the files land in the datastore under
   * `LocalUpload/<hash>/<rootName>/...` (a file: `LocalUpload/<hash>/<rootName>`), as `az ml` lays them out.
   */
  rootName: string;
  /** The Azure ML CLI's hash of the folder or file (az-ml-hash.ts): the `<hash>` of `LocalUpload/<hash>/`. */
  uploadHash: string;
  /** `sha256:` digest of the files (combineDigest), the mlops.digest tag. */
  digest: string;
  modelType: ModelType;
  layout: ModelLayout;
  /**
   * The files with their paths relative to `path` (a folder), or the one file under its own name (a file).
   * Blob names: see modelBlobLayout in azureml/model-registration.ts.
   */
  files: HashedEntry[];
  bytes: number;
  /** The package's manifest (lineage, metrics, name), for a package. */
  manifest?: PackageManifest;
  warnings: string[];
}

export interface ReadModelSourceOptions {
  /** The input (or YAML key) errors about the path name; default `model-path`. */
  inputName?: string;
  /** The model type asked for (checked against the files); undefined detects it. */
  modelType?: ModelType;
  /** The input (or YAML key) errors about the type name; default `inputName`. */
  typeInputName?: string;
}

async function kindOf(path: string, inputName: string): Promise<'folder' | 'file'> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return 'folder';
    if (info.isFile()) return 'file';
  } catch {
    throw new ConfigurationError(`Input '${inputName}': ${path} does not exist. Check the path.`, inputName);
  }
  throw new ConfigurationError(
    `Input '${inputName}': ${path} is neither a folder nor a regular file. Point it at the model's folder or file.`,
    inputName,
  );
}

/**
 * Reads `path` as the CLI v2 reads a model's `path`: a package-model package (verified against its manifest),
 * a plain model folder, or a single file (`model: path: ../model/sklearn_regression_model.pkl`). The files are
 * listed and hashed and the layout detected as package-model would; `options.modelType` is checked against them
 * (a single file can only be a custom_model: MLflow and Triton models are folders).
 */
export async function readModelSource(
  path: string,
  options: ReadModelSourceOptions = {},
): Promise<ModelSource> {
  const inputName = options.inputName ?? 'model-path';
  const typeInput = options.typeInputName ?? inputName;
  const requested = options.modelType;
  const kind = await kindOf(path, inputName);
  const rootName = basename(resolve(path));

  if (kind === 'folder') {
    const pkg = await readPackage(path, inputName);
    if (pkg) {
      if (requested && requested !== pkg.manifest.modelType) {
        throw new ConfigurationError(
          `Input '${typeInput}' is ${requested}, but the package at ${path} holds a ${pkg.manifest.modelType} (package-model decided it). ` +
            `Set ${typeInput} to ${pkg.manifest.modelType}, or package the model again with that type.`,
          typeInput,
        );
      }
      const byPath = new Map(pkg.hashedFiles.map((h) => [h.path, h.sha256]));
      const files = pkg.modelFiles.map((f) => ({ ...f, sha256: byPath.get(f.path)! }));
      return {
        kind: 'package',
        path: pkg.modelDir,
        rootName: basename(pkg.modelDir),
        uploadHash: await azMlObjectHash(pkg.modelDir),
        digest: pkg.manifest.digest,
        modelType: pkg.manifest.modelType,
        layout: pkg.manifest.layout,
        files,
        bytes: files.reduce((n, f) => n + f.size, 0),
        manifest: pkg.manifest,
        // The manifest's digest covers every file: an ignore file in a package is not applied (az ml would apply it).
        warnings: files
          .filter((f) => (IGNORE_FILE_NAMES as readonly string[]).includes(f.path))
          .map(
            (f) =>
              `The package's model folder has a ${f.path}: every file of the package is registered. Remove the ignore file, or the files it names, before package-model.`,
          ),
      };
    }
  }

  let entries: FileEntry[];
  const warnings: string[] = [];
  let excluded: Excluded | undefined;
  if (kind === 'folder') {
    // As `az ml` uploads a folder: without what its .amlignore (else .gitignore) excludes.
    const listed = await listUploadFiles(path, inputName);
    entries = listed.files;
    excluded = listed.ignore?.excludes;
    if (listed.ignore && listed.ignored > 0) {
      warnings.push(
        `${listed.ignored} file(s) of ${path} left out, as its ${listed.ignore.file} says (the Azure ML CLI leaves them out too).`,
      );
    }
  } else {
    if (requested === 'mlflow_model' || requested === 'triton_model') {
      throw new ConfigurationError(
        `Input '${typeInput}' is ${requested}, but ${path} is a single file: ` +
          `${requested === 'mlflow_model' ? 'an MLflow model is a folder with an MLmodel file' : 'a Triton model is a model repository folder'}. ` +
          `Point the path at that folder, or set the type to custom_model.`,
        typeInput,
      );
    }
    const info = await stat(path);
    entries = [{ path: rootName, absolutePath: resolve(path), size: info.size }];
  }
  // A single file is a custom_model (detectLayout still checks an .onnx file).
  const detected = await detectLayout(
    path,
    entries,
    kind === 'file' ? (requested ?? 'custom_model') : requested,
    { path: inputName, type: typeInput },
  );
  const hashed = await hashFiles(entries, 8);
  const files = entries.map((f, i) => ({ ...f, sha256: hashed[i]!.sha256 }));
  return {
    kind,
    path,
    rootName,
    uploadHash: await azMlObjectHash(path, excluded),
    digest: combineDigest(hashed),
    modelType: detected.modelType,
    layout: detected.layout,
    files,
    bytes: files.reduce((n, f) => n + f.size, 0),
    warnings: [...warnings, ...detected.warnings],
  };
}
