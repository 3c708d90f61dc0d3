// Registrations never outlive their files and never duplicate (issue 10, item 2), with the bundled actions against
// the emulator:
// - a version whose blobs were deleted is reused only once they are uploaded again, and then deploys and serves;
// - two register-model runs of the same files at once end with one version, reported by both (10 rounds);
// - a model file overwritten after registration stops deploy-endpoint before any endpoint write, and the
//   emulator's re-provisioning fails clearly instead of serving it.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ContainerClient } from '@azure/storage-blob';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start, type RunningEmulator } from '../../src/emulator/index.js';
import { repoRoot, runBundledAction, type ActionRun } from '../helpers/action-runner.js';
import { emulatorEnv } from '../helpers/emulator-env.js';
import { gatewayAnswer } from '../helpers/emulator-endpoints.js';
import { armClient } from '../helpers/emulator-sdk.js';
import { EmulatorView } from '../helpers/emulator-view.js';

let emu: RunningEmulator;
let view: EmulatorView;
let work: string;
const RG = 'mlops-local';
const EP = 'diabetes-endpoint';
const ROW = [59, 2, 32.1, 101, 157, 93.2, 38, 4, 4.86, 87];
const fromFiles = { 'endpoint-file': 'diabetes/endpoint.yml', 'deployment-file': 'diabetes/deployment.yml' };

const register = (inputs: Record<string, string>, ws = 'dev'): Promise<ActionRun> =>
  runBundledAction('register-model', { inputs, env: emulatorEnv(emu, ws), cwd: work });
const deploy = (ws: string): Promise<ActionRun> =>
  runBundledAction('deploy-endpoint', {
    inputs: { 'timeout-minutes': '2', ...fromFiles, traffic: 'all' },
    env: emulatorEnv(emu, ws),
    cwd: work,
  });

async function container(ws: string): Promise<ContainerClient> {
  return view.container(ws, await view.accountKey(ws));
}

/** The blobs below a version's modelUri: path -> sha256 metadata. */
async function filesOf(ws: string, name: string, version: string): Promise<Map<string, string | undefined>> {
  const uri: string = (await view.versions(name, ws)).get(version).modelUri;
  const prefix = `${uri.slice(uri.indexOf('/paths/') + '/paths/'.length).replace(/\/+$/, '')}/`;
  const out = new Map<string, string | undefined>();
  for await (const b of (await container(ws)).listBlobsFlat({ prefix, includeMetadata: true })) {
    out.set(b.name.slice(prefix.length), b.metadata?.sha256);
  }
  return out;
}
const blobPrefix = async (ws: string, name: string, version: string): Promise<string> => {
  const uri: string = (await view.versions(name, ws)).get(version).modelUri;
  return `${uri.slice(uri.indexOf('/paths/') + '/paths/'.length).replace(/\/+$/, '')}/`;
};

async function score(ws: string): Promise<{ status: number; servedBy: string | null; body: unknown }> {
  const key = (await armClient(emu).onlineEndpoints.listKeys(RG, ws, EP)).primaryKey!;
  const res = await fetch(`${emu.gatewayEndpoint}/${ws}/${EP}/score`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ data: [ROW] }),
  });
  return gatewayAnswer(res);
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'mlops-register-files-'));
  cpSync(join(repoRoot, 'examples', 'diabetes'), join(work, 'diabetes'), { recursive: true });
  execFileSync('python3', [join(work, 'diabetes', 'train.py'), '--output', join(work, 'out')], {
    stdio: 'ignore',
  });
  // The trained model (model.json) with two more files, so that some of a version's blobs can go.
  cpSync(join(work, 'out', 'model'), join(work, 'multi'), { recursive: true });
  mkdirSync(join(work, 'multi', 'docs'), { recursive: true });
  writeFileSync(join(work, 'multi', 'README.md'), '# diabetes model\n');
  writeFileSync(join(work, 'multi', 'docs', 'card.txt'), 'model card\n');
  emu = await start({ quiet: true });
  view = new EmulatorView(emu);
}, 120_000);

afterAll(async () => {
  await emu?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('a version never outlives its files', () => {
  it('reuses a version whose blobs were deleted only after uploading them again; it then deploys and serves', async () => {
    const first = await register({ 'model-path': 'multi', name: 'diabetes-classifier' });
    expect(first.exitCode).toBe(0);
    expect(first.outputs['model-version']).toBe('1');
    const before = await filesOf('dev', 'diabetes-classifier', '1');
    expect([...before.keys()].sort()).toEqual(['README.md', 'docs/card.txt', 'model.json']);

    // The defect: blobs gone behind the registry's back (a storage restore, a cleanup, a kill before Azurite
    // persisted them). Delete all but one of them directly in Azurite.
    const prefix = await blobPrefix('dev', 'diabetes-classifier', '1');
    const deleted = ['docs/card.txt', 'model.json'];
    const c = await container('dev');
    for (const path of deleted) await c.getBlobClient(`${prefix}${path}`).delete();
    expect((await filesOf('dev', 'diabetes-classifier', '1')).size).toBe(1);

    const again = await register({ 'model-path': 'multi', name: 'diabetes-classifier' });
    expect(again.exitCode).toBe(0);
    expect(again.outputs).toMatchObject({ 'model-version': '1', reused: 'true' });
    expect(again.log).toContain(`${deleted.length} file(s) missing`);
    expect(again.summary).toContain(
      `${deleted.length} of ${before.size} files were missing or different and were uploaded again`,
    );
    expect(await filesOf('dev', 'diabetes-classifier', '1')).toEqual(before);
    expect([...(await view.versions('diabetes-classifier')).keys()]).toEqual(['1']);

    const run = await deploy('dev');
    expect(run.exitCode).toBe(0);
    const answer = await score('dev');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ predictions: [expect.any(Number)] });
  }, 240_000);

  it('a run on intact files says all of them are there and uploads nothing', async () => {
    const run = await register({ 'model-path': 'multi', name: 'diabetes-classifier' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.reused).toBe('true');
    expect(run.log).toMatch(/All \d+ files of diabetes-classifier version 1 are there/);
    expect(run.summary).toMatch(/all \d+ files there/);
  }, 120_000);
});

describe('concurrent registrations of the same files converge on one version', () => {
  it('two runs at once, 10 rounds: one version each round, reported by both', async () => {
    const seen: string[][] = [];
    for (let round = 1; round <= 10; round++) {
      const dir = join(work, `race-${round}`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'model.bin'), `weights of round ${round}`);
      const [a, b] = await Promise.all([
        register({ 'model-path': `race-${round}`, name: 'race' }),
        register({ 'model-path': `race-${round}`, name: 'race' }),
      ]);
      expect([a.exitCode, b.exitCode]).toEqual([0, 0]);
      expect(a.outputs.digest).toBe(b.outputs.digest);
      const holders = [...(await view.versions('race')).entries()].filter(
        ([, p]) => p.tags['mlops.digest'] === a.outputs.digest,
      );
      seen.push([a.outputs['model-version']!, b.outputs['model-version']!, ...holders.map(([v]) => v)]);
      expect(holders).toHaveLength(1);
      expect(a.outputs['model-version']).toBe(holders[0]![0]);
      expect(b.outputs['model-version']).toBe(holders[0]![0]);
    }
    // Ten rounds, ten versions: a run that lost deleted the version it had created.
    expect((await view.versions('race')).size).toBe(10);
  }, 600_000);
});

describe('a model file overwritten after registration is not served', () => {
  it('deploy-endpoint refuses it before any endpoint write; re-provisioning fails with StorageInitializerFailed', async () => {
    expect(
      (await register({ 'model-path': 'out/model', name: 'diabetes-classifier' }, 'prod')).exitCode,
    ).toBe(0);
    expect((await deploy('prod')).exitCode).toBe(0);
    expect((await score('prod')).status).toBe(200);

    // Someone with the storage key overwrites the model file with another one (no sha256 metadata).
    const prefix = await blobPrefix('prod', 'diabetes-classifier', '1');
    const files = [...(await filesOf('prod', 'diabetes-classifier', '1')).keys()];
    const target = files.find((f) => /\.(pkl|joblib|json|npz|bin)$/.test(f)) ?? files[0]!;
    const tampered = 'not the registered model';
    await (
      await container('prod')
    )
      .getBlockBlobClient(`${prefix}${target}`)
      .upload(tampered, tampered.length);

    const writesBefore = emu.requests.filter((r) => r.method === 'PUT' || r.method === 'DELETE').length;
    const run = await deploy('prod');
    expect(run.exitCode).toBe(1);
    expect(run.log).toMatch(
      /model diabetes-classifier:1 \(azureml:.*\): its files do not match its digest sha256:/,
    );
    expect(run.log).toContain(`${target} carry no sha256 metadata`);
    expect(run.log).not.toContain(tampered);
    expect(emu.requests.filter((r) => r.method === 'PUT' || r.method === 'DELETE').length).toBe(writesBefore);

    // The emulator's own check: the deployment provisioned again (as after a restart, or by another client).
    const client = armClient(emu);
    const current = await client.onlineDeployments.get(RG, 'prod', EP, 'blue');
    const error = await client.onlineDeployments
      .beginCreateOrUpdateAndWait(
        RG,
        'prod',
        EP,
        'blue',
        {
          location: current.location,
          sku: current.sku,
          properties: { ...current.properties, provisioningState: undefined },
        },
        { updateIntervalInMs: 200 },
      )
      .then(
        () => undefined,
        (e: unknown) => e as { code?: string; message?: string },
      );
    // The SDK puts the operation's error code in its message ("... has failed. <code>. <message>").
    expect(error?.message).toMatch(
      /StorageInitializerFailed\. Model diabetes-classifier:1 \(azureml:.*\): its files do not match its digest sha256:/,
    );
    expect(error?.message).not.toContain(tampered);
    expect((await client.onlineDeployments.get(RG, 'prod', EP, 'blue')).properties.provisioningState).toBe(
      'Failed',
    );
  }, 300_000);
});
