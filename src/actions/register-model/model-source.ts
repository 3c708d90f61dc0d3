import { combineDigest, hashFiles } from '../../model/digest.js';
import { listFiles } from '../../model/files.js';
import { detectLayout, type ModelLayout, type ModelType } from '../../model/layout.js';
import type { PackageManifest } from '../../model/manifest.js';
import { readPackage } from '../../model/package.js';
import type { UploadItem } from '../../azureml/blob-upload.js';

/** The model files to register, with their digest and type. */
export interface ModelSource {
  kind: 'package' | 'folder';
  /** The folder whose files are registered (`<package>/model` for a package). */
  modelDir: string;
  digest: string;
  modelType: ModelType;
  layout: ModelLayout;
  files: UploadItem[];
  bytes: number;
  /** The package's manifest (lineage, metrics, name), for a package. */
  manifest?: PackageManifest;
  warnings: string[];
}

/**
 * Reads `path` as a package (verified against its manifest) or, without mlops-package.json, as a plain model
 * folder: listed, hashed and its layout detected, as package-model would.
 */
export async function readModelSource(path: string, inputName = 'model-path'): Promise<ModelSource> {
  const pkg = await readPackage(path, inputName);
  if (pkg) {
    const byPath = new Map(pkg.hashedFiles.map((h) => [h.path, h.sha256]));
    const files = pkg.modelFiles.map((f) => ({ ...f, sha256: byPath.get(f.path)! }));
    return {
      kind: 'package',
      modelDir: pkg.modelDir,
      digest: pkg.manifest.digest,
      modelType: pkg.manifest.modelType,
      layout: pkg.manifest.layout,
      files,
      bytes: files.reduce((n, f) => n + f.size, 0),
      manifest: pkg.manifest,
      warnings: [],
    };
  }
  const entries = await listFiles(path, inputName);
  const detected = await detectLayout(path, entries, undefined, { path: inputName, type: inputName });
  const hashed = await hashFiles(entries, 8);
  const files = entries.map((f, i) => ({ ...f, sha256: hashed[i]!.sha256 }));
  return {
    kind: 'folder',
    modelDir: path,
    digest: combineDigest(hashed),
    modelType: detected.modelType,
    layout: detected.layout,
    files,
    bytes: files.reduce((n, f) => n + f.size, 0),
    warnings: detected.warnings,
  };
}
