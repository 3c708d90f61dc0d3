// The rules of a model version register-model writes: its lineage tags, where its files go, which version
// comes next, and which of several versions holding one digest is the one (pure).
import { localUploadPath, LOCAL_UPLOAD } from './blob-upload.js';
import type { ModelVersionInfo } from './client.js';
import { jobLineageTags } from './job-output.js';
import { DIGEST_TAG } from '../model/digest.js';
import { lineageFromEnv } from '../model/lineage.js';
import type { ModelSource } from '../model/model-source.js';

/** Tag and property keys this action writes (DESIGN: the lineage of a model version). */
export const LINEAGE = {
  digest: DIGEST_TAG,
  gitCommit: 'mlops.git-commit',
  repository: 'mlops.repository',
  runUrl: 'mlops.run-url',
  source: 'mlops.source',
  layout: 'mlops.layout',
  metricPrefix: 'metric.',
} as const;

/** Where a model's files go and what its modelUri names (as `az ml model create` lays them out). */
export interface ModelBlobLayout {
  /** The blob name prefix the files are uploaded under (their paths follow it). */
  prefix: string;
  /** The datastore path the version's modelUri points at: the folder, or the one file. */
  assetPath: string;
  folder: boolean;
}

/** `LocalUpload/<hash>/<folder name>/<relative path>`, or `LocalUpload/<hash>/<file name>` for a file. */
export function modelBlobLayout(
  source: Pick<ModelSource, 'kind' | 'uploadHash' | 'rootName'>,
): ModelBlobLayout {
  const assetPath = localUploadPath(source.uploadHash, source.rootName);
  if (source.kind === 'file') {
    return { prefix: `${LOCAL_UPLOAD}/${source.uploadHash}`, assetPath, folder: false };
  }
  return { prefix: assetPath, assetPath, folder: true };
}

/** The highest integer version plus one ('1' for a new model); non-integer versions are ignored. */
export function nextVersion(versions: string[]): string {
  let max = 0n;
  for (const v of versions) if (/^[0-9]+$/.test(v) && BigInt(v) > max) max = BigInt(v);
  return (max + 1n).toString();
}

/** Orders integer versions numerically, others after them. */
export function versionOrder(a: string, b: string): number {
  const ia = /^[0-9]+$/.test(a);
  const ib = /^[0-9]+$/.test(b);
  if (ia && ib) return BigInt(a) < BigInt(b) ? -1 : BigInt(a) > BigInt(b) ? 1 : 0;
  return ia ? -1 : ib ? 1 : a.localeCompare(b);
}

/**
 * Orders versions holding one digest: the first registered (systemData.createdAt) first, then the lowest version.
 * Concurrent runs converge on the first of this order (model-version-create.ts). Creation time comes first, not
 * the version number: a version deleted by a run that lost (its number then free again) can be taken later by
 * another run, so a lower number can be registered after a higher one; whoever registered later always sees the
 * earlier one when it lists after its own PUT, whichever their numbers.
 */
export function holderOrder(a: ModelVersionInfo, b: ModelVersionInfo): number {
  const ta = a.createdAt?.getTime() ?? Number.POSITIVE_INFINITY;
  const tb = b.createdAt?.getTime() ?? Number.POSITIVE_INFINITY;
  return ta !== tb ? (ta < tb ? -1 : 1) : versionOrder(a.version, b.version);
}

/** The first registered version holding this digest, if any (checked on the tag, whatever the server filtered). */
export function findByDigest(versions: ModelVersionInfo[], digest: string): ModelVersionInfo | undefined {
  return versions.filter((v) => v.tags[LINEAGE.digest] === digest).sort(holderOrder)[0];
}

/** Lineage tags and properties: from the package's manifest when there is one, else from the runner's variables. */
export function lineage(
  source: ModelSource,
  env: NodeJS.ProcessEnv = process.env,
): { tags: Record<string, string>; properties: Record<string, string> } {
  const fromEnv = lineageFromEnv(env);
  const git = source.manifest?.git ?? fromEnv.git;
  const run = source.manifest?.run ?? fromEnv.run;
  const tags: Record<string, string> = { [LINEAGE.digest]: source.digest, [LINEAGE.source]: source.kind };
  if (git?.commit) tags[LINEAGE.gitCommit] = git.commit;
  const repository = git?.repository ?? env.GITHUB_REPOSITORY;
  if (repository) tags[LINEAGE.repository] = repository;
  if (run?.url) tags[LINEAGE.runUrl] = run.url;
  // A package of a job's output keeps the job's lineage (package-model from azureml://jobs/...).
  if (source.manifest?.job) Object.assign(tags, jobLineageTags(source.manifest.job));
  const properties: Record<string, string> = {
    [LINEAGE.digest]: source.digest,
    [LINEAGE.layout]: source.layout,
  };
  for (const [k, v] of Object.entries(source.manifest?.metrics ?? {}))
    properties[`${LINEAGE.metricPrefix}${k}`] = String(v);
  return { tags, properties };
}
