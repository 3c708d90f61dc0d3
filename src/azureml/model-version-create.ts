// Creating a model version: the next integer through createNextByDigest (converge-by-digest.ts: concurrent runs
// of the same files converge on one version), or the version the user pinned.
import * as core from '@actions/core';
import { ConfigurationError } from '../errors.js';
import type { ModelRegistryClient, ModelVersionInfo, ModelVersionSpec } from './client.js';
import { createNextByDigest, type Converged } from './converge-by-digest.js';
import { isConflict } from './errors.js';
import { findByDigest, LINEAGE } from './model-version-rules.js';

export { MAX_VERSION_ATTEMPTS } from './converge-by-digest.js';

/** A created (or found) version, and the version this run created and gave up for it, if any. */
export type Created = Converged<ModelVersionInfo>;

/** Creates the next integer version, unless a concurrent run registers the same files first. */
export async function createNextVersion(
  client: ModelRegistryClient,
  name: string,
  spec: ModelVersionSpec,
  digest: string,
): Promise<Created> {
  return createNextByDigest({
    name,
    label: name,
    what: 'these files',
    where: `from ${spec.modelUri}`,
    listVersions: () => client.listModelVersions(name),
    listHolders: () => client.listModelVersions(name, { tags: { [LINEAGE.digest]: digest } }),
    firstHolder: (versions) => findByDigest(versions, digest),
    getVersion: (version) => client.getModelVersion(name, version),
    holds: (v) => v.tags[LINEAGE.digest] === digest,
    create: (version) => client.createOrUpdateModelVersion(name, version, spec),
    deleteVersion: (version) => client.deleteModelVersion(name, version),
    info: (line) => core.info(line),
    warn: (line) => core.warning(line),
  });
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
