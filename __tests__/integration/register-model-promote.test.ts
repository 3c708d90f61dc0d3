// register-model with `source`: cross-workspace promotion, bundled, against the emulator.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start, type RunningEmulator } from '../../src/emulator/index.js';
import { repoRoot, runBundledAction, type ActionRun } from '../helpers/action-runner.js';
import { emulatorEnv } from '../helpers/emulator-env.js';
import { EmulatorView } from '../helpers/emulator-view.js';
import { AZUREML_API_VERSION } from '../../src/contract/azureml-api.js';
import { watchActionApiVersions } from '../helpers/action-api-versions.js';

const apiVersions = watchActionApiVersions();

let emu: RunningEmulator;
let work: string;
let view: EmulatorView;
let devId: string;
let digest: string;
const runs: ActionRun[] = [];

async function register(
  inputs: Record<string, string>,
  ws: string,
  principal = 'ml-engineer',
  env: Record<string, string> = {},
): Promise<ActionRun> {
  const run = await runBundledAction('register-model', {
    inputs,
    env: { ...emulatorEnv(emu, ws, principal), GITHUB_ACTOR: 'octocat', ...env },
    cwd: work,
  });
  runs.push(run);
  return run;
}
const writes = (from: number): string[] =>
  emu.requests
    .slice(from)
    .filter((r) => r.method !== 'GET' && !/listSecrets/.test(r.path))
    .map((r) => `${r.method} ${r.path}`);

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'mlops-promote-'));
  execFileSync(
    'python3',
    [join(repoRoot, 'examples', 'diabetes', 'train.py'), '--output', join(work, 'out')],
    { stdio: 'ignore' },
  );
  emu = await start({ quiet: true });
  view = new EmulatorView(emu);
  const dev = await register(
    { 'model-path': join(work, 'out', 'model'), name: 'diabetes-classifier' },
    'dev',
    'data-scientist',
  );
  expect(dev.exitCode).toBe(0);
  devId = dev.outputs['model-id']!;
  digest = dev.outputs.digest!;
}, 120_000);

afterAll(async () => {
  await emu?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('register-model source (promotion between workspaces)', () => {
  it('copies the files into preprod, verifies the digest and registers the same version with its lineage', async () => {
    const run = await register({ source: devId, 'approved-by': 'alice' }, 'preprod');
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      'model-version': '1',
      'model-uri': 'azureml:diabetes-classifier:1',
      digest,
      reused: 'false',
    });
    expect(run.outputs['model-id']).toContain('/workspaces/preprod/models/diabetes-classifier/versions/1');
    expect(run.log).toMatch(/Verified: the target files have digest sha256:/);
    const v = (await view.versions('diabetes-classifier', 'preprod')).get('1');
    // The same datastore path as in dev (LocalUpload/<hash>/model/): a score.py finds the same files.
    const devUri: string = (await view.versions('diabetes-classifier', 'dev')).get('1').modelUri;
    const devPath = devUri.slice(devUri.indexOf('/paths/'));
    expect(devPath).toMatch(/^\/paths\/LocalUpload\/[0-9a-f]{32}\/model\/$/);
    expect(v.modelUri).toBe(
      `${devUri.slice(0, devUri.indexOf('/workspaces/'))}/workspaces/preprod/datastores/workspaceblobstore${devPath}`,
    );
    expect(v.tags).toMatchObject({
      'mlops.digest': digest,
      'mlops.promoted-from': 'dev',
      'mlops.approved-by': 'alice',
    });
    expect(v.tags['mlops.source-version']).toBe(devId);
    const history = JSON.parse(v.properties['mlops.promotion-history']);
    expect(history).toEqual([
      expect.objectContaining({
        from: 'dev',
        to: 'preprod',
        version: '1',
        digest,
        actor: 'octocat',
        approver: 'alice',
      }),
    ]);
    // The files really are in preprod's container, byte for byte.
    const blobs = [];
    for await (const b of view
      .container('preprod', await view.accountKey('preprod'))
      .listBlobsFlat({ prefix: devPath.slice('/paths/'.length) }))
      blobs.push(b.name);
    expect(blobs.length).toBeGreaterThan(0);
    expect(run.summary).toMatch(/Promoted azureml:diabetes-classifier:1 to preprod/);
  }, 60_000);

  it('is a no-op when run again', async () => {
    const mark = emu.requests.length;
    const run = await register({ source: devId }, 'preprod');
    expect(run.exitCode).toBe(0);
    expect(run.outputs.reused).toBe('true');
    expect(writes(mark)).toEqual([]);
  }, 60_000);

  it('run again after preprod lost a blob: copies it again from dev, verifies the digest, registers nothing', async () => {
    const uri: string = (await view.versions('diabetes-classifier', 'preprod')).get('1').modelUri;
    const prefix = `${uri.slice(uri.indexOf('/paths/') + '/paths/'.length).replace(/\/+$/, '')}/`;
    const preprod = view.container('preprod', await view.accountKey('preprod'));
    const names: string[] = [];
    for await (const b of preprod.listBlobsFlat({ prefix })) names.push(b.name);
    await preprod.getBlobClient(names[0]!).delete();
    const mark = emu.requests.length;
    const run = await register({ source: devId }, 'preprod');
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ 'model-version': '1', reused: 'true' });
    expect(run.log).toMatch(/Copied 1 files, \d+ already there/);
    expect(run.log).toMatch(/Verified: the target files have digest sha256:/);
    expect(await preprod.getBlobClient(names[0]!).exists()).toBe(true);
    expect(writes(mark)).toEqual([]);
  }, 60_000);

  it('appends to the history on the next hop (preprod to prod, by its azureml:// address)', async () => {
    const address = `azureml://subscriptions/${emu.subscriptionId}/resourcegroups/${emu.resourceGroup}/workspaces/preprod/models/diabetes-classifier/versions/1`;
    const run = await register({ source: address, 'approved-by': 'bob' }, 'prod');
    expect(run.exitCode).toBe(0);
    const v = (await view.versions('diabetes-classifier', 'prod')).get('1');
    const history = JSON.parse(v.properties['mlops.promotion-history']);
    expect(history.map((h: { from: string; to: string }) => `${h.from}->${h.to}`)).toEqual([
      'dev->preprod',
      'preprod->prod',
    ]);
    expect(v.tags['mlops.digest']).toBe(digest);
  }, 60_000);

  it('refuses a principal with rights on dev only, naming the missing role and the workspace', async () => {
    const mark = emu.requests.length;
    const run = await register({ source: devId }, 'preprod', 'data-scientist');
    expect(run.exitCode).toBe(1);
    expect(run.log).toMatch(/is not allowed to .* in workspace 'preprod'/);
    expect(run.log).toMatch(/Give it a role on workspace 'preprod'/);
    expect(writes(mark)).toEqual([]);
  }, 60_000);

  it.each([
    [{ source: 'azureml:diabetes-classifier:1' }, 'source', /not a model version in a workspace/],
    [
      {
        source: '__DEV__'.replace(
          '__DEV__',
          '/subscriptions/00000000-0000-4000-8000-000000000000/resourceGroups/mlops-local/providers/Microsoft.MachineLearningServices/workspaces/dev/models/diabetes-classifier/versions/9',
        ),
      },
      'source',
      /does not exist in workspace 'dev'/,
    ],
    [{ source: 'DEV', 'model-path': 'out/model' }, 'source', /both set/],
    [{ source: 'DEV', name: 'other' }, 'name', /keeps the source's name and version/],
  ])(
    'refuses %j naming input %s and changes nothing',
    async (inputs, input, message) => {
      const mark = emu.requests.length;
      const resolved = Object.fromEntries(
        Object.entries(inputs).map(([k, v]) => [k, v === 'DEV' ? devId : v]),
      );
      const run = await register(resolved, 'prod');
      expect(run.exitCode).toBe(1);
      expect(run.log).toMatch(new RegExp(`Input '${input}'`));
      expect(run.log).toMatch(message);
      expect(writes(mark)).toEqual([]);
    },
    60_000,
  );

  it('never logs the account key or a SAS signature', async () => {
    const key = await view.accountKey();
    for (const run of runs) {
      expect(run.log).not.toContain(key);
      expect(run.log).not.toMatch(/sig=[A-Za-z0-9%+/=]{8,}/);
      expect(run.summary).not.toMatch(/sig=[A-Za-z0-9%+/=]{8,}/);
    }
  });

  it('calls Azure ML at api-version AZUREML_API_VERSION only, polls included', () => {
    const requests = apiVersions.actionRequests();
    expect(requests.length).toBeGreaterThan(10);
    expect(requests.filter((r) => r.apiVersion !== AZUREML_API_VERSION).map((r) => r.line)).toEqual([]);
  });
});
