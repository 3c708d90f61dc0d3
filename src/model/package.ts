import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, lstat, mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { MAX_JSON_INPUT_BYTES, readBoundedText } from '../bounded-read.js';
import { ConfigurationError } from '../errors.js';
import { combineDigest, hashFile, hashFiles, type HashedFile } from './digest.js';
import { listFiles, type FileEntry } from './files.js';
import type { ModelLayout, ModelType } from './layout.js';
import {
  MANIFEST_FILE,
  PACKAGE_CODE_DIR,
  PACKAGE_ENVIRONMENT_DIR,
  PACKAGE_MODEL_DIR,
  parseManifest,
  serializeManifest,
  TOOL_NAME,
  TOOL_VERSION,
  type GitLineage,
  type JobLineage,
  type PackageManifest,
  type RunLineage,
} from './manifest.js';
import type { Metrics } from './metrics.js';

export interface WritePackageOptions {
  /** The package folder to create (replaced when it already holds a package). */
  outputPath: string;
  name: string;
  modelType: ModelType;
  layout: ModelLayout;
  /** The model files (from listFiles); copied to model/ under their relative paths. */
  modelFiles: FileEntry[];
  /** The scoring code files (from listFiles); copied to code/. */
  codeFiles?: FileEntry[];
  /** An environment file (conda.yaml, requirements.txt, ...); copied to environment/<its name>. */
  environmentFile?: string;
  metrics?: Metrics;
  git?: GitLineage;
  run?: RunLineage;
  /** The job whose output is packaged. */
  job?: JobLineage;
  /** Creation time recorded in the manifest; now by default. */
  createdAt?: Date;
  /** Files copied and hashed at a time. */
  concurrency?: number;
  /** The input errors about the output folder name (`output-path`). */
  outputInput?: string;
}

export interface WrittenPackage {
  packagePath: string;
  manifest: PackageManifest;
}

export interface ReadPackage {
  manifest: PackageManifest;
  /** `<package>/model`: the folder whose files the digest covers. */
  modelDir: string;
  /** The model files, verified against the manifest, paths relative to modelDir. */
  modelFiles: FileEntry[];
  /** The same files with their hashes (so a caller need not hash them again). */
  hashedFiles: HashedFile[];
  /** `<package>/code`, when the package has scoring code. */
  codeDir?: string;
  /** `<package>/environment/<file>`, when the package has an environment file. */
  environmentFile?: string;
}

async function forEachLimit<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}

/** Copies files under `dest` (reflinks where the file system can), then lists and hashes the copies. */
async function copyTree(
  files: FileEntry[],
  dest: string,
  concurrency: number,
): Promise<{ entries: FileEntry[]; hashed: HashedFile[] }> {
  await mkdir(dest, { recursive: true });
  const dirs = new Set(files.map((f) => dirname(join(dest, f.path))));
  for (const d of [...dirs].sort()) await mkdir(d, { recursive: true });
  await forEachLimit(files, concurrency, (f) =>
    copyFile(f.absolutePath, join(dest, f.path), constants.COPYFILE_FICLONE),
  );
  // Hash what was copied, so the manifest describes the package even if a source changed meanwhile.
  const entries = await listFiles(dest, 'output-path');
  return { entries, hashed: await hashFiles(entries, concurrency) };
}

async function writeFileDurably(path: string, text: string): Promise<void> {
  const file = await open(path, 'w');
  try {
    await file.writeFile(text, 'utf8');
    await file.sync();
  } finally {
    await file.close();
  }
}

async function pathKind(path: string): Promise<'missing' | 'package' | 'empty' | 'other'> {
  let info;
  try {
    info = await lstat(path);
  } catch {
    return 'missing';
  }
  if (!info.isDirectory()) return 'other';
  const names = await readdir(path);
  if (names.length === 0) return 'empty';
  return names.includes(MANIFEST_FILE) ? 'package' : 'other';
}

/** Removes staging folders a crashed run left next to `outputPath` (best effort). */
async function removeStale(parent: string, base: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(parent);
  } catch {
    return;
  }
  const stale = names.filter((n) => n.startsWith(`.${base}.partial-`) || n.startsWith(`.${base}.old-`));
  await Promise.all(
    stale.map((n) => rm(join(parent, n), { recursive: true, force: true }).catch(() => undefined)),
  );
}

/**
 * Writes a package: model/, code/, environment/ and, last, mlops-package.json. Everything is built in a
 * hidden staging folder beside `outputPath` and renamed into place only when complete (the manifest
 * itself is written to a temporary name and renamed), so a crash never leaves a package that looks
 * complete. An existing package (or empty folder) at `outputPath` is replaced; any other existing
 * file or folder there is a ConfigurationError, so user files are never deleted.
 */
export async function writePackage(options: WritePackageOptions): Promise<WrittenPackage> {
  const outputInput = options.outputInput ?? 'output-path';
  const concurrency = options.concurrency ?? 8;
  const packagePath = resolve(options.outputPath);
  const parent = dirname(packagePath);
  const base = basename(packagePath);
  const existing = await pathKind(packagePath);
  if (existing === 'other') {
    throw new ConfigurationError(
      `Input '${outputInput}': ${packagePath} already exists and is not a model package. Choose a new or empty folder, or remove it.`,
      outputInput,
    );
  }
  if (options.modelFiles.length === 0) throw new Error('writePackage: no model files');

  await mkdir(parent, { recursive: true });
  await removeStale(parent, base);
  const tag = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const staging = join(parent, `.${base}.partial-${tag}`);
  let swapped = false;
  try {
    await mkdir(staging);
    const model = await copyTree(options.modelFiles, join(staging, PACKAGE_MODEL_DIR), concurrency);
    const manifest: PackageManifest = {
      schemaVersion: 1,
      name: options.name,
      modelType: options.modelType,
      layout: options.layout,
      digest: combineDigest(model.hashed),
      files: model.hashed,
      createdAt: (options.createdAt ?? new Date()).toISOString(),
      tool: { name: TOOL_NAME, version: TOOL_VERSION },
    };
    if (options.codeFiles && options.codeFiles.length > 0) {
      const code = await copyTree(options.codeFiles, join(staging, PACKAGE_CODE_DIR), concurrency);
      manifest.code = { digest: combineDigest(code.hashed), files: code.hashed };
    }
    if (options.environmentFile) {
      const file = basename(options.environmentFile);
      const dest = join(staging, PACKAGE_ENVIRONMENT_DIR, file);
      await mkdir(dirname(dest), { recursive: true });
      await copyFile(options.environmentFile, dest, constants.COPYFILE_FICLONE);
      manifest.environment = { file, sha256: await hashFile(dest) };
    }
    if (options.git) manifest.git = options.git;
    if (options.run) manifest.run = options.run;
    if (options.job) manifest.job = options.job;
    if (options.metrics && Object.keys(options.metrics).length > 0) manifest.metrics = options.metrics;

    const temp = join(staging, `${MANIFEST_FILE}.partial`);
    await writeFileDurably(temp, serializeManifest(manifest));
    await rename(temp, join(staging, MANIFEST_FILE));

    if (existing === 'missing') {
      await rename(staging, packagePath);
    } else {
      const old = join(parent, `.${base}.old-${tag}`);
      await rename(packagePath, old);
      try {
        await rename(staging, packagePath);
      } catch (error) {
        await rename(old, packagePath).catch(() => undefined);
        throw error;
      }
      await rm(old, { recursive: true, force: true });
    }
    swapped = true;
    return { packagePath, manifest };
  } finally {
    if (!swapped) await rm(staging, { recursive: true, force: true }).catch(() => undefined);
  }
}

/** Differences between files on disk and the manifest's list, as `<prefix>/<path> changed|missing|added`. */
function compareFiles(prefix: string, expected: HashedFile[], actual: HashedFile[]): string[] {
  const want = new Map(expected.map((f) => [f.path, f]));
  const have = new Map(actual.map((f) => [f.path, f]));
  const out: string[] = [];
  for (const [path, f] of want) {
    const got = have.get(path);
    if (!got) out.push(`${prefix}/${path} is missing`);
    else if (got.size !== f.size || got.sha256 !== f.sha256) out.push(`${prefix}/${path} changed`);
  }
  for (const path of have.keys()) if (!want.has(path)) out.push(`${prefix}/${path} was added`);
  return out;
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}

async function hashFolder(
  dir: string,
  inputName: string,
): Promise<{ entries: FileEntry[]; hashed: HashedFile[] }> {
  const entries = await listFiles(dir, inputName);
  return { entries, hashed: await hashFiles(entries) };
}

/**
 * Reads the package at `dir`: undefined when `dir` has no mlops-package.json (a plain model folder).
 * Otherwise parses the manifest and re-hashes every file, so a package changed after package-model
 * wrote it (a file edited, added or removed, or the manifest's digest edited) is a ConfigurationError
 * naming `inputName`.
 */
export async function readPackage(dir: string, inputName: string): Promise<ReadPackage | undefined> {
  const manifestPath = join(dir, MANIFEST_FILE);
  let info;
  try {
    info = await lstat(manifestPath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new ConfigurationError(
      `Input '${inputName}': cannot read ${manifestPath} (${code ?? String(error)}).`,
      inputName,
    );
  }
  // package-model writes regular files: a link here could lead out of the package (and the workspace).
  if (!info.isFile()) {
    throw new ConfigurationError(
      `Input '${inputName}': ${manifestPath} is not a regular file (a symlink or a folder): run package-model again to rebuild the package.`,
      inputName,
    );
  }
  const text = await readBoundedText(manifestPath, inputName, MAX_JSON_INPUT_BYTES);
  const manifest = parseManifest(text, manifestPath, inputName);
  const modelDir = join(dir, PACKAGE_MODEL_DIR);
  const problems: string[] = [];

  let model: { entries: FileEntry[]; hashed: HashedFile[] } = { entries: [], hashed: [] };
  if (await exists(modelDir)) model = await hashFolder(modelDir, inputName);
  problems.push(...compareFiles(PACKAGE_MODEL_DIR, manifest.files, model.hashed));
  if (problems.length === 0 && combineDigest(model.hashed) !== manifest.digest) {
    problems.push(
      `the manifest's digest ${manifest.digest} is not the digest of its files, ${combineDigest(model.hashed)}`,
    );
  }

  const codeDir = join(dir, PACKAGE_CODE_DIR);
  const hasCode = await exists(codeDir);
  if (manifest.code) {
    const code = hasCode ? await hashFolder(codeDir, inputName) : { hashed: [] };
    const codeProblems = compareFiles(PACKAGE_CODE_DIR, manifest.code.files, code.hashed);
    if (codeProblems.length === 0 && combineDigest(code.hashed) !== manifest.code.digest) {
      codeProblems.push(`the manifest's code digest is not the digest of code/`);
    }
    problems.push(...codeProblems);
  } else if (hasCode) {
    problems.push(`${PACKAGE_CODE_DIR}/ is not in the manifest`);
  }

  let environmentFile: string | undefined;
  if (manifest.environment) {
    environmentFile = join(dir, PACKAGE_ENVIRONMENT_DIR, manifest.environment.file);
    const kind = await lstat(environmentFile).catch(() => undefined);
    if (!kind) problems.push(`${PACKAGE_ENVIRONMENT_DIR}/${manifest.environment.file} is missing`);
    else if (!kind.isFile())
      problems.push(
        `${PACKAGE_ENVIRONMENT_DIR}/${manifest.environment.file} is not a regular file (a symlink?)`,
      );
    else if ((await hashFile(environmentFile)) !== manifest.environment.sha256) {
      problems.push(`${PACKAGE_ENVIRONMENT_DIR}/${manifest.environment.file} changed`);
    }
  }

  if (problems.length > 0) {
    const shown =
      problems.slice(0, 5).join('; ') + (problems.length > 5 ? `; and ${problems.length - 5} more` : '');
    throw new ConfigurationError(
      `Input '${inputName}': the package at ${dir} does not match its manifest: ${shown}. ` +
        `It was changed after package-model wrote it; run package-model again to rebuild it.`,
      inputName,
    );
  }
  return {
    manifest,
    modelDir,
    modelFiles: model.entries,
    hashedFiles: model.hashed,
    ...(manifest.code && { codeDir }),
    ...(environmentFile && { environmentFile }),
  };
}
