// register-model lays files out as `az ml model create` does (LocalUpload/<the CLI's hash>/<folder or file name>),
// compared blob for blob with the stdlib restatement of azure-ai-ml's upload code; explicit versions; versions
// registered in the layout before (LocalUpload/<digest>/<model name>/) still reused, promoted and served; and a
// public-style score.py that opens AZUREML_MODEL_DIR/model/<file> served. Bundled actions against the emulator.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ContainerClient } from '@azure/storage-blob';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start, type RunningEmulator } from '../../src/emulator/index.js';
import { runBundledAction, type ActionRun } from '../helpers/action-runner.js';
import { armCall } from '../helpers/emulator-arm-call.js';
import { emulatorEnv } from '../helpers/emulator-env.js';
import { EmulatorView } from '../helpers/emulator-view.js';
import { azMlLayout, layoutFixture } from '../helpers/az-ml-layout.js';

let emu: RunningEmulator;
let work: string;
let view: EmulatorView;
let accountKey: string;

async function register(inputs: Record<string, string>, ws = 'dev'): Promise<ActionRun> {
  return runBundledAction('register-model', { inputs, env: emulatorEnv(emu, ws), cwd: work });
}
const container = (ws = 'dev'): ContainerClient => view.container(ws, accountKey);

/** Every blob name (with its etag) below `prefix` in the workspace's datastore. */
async function blobs(prefix: string, ws = 'dev'): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for await (const b of container(ws).listBlobsFlat({ prefix })) out.set(b.name, b.properties.etag ?? '');
  return out;
}
/** The datastore path a version's modelUri names (trailing slash kept: it marks a folder). */
async function pathOf(name: string, version: string, ws = 'dev'): Promise<string> {
  const uri: string = (await view.versions(name, ws)).get(version).modelUri;
  return uri.slice(uri.indexOf('/paths/') + '/paths/'.length);
}
const armWrites = (from: number): string[] =>
  emu.requests
    .slice(from)
    .filter((r) => r.method !== 'GET' && !/listSecrets|listKeys/.test(r.path))
    .map((r) => `${r.method} ${r.path}`);

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'mlops-layout-'));
  emu = await start({ quiet: true });
  view = new EmulatorView(emu);
  accountKey = await view.accountKey('dev');
}, 120_000);

afterAll(async () => {
  await emu?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the az ml layout', () => {
  let folderPath: string;

  it('a folder: the same blob names as az ml model create, and the modelUri at the folder', async () => {
    const dir = layoutFixture(join(work, 'fixture'));
    const cli = azMlLayout(dir);
    const run = await register({ 'model-path': dir, name: 'layout' });
    expect(run.exitCode).toBe(0);
    folderPath = await pathOf('layout', '1');
    expect(folderPath).toBe(`${cli.path}/`);
    expect([...(await blobs(`LocalUpload/${cli.hash}/`)).keys()].sort()).toEqual(cli.blobs);
    expect(cli.blobs.length).toBe(10);
  });

  it('a single file: LocalUpload/<hash>/<file name>, the modelUri naming the file', async () => {
    const file = join(work, 'single', 'sklearn_regression_model.pkl');
    mkdirSync(join(work, 'single'), { recursive: true });
    writeFileSync(file, Buffer.from([0x80, 0x04, 0x4b, 0x2a, 0x2e]));
    const cli = azMlLayout(file);
    const run = await register({ 'model-path': file, name: 'single-file' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs['model-version']).toBe('1');
    const v = (await view.versions('single-file')).get('1');
    expect(v.modelType).toBe('custom_model');
    expect(v.tags['mlops.source']).toBe('file');
    expect(await pathOf('single-file', '1')).toBe(cli.path);
    expect([...(await blobs(`LocalUpload/${cli.hash}/`)).keys()]).toEqual(cli.blobs);

    // Promoted, it keeps the same path (the file's own name under the same hash).
    const promoted = await register(
      { source: `${view.wsPath('dev')}/models/single-file/versions/1` },
      'preprod',
    );
    expect(promoted.exitCode).toBe(0);
    expect(promoted.log).toMatch(/Verified: the target files have digest sha256:/);
    expect(await pathOf('single-file', '1', 'preprod')).toBe(cli.path);
    const names: string[] = [];
    const key = await view.accountKey('preprod');
    for await (const b of view
      .container('preprod', key)
      .listBlobsFlat({ prefix: `LocalUpload/${cli.hash}/` }))
      names.push(b.name);
    expect(names).toEqual(cli.blobs);
  });

  it('an explicit version on files another version holds: registered on the same blobs, nothing uploaded', async () => {
    const before = await blobs('LocalUpload/');
    const run = await register({
      'model-path': join(work, 'fixture', 'model'),
      name: 'layout',
      version: '5',
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      'model-version': '5',
      'model-uri': 'azureml:layout:5',
      reused: 'false',
    });
    expect(run.log).toMatch(
      /Version 1 of layout already holds these files .*registering version 5 on the same blobs/,
    );
    expect(run.summary).toMatch(/version 1 holds the same files/);
    expect(await pathOf('layout', '5')).toBe(folderPath);
    expect(await blobs('LocalUpload/')).toEqual(before); // same names, same etags
    expect([...(await view.versions('layout')).keys()].sort()).toEqual(['1', '5']);
  });

  it('the same explicit version again: returned as is (reused)', async () => {
    const mark = emu.requests.length;
    const run = await register({
      'model-path': join(work, 'fixture', 'model'),
      name: 'layout',
      version: '5',
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ 'model-version': '5', reused: 'true' });
    expect(armWrites(mark)).toEqual([]);
  });

  it('an explicit version that exists with other files: exit 1 naming version, nothing written', async () => {
    mkdirSync(join(work, 'other'), { recursive: true });
    writeFileSync(join(work, 'other', 'weights.bin'), 'other weights');
    const mark = emu.requests.length;
    const before = await blobs('LocalUpload/');
    const run = await register({ 'model-path': join(work, 'other'), name: 'layout', version: '5' });
    expect(run.exitCode).toBe(1);
    expect(run.log).toMatch(
      /Input 'version': layout version 5 exists already in workspace 'dev' with other files/,
    );
    expect(armWrites(mark)).toEqual([]);
    expect(await blobs('LocalUpload/')).toEqual(before);
  });
});

describe('a version registered in the layout before (LocalUpload/<digest>/<model name>/)', () => {
  const files = { 'weights.txt': 'old-layout weights 42', 'notes/readme.md': '# old' };
  let digest: string;
  const oldPath = (): string => `LocalUpload/${digest.slice('sha256:'.length)}/legacy/`;

  beforeAll(async () => {
    const dir = join(work, 'legacy-src');
    for (const [p, c] of Object.entries(files)) {
      mkdirSync(join(dir, p, '..'), { recursive: true });
      writeFileSync(join(dir, p), c);
    }
    // The digest register-model computes (model/digest.ts): sha256 over "path NUL size NUL sha256 LF", sorted.
    const sha = (s: string): string => createHash('sha256').update(s).digest('hex');
    const lines = Object.entries(files)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([p, c]) => `${p}\0${Buffer.byteLength(c)}\0${sha(c)}\n`)
      .join('');
    digest = `sha256:${sha(lines)}`;
    for (const [p, c] of Object.entries(files)) {
      await container()
        .getBlockBlobClient(`${oldPath()}${p}`)
        .upload(c, Buffer.byteLength(c), { metadata: { sha256: sha(c) } });
    }
    const put = await armCall(emu, 'PUT', `${view.wsPath('dev')}/models/legacy/versions/1`, {
      body: {
        properties: {
          modelUri: `azureml://subscriptions/${emu.subscriptionId}/resourcegroups/${emu.resourceGroup}/workspaces/dev/datastores/workspaceblobstore/paths/${oldPath()}`,
          modelType: 'custom_model',
          tags: { 'mlops.digest': digest, 'mlops.source': 'folder' },
          properties: { 'mlops.digest': digest, 'mlops.layout': 'custom' },
        },
      },
    });
    expect([200, 201]).toContain(put.status);
  }, 60_000);

  it('is reused for the same files (nothing uploaded)', async () => {
    const mark = emu.requests.length;
    const run = await register({ 'model-path': join(work, 'legacy-src'), name: 'legacy' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ 'model-version': '1', reused: 'true', digest });
    expect(armWrites(mark)).toEqual([]);
  });

  it('is promoted keeping its layout, the digest verified', async () => {
    const id = `${view.wsPath('dev')}/models/legacy/versions/1`;
    const run = await register({ source: id }, 'preprod');
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ 'model-version': '1', reused: 'false', digest });
    expect(await pathOf('legacy', '1', 'preprod')).toBe(oldPath());
    const key = await view.accountKey('preprod');
    const names: string[] = [];
    for await (const b of view.container('preprod', key).listBlobsFlat({ prefix: oldPath() }))
      names.push(b.name);
    expect(names.sort()).toEqual([`${oldPath()}notes/readme.md`, `${oldPath()}weights.txt`]);
  }, 60_000);
});

describe('served by the emulator', () => {
  /** An endpoint and deployment YAML in `dir`, deploying `model` with `code/score.py`. */
  function deploymentFiles(dir: string, endpoint: string, model: string, score: string): void {
    mkdirSync(join(dir, 'code'), { recursive: true });
    writeFileSync(join(dir, 'code', 'score.py'), score);
    writeFileSync(join(dir, 'endpoint.yml'), `name: ${endpoint}\nauth_mode: key\n`);
    writeFileSync(
      join(dir, 'deployment.yml'),
      [
        'name: blue',
        `endpoint_name: ${endpoint}`,
        `model: ${model}`,
        'code_configuration:',
        '  code: ./code',
        '  scoring_script: score.py',
        'environment:',
        '  image: mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu20.04:latest',
        'instance_type: Standard_DS3_v2',
        'instance_count: 1',
        '',
      ].join('\n'),
    );
  }

  async function deployAndScore(dir: string, endpoint: string): Promise<{ run: ActionRun; body: unknown }> {
    const run = await runBundledAction('deploy-endpoint', {
      inputs: {
        'endpoint-file': join(dir, 'endpoint.yml'),
        'deployment-file': join(dir, 'deployment.yml'),
        traffic: 'all',
        'timeout-minutes': '2',
      },
      env: emulatorEnv(emu),
      cwd: work,
    });
    if (run.exitCode !== 0) return { run, body: undefined };
    const res = await armCall(emu, 'POST', `${view.wsPath('dev')}/onlineEndpoints/${endpoint}/listKeys`);
    const answer = await fetch(`${emu.gatewayEndpoint}/dev/${endpoint}/score`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${res.body.primaryKey}` },
      body: '{}',
    });
    return { run, body: await answer.json() };
  }

  it('a public-style score.py opening AZUREML_MODEL_DIR/model/<file>, after register-model of a folder named model', async () => {
    const dir = join(work, 'public');
    const model = join(dir, 'model');
    mkdirSync(model, { recursive: true });
    writeFileSync(join(model, 'sklearn_regression_model.pkl'), 'stand-in for a pickle: 42');
    const registered = await register({ 'model-path': model, name: 'sklearn-regression' });
    expect(registered.exitCode).toBe(0);
    deploymentFiles(
      dir,
      'public-ep',
      'azureml:sklearn-regression:1',
      [
        'import os',
        'model = None',
        'def init():',
        '    global model',
        '    model_path = os.path.join(os.getenv("AZUREML_MODEL_DIR"), "model/sklearn_regression_model.pkl")',
        '    with open(model_path, "rb") as f:',
        '        model = f.read()',
        'def run(raw_data):',
        '    return {"model": model.decode()}',
        '',
      ].join('\n'),
    );
    // An .amlignore leaves files out of the code upload (and out of its hash), as az ml does.
    mkdirSync(join(dir, 'code', 'notes'), { recursive: true });
    writeFileSync(join(dir, 'code', 'notes', 'draft.txt'), 'not uploaded');
    writeFileSync(join(dir, 'code', '.amlignore'), 'notes/\n');
    const { run, body } = await deployAndScore(dir, 'public-ep');
    expect(run.log).not.toMatch(/Traceback/);
    expect(run.exitCode).toBe(0);
    expect(body).toEqual({ model: 'stand-in for a pickle: 42' });
    expect(run.log).toMatch(/1 files of .* left out by its \.amlignore/);

    // The scoring code is laid out the same way: LocalUpload/<the CLI's hash>/code/ (the folder's own name).
    const cli = azMlLayout(join(dir, 'code'));
    const deployment = await armCall(
      emu,
      'GET',
      `${view.wsPath('dev')}/onlineEndpoints/public-ep/deployments/blue`,
    );
    const codeId: string = deployment.body.properties.codeConfiguration.codeId;
    const code = await armCall(emu, 'GET', codeId.slice(codeId.indexOf('/subscriptions/')));
    const codeUri: string = code.body.properties.codeUri;
    expect(codeUri.slice(codeUri.indexOf('/paths/') + '/paths/'.length)).toBe(`${cli.path}/`);
    expect([...(await blobs(`LocalUpload/${cli.hash}/`)).keys()]).toEqual(cli.blobs);
    expect(cli.blobs.some((b) => b.includes('/notes/'))).toBe(false);
  }, 180_000);

  it('a version in the layout before: its files under AZUREML_MODEL_DIR/<model name>/', async () => {
    const dir = join(work, 'legacy-deploy');
    deploymentFiles(
      dir,
      'legacy-ep',
      'azureml:legacy:1',
      [
        'import os',
        'text = None',
        'def init():',
        '    global text',
        '    with open(os.path.join(os.environ["AZUREML_MODEL_DIR"], "legacy", "weights.txt")) as f:',
        '        text = f.read()',
        'def run(raw_data):',
        '    return {"weights": text}',
        '',
      ].join('\n'),
    );
    const { run, body } = await deployAndScore(dir, 'legacy-ep');
    expect(run.exitCode).toBe(0);
    expect(body).toEqual({ weights: 'old-layout weights 42' });
  }, 180_000);
});
