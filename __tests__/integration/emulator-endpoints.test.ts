// Online endpoints and deployments in the emulator, driven by the real SDK: the diabetes example is trained,
// uploaded, registered, deployed and scored through the gateway; traffic rules, routing, mirror, failures, logs.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AzureMachineLearningWorkspaces, OnlineDeployment } from '@azure/arm-machinelearning';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { Readable } from 'node:stream';
import { join } from 'node:path';
import { endpointMetricsPath } from '../../src/contract/endpoint-metrics.js';
import { start, type RunningEmulator } from '../../src/emulator/index.js';
import { armCall, type ArmAnswer } from '../helpers/emulator-arm-call.js';
import { armClient } from '../helpers/emulator-sdk.js';
import {
  deploymentBody as exampleDeployment,
  example,
  harnessRunning,
  registerExample,
} from '../helpers/emulator-endpoints.js';

const RG = 'mlops-local';
const WS = 'dev';
const EP = 'diabetes-ep';
const POLL = { updateIntervalInMs: 50 };
const requests = readFileSync(join(example, 'smoke', 'requests.json'), 'utf8');
const expected = JSON.parse(readFileSync(join(example, 'smoke', 'expected.json'), 'utf8')) as {
  predictions: number[];
  probabilities: number[];
};

let emu: RunningEmulator;
let admin: AzureMachineLearningWorkspaces;
let work: string;
let modelId: string;
let codeId: string;
let badCodeId: string;
let key: string;
const agent = new Agent({ keepAlive: true, maxSockets: 8 });

type Answer = Pick<ArmAnswer, 'status' | 'headers' | 'body'>;

/** A raw ARM call (bodies exactly as the test writes them, such as mirrorTraffic maps the service must refuse). */
const arm = (method: string, path: string, body?: unknown): Promise<Answer> =>
  armCall(emu, method, path, { body });

/** POST to the endpoint's scoring URI through the gateway. */
function score(
  options: { key?: string | null; deployment?: string; body?: string; endpoint?: string } = {},
): Promise<Answer> {
  const k = options.key === undefined ? key : options.key;
  const body = options.body ?? requests;
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      `${emu.gatewayEndpoint}/${WS}/${options.endpoint ?? EP}/score`,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(k !== null ? { authorization: `Bearer ${k}` } : {}),
          ...(options.deployment ? { 'azureml-model-deployment': options.deployment } : {}),
        },
      },
      (res) => {
        let out = '';
        res.on('data', (d: Buffer) => (out += d.toString()));
        res.on('end', () => {
          let parsed: unknown = out;
          try {
            parsed = JSON.parse(out);
          } catch {
            /* not JSON */
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: parsed });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * POSTs `total` bytes to the scoring URI, streamed 1 MiB at a time from one reused buffer (never held whole), with
 * or without a Content-Length; resolves once the answer is read and the whole body was sent.
 */
function streamScore(total: number, declare: boolean): Promise<Answer & { sent: number }> {
  const chunk = Buffer.alloc(1 << 20, 0x61);
  let sent = 0;
  const body = new Readable({
    read() {
      if (sent >= total) return void this.push(null);
      const n = Math.min(chunk.length, total - sent);
      sent += n;
      this.push(n === chunk.length ? chunk : chunk.subarray(0, n));
    },
  });
  return new Promise((resolve, reject) => {
    let answer: Answer | undefined;
    let finished = false;
    const done = (): void => {
      if (answer && finished) resolve({ ...answer, sent });
    };
    const req = httpRequest(
      `${emu.gatewayEndpoint}/${WS}/${EP}/score`,
      {
        method: 'POST',
        headers: {
          authorization: `Bearer ${key}`,
          'content-type': 'application/json',
          ...(declare ? { 'content-length': total } : {}),
        },
      },
      (res) => {
        let out = '';
        res.on('data', (d: Buffer) => (out += d.toString()));
        res.on('end', () => {
          answer = { status: res.statusCode ?? 0, headers: res.headers, body: out };
          done();
        });
      },
    );
    req.on('error', reject);
    req.on('finish', () => {
      finished = true;
      done();
    });
    body.pipe(req);
  });
}

const epPath = (name = EP): string =>
  `/subscriptions/${emu.subscriptionId}/resourceGroups/${RG}/providers/Microsoft.MachineLearningServices/workspaces/${WS}/onlineEndpoints/${name}`;

function deploymentBody(code = codeId): OnlineDeployment {
  return exampleDeployment(modelId, code);
}

async function setTraffic(
  traffic: Record<string, number>,
  mirrorTraffic?: Record<string, number>,
): Promise<Answer> {
  const answer = await arm('PUT', epPath(), {
    location: 'local',
    properties: { authMode: 'Key', traffic, ...(mirrorTraffic ? { mirrorTraffic } : {}) },
  });
  if (answer.status < 300) {
    for (let i = 0; i < 100; i++) {
      const ep = await admin.onlineEndpoints.get(RG, WS, EP);
      if (ep.properties.provisioningState === 'Succeeded') break;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
  return answer;
}

/** The gateway's metrics route of the endpoint, with the given credential (the endpoint's key by default). */
const metricsAnswer = (credential: string | null = key, endpoint = EP): Promise<Response> =>
  fetch(`${emu.gatewayEndpoint}${endpointMetricsPath(WS, endpoint)}`, {
    headers: credential === null ? {} : { authorization: `Bearer ${credential}` },
  });

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const metrics = async (): Promise<any> => {
  const answer = await metricsAnswer();
  expect(answer.status).toBe(200);
  return answer.json();
};

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'mlops-endpoints-'));
  emu = await start({ quiet: true });
  admin = armClient(emu);
  ({ modelId, codeId, badCodeId } = await registerExample(emu, work));
}, 60_000);

afterAll(async () => {
  agent.destroy();
  await emu?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('online endpoints in the emulator', () => {
  it('creates an endpoint as a long-running operation with its scoring URI and keys', async () => {
    const created = await admin.onlineEndpoints.beginCreateOrUpdateAndWait(
      RG,
      WS,
      EP,
      { location: 'local', properties: { authMode: 'Key' } },
      POLL,
    );
    expect(created.properties.provisioningState).toBe('Succeeded');
    expect(created.properties.scoringUri).toBe(`${emu.gatewayEndpoint}/${WS}/${EP}/score`);
    expect(created.properties.traffic).toEqual({});
    const keys = await admin.onlineEndpoints.listKeys(RG, WS, EP);
    expect(keys.primaryKey).toBeTruthy();
    expect(keys.secondaryKey).not.toBe(keys.primaryKey);
    key = keys.primaryKey!;
    const raw = await arm('PUT', epPath('x'), { location: 'local', properties: { authMode: 'Key' } });
    expect(raw.status).toBe(400);
    expect(raw.body.error.target).toBe('name');
  });

  it('deploys the diabetes example and serves its predictions through the gateway', async () => {
    const initial = await arm('PUT', `${epPath()}/deployments/blue`, deploymentBody());
    expect(initial.status).toBe(201);
    expect(initial.headers['azure-asyncoperation']).toMatch(/mfeOperationsStatus/);
    expect(initial.body.properties.provisioningState).toBe('Creating');
    // No change while it is being created.
    const busy = await arm('PUT', `${epPath()}/deployments/blue`, deploymentBody());
    expect(busy.status).toBe(409);
    const poller = await admin.onlineDeployments.beginCreateOrUpdate(
      RG,
      WS,
      EP,
      'green',
      deploymentBody(),
      POLL,
    );
    const green = await poller.pollUntilDone();
    expect(green.properties.provisioningState).toBe('Succeeded');
    for (let i = 0; i < 200; i++) {
      if ((await admin.onlineDeployments.get(RG, WS, EP, 'blue')).properties.provisioningState !== 'Creating')
        break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect((await admin.onlineDeployments.get(RG, WS, EP, 'blue')).properties.provisioningState).toBe(
      'Succeeded',
    );

    expect((await score()).status).toBe(404); // no deployment takes traffic yet
    expect((await setTraffic({ blue: 100 })).status).toBe(200);
    const answer = await score();
    expect(answer.status).toBe(200);
    expect(answer.headers['azureml-model-deployment']).toBe('blue');
    expect(answer.body.predictions).toEqual(expected.predictions);
    answer.body.probabilities.forEach((p: number, i: number) =>
      expect(p).toBeCloseTo(expected.probabilities[i]!, 4),
    );
    const bad = await score({ body: '{"data": "nope"}' });
    expect(bad.status).toBe(424);
    expect(bad.headers['ms-azureml-model-error-statuscode']).toBe('500');
    const logs = await admin.onlineDeployments.getLogs(RG, WS, EP, 'blue', {
      containerType: 'StorageInitializer',
    });
    expect(logs.content).toMatch(/Downloading model diabetes:1/);
  });

  it('checks the key: 401 without one or with a wrong one; regenerated keys replace the old', async () => {
    expect((await score({ key: null })).status).toBe(401);
    expect((await score({ key: 'wrong' })).status).toBe(401);
    // A Key endpoint takes its keys only, not an AML token (emulator-serving.test.ts covers the other modes).
    const token = await admin.onlineEndpoints.getToken(RG, WS, EP);
    expect((await score({ key: token.accessToken! })).status).toBe(401);
    await admin.onlineEndpoints.beginRegenerateKeysAndWait(RG, WS, EP, { keyType: 'Secondary' }, POLL);
    const before = (await admin.onlineEndpoints.listKeys(RG, WS, EP)).secondaryKey!;
    await admin.onlineEndpoints.beginRegenerateKeysAndWait(RG, WS, EP, { keyType: 'Secondary' }, POLL);
    const after = (await admin.onlineEndpoints.listKeys(RG, WS, EP)).secondaryKey!;
    expect(after).not.toBe(before);
    expect((await score({ key: before })).status).toBe(401);
    expect((await score({ key: after })).status).toBe(200);
  });

  it('answers the metrics route only with the endpoint key, as scoring does', async () => {
    for (const credential of [null, 'wrong']) {
      const refused = await metricsAnswer(credential);
      expect(refused.status).toBe(401);
      expect(refused.headers.get('www-authenticate')).toBe('Bearer');
      const text = await refused.text();
      expect(text).toMatch(/one of the endpoint keys/);
      expect(text).not.toMatch(/deployments/);
    }
    // An AML token (what ARM's getToken hands out) is not a key of a Key endpoint.
    const token = await admin.onlineEndpoints.getToken(RG, WS, EP);
    expect((await metricsAnswer(token.accessToken!)).status).toBe(401);
    expect((await metricsAnswer(key, 'no-such-ep')).status).toBe(404);
    const answer = await metricsAnswer(key);
    expect(answer.status).toBe(200);
    expect(Object.keys(((await answer.json()) as { deployments: object }).deployments)).toContain('blue');
  });

  it('answers 413 for a body over 1.5 MB, reading it to the end without keeping it', async () => {
    const rssBefore = process.memoryUsage().rss;
    const total = 200 * 1024 * 1024;
    for (const declare of [true, false]) {
      const answer = await streamScore(total, declare);
      expect(answer.status).toBe(413);
      expect(answer.sent).toBe(total); // read to the end: the client was not cut off mid-body
      expect(JSON.parse(answer.body as string).message).toMatch(/over the 1572864 bytes \(1\.5 MB\)/);
      if (declare) expect(answer.body).toMatch(/209715200 bytes/);
    }
    // The emulator runs in this process: a body kept whole anywhere would add at least its 200 MB here. Chunks
    // passing through and not yet collected add up to about 100 MB on a loaded runner (105.8 MB measured), so the
    // bound sits between the two.
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(160 * 1024 * 1024);
    // Just under the limit, the body reaches the model (which refuses what it cannot read: 424).
    const under = await streamScore(1024 * 1024, false);
    expect(under.status).toBe(424);
    expect((await score()).status).toBe(200);
  }, 60_000);

  it('enforces the traffic rules with 400s naming the field', async () => {
    const cases: Array<[Record<string, number>, Record<string, number> | undefined, string, RegExp]> = [
      [{ blue: 60, green: 30 }, undefined, 'properties.traffic', /sum to 90/],
      [{ blue: 100, purple: 0 }, undefined, 'properties.traffic', /'purple'/],
      [{ blue: 100 }, { green: 60 }, 'properties.mirrorTraffic', /at most 50%/],
      [{ blue: 100 }, { blue: 10 }, 'properties.mirrorTraffic', /live traffic/],
      [{ blue: 100 }, { green: 10, blue: 5 }, 'properties.mirrorTraffic', /one deployment/],
    ];
    for (const [traffic, mirror, target, message] of cases) {
      const answer = await setTraffic(traffic, mirror);
      expect(answer.status).toBe(400);
      expect(answer.body.error.target).toBe(target);
      expect(answer.body.error.message).toMatch(message);
    }
    const ep = await admin.onlineEndpoints.get(RG, WS, EP);
    expect(ep.properties.traffic).toEqual({ blue: 100 });
    // A deployment with live traffic cannot be deleted.
    const del = await arm('DELETE', `${epPath()}/deployments/blue`);
    expect(del.status).toBe(400);
  });

  it('routes by the header to a 0% deployment, and only through it', async () => {
    await setTraffic({ blue: 100, green: 0 });
    const plain = await Promise.all(Array.from({ length: 30 }, () => score()));
    expect(plain.every((a) => a.headers['azureml-model-deployment'] === 'blue')).toBe(true);
    const routed = await score({ deployment: 'green' });
    expect(routed.status).toBe(200);
    expect(routed.headers['azureml-model-deployment']).toBe('green');
    expect(routed.body.predictions).toEqual(expected.predictions);
    expect((await score({ deployment: 'purple' })).status).toBe(404);
    const figures = await metrics();
    expect(figures.deployments.green.requests).toBe(1);
    expect(figures.deployments.blue.statusCodes['200']).toBeGreaterThanOrEqual(30);
    expect(figures.deployments.blue.latencyMs.p99).toBeGreaterThan(0);
  });

  it('splits traffic 70/30 within tolerance and mirrors the configured share', async () => {
    await setTraffic({ blue: 70, green: 30 });
    const served: Record<string, number> = { blue: 0, green: 0 };
    for (let batch = 0; batch < 10; batch++) {
      const answers = await Promise.all(Array.from({ length: 40 }, () => score()));
      for (const a of answers) {
        expect(a.status).toBe(200);
        served[String(a.headers['azureml-model-deployment'])]!++;
      }
    }
    // 400 draws at p = 0.7: sd ~ 9.2; 5 sd either side.
    expect(served.blue).toBeGreaterThan(280 - 46);
    expect(served.blue).toBeLessThan(280 + 46);
    expect(served.blue! + served.green!).toBe(400);

    await setTraffic({ blue: 100, green: 0 }, { green: 20 });
    const before = (await metrics()).deployments.green;
    const answers = await Promise.all(Array.from({ length: 100 }, () => score()));
    expect(answers.every((a) => a.headers['azureml-model-deployment'] === 'blue')).toBe(true);
    const after = (await metrics()).deployments.green;
    const mirrored = after.mirrored - before.mirrored;
    expect(mirrored).toBeGreaterThan(3);
    expect(mirrored).toBeLessThan(45);
    expect(after.requests).toBe(before.requests);
    await setTraffic({ blue: 100 });
  });

  it('fails a deployment whose init() raises, with the traceback in its logs', async () => {
    await expect(
      admin.onlineDeployments.beginCreateOrUpdateAndWait(
        RG,
        WS,
        EP,
        'broken',
        deploymentBody(badCodeId),
        POLL,
      ),
    ).rejects.toThrow(/crashed or terminated/);
    const broken = await admin.onlineDeployments.get(RG, WS, EP, 'broken');
    expect(broken.properties.provisioningState).toBe('Failed');
    const logs = await admin.onlineDeployments.getLogs(RG, WS, EP, 'broken', {
      containerType: 'InferenceServer',
    });
    expect(logs.content).toMatch(/Traceback/);
    expect(logs.content).toMatch(/RuntimeError: model file is corrupt: boom/);
    const tail = await admin.onlineDeployments.getLogs(RG, WS, EP, 'broken', {
      containerType: 'InferenceServer',
      tail: 1,
    });
    expect(tail.content!.trim().split('\n')).toHaveLength(1);
    // The endpoint's traffic is untouched; the failed one cannot take traffic through the header.
    expect((await admin.onlineEndpoints.get(RG, WS, EP)).properties.traffic).toEqual({ blue: 100 });
    expect((await score({ deployment: 'broken' })).status).toBe(503);
    await admin.onlineDeployments.beginDeleteAndWait(RG, WS, EP, 'broken', POLL);
  });

  it('deleting a deployment stops its inference server', async () => {
    expect(harnessRunning(WS, EP, 'green')).toBe(true);
    await admin.onlineDeployments.beginDeleteAndWait(RG, WS, EP, 'green', POLL);
    expect(harnessRunning(WS, EP, 'green')).toBe(false);
    await expect(admin.onlineDeployments.get(RG, WS, EP, 'green')).rejects.toMatchObject({ statusCode: 404 });
    expect((await score({ deployment: 'green' })).status).toBe(404);
    const list = [];
    for await (const d of admin.onlineDeployments.list(RG, WS, EP)) list.push(d.name);
    expect(list).toEqual(['blue']);
  });

  it('deleting the endpoint stops everything under it', async () => {
    await setTraffic({});
    await admin.onlineEndpoints.beginDeleteAndWait(RG, WS, EP, POLL);
    expect(harnessRunning(WS, EP, 'blue')).toBe(false);
    expect((await score()).status).toBe(404);
    await expect(admin.onlineEndpoints.get(RG, WS, EP)).rejects.toMatchObject({ statusCode: 404 });
  });
});
