// The emulator's provisioning check: a model version's downloaded bytes must make up its mlops.digest.
import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ProvisioningError } from '../../src/emulator/deployment-runtime.js';
import { checkModelFiles } from '../../src/emulator/model-files-check.js';
import type { TrackedResource, WorkspaceState } from '../../src/emulator/state.js';
import { combineDigest } from '../../src/model/digest.js';

const files: Record<string, string> = { 'model.pkl': 'weights', 'sub/config.json': '{"k":1}' };
const digest = combineDigest(
  Object.entries(files).map(([path, body]) => ({
    path,
    size: Buffer.byteLength(body),
    sha256: createHash('sha256').update(body).digest('hex'),
  })),
);
const MODEL_ID =
  '/subscriptions/00000000-0000-4000-8000-000000000000/resourceGroups/mlops-local/providers/Microsoft.MachineLearningServices/workspaces/prod/models/m/versions/1';

function workspace(tags: Record<string, string>): WorkspaceState {
  return {
    name: 'prod',
    assets: {
      models: { m: { resource: {}, versions: { '1': { name: '1', properties: { tags } } } } },
      codes: {},
      environments: {},
    },
  } as unknown as WorkspaceState;
}
const deployment = { properties: { model: MODEL_ID } } as unknown as TrackedResource;
const model = {
  container: 'c',
  path: 'LocalUpload/h/model/',
  uri: 'azureml://.../model/',
  name: 'm',
  version: '1',
};

/** A storage whose download writes `stored` into the folder. */
const storage = (stored: Record<string, string>) => ({
  download: async (_c: string, _p: string, dir: string) => {
    for (const [path, body] of Object.entries(stored)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), body);
    }
    return { files: Object.keys(stored), bytes: 0 };
  },
});

describe('checkModelFiles', () => {
  it('passes the files the digest was computed over', async () => {
    await expect(
      checkModelFiles(storage(files), workspace({ 'mlops.digest': digest }), deployment, model),
    ).resolves.toBeUndefined();
  });

  it('fails as StorageInitializerFailed naming the version when a file was overwritten', async () => {
    const error = await checkModelFiles(
      storage({ ...files, 'model.pkl': 'tampered' }),
      workspace({ 'mlops.digest': digest }),
      deployment,
      model,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProvisioningError);
    expect((error as ProvisioningError).code).toBe('StorageInitializerFailed');
    expect((error as Error).message).toMatch(
      /^Model m:1 \(azureml:.*\): its files do not match its digest sha256:/,
    );
    expect((error as Error).message).not.toContain('tampered');
  });

  it('fails when a file was added or removed', async () => {
    const w = workspace({ 'mlops.digest': digest });
    await expect(checkModelFiles(storage({ ...files, 'x.py': 'x' }), w, deployment, model)).rejects.toThrow(
      /2 file|3 file/,
    );
    await expect(checkModelFiles(storage({ 'model.pkl': 'weights' }), w, deployment, model)).rejects.toThrow(
      ProvisioningError,
    );
  });

  it('serves a version without a digest tag as is (registered by other tools)', async () => {
    await expect(
      checkModelFiles(storage({ 'other.bin': 'x' }), workspace({}), deployment, model),
    ).resolves.toBeUndefined();
  });
});
