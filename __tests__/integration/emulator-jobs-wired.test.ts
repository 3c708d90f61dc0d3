// The job engine and data plane inside the emulator as it starts (src/emulator/index.ts): a job PUT through ARM
// runs, its run history and MLflow answer at the workspace's discoveryUrl and mlFlowTrackingUri, and a job running
// when the emulator stops is Failed at the next start, saying why.
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  runDetailsPath,
  trackingUriToHttps,
  workspaceScope,
  MLFLOW_ROUTES,
} from '../../src/contract/jobs.js';
import { start, type RunningEmulator } from '../../src/emulator/index.js';
import { armCall } from '../helpers/emulator-arm-call.js';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

let emu: RunningEmulator;
let dataDir: string;

let ENV: string;
const wsPath = (): string =>
  `/subscriptions/${emu.subscriptionId}/resourceGroups/${emu.resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/dev`;
const jobPath = (name: string): string =>
  `/subscriptions/${emu.subscriptionId}/resourceGroups/${emu.resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/dev/jobs/${name}`;

function get(url: string, token = emu.token): Promise<{ status: number; body: Json }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { ca: readFileSync(emu.caCertPath), headers: { authorization: `Bearer ${token}` } },
      (res) => {
        let out = '';
        res.on('data', (d: Buffer) => (out += d.toString()));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: out ? JSON.parse(out) : undefined }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

async function waitStatus(name: string, wanted: string[], timeoutMs = 30_000): Promise<Json> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const job = await armCall(emu, 'GET', jobPath(name));
    if (wanted.includes(job.body?.properties?.status) || Date.now() > until) return job.body;
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'jobs-wired-'));
  emu = await start({ dataDir, quiet: true });
  const env = await armCall(emu, 'PUT', `${wsPath()}/environments/local/versions/1`, {
    body: { properties: { image: 'python:3.11-slim' } },
  });
  expect(env.status).toBe(201);
  ENV = env.body.id;
}, 60_000);

afterAll(async () => {
  await emu?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

it('a job PUT through ARM runs; run history and MLflow answer at the workspace own addresses', async () => {
  const ws = await armCall(emu, 'GET', wsPath());
  const { discoveryUrl, mlFlowTrackingUri } = ws.body.properties;
  expect(mlFlowTrackingUri).toBe(
    `azureml://${new URL(emu.armEndpoint).host}/mlflow/v1.0${workspaceScope(emu.subscriptionId, emu.resourceGroup, 'dev')}`,
  );
  const api = (await get(discoveryUrl)).body.api as string;
  expect(api).toBe(emu.armEndpoint);

  const put = await armCall(emu, 'PUT', jobPath('wired-1'), {
    body: {
      properties: {
        jobType: 'Command',
        experimentName: 'wired',
        command: 'echo "hello from $AZUREML_RUN_ID" && python -c "import sys; print(sys.version_info[0])"',
        environmentId: ENV,
      },
    },
  });
  expect([put.status, put.body?.error?.message]).toEqual([201, undefined]);
  const job = await waitStatus('wired-1', ['Completed', 'Failed', 'Canceled']);
  expect(job.properties.status).toBe('Completed');
  expect(job.properties.services.Tracking.endpoint).toBe(mlFlowTrackingUri);

  const scope = workspaceScope(emu.subscriptionId, emu.resourceGroup, 'dev');
  const details = await get(`${api}${runDetailsPath(scope, 'wired-1')}`);
  expect(details.body).toMatchObject({ runId: 'wired-1', status: 'Completed', target: null });
  const logUrl = details.body.logFiles['user_logs/std_log.txt'] as string;
  const log = await fetch(logUrl);
  expect(await log.text()).toBe('hello from wired-1\n3\n');
  // The data plane takes ARM's roles: the data scientist reads runs in dev, and nothing in prod.
  expect((await get(`${api}${runDetailsPath(scope, 'wired-1')}`, emu.tokens['data-scientist'])).status).toBe(
    200,
  );
  const prod = workspaceScope(emu.subscriptionId, emu.resourceGroup, 'prod');
  const denied = await get(`${api}${runDetailsPath(prod, 'wired-1')}`, emu.tokens['data-scientist']);
  expect(denied).toMatchObject({ status: 403, body: { error: { code: 'AuthorizationFailed' } } });
  const run = await get(`${trackingUriToHttps(mlFlowTrackingUri)}${MLFLOW_ROUTES.getRun}?run_id=wired-1`);
  expect(run.body.run.info).toMatchObject({ run_id: 'wired-1', status: 'FINISHED', experiment_id: 'wired' });
});

it('a job running when the emulator stops is Failed at the next start, saying why', async () => {
  const put = await armCall(emu, 'PUT', jobPath('interrupted'), {
    body: {
      properties: {
        jobType: 'Command',
        command: 'python -c "import time; print(1, flush=True); time.sleep(60)"',
        environmentId: ENV,
      },
    },
  });
  expect([put.status, put.body?.error?.message]).toEqual([201, undefined]);
  expect((await waitStatus('interrupted', ['Running'])).properties.status).toBe('Running');
  const scope0 = workspaceScope(emu.subscriptionId, emu.resourceGroup, 'dev');
  const until = Date.now() + 10_000;
  let printed = '';
  while (printed !== '1\n' && Date.now() < until) {
    const url = (await get(`${emu.armEndpoint}${runDetailsPath(scope0, 'interrupted')}`)).body.logFiles[
      'user_logs/std_log.txt'
    ];
    printed = url ? await (await fetch(url)).text() : '';
  }
  expect(printed).toBe('1\n');
  await emu.stop();
  emu = await start({ dataDir, quiet: true });
  const job = await armCall(emu, 'GET', jobPath('interrupted'));
  expect(job.body.properties.status).toBe('Failed');
  const scope = workspaceScope(emu.subscriptionId, emu.resourceGroup, 'dev');
  const details = await get(`${emu.armEndpoint}${runDetailsPath(scope, 'interrupted')}`);
  expect(details.body.error).toEqual({
    error: { code: 'SystemError', message: 'The emulator restarted while the job was running.' },
  });
  // The log written before the stop is still there.
  expect(await (await fetch(details.body.logFiles['user_logs/std_log.txt'])).text()).toBe('1\n');
  expect((await armCall(emu, 'GET', jobPath('wired-1'))).body.properties.status).toBe('Completed');
}, 60_000);
