// The emulator's ARM server at api-version AZUREML_API_VERSION: request bodies checked against the spec's schemas,
// long-running operations as the spec's x-ms-long-running-operation-options say, idle keep-alive sockets kept
// past clients' timeouts, and oversized bodies answered 413 in ARM's envelope.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { Agent } from 'node:https';
import { AZUREML_API_VERSION } from '../../src/contract/azureml-api.js';
import { start, type RunningEmulator } from '../../src/emulator/index.js';
import { armCall, type ArmAnswer } from '../helpers/emulator-arm-call.js';

let emu: RunningEmulator;
let ca: Buffer;

/** One ARM call; `path` may be a full URL (a Location header). */
const call = (method: string, path: string, body?: unknown, agent?: Agent): Promise<ArmAnswer> =>
  armCall(emu, method, path, { body, agent });

const epPath = (name: string): string =>
  `/subscriptions/${emu.subscriptionId}/resourceGroups/${emu.resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/dev/onlineEndpoints/${name}`;
const endpoint = { location: 'local', properties: { authMode: 'Key' } };

async function until(url: string, done: (a: ArmAnswer) => boolean): Promise<ArmAnswer> {
  for (let i = 0; i < 200; i++) {
    const a = await call('GET', url);
    if (done(a)) return a;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`${url} did not finish`);
}

beforeAll(async () => {
  emu = await start({ quiet: true });
  ca = readFileSync(emu.caCertPath);
}, 60_000);

afterAll(async () => {
  await emu?.stop();
});

describe('request bodies against the 2026-07-01 schema', () => {
  const refused = async (body: unknown, target: string, message: RegExp): Promise<void> => {
    const a = await call('PUT', epPath('schema-ep'), body);
    expect(a.status).toBe(400);
    expect(a.body.error).toMatchObject({ code: 'UserError', target });
    expect(a.body.error.message).toMatch(message);
    expect(a.body.error.details[0]).toMatchObject({ code: 'BadArgument', target });
  };

  it('refuses an unknown property, a missing required field, a bad enum and a read-only property', async () => {
    await refused(
      { ...endpoint, properties: { ...endpoint.properties, color: 'blue' } },
      'properties.color',
      /'properties\.color' is not a property/,
    );
    await refused(
      { location: 'local', properties: {} },
      'properties.authMode',
      /'properties\.authMode' is required/,
    );
    await refused({ properties: endpoint.properties }, 'location', /'location' is required/);
    await refused(
      { ...endpoint, properties: { authMode: 'Password' } },
      'properties.authMode',
      /'Password' is not one of AMLToken, Key, AADToken/,
    );
    await refused(
      { ...endpoint, properties: { ...endpoint.properties, scoringUri: 'https://x/score' } },
      'properties.scoringUri',
      /read-only/,
    );
    await refused(
      { ...endpoint, properties: { ...endpoint.properties, mirrorTraffic: { blue: 'ten' } } },
      'properties.mirrorTraffic.blue',
      /must be a integer|must be an integer/,
    );
    expect((await call('GET', epPath('schema-ep'))).status).toBe(404); // nothing was created
  });

  it('accepts mirrorTraffic, a property of OnlineEndpointProperties at this version', async () => {
    const a = await call('PUT', epPath('mirror-ep'), {
      ...endpoint,
      properties: { authMode: 'Key', mirrorTraffic: {} },
    });
    expect(a.status).toBe(201);
    expect(a.body.properties.mirrorTraffic).toEqual({});
    expect(a.body.properties).not.toHaveProperty('keys');
  });
});

describe('long-running operations', () => {
  it('PUT: 201 with Azure-AsyncOperation; the status resource ends Succeeded; the client then reads the resource', async () => {
    const put = await call('PUT', epPath('lro-ep'), endpoint);
    expect(put.status).toBe(201);
    expect(put.headers.location).toBeUndefined();
    const status = String(put.headers['azure-asyncoperation']);
    expect(status).toMatch(/\/mfeOperationsStatus\/[0-9a-f-]{36}\?api-version=/);
    expect(new URL(status).searchParams.get('api-version')).toBe(AZUREML_API_VERSION);
    const done = await until(status, (a) => a.body.status !== 'InProgress');
    expect(done.body).toMatchObject({
      status: 'Succeeded',
      startTime: expect.any(String),
      endTime: expect.any(String),
    });
    expect((await call('GET', epPath('lro-ep'))).body.properties.provisioningState).toBe('Succeeded');
  });

  it('PATCH: 202 with Location and no body; the Location answers the updated resource', async () => {
    const patch = await call('PATCH', epPath('lro-ep'), { tags: { stage: 'canary' } });
    expect(patch.status).toBe(202);
    expect(patch.body).toBeUndefined();
    const location = String(patch.headers.location);
    expect(location).toMatch(/\/mfeOperationResults\//);
    const result = await until(location, (a) => a.status !== 202);
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ name: 'lro-ep', tags: { stage: 'canary' } });
    const bad = await call('PATCH', epPath('lro-ep'), { tags: { stage: 'x' }, sku: { name: 'S' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.target).toBe('sku');
  });

  it('regenerateKeys and DELETE: 202 with Location, polled to the end', async () => {
    const regen = await call('POST', `${epPath('lro-ep')}/regenerateKeys`, { keyType: 'Primary' });
    expect(regen.status).toBe(202);
    expect((await until(String(regen.headers.location), (a) => a.status !== 202)).status).toBe(200);
    const badRegen = await call('POST', `${epPath('lro-ep')}/regenerateKeys`, { keyType: 'Tertiary' });
    expect(badRegen.body.error.target).toBe('keyType');
    const del = await call('DELETE', epPath('lro-ep'));
    expect(del.status).toBe(202);
    expect((await until(String(del.headers.location), (a) => a.status !== 202)).status).toBe(200);
    expect((await call('GET', epPath('lro-ep'))).status).toBe(404);
  });
});

describe('the ARM server', () => {
  it('keeps an idle keep-alive socket past 5 s: the next request on it succeeds', async () => {
    // Node's keep-alive agent without a client-side idle timeout: it reuses a free socket as long as it is open.
    const agent = new Agent({ keepAlive: true, ca });
    try {
      const ws = `/subscriptions/${emu.subscriptionId}/resourceGroups/${emu.resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/dev`;
      const first = await call('GET', ws, undefined, agent);
      expect(first.status).toBe(200);
      expect(first.headers['keep-alive']).toBe('timeout=65');
      await new Promise((r) => setTimeout(r, 5_500));
      const second = await call('GET', ws, undefined, agent);
      expect(second.status).toBe(200);
      expect(second.reusedSocket).toBe(true);
    } finally {
      agent.destroy();
    }
  }, 20_000);

  it('answers a 10 MB body with 413 in ARM’s envelope, not a dropped connection', async () => {
    const big = JSON.stringify({ ...endpoint, tags: { pad: 'x'.repeat(10 * 1024 * 1024) } });
    const a = await call('PUT', epPath('big-ep'), big);
    expect(a.status).toBe(413);
    expect(a.body.error).toMatchObject({ code: 'RequestEntityTooLarge' });
    expect(a.body.error.message).toMatch(/4 MB/);
    expect((await call('GET', epPath('big-ep'))).status).toBe(404);
  });
});
