// Deployments survive an emulator restart with a data dir: state on disk, servers started again, keys unchanged;
// stopping the emulator leaves no inference server behind.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start, type RunningEmulator } from '../../src/emulator/index.js';
import { initialState, readState, writeState } from '../../src/emulator/state.js';
import { armCall } from '../helpers/emulator-arm-call.js';
import { armClient } from '../helpers/emulator-sdk.js';
import { deploymentBody, harnessRunning, registerExample } from '../helpers/emulator-endpoints.js';

const RG = 'mlops-local';
const POLL = { updateIntervalInMs: 50 };
let emu: RunningEmulator | undefined;
let work: string;

const score = (gateway: string, key: string): Promise<Response> =>
  fetch(`${gateway}/dev/keep-ep/score`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ data: [[59, 2, 32.1, 101, 157, 93.2, 38, 4, 4.86, 87]] }),
  });

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'mlops-endpoints-restart-'));
});

afterAll(async () => {
  await emu?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('online deployments across a restart', () => {
  it('serves the same deployment with the same key after a restart', async () => {
    const dataDir = join(work, 'data');
    emu = await start({ quiet: true, dataDir });
    const { modelId, codeId } = await registerExample(emu, work);
    let admin = armClient(emu);
    await admin.onlineEndpoints.beginCreateOrUpdateAndWait(
      RG,
      'dev',
      'keep-ep',
      { location: 'local', properties: { authMode: 'Key' } },
      POLL,
    );
    await admin.onlineDeployments.beginCreateOrUpdateAndWait(
      RG,
      'dev',
      'keep-ep',
      'blue',
      deploymentBody(modelId, codeId),
      POLL,
    );
    await admin.onlineEndpoints.beginCreateOrUpdateAndWait(
      RG,
      'dev',
      'keep-ep',
      { location: 'local', properties: { authMode: 'Key', traffic: { blue: 100 } } },
      POLL,
    );
    const key = (await admin.onlineEndpoints.listKeys(RG, 'dev', 'keep-ep')).primaryKey!;
    expect((await score(emu.gatewayEndpoint, key)).status).toBe(200);
    expect(harnessRunning('dev', 'keep-ep', 'blue')).toBe(true);

    const gatewayBefore = emu.gatewayEndpoint;
    const armBefore = emu.armEndpoint;
    await emu.stop();
    expect(harnessRunning('dev', 'keep-ep', 'blue')).toBe(false);

    emu = await start({ quiet: true, dataDir });
    // The gateway and the ARM endpoint come back on their ports (kept in the state): scoring URIs held by clients,
    // and the endpoint a running step was given, stay valid.
    expect(emu.gatewayEndpoint).toBe(gatewayBefore);
    expect(emu.armEndpoint).toBe(armBefore);
    expect(readState(dataDir)).toMatchObject({
      armPort: Number(new URL(armBefore).port),
      gatewayPort: Number(new URL(gatewayBefore).port),
    });
    admin = armClient(emu);
    let state: string | undefined;
    for (let i = 0; i < 200; i++) {
      state = (await admin.onlineDeployments.get(RG, 'dev', 'keep-ep', 'blue')).properties.provisioningState;
      if (state !== 'Updating') break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(state).toBe('Succeeded');
    const endpoint = await admin.onlineEndpoints.get(RG, 'dev', 'keep-ep');
    expect(endpoint.properties.traffic).toEqual({ blue: 100 });
    const answer = await score(emu.gatewayEndpoint, key);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('azureml-model-deployment')).toBe('blue');
    expect(((await answer.json()) as { predictions: number[] }).predictions).toEqual([1]);
    expect((await admin.onlineEndpoints.get(RG, 'dev', 'keep-ep')).properties.scoringUri).toBe(
      `${gatewayBefore}/dev/keep-ep/score`,
    );
  }, 60_000);

  it('a deployment poll across a restart finds its operation, which ends when the provisioning started again does', async () => {
    await emu?.stop();
    const dataDir = join(work, 'data-poll');
    emu = await start({ quiet: true, dataDir });
    const { modelId, codeId } = await registerExample(emu, work);
    await armClient(emu).onlineEndpoints.beginCreateOrUpdateAndWait(
      RG,
      'dev',
      'poll-ep',
      { location: 'local', properties: { authMode: 'Key' } },
      POLL,
    );
    const path = `/subscriptions/${emu.subscriptionId}/resourceGroups/${RG}/providers/Microsoft.MachineLearningServices/workspaces/dev/onlineEndpoints/poll-ep/deployments/blue`;
    const put = await armCall(emu, 'PUT', path, { body: deploymentBody(modelId, codeId) });
    expect(put.status).toBe(201);
    const statusUrl = String(put.headers['azure-asyncoperation']);
    // Killed while it provisions (the inference server takes a second or more to start).
    await emu.stop();
    expect(readState(dataDir)!.operations![new URL(statusUrl).pathname.split('/').pop()!]).toMatchObject({
      status: 'InProgress',
    });

    // Started again without --port: on the port kept in the state, which the operation URLs name.
    emu = await start({ quiet: true, dataDir });
    let status = '';
    for (let i = 0; i < 300 && (status === '' || status === 'InProgress'); i++) {
      const poll = await armCall(emu, 'GET', statusUrl);
      expect(poll.status).toBe(200);
      status = poll.body.status;
      if (status === 'InProgress') await new Promise((r) => setTimeout(r, 50));
    }
    expect(status).toBe('Succeeded');
    const deployment = await armCall(emu, 'GET', path);
    expect(deployment.body.properties.provisioningState).toBe('Succeeded');
    expect(harnessRunning('dev', 'poll-ep', 'blue')).toBe(true);

    // A PATCH's Location poll answers the resource (final-state-schema), also when it is read after a restart.
    const patched = await armCall(emu, 'PATCH', path, { body: { tags: { across: 'restart' } } });
    expect(patched.status).toBe(202);
    const location = String(patched.headers.location);
    await emu.stop();
    emu = await start({ quiet: true, dataDir });
    let result = await armCall(emu, 'GET', location);
    for (let i = 0; i < 300 && result.status === 202; i++) {
      await new Promise((r) => setTimeout(r, 50));
      result = await armCall(emu, 'GET', location);
    }
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ name: 'blue', tags: { across: 'restart' } });
    expect(result.body.properties.provisioningState).toBe('Succeeded');
  }, 90_000);

  it('refuses to start when a kept port (gateway, ARM) is taken, naming it and the way out', async () => {
    // Another process holds the port kept in a data dir's state.
    const holder = createServer();
    await new Promise<void>((done) => holder.listen(0, '127.0.0.1', () => done()));
    const port = (holder.address() as AddressInfo).port;
    const dataDir = join(work, 'taken');
    writeState(dataDir, { ...initialState(), gatewayPort: port });
    try {
      await expect(start({ quiet: true, dataDir })).rejects.toThrow(
        new RegExp(
          `127\\.0\\.0\\.1:${port} \\(the scoring gateway port kept in .*state\\.json.*--gateway-port N`,
        ),
      );
      await expect(start({ quiet: true, gatewayPort: port })).rejects.toThrow(`(--gateway-port ${port})`);
      // --gateway-port 0 takes a free port, and keeps it for the next start.
      const other = await start({ quiet: true, dataDir, gatewayPort: 0 });
      await other.stop();
      expect(other.gatewayEndpoint).not.toBe(`http://127.0.0.1:${port}`);
      expect(`http://127.0.0.1:${readState(dataDir)!.gatewayPort}`).toBe(other.gatewayEndpoint);

      // The same for the ARM endpoint's kept port; the gateway, already listening, is closed again.
      writeState(dataDir, { ...readState(dataDir)!, armPort: port });
      const gatewayPort = readState(dataDir)!.gatewayPort!;
      await expect(start({ quiet: true, dataDir })).rejects.toThrow(
        new RegExp(
          `^The ARM endpoint cannot listen on 127\\.0\\.0\\.1:${port} \\(the ARM endpoint port kept in .*state\\.json.*--port N`,
        ),
      );
      const free = createServer();
      await new Promise<void>((done, fail) => {
        free.once('error', fail);
        free.listen(gatewayPort, '127.0.0.1', () => done());
      });
      await new Promise((done) => free.close(done));
      const third = await start({ quiet: true, dataDir, port: 0 });
      await third.stop();
      expect(third.armEndpoint).not.toBe(`https://127.0.0.1:${port}`);
      expect(`https://127.0.0.1:${readState(dataDir)!.armPort}`).toBe(third.armEndpoint);
    } finally {
      await new Promise((done) => holder.close(done));
    }
  }, 60_000);
});
