// register-model, bundled, run as the runner runs it, against the local Azure ML emulator (HTTPS ARM + Azurite).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ContainerClient } from '@azure/storage-blob';
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start, type RunningEmulator } from '../../src/emulator/index.js';
import { inputVariable } from '../../src/local/action-process.js';
import { listFiles } from '../../src/model/files.js';
import { writePackage } from '../../src/model/package.js';
import { repoRoot, runBundledAction, type ActionRun } from '../helpers/action-runner.js';
import { EmulatorView } from '../helpers/emulator-view.js';

let emu: RunningEmulator;
let work: string;
let accountKey: string;
const runs: ActionRun[] = [];

let view: EmulatorView;
const wsPath = (ws = 'dev'): string => view.wsPath(ws);
const versions = (name: string, ws = 'dev') => view.versions(name, ws);
const container = (ws = 'dev'): ContainerClient => view.container(ws, accountKey);

async function blobsUnder(
  prefix: string,
  ws = 'dev',
): Promise<Map<string, { size: number; sha256?: string; etag?: string }>> {
  const out = new Map<string, { size: number; sha256?: string; etag?: string }>();
  for await (const b of container(ws).listBlobsFlat({ prefix, includeMetadata: true })) {
    out.set(b.name.slice(prefix.length), {
      size: b.properties.contentLength ?? 0,
      sha256: b.metadata?.sha256,
      etag: b.properties.etag,
    });
  }
  return out;
}

function envFor(ws = 'dev', principal = 'admin'): Record<string, string> {
  return {
    AZUREML_ARM_ENDPOINT: emu.armEndpoint,
    AZUREML_ACCESS_TOKEN: emu.tokens[principal]!,
    AZURE_SUBSCRIPTION_ID: emu.subscriptionId,
    AZUREML_RESOURCE_GROUP: emu.resourceGroup,
    AZUREML_WORKSPACE: ws,
    NODE_EXTRA_CA_CERTS: emu.caCertPath,
    GITHUB_SHA: 'feedfacefeedfacefeedfacefeedfacefeedface',
    GITHUB_REPOSITORY: 'octo/models',
    GITHUB_RUN_ID: '99',
    GITHUB_SERVER_URL: 'https://github.com',
  };
}

async function register(
  inputs: Record<string, string>,
  ws = 'dev',
  principal = 'admin',
  env: Record<string, string> = {},
): Promise<ActionRun> {
  const run = await runBundledAction('register-model', {
    inputs,
    env: { ...envFor(ws, principal), ...env },
    cwd: work,
  });
  runs.push(run);
  return run;
}

/** A model folder below the test's GITHUB_WORKSPACE with the given files. */
function modelDir(name: string, files: Record<string, string | Buffer>): string {
  const dir = join(work, name);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** The datastore path a version's modelUri names, with a trailing slash (its blobs' prefix). */
async function filesOf(name: string, version: string): Promise<string> {
  const uri: string = (await versions(name)).get(version).modelUri;
  return `${uri.slice(uri.indexOf('/paths/') + '/paths/'.length).replace(/\/+$/, '')}/`;
}
const sha256 = (b: string | Buffer): string => createHash('sha256').update(b).digest('hex');
const armWrites = (): number => emu.requests.filter((r) => r.method !== 'GET').length;

beforeAll(async () => {
  emu = await start({ quiet: true });
  view = new EmulatorView(emu);
  work = mkdtempSync(join(tmpdir(), 'register-int-'));
  accountKey = await view.accountKey('dev');
}, 120_000);

afterAll(async () => {
  await emu?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('register-model against the emulator', () => {
  let firstDigest: string;

  it('registers a plain folder as version 1, with lineage, user tags and its files in the datastore', async () => {
    modelDir('model-a', { 'model.pkl': 'weights-v1', 'sub/config.json': '{"k":1}' });
    const run = await register({
      'model-path': 'model-a',
      name: 'churn',
      tags: 'team=fraud\nstage=candidate',
      description: 'First churn model',
    });
    expect(run.exitCode).toBe(0);
    firstDigest = run.outputs.digest!;
    expect(firstDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(run.outputs).toMatchObject({
      'model-name': 'churn',
      'model-version': '1',
      'model-uri': 'azureml:churn:1',
      reused: 'false',
    });
    expect(run.outputs['model-id']).toBe(`${wsPath('dev')}/models/churn/versions/1`);

    const v = (await versions('churn')).get('1');
    // As az ml lays a folder out: LocalUpload/<the CLI's hash>/<the folder's own name>/.
    expect(v.modelUri).toMatch(
      new RegExp(
        `^azureml://subscriptions/${emu.subscriptionId}/resourcegroups/${emu.resourceGroup}/workspaces/dev/datastores/workspaceblobstore/paths/LocalUpload/[0-9a-f]{32}/model-a/$`,
      ),
    );
    expect(v.modelType).toBe('custom_model');
    expect(v.description).toBe('First churn model');
    expect(v.tags).toMatchObject({
      team: 'fraud',
      stage: 'candidate',
      'mlops.digest': firstDigest,
      'mlops.git-commit': 'feedfacefeedfacefeedfacefeedfacefeedface',
      'mlops.repository': 'octo/models',
      'mlops.run-url': 'https://github.com/octo/models/actions/runs/99',
      'mlops.source': 'folder',
    });
    expect(v.properties).toMatchObject({ 'mlops.digest': firstDigest });

    const blobs = await blobsUnder(await filesOf('churn', '1'));
    expect([...blobs.keys()].sort()).toEqual(['model.pkl', 'sub/config.json']);
    expect(blobs.get('model.pkl')).toMatchObject({ size: 10, sha256: sha256('weights-v1') });

    expect(run.summary).toContain('Registered model churn version 1');
    expect(run.summary).toContain('dev');
    expect(run.summary).toContain(firstDigest);
    expect(run.summary).toContain('team');
  });

  it('returns the same version on a re-run, uploading and writing nothing', async () => {
    const prefix = await filesOf('churn', '1');
    const before = await blobsUnder(prefix);
    const writes = armWrites();
    const run = await register({ 'model-path': 'model-a', name: 'churn' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ 'model-version': '1', reused: 'true', digest: firstDigest });
    // No PUT or DELETE: one listSecrets (a POST), to list the version's blobs and check they are all there.
    expect(
      emu.requests
        .filter((r) => r.method !== 'GET')
        .slice(writes)
        .map((r) => `${r.method} ${r.path.split('/').slice(-2).join('/')}`),
    ).toEqual(['POST workspaceblobstore/listSecrets']);
    expect(await blobsUnder(prefix)).toEqual(before); // same etags: nothing re-uploaded
    expect(run.summary).toMatch(/all 2 files there/);
    expect([...(await versions('churn')).keys()]).toEqual(['1']);
    expect(run.summary).toContain('Reused model churn version 1');
  });

  it('creates the next version for new content', async () => {
    modelDir('model-b', { 'model.pkl': 'weights-v2' });
    const run = await register({ 'model-path': 'model-b', name: 'churn' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ 'model-version': '2', reused: 'false' });
    expect([...(await versions('churn')).keys()].sort()).toEqual(['1', '2']);
  });

  it('registers a package under its own name, with its lineage and metrics', async () => {
    const src = modelDir('model-pkg-src', {
      MLmodel: 'flavors:\n  sklearn:\n    pickled_model: model.pkl\n',
      'model.pkl': 'p',
    });
    await writePackage({
      outputPath: join(work, 'pkg'),
      name: 'diabetes',
      modelType: 'mlflow_model',
      layout: 'mlflow',
      modelFiles: await listFiles(src, 'model-path'),
      metrics: { accuracy: 0.91 },
      git: { commit: 'abcabcabcabcabcabcabcabcabcabcabcabcabca', repository: 'octo/diabetes' },
      run: { id: '7', url: 'https://github.com/octo/diabetes/actions/runs/7' },
    });
    const run = await register({ 'model-path': 'pkg' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      'model-name': 'diabetes',
      'model-version': '1',
      'model-uri': 'azureml:diabetes:1',
    });
    const v = (await versions('diabetes')).get('1');
    expect(v.modelType).toBe('mlflow_model');
    expect(v.tags).toMatchObject({
      'mlops.git-commit': 'abcabcabcabcabcabcabcabcabcabcabcabcabca',
      'mlops.run-url': 'https://github.com/octo/diabetes/actions/runs/7',
      'mlops.source': 'package',
    });
    expect(v.properties).toMatchObject({ 'metric.accuracy': '0.91' });
    // A package's model folder is model/: AZUREML_MODEL_DIR/model/... as the public score.py files expect.
    const prefix = await filesOf('diabetes', '1');
    expect(prefix).toMatch(/^LocalUpload\/[0-9a-f]{32}\/model\/$/);
    const blobs = await blobsUnder(prefix);
    expect([...blobs.keys()].sort()).toEqual(['MLmodel', 'model.pkl']);
  });

  it('never overwrites a pinned version that holds other files', async () => {
    modelDir('model-c', { 'model.pkl': 'weights-v3' });
    const run = await register({ 'model-path': 'model-c', name: 'churn', version: '1' });
    expect(run.exitCode).toBe(1);
    expect(run.log).toContain("Input 'version'");
    expect((await versions('churn')).get('1').tags['mlops.digest']).toBe(firstDigest);
  });

  it('creates a pinned version', async () => {
    const run = await register({ 'model-path': 'model-c', name: 'churn', version: '10' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ 'model-version': '10', reused: 'false' });
  });

  it('gives concurrent registrations of different content different versions', async () => {
    modelDir('model-d', { 'model.pkl': 'weights-d' });
    modelDir('model-e', { 'model.pkl': 'weights-e' });
    const [d, e] = await Promise.all([
      register({ 'model-path': 'model-d', name: 'churn' }),
      register({ 'model-path': 'model-e', name: 'churn' }),
    ]);
    expect([d.exitCode, e.exitCode]).toEqual([0, 0]);
    expect([d.outputs['model-version'], e.outputs['model-version']].sort()).toEqual(['11', '12']);
    const all = await versions('churn');
    expect(all.get(d.outputs['model-version']!).tags['mlops.digest']).toBe(d.outputs.digest);
    expect(all.get(e.outputs['model-version']!).tags['mlops.digest']).toBe(e.outputs.digest);
  });

  describe('bad inputs exit 1, name the input, and change nothing', () => {
    it.each([
      ['a bad name', { 'model-path': 'model-a', name: 'churn.v2' }, "Input 'name'"],
      ['a bad version', { 'model-path': 'model-a', name: 'churn', version: '1.0' }, "Input 'version'"],
      [
        'malformed tags',
        { 'model-path': 'model-a', name: 'churn', tags: 'team=fraud\nno-equals' },
        "Input 'tags', line 2",
      ],
      ['a missing path', { 'model-path': 'does-not-exist', name: 'churn' }, "Input 'model-path'"],
      ['a path outside GITHUB_WORKSPACE', { 'model-path': tmpdir(), name: 'churn' }, 'outside the workspace'],
      ['a plain folder without a name', { 'model-path': 'model-a' }, "Input 'name' is required"],
    ])('%s', async (_, inputs, message) => {
      const requests = emu.requests.length;
      const run = await register(inputs);
      expect(run.exitCode).toBe(1);
      expect(run.log).toContain(message);
      expect(emu.requests.length).toBe(requests); // validated before any call
    });

    it('a reader: 403 naming the principal, the role and the workspace', async () => {
      modelDir('model-f', { 'model.pkl': 'weights-f' });
      const writes = armWrites();
      const run = await register({ 'model-path': 'model-f', name: 'churn' }, 'dev', 'reader');
      expect(run.exitCode).toBe(1);
      expect(run.log).toContain('403');
      expect(run.log).toContain('AuthorizationFailed');
      expect(run.log).toContain("workspace 'dev'");
      expect(run.log).toContain('AzureML Data Scientist');
      expect(armWrites()).toBeLessThanOrEqual(writes + 1); // at most the refused listSecrets
      expect([...(await versions('churn')).keys()].sort()).toEqual(['1', '10', '11', '12', '2']);
    });

    it('a data scientist on prod: 403 naming prod', async () => {
      const run = await register({ 'model-path': 'model-f', name: 'churn' }, 'prod', 'data-scientist');
      expect(run.exitCode).toBe(1);
      expect(run.log).toContain("workspace 'prod'");
      expect(run.log).toContain('403');
      expect((await versions('churn', 'prod')).size).toBe(0);
    });

    it('an unknown workspace: names the inputs', async () => {
      const run = await register({ 'model-path': 'model-f', name: 'churn', workspace: 'nope-ws' });
      expect(run.exitCode).toBe(1);
      expect(run.log).toContain("Workspace 'nope-ws' was not found");
      expect(run.log).toContain('workspace, resource-group and subscription-id');
    });
  });

  describe('faults', () => {
    afterAll(() => emu.setFaults([]));
    // The same five retries on a back-off scaled to start at 10 ms instead of 800 ms (README, "Tests"): a persistent
    // fault fails in well under a second instead of waiting out about 19 s of production back-off.
    const fastRetry = { MLOPS_ARM_RETRY_DELAY_MS: '10' };

    it('rides out a 429 with Retry-After, two 500s and a reset', async () => {
      modelDir('model-g', { 'model.pkl': 'weights-g' });
      emu.setFaults([
        { method: 'GET', path: '/workspaces/dev$', status: 429, retryAfterSeconds: 1, count: 1 },
        { method: 'GET', path: '/models/faulty/versions$', status: 500, count: 2 },
        { method: 'PUT', path: '/models/faulty/versions/[0-9]+$', reset: true, count: 1 },
      ]);
      const run = await register({ 'model-path': 'model-g', name: 'faulty' }, 'dev', 'admin', fastRetry);
      expect(run.exitCode).toBe(0);
      expect(run.outputs).toMatchObject({ 'model-version': '1', reused: 'false' });
      expect(emu.requests.some((r) => r.status === 429)).toBe(true);
      expect([...(await versions('faulty')).keys()]).toEqual(['1']);
    }, 90_000);

    it('fails naming the cause on a persistent fault, leaves no version, and a re-run completes', async () => {
      modelDir('model-h', { 'model.pkl': 'weights-h', 'extra.bin': randomBytes(64 * 1024) });
      const put = /\/models\/flaky\/versions\/[0-9]+$/;
      emu.setFaults([{ method: 'PUT', path: put.source, status: 500 }]);
      const puts = (): number => emu.requests.filter((r) => r.method === 'PUT' && put.test(r.path)).length;
      const before = puts();
      const failed = await register({ 'model-path': 'model-h', name: 'flaky' }, 'dev', 'admin', fastRetry);
      expect(failed.exitCode).toBe(1);
      expect(failed.log).toMatch(/Could not create model flaky version 1 in workspace 'dev'.*500/);
      expect(failed.log).toContain('still failing after 5 retries');
      expect(puts() - before).toBe(6); // the first PUT and five retries, however short the back-off
      expect((await versions('flaky')).size).toBe(0);
      // The files were uploaded before the PUT failed.
      const prefix = failed.log.match(
        /Datastore workspaceblobstore: \S+?\/(LocalUpload\/[0-9a-f]{32}\/model-h\/)/,
      )![1]!;
      const blobs = await blobsUnder(prefix);
      expect(blobs.size).toBe(2);

      emu.setFaults([]);
      const rerun = await register({ 'model-path': 'model-h', name: 'flaky' });
      expect(rerun.exitCode).toBe(0);
      expect(rerun.outputs).toMatchObject({ 'model-version': '1', reused: 'false' });
      expect(rerun.summary).toMatch(/0 files \(0\.0 MB\) uploaded, 2 already there/);
    }, 120_000);

    it('an upload killed half way leaves no version, and a re-run completes it', async () => {
      modelDir('model-big', { 'weights.bin': randomBytes(256 * 1024 * 1024), 'small.txt': 'x' });
      // Run the bundle by hand to kill it 300 ms into the upload of 256 MB.
      const env: Record<string, string | undefined> = {
        ...process.env,
        ...envFor('dev'),
        GITHUB_WORKSPACE: work,
        GITHUB_OUTPUT: join(work, 'out'),
        GITHUB_STEP_SUMMARY: join(work, 'sum'),
      };
      writeFileSync(env.GITHUB_OUTPUT!, '');
      writeFileSync(env.GITHUB_STEP_SUMMARY!, '');
      env[inputVariable('model-path')] = 'model-big';
      env[inputVariable('name')] = 'bigmodel';
      const child = spawn(process.execPath, [join(repoRoot, 'dist', 'register-model', 'index.js')], {
        cwd: work,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let log = '';
      await new Promise<void>((resolve) => {
        child.stdout.on('data', (d: Buffer) => {
          log += d.toString();
          if (log.includes('Datastore workspaceblobstore') && !child.killed)
            setTimeout(() => child.kill('SIGKILL'), 300);
        });
        child.on('close', () => resolve());
      });
      expect(log).toContain('Datastore workspaceblobstore');
      expect((await versions('bigmodel')).size).toBe(0);

      const rerun = await register({ 'model-path': 'model-big', name: 'bigmodel' });
      expect(rerun.exitCode).toBe(0);
      expect(rerun.outputs).toMatchObject({ 'model-version': '1', reused: 'false' });
      const blobs = await blobsUnder(await filesOf('bigmodel', '1'));
      expect(blobs.get('weights.bin')?.size).toBe(256 * 1024 * 1024);
      rmSync(join(work, 'model-big'), { recursive: true, force: true });
    }, 120_000);
  });

  it('never shows a bearer token or account key in any log or summary', () => {
    const secrets = [...Object.values(emu.tokens), emu.token, accountKey];
    expect(runs.length).toBeGreaterThan(10);
    for (const run of runs) {
      for (const secret of secrets) {
        expect(run.log.includes(secret)).toBe(false);
        expect(run.summary.includes(secret)).toBe(false);
      }
    }
    // What the runner would mask: the action declared the token and the account key it held.
    const uploaded = runs.find((r) => r.exitCode === 0 && r.outputs.reused === 'false')!;
    expect(uploaded.stdout).toContain(`::add-mask::${emu.tokens.admin}`);
    expect(uploaded.stdout).toContain(`::add-mask::${accountKey}`);
  });
});
