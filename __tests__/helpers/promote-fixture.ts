// The scene of the promote tests: the diabetes example trained, registered and deployed as blue (all traffic)
// in a fresh emulator, with helpers to run the bundled actions, read the endpoint and keep clients scoring.
import { afterAll, beforeAll, expect } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start, type RunningEmulator } from '../../src/emulator/index.js';
import { repoRoot, runBundledAction, type ActionRun, type RunActionOptions } from './action-runner.js';
import { armCall } from './emulator-arm-call.js';
import { emulatorEnv } from './emulator-env.js';
import { armClient } from './emulator-sdk.js';

export const EP = 'diabetes-endpoint';
const ROW = [59, 2, 32.1, 101, 157, 93.2, 38, 4, 4.86, 87];

export interface PromoteScene {
  emu: RunningEmulator;
  work: string;
  runs: ActionRun[];
}

type Extra = Pick<RunActionOptions, 'onLog' | 'signal'>;

/** Sets the scene up in beforeAll (then `setup` runs) and tears it down in afterAll. */
export function promoteScene(setup?: (scene: PromoteScene) => Promise<void>): PromoteScene {
  const scene = { runs: [] } as unknown as PromoteScene;
  beforeAll(async () => {
    scene.work = mkdtempSync(join(tmpdir(), 'mlops-promote-'));
    cpSync(join(repoRoot, 'examples', 'diabetes'), join(scene.work, 'diabetes'), { recursive: true });
    execFileSync('python3', [join(scene.work, 'diabetes', 'train.py'), '--output', join(scene.work, 'out')], {
      stdio: 'ignore',
    });
    scene.emu = await start({ quiet: true });
    const registered = await action(scene, 'register-model', {
      'model-path': join(scene.work, 'out', 'model'),
      name: 'diabetes-classifier',
    });
    expectEnd(registered, 0);
    expectEnd(await deploy(scene, { traffic: 'all' }), 0);
    await setup?.(scene);
  }, 240_000);
  afterAll(async () => {
    await scene.emu?.stop();
    if (scene.work) rmSync(scene.work, { recursive: true, force: true });
  });
  return scene;
}

/** The run's exit code (and decision), with its log in the failure message when they are not as expected. */
export function expectEnd(run: ActionRun, exitCode: number, decision?: string): void {
  expect({ exitCode: run.exitCode, decision: run.outputs.decision, log: run.log }).toMatchObject({
    exitCode,
    ...(decision ? { decision } : {}),
  });
}

export async function action(
  scene: PromoteScene,
  name: string,
  inputs: Record<string, string>,
  extra: Extra = {},
): Promise<ActionRun> {
  const run = await runBundledAction(name, {
    inputs,
    env: emulatorEnv(scene.emu),
    cwd: scene.work,
    ...extra,
  });
  scene.runs.push(run);
  return run;
}

export const deploy = (scene: PromoteScene, inputs: Record<string, string>): Promise<ActionRun> =>
  action(scene, 'deploy-endpoint', {
    'endpoint-file': 'diabetes/endpoint.yml',
    'deployment-file': 'diabetes/deployment.yml',
    'timeout-minutes': '2',
    ...inputs,
  });

export const promote = (
  scene: PromoteScene,
  inputs: Record<string, string>,
  extra: Extra = {},
): Promise<ActionRun> =>
  action(
    scene,
    'promote',
    { endpoint: EP, requests: 'diabetes/smoke/requests.json', 'step-interval-seconds': '1', ...inputs },
    extra,
  );

/** The endpoint's path over ARM (the SDK's 2022-10-01 model has no mirrorTraffic, so the tests read it raw). */
export const endpointPath = (scene: PromoteScene): string =>
  `/subscriptions/${scene.emu.subscriptionId}/resourceGroups/${scene.emu.resourceGroup}/providers/` +
  `Microsoft.MachineLearningServices/workspaces/dev/onlineEndpoints/${EP}`;

export interface EndpointState {
  traffic: Record<string, number>;
  mirrorTraffic: Record<string, number>;
  tags: Record<string, string>;
}

/** The endpoint's traffic, mirror traffic and tags, read over ARM. */
export async function endpointState(scene: PromoteScene): Promise<EndpointState> {
  const answer = await armCall(scene.emu, 'GET', endpointPath(scene));
  expect(answer.status).toBe(200);
  return {
    traffic: answer.body.properties.traffic ?? {},
    mirrorTraffic: answer.body.properties.mirrorTraffic ?? {},
    tags: answer.body.tags ?? {},
  };
}

export async function deploymentNames(scene: PromoteScene): Promise<string[]> {
  const out: string[] = [];
  for await (const d of armClient(scene.emu).onlineDeployments.list(scene.emu.resourceGroup, 'dev', EP))
    out.push(d.name!);
  return out.sort();
}

/** The writes (not GETs, keys or logs) the emulator saw since request number `from`. */
export const writes = (scene: PromoteScene, from: number): string[] =>
  scene.emu.requests
    .slice(from)
    .filter((r) => r.method !== 'GET' && !/listKeys|getLogs/.test(r.path))
    .map((r) => `${r.method} ${r.path}`);

/** Clients scoring through the endpoint (no header) until stopped: every answer that is not 200 is counted. */
export function clientTraffic(scene: PromoteScene): {
  stop: () => Promise<{ sent: number; failed: string[] }>;
} {
  const { emu } = scene;
  let running = true;
  const failed: string[] = [];
  let sent = 0;
  const loop = (async () => {
    const key = (await armClient(emu).onlineEndpoints.listKeys(emu.resourceGroup, 'dev', EP)).primaryKey!;
    while (running) {
      sent++;
      try {
        const res = await fetch(`${emu.gatewayEndpoint}/dev/${EP}/score`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
          body: JSON.stringify({ data: [ROW] }),
        });
        const text = await res.text();
        if (res.status !== 200)
          failed.push(`${res.status} ${res.headers.get('azureml-model-deployment')}: ${text}`);
      } catch (error) {
        failed.push(String(error));
      }
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return { sent, failed };
    },
  };
}
