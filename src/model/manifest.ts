import packageJson from '../../package.json' with { type: 'json' };
import { ConfigurationError } from '../errors.js';
import { jsonErrorWhere } from '../json-text.js';
import type { HashedFile } from './digest.js';
import { MODEL_TYPES, type ModelLayout, type ModelType } from './layout.js';
import type { Metrics } from './metrics.js';

/** The manifest's file name at the root of a package. */
export const MANIFEST_FILE = 'mlops-package.json';
/** Folders of a package: the model files, the scoring code, the environment file. */
export const PACKAGE_MODEL_DIR = 'model';
export const PACKAGE_CODE_DIR = 'code';
export const PACKAGE_ENVIRONMENT_DIR = 'environment';

export const TOOL_NAME = 'mlops-actions';
export const TOOL_VERSION: string = packageJson.version;

const LAYOUTS: readonly ModelLayout[] = ['custom', 'mlflow', 'onnx', 'triton'];

/** Where the model came from in source control (from GITHUB_SHA, GITHUB_REF, GITHUB_REPOSITORY). */
export interface GitLineage {
  commit: string;
  ref?: string;
  repository?: string;
}

/** The workflow run that made the package (GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT, its URL, GITHUB_WORKFLOW). */
export interface RunLineage {
  id: string;
  attempt?: string;
  url?: string;
  workflow?: string;
}

/** The Azure ML job a model came from (a job output registered, or packaged by package-model). */
export interface JobLineage {
  /** The job's name. */
  name: string;
  /** The output the model is: `azureml://jobs/<job>/outputs/<output>[/paths/<path>]`. */
  output: string;
  /** `name:version` of the job's code version. */
  code?: string;
  /** `name:version` of its environment (or the registry id as the job names it). */
  environment?: string;
  /** `name:version` of every data asset version the job read, sorted. */
  data: string[];
  /** For a pipeline: the step that wrote the output. */
  step?: string;
}

/** `mlops-package.json`: what package-model wrote and register-model trusts after verifying it. */
export interface PackageManifest {
  schemaVersion: 1;
  /** The model (asset) name. */
  name: string;
  modelType: ModelType;
  layout: ModelLayout;
  /** combineDigest of the files below model/, paths relative to model/. */
  digest: string;
  /** The files below model/, sorted by UTF-8 path bytes. */
  files: HashedFile[];
  /** The scoring code below code/, when a code path was packaged. */
  code?: { digest: string; files: HashedFile[] };
  /** The environment file, stored as environment/<file>. */
  environment?: { file: string; sha256: string };
  git?: GitLineage;
  run?: RunLineage;
  /** The job whose output was packaged. */
  job?: JobLineage;
  metrics?: Metrics;
  /** ISO 8601 time the package was written. */
  createdAt: string;
  tool: { name: string; version: string };
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const SHA256 = /^[0-9a-f]{64}$/;
const DIGEST = /^sha256:[0-9a-f]{64}$/;

/** A relative POSIX path that stays inside its folder (no `..`, no absolute path, no empty segment). */
export function isSafeRelativePath(path: string): boolean {
  if (path === '' || path.startsWith('/') || path.includes('\\') || path.includes('\0')) return false;
  return path.split('/').every((seg) => seg !== '' && seg !== '.' && seg !== '..');
}

function checkFiles(value: unknown, where: string, problems: string[]): HashedFile[] {
  if (!Array.isArray(value)) {
    problems.push(`${where} is not a list`);
    return [];
  }
  const out: HashedFile[] = [];
  value.forEach((f, i) => {
    if (
      !isObject(f) ||
      typeof f.path !== 'string' ||
      !isSafeRelativePath(f.path) ||
      typeof f.size !== 'number' ||
      !Number.isSafeInteger(f.size) ||
      f.size < 0 ||
      typeof f.sha256 !== 'string' ||
      !SHA256.test(f.sha256)
    ) {
      problems.push(`${where}[${i}] is not {path, size, sha256}`);
      return;
    }
    out.push({ path: f.path, size: f.size, sha256: f.sha256 });
  });
  return out;
}

function optionalString(obj: Json, key: string, where: string, problems: string[]): string | undefined {
  const v = obj[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') problems.push(`${where}.${key} is not a string`);
  return typeof v === 'string' ? v : undefined;
}

/**
 * Parses and validates a manifest's JSON text. `source` names the file in messages.
 * Throws a ConfigurationError naming `inputName` when it is not a manifest this version understands.
 */
export function parseManifest(text: string, source: string, inputName: string): PackageManifest {
  const fail = (why: string): never => {
    throw new ConfigurationError(
      `Input '${inputName}': ${source} is not a valid package manifest (${why}). Re-run package-model to write the package again.`,
      inputName,
    );
  };
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return fail(`not JSON at ${jsonErrorWhere(text)}`);
  }
  if (!isObject(doc)) return fail('not a JSON object');
  if (doc.schemaVersion !== 1) {
    return fail(
      `schemaVersion ${typeof doc.schemaVersion === 'number' ? doc.schemaVersion : `is not a number`}; this version of ${TOOL_NAME} reads schemaVersion 1`,
    );
  }
  const problems: string[] = [];
  if (typeof doc.name !== 'string' || doc.name === '') problems.push('name is missing');
  if (!(MODEL_TYPES as readonly unknown[]).includes(doc.modelType))
    problems.push(`modelType is not one of ${MODEL_TYPES.join(', ')}`);
  if (!(LAYOUTS as readonly unknown[]).includes(doc.layout))
    problems.push(`layout is not one of ${LAYOUTS.join(', ')}`);
  if (typeof doc.digest !== 'string' || !DIGEST.test(doc.digest))
    problems.push('digest is not sha256:<64 hex>');
  const files = checkFiles(doc.files, 'files', problems);
  if (Array.isArray(doc.files) && doc.files.length === 0) problems.push('files is empty');
  if (typeof doc.createdAt !== 'string' || Number.isNaN(Date.parse(doc.createdAt)))
    problems.push('createdAt is not an ISO date');
  if (!isObject(doc.tool) || typeof doc.tool.name !== 'string' || typeof doc.tool.version !== 'string') {
    problems.push('tool is not {name, version}');
  }

  const manifest: PackageManifest = {
    schemaVersion: 1,
    name: doc.name as string,
    modelType: doc.modelType as ModelType,
    layout: doc.layout as ModelLayout,
    digest: doc.digest as string,
    files,
    createdAt: doc.createdAt as string,
    tool: isObject(doc.tool)
      ? { name: String(doc.tool.name), version: String(doc.tool.version) }
      : { name: '', version: '' },
  };
  if (doc.code !== undefined) {
    if (!isObject(doc.code) || typeof doc.code.digest !== 'string' || !DIGEST.test(doc.code.digest)) {
      problems.push('code is not {digest, files}');
    } else {
      manifest.code = { digest: doc.code.digest, files: checkFiles(doc.code.files, 'code.files', problems) };
    }
  }
  if (doc.environment !== undefined) {
    const env = doc.environment;
    if (
      !isObject(env) ||
      typeof env.file !== 'string' ||
      !isSafeRelativePath(env.file) ||
      env.file.includes('/') ||
      typeof env.sha256 !== 'string' ||
      !SHA256.test(env.sha256)
    ) {
      problems.push('environment is not {file, sha256}');
    } else {
      manifest.environment = { file: env.file, sha256: env.sha256 };
    }
  }
  if (doc.git !== undefined) {
    if (!isObject(doc.git) || typeof doc.git.commit !== 'string')
      problems.push('git is not {commit, ref, repository}');
    else {
      manifest.git = { commit: doc.git.commit };
      const ref = optionalString(doc.git, 'ref', 'git', problems);
      const repository = optionalString(doc.git, 'repository', 'git', problems);
      if (ref !== undefined) manifest.git.ref = ref;
      if (repository !== undefined) manifest.git.repository = repository;
    }
  }
  if (doc.run !== undefined) {
    if (!isObject(doc.run) || typeof doc.run.id !== 'string')
      problems.push('run is not {id, attempt, url, workflow}');
    else {
      manifest.run = { id: doc.run.id };
      for (const key of ['attempt', 'url', 'workflow'] as const) {
        const v = optionalString(doc.run, key, 'run', problems);
        if (v !== undefined) manifest.run[key] = v;
      }
    }
  }
  if (doc.job !== undefined) {
    const job = doc.job;
    if (
      !isObject(job) ||
      typeof job.name !== 'string' ||
      typeof job.output !== 'string' ||
      !Array.isArray(job.data) ||
      job.data.some((d) => typeof d !== 'string')
    ) {
      problems.push('job is not {name, output, code, environment, data, step}');
    } else {
      manifest.job = { name: job.name, output: job.output, data: job.data as string[] };
      for (const key of ['code', 'environment', 'step'] as const) {
        const v = optionalString(job, key, 'job', problems);
        if (v !== undefined) manifest.job[key] = v;
      }
    }
  }
  if (doc.metrics !== undefined) {
    if (
      !isObject(doc.metrics) ||
      Object.values(doc.metrics).some((v) => typeof v !== 'number' && typeof v !== 'string')
    ) {
      problems.push('metrics is not a map of numbers and strings');
    } else {
      manifest.metrics = doc.metrics as Metrics;
    }
  }
  if (problems.length > 0) fail(problems.slice(0, 5).join('; '));
  return manifest;
}

/** The manifest as written to disk: stable key order, two-space indent, trailing newline. */
export function serializeManifest(manifest: PackageManifest): string {
  const ordered: PackageManifest = {
    schemaVersion: 1,
    name: manifest.name,
    modelType: manifest.modelType,
    layout: manifest.layout,
    digest: manifest.digest,
    files: manifest.files.map((f) => ({ path: f.path, size: f.size, sha256: f.sha256 })),
    ...(manifest.code && { code: manifest.code }),
    ...(manifest.environment && { environment: manifest.environment }),
    ...(manifest.git && { git: manifest.git }),
    ...(manifest.run && { run: manifest.run }),
    ...(manifest.job && { job: manifest.job }),
    ...(manifest.metrics && { metrics: manifest.metrics }),
    createdAt: manifest.createdAt,
    tool: manifest.tool,
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
