// Creating a model version so that concurrent runs of the same files converge on one version.
//
// The 2026-07-01 spec offers no conditional PUT on model versions (ModelVersions_CreateOrUpdate takes no If-Match
// or If-None-Match, and answers 200 for an update), so create-only is built from what it does offer:
// 1. right before each PUT, list the versions tagged with the digest: one there means another run got there
//    first, and it is reused (no PUT);
// 2. GET the candidate before the PUT: we never update a version, and a taken one moves us to the next number;
// 3. after the PUT, list again: when more than one version carries the digest, the first registered
//    (holderOrder: createdAt, then the lowest version) is the one. The run that created a later one deletes it and
//    reports the first. Deleted, not archived: the loser was created by this run moments ago and never reported,
//    an archived version would still carry the digest (two versions of the same files, one listed by
//    `listViewType=All`), and the blobs stay (they are the winner's too, or LocalUpload files shared by hash).
import * as core from '@actions/core';
import { ConfigurationError } from '../errors.js';
import type { ModelRegistryClient, ModelVersionInfo, ModelVersionSpec } from './client.js';
import { AzureMLError } from './errors.js';
import { findByDigest, LINEAGE, nextVersion } from './model-version-rules.js';

/** How many versions to try when concurrent runs keep taking the next one. */
export const MAX_VERSION_ATTEMPTS = 5;

/** A created (or found) version, and the version this run created and gave up for it, if any. */
export interface Created {
  version: ModelVersionInfo;
  /** True when another run's version holding the same files is returned. */
  reused: boolean;
  /** The version this run created, then deleted because another held the same files first. */
  deletedDuplicate?: string;
}

function isConflict(error: unknown): boolean {
  return error instanceof AzureMLError && error.statusCode === 409;
}

/** The first version holding `digest`, listed now. */
async function firstHolder(
  client: ModelRegistryClient,
  name: string,
  digest: string,
): Promise<ModelVersionInfo | undefined> {
  return findByDigest(await client.listModelVersions(name, { tags: { [LINEAGE.digest]: digest } }), digest);
}

/** After our PUT: keep ours if it is the first holder of the digest, else delete it and return the first. */
async function converge(
  client: ModelRegistryClient,
  name: string,
  mine: ModelVersionInfo,
  digest: string,
): Promise<Created> {
  const listed = await client.listModelVersions(name, { tags: { [LINEAGE.digest]: digest } });
  const holders = listed.some((v) => v.version === mine.version) ? listed : [...listed, mine];
  const first = findByDigest(holders, digest)!;
  if (first.version === mine.version) return { version: mine, reused: false };
  core.info(
    `A concurrent run registered these files as ${name} version ${first.version} first: version ${mine.version}, ` +
      `created by this run, is deleted and version ${first.version} is reported.`,
  );
  try {
    await client.deleteModelVersion(name, mine.version);
  } catch (error) {
    core.warning(
      `Could not delete ${name} version ${mine.version} (a duplicate of version ${first.version}): ${(error as Error).message}. Delete or archive it.`,
    );
  }
  return { version: first, reused: true, deletedDuplicate: mine.version };
}

/** Creates the next integer version, unless a concurrent run registers the same files first (see above). */
export async function createNextVersion(
  client: ModelRegistryClient,
  name: string,
  spec: ModelVersionSpec,
  digest: string,
): Promise<Created> {
  let candidate = nextVersion((await client.listModelVersions(name)).map((v) => v.version));
  for (let attempt = 1; attempt <= MAX_VERSION_ATTEMPTS; attempt++) {
    const first = await firstHolder(client, name, digest);
    if (first) {
      core.info(`Version ${first.version} of ${name} was registered with these files meanwhile: reusing it.`);
      return { version: first, reused: true };
    }
    // GET before PUT: a PUT on an existing version would update it, and we never overwrite.
    const taken = await client.getModelVersion(name, candidate);
    if (taken) {
      if (taken.tags[LINEAGE.digest] === digest) return { version: taken, reused: true };
      core.info(`Version ${candidate} was taken meanwhile; trying the next one.`);
    } else {
      try {
        core.info(`Creating ${name} version ${candidate} from ${spec.modelUri}`);
        const mine = await client.createOrUpdateModelVersion(name, candidate, spec);
        return await converge(client, name, mine, digest);
      } catch (error) {
        if (!isConflict(error)) throw error;
        core.info(`Version ${candidate} was taken by a concurrent registration (409); trying the next one.`);
      }
    }
    candidate = (BigInt(candidate) + 1n).toString();
  }
  throw new Error(
    `Could not create a version of ${name}: ${MAX_VERSION_ATTEMPTS} versions in a row were taken by concurrent registrations. Run again.`,
  );
}

export function conflictError(
  name: string,
  version: string,
  workspace: string,
  digest: string | undefined,
): ConfigurationError {
  return new ConfigurationError(
    `Input 'version': ${name} version ${version} exists already in workspace '${workspace}' with other files ` +
      `(digest ${digest ?? 'unknown'}). Model versions are immutable: choose another version, or leave 'version' empty for the next one.`,
    'version',
  );
}

/**
 * Creates a pinned version (the user chose it: it may share its files with another version on purpose); a
 * concurrent run that created it first (409) is a conflict unless it holds these files.
 */
export async function createPinned(
  client: ModelRegistryClient,
  name: string,
  version: string,
  spec: ModelVersionSpec,
  digest: string,
): Promise<ModelVersionInfo> {
  try {
    return await client.createOrUpdateModelVersion(name, version, spec);
  } catch (error) {
    if (!isConflict(error)) throw error;
    const taken = await client.getModelVersion(name, version);
    if (taken && taken.tags[LINEAGE.digest] === digest) return taken;
    throw new ConfigurationError(
      `Input 'version': ${name} version ${version} was just created by another run with other files. ` +
        `Choose another version, or leave 'version' empty for the next one.`,
      'version',
    );
  }
}
