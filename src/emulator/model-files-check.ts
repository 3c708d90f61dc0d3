// Provisioning serves a model only while its files still make up the digest it was registered with.
//
// A model version tagged mlops.digest (register-model's, model/digest.ts) is downloaded to a scratch folder and
// its bytes hashed (not its blobs' sha256 metadata, which whoever overwrote a blob can set too); the digest is
// recomputed by the same rule (model/digest-check.ts) and a mismatch fails the deployment as Azure reports a
// storage initializer failure, naming the version and what is there, before any file reaches the inference
// server. A version without the tag (registered by other tools) is served as is.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIGEST_TAG, hashFiles } from '../model/digest.js';
import { checkDigest, describeMismatch } from '../model/digest-check.js';
import { listFiles } from '../model/files.js';
import { ProvisioningError } from './deployment-runtime.js';
import { resolveAsset } from './resources/deployment-references.js';
import type { TrackedResource, WorkspaceState } from './state.js';
import type { Storage } from './storage.js';

/** The model's files as provisioning locates them (provisioning.ts spec()). */
export interface ModelFiles {
  container: string;
  path: string;
  uri: string;
  name: string;
  version: string;
}

/** The digest the deployment's model version was registered with, if any. */
export function registeredDigest(ws: WorkspaceState, d: TrackedResource): string | undefined {
  const model = resolveAsset(ws, d.properties.model, 'models', 'properties.model', false);
  const tags = model?.resource.properties.tags as Record<string, unknown> | undefined;
  const digest = tags?.[DIGEST_TAG];
  return typeof digest === 'string' && digest !== '' ? digest : undefined;
}

/** Throws a StorageInitializerFailed ProvisioningError when the model's files do not make up its digest. */
export async function checkModelFiles(
  storage: Pick<Storage, 'download'>,
  ws: WorkspaceState,
  d: TrackedResource,
  model: ModelFiles,
): Promise<void> {
  const digest = registeredDigest(ws, d);
  if (!digest) return;
  const scratch = await mkdtemp(join(tmpdir(), 'mlops-emulator-model-check-'));
  try {
    await storage.download(model.container, model.path, scratch);
    const hashed = await hashFiles(await listFiles(scratch, 'model'), 4);
    const check = checkDigest(hashed, digest);
    if (!check.ok) {
      throw new ProvisioningError(
        'StorageInitializerFailed',
        `${describeMismatch(`Model ${model.name}:${model.version} (${model.uri})`, digest, check)}. ` +
          `The deployment was not started with these files: register the model's files again, or deploy another version.`,
      );
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
