// register-data, bundled, run as the runner runs it, against the local Azure ML emulator (HTTPS ARM + Azurite).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start, type RunningEmulator } from '../../src/emulator/index.js';
import { azMlObjectHash } from '../../src/model/az-ml-hash.js';
import { runBundledAction, type ActionRun } from '../helpers/action-runner.js';
import { emulatorEnv } from '../helpers/emulator-env.js';
import { EmulatorView } from '../helpers/emulator-view.js';

let emu: RunningEmulator;
let view: EmulatorView;
let work: string;
let accountKey: string;

const armWrites = (): number => emu.requests.filter((r) => r.method !== 'GET').length;

function registerData(inputs: Record<string, string>, ws = 'dev', principal = 'admin'): Promise<ActionRun> {
  return runBundledAction('register-data', { inputs, env: emulatorEnv(emu, ws, principal), cwd: work });
}

/** A data version as the emulator answers it. */
async function dataVersion(name: string, version: string, ws = 'dev') {
  const res = await view.arm('GET', `${view.wsPath(ws)}/data/${name}/versions/${version}`);
  return res;
}

function write(path: string, content: string): string {
  const full = join(work, path);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, content);
  return full;
}

beforeAll(async () => {
  emu = await start({ quiet: true });
  view = new EmulatorView(emu);
  work = mkdtempSync(join(tmpdir(), 'register-data-int-'));
  accountKey = await view.accountKey('dev');
}, 120_000);

afterAll(async () => {
  await emu?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('register-data against the emulator', () => {
  it('uploads a file as az ml data create lays it out and registers version 1', async () => {
    const file = write('data/diabetes.csv', 'age,bmi,target\n59,32.1,151\n48,21.6,75\n');
    const run = await registerData({ name: 'diabetes-data', path: 'data/diabetes.csv', tags: 'team=ml' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      name: 'diabetes-data',
      version: '1',
      uri: 'azureml:diabetes-data:1',
      reused: 'false',
      'data-id': `${view.wsPath('dev')}/data/diabetes-data/versions/1`,
    });
    const hash = await azMlObjectHash(file);
    const dataUri = `azureml://datastores/workspaceblobstore/paths/LocalUpload/${hash}/diabetes.csv`;
    expect(run.outputs['data-uri']).toBe(dataUri);
    const v = await dataVersion('diabetes-data', '1');
    expect(v.status).toBe(200);
    expect(v.body.properties).toMatchObject({
      dataType: 'uri_file',
      dataUri,
      tags: {
        team: 'ml',
        'mlops.digest': run.outputs.digest,
        'mlops.source': 'local',
        'mlops.repository': 'octo/models',
      },
    });
    const blob = view.container('dev', accountKey).getBlobClient(`LocalUpload/${hash}/diabetes.csv`);
    expect((await blob.downloadToBuffer()).toString()).toBe('age,bmi,target\n59,32.1,151\n48,21.6,75\n');
    expect(run.summary).toContain('diabetes-data');
  });

  it('returns the same version for the same data, writing nothing', async () => {
    const before = armWrites();
    const run = await registerData({ name: 'diabetes-data', path: 'data/diabetes.csv' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ version: '1', reused: 'true' });
    // listSecrets is a POST that is not needed either: nothing is uploaded.
    expect(armWrites()).toBe(before);
  });

  it('registers changed data as version 2', async () => {
    write('data/diabetes.csv', 'age,bmi,target\n59,32.1,151\n');
    const run = await registerData({ name: 'diabetes-data', path: 'data/diabetes.csv' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ version: '2', reused: 'false' });
  });

  it('uploads a folder as uri_folder, its dataUri ending with a slash', async () => {
    write('tables/a.csv', 'x\n1\n');
    write('tables/sub/b.csv', 'x\n2\n');
    const run = await registerData({ name: 'tables', path: 'tables', version: '2024.1' });
    expect(run.exitCode).toBe(0);
    const hash = await azMlObjectHash(join(work, 'tables'));
    expect(run.outputs).toMatchObject({
      version: '2024.1',
      'data-uri': `azureml://datastores/workspaceblobstore/paths/LocalUpload/${hash}/tables/`,
    });
    const names: string[] = [];
    for await (const b of view
      .container('dev', accountKey)
      .listBlobsFlat({ prefix: `LocalUpload/${hash}/tables/` }))
      names.push(b.name.slice(`LocalUpload/${hash}/tables/`.length));
    expect(names.sort()).toEqual(['a.csv', 'sub/b.csv']);
  });

  it('uploads an mltable folder, with the paths its MLTable file reads', async () => {
    write(
      'table/MLTable',
      'paths:\n  - file: ./rows.csv\ntransformations:\n  - read_delimited:\n      delimiter: ","\n',
    );
    write('table/rows.csv', 'x\n1\n');
    const run = await registerData({ name: 'rows', path: 'table', type: 'mltable' });
    expect(run.exitCode).toBe(0);
    const hash = await azMlObjectHash(join(work, 'table'));
    const v = await dataVersion('rows', '1');
    expect(v.body.properties).toMatchObject({
      dataType: 'mltable',
      dataUri: `azureml://datastores/workspaceblobstore/paths/LocalUpload/${hash}/table`,
      referencedUris: ['./rows.csv'],
    });
  });

  it('registers data where it already is (a datastore path), nothing uploaded', async () => {
    const hash = await azMlObjectHash(join(work, 'tables'));
    const path = `azureml://datastores/workspaceblobstore/paths/LocalUpload/${hash}/tables/`;
    const run = await registerData({ name: 'tables-ref', path });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ version: '1', 'data-uri': path, reused: 'false' });
    expect((await dataVersion('tables-ref', '1')).body.properties).toMatchObject({
      dataType: 'uri_folder',
      dataUri: path,
    });
    const again = await registerData({ name: 'tables-ref', path });
    expect(again.outputs).toMatchObject({ version: '1', reused: 'true' });
  });

  it('fails before any call on a bad input, naming it', async () => {
    const before = emu.requests.length;
    const run = await registerData({ name: 'diabetes-data', path: 'data/missing.csv' });
    expect(run.exitCode).toBe(1);
    expect(run.log).toContain("Input 'path'");
    expect(run.log).toContain('does not exist');
    expect(emu.requests.length).toBe(before);
  });

  it('registers as the data scientist in dev, and is refused in prod', async () => {
    const dev = await registerData({ name: 'ds-data', path: 'data/diabetes.csv' }, 'dev', 'data-scientist');
    expect([dev.exitCode, dev.outputs.version]).toEqual([0, '1']);
    const prod = await registerData({ name: 'ds-data', path: 'data/diabetes.csv' }, 'prod', 'data-scientist');
    expect(prod.exitCode).toBe(1);
    expect(prod.log).toContain('data-scientist');
    expect((await dataVersion('ds-data', '1', 'prod')).status).toBe(404);
  });

  it('refuses a pinned version that holds other data, uploading nothing', async () => {
    write('other.csv', 'x\n9\n');
    const run = await registerData({ name: 'diabetes-data', path: 'other.csv', version: '1' });
    expect(run.exitCode).toBe(1);
    expect(run.log).toContain("Input 'version'");
    const hash = await azMlObjectHash(join(work, 'other.csv'));
    const blobs: string[] = [];
    for await (const b of view.container('dev', accountKey).listBlobsFlat({ prefix: `LocalUpload/${hash}/` }))
      blobs.push(b.name);
    expect(blobs).toEqual([]);
  });
});
