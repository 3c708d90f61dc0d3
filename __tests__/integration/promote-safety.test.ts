// promote under kills and concurrent writers (issue 10, defects 1 and 2): a bundled promote killed (SIGKILL) at
// 50/50 is recovered by a rerun (rollback and resume), two promotes at once never both report promoted, and a
// change of the mirror map by another writer aborts the run. Clients score through the gateway throughout.
// @slow: rollouts killed and resumed (about 50 s); __tests__/setup/sequencer.js starts it first.
import { describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ActionRun } from '../helpers/action-runner.js';
import { armCall } from '../helpers/emulator-arm-call.js';
import {
  action,
  clientTraffic,
  deploy,
  deploymentNames,
  endpointPath,
  endpointState,
  EP,
  expectEnd,
  promote as promoteIn,
  promoteScene,
  type EndpointState,
} from '../helpers/promote-fixture.js';

const scene = promoteScene(async (s) => {
  expect((await deploy(s, { deployment: 'green' })).exitCode).toBe(0);
});

// These tests are about who writes the endpoint, not about latency: a loaded runner's noise must not roll back.
const promote: typeof promoteIn = (scene, inputs, extra) =>
  promoteIn(scene, { 'max-latency-ratio': '100', ...inputs }, extra);

const live = (map: Record<string, number>): Record<string, number> =>
  Object.fromEntries(Object.entries(map).filter(([, v]) => v > 0));
const recordTags = (state: EndpointState): Record<string, string> =>
  Object.fromEntries(Object.entries(state.tags).filter(([k]) => k.startsWith('mlops.rollout.')));

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Starts a promote, kills it (SIGKILL) as soon as the endpoint is at 50/50 with its record, and returns the run. */
async function promoteKilledAt5050(deployment: string, other: string): Promise<ActionRun> {
  const killer = new AbortController();
  const running = promote(
    scene,
    { deployment, steps: '50,100', 'step-interval-seconds': '60' },
    { signal: killer.signal },
  );
  let ended: ActionRun | undefined;
  void running.then((run) => (ended = run));
  await until('50/50', async () => {
    if (ended) throw new Error(`promote ended before 50/50 (exit ${ended.exitCode}):\n${ended.log}`);
    const s = await endpointState(scene);
    return s.traffic[deployment] === 50 && s.traffic[other] === 50 && s.tags['mlops.rollout.step'] === '1';
  });
  killer.abort();
  return running;
}

describe('promote under kills and concurrent writers', () => {
  it('a promote killed at 50/50 leaves a record that every action names; a rerun rolls it back and promotes (on-interrupted: rollback)', async () => {
    const clients = clientTraffic(scene);
    const killed = await promoteKilledAt5050('green', 'blue');
    expect(killed.exitCode).toBe(-1);
    const mid = await endpointState(scene);
    expect(live(mid.traffic)).toEqual({ blue: 50, green: 50 });
    expect(recordTags(mid)).toMatchObject({
      'mlops.rollout.candidate': 'green',
      'mlops.rollout.baselines': 'blue',
      'mlops.rollout.traffic': '{"blue":100}',
      'mlops.rollout.mirror': '{}',
      'mlops.rollout.steps': '50,100',
      'mlops.rollout.step': '1',
    });
    expect(mid.tags['mlops.rollout.run']).toMatch(/^99\.1-[0-9a-f]{6}$/);
    for (const value of Object.values(mid.tags)) expect(value.length).toBeLessThanOrEqual(256);

    const smoke = await action(scene, 'smoke-test', {
      endpoint: EP,
      requests: 'diabetes/smoke/requests.json',
    });
    expect(smoke.log).toMatch(
      /::warning::Endpoint diabetes-endpoint is mid-rollout: green, step 1\/2 \(50%\), started \S+ by run 99\.1-/,
    );

    writeFileSync(join(scene.work, 'metrics.json'), JSON.stringify({ r2: 0.5 }));
    const gate = await action(scene, 'metric-gate', {
      metrics: 'metrics.json',
      metric: 'r2',
      threshold: '0',
      endpoint: EP,
    });
    expect(gate.log).toMatch(/::warning::Endpoint diabetes-endpoint is mid-rollout: green, step 1\/2/);

    // The rerun of the pipeline: deploy-endpoint's traffic output is now the 50/50 it found.
    const rerun = await promote(scene, {
      deployment: 'green',
      steps: 'mirror:20,100',
      'expected-traffic': '{"blue":50,"green":50}',
    });
    const traffic = await clients.stop();
    expectEnd(rerun, 0, 'promoted');
    expect(rerun.log).toMatch(/Rolling back run 99\.1-\w+'s rollout of green, step 1\/2 \(50%\)/);
    const report = JSON.parse(rerun.outputs.report!);
    // It restored blue 100% first: its own rollout started there, with a mirror step.
    expect(report.startTraffic).toEqual({ blue: 100 });
    expect(report.steps.map((s: { step: string }) => s.step)).toEqual(['mirror 20%', '100%']);
    expect(report.recovery).toMatch(/on-interrupted: rollback/);
    const end = await endpointState(scene);
    expect(live(end.traffic)).toEqual({ green: 100 });
    expect(live(end.mirrorTraffic)).toEqual({});
    expect(recordTags(end)).toEqual({});
    expect(await deploymentNames(scene)).toEqual(['green']);
    expect(rerun.summary).toMatch(/Interrupted rollout/);
    expect(traffic.sent).toBeGreaterThan(20);
    expect(traffic.failed).toEqual([]);
  }, 240_000);

  it('a rerun with on-interrupted: resume continues the killed rollout from its step', async () => {
    expect((await deploy(scene, {})).exitCode).toBe(0); // blue again, at 0%
    const clients = clientTraffic(scene);
    const killed = await promoteKilledAt5050('blue', 'green');
    expect(killed.exitCode).toBe(-1);
    const rerun = await promote(scene, {
      deployment: 'blue',
      steps: 'mirror:10,100',
      'on-interrupted': 'resume',
    });
    const traffic = await clients.stop();
    expectEnd(rerun, 0, 'promoted');
    expect(rerun.log).toMatch(/Resuming run 99\.1-\w+'s rollout of blue, step 1\/2 \(50%\)/);
    const report = JSON.parse(rerun.outputs.report!);
    // The recorded steps from the one it was killed in, not this run's steps input.
    expect(report.steps.map((s: { step: string }) => s.step)).toEqual(['50%', '100%']);
    expect(report.startTraffic).toEqual({ green: 100 });
    expect(report.retired).toEqual(['green']);
    const end = await endpointState(scene);
    expect(live(end.traffic)).toEqual({ blue: 100 });
    expect(recordTags(end)).toEqual({});
    expect(traffic.failed).toEqual([]);
  }, 240_000);

  it('two promotes at once with the same expected-traffic: at most one promoted, the other aborted with the diff', async () => {
    for (const d of ['cyan', 'lime']) expect((await deploy(scene, { deployment: d })).exitCode).toBe(0);
    const clients = clientTraffic(scene);
    const runs = await Promise.all(
      ['cyan', 'lime'].map((deployment) =>
        promote(scene, {
          deployment,
          steps: 'mirror:20,50,100',
          'step-interval-seconds': '2',
          'expected-traffic': '{"blue":100}',
        }),
      ),
    );
    const traffic = await clients.stop();
    const promoted = runs.filter((r) => r.outputs.decision === 'promoted');
    expect(promoted.length).toBeLessThanOrEqual(1);
    for (const run of runs.filter((r) => r.outputs.decision !== 'promoted')) {
      expectEnd(run, 1, 'aborted');
      expect(run.log).toMatch(
        /another writer changed the endpoint: .*(traffic|mirror|rollout record) .*->|Input 'expected-traffic'/,
      );
    }
    const end = await endpointState(scene);
    const sum = Object.values(end.traffic).reduce((a, b) => a + b, 0);
    expect([0, 100]).toContain(sum);
    for (const run of runs) {
      const claimed = /Decision: promoted\. Traffic (\{.*\})/.exec(run.log);
      if (!claimed) continue;
      const mine = run === runs[0] ? 'cyan' : 'lime';
      expect(live(JSON.parse(claimed[1]!))).toEqual({ [mine]: 100 });
      expect(live(end.traffic)).toEqual({ [mine]: 100 });
    }
    expect(traffic.failed).toEqual([]);
  }, 240_000);

  it('a change of the mirror map by another writer aborts the run and is left as that writer set it', async () => {
    const start = await endpointState(scene);
    const [owner] = Object.keys(live(start.traffic));
    const candidate = (await deploymentNames(scene)).find((d) => d !== owner)!;
    const running = promote(scene, {
      deployment: candidate,
      steps: 'mirror:20,100',
      'step-interval-seconds': '8',
    });
    await until('the mirror step', async () => (await endpointState(scene)).mirrorTraffic[candidate] === 20);
    // The other writer, as any ARM client: a 409 (the promote's own update still in progress) is tried again.
    let put = { status: 0 };
    for (let attempt = 0; attempt < 50; attempt++) {
      const current = (await armCall(scene.emu, 'GET', endpointPath(scene))).body;
      put = await armCall(scene.emu, 'PUT', endpointPath(scene), {
        body: {
          location: current.location,
          tags: current.tags,
          identity: { type: current.identity.type },
          properties: {
            authMode: current.properties.authMode,
            traffic: current.properties.traffic,
            mirrorTraffic: {},
          },
        },
      });
      if (put.status !== 409) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(put.status).toBe(200);
    const run = await running;
    expectEnd(run, 1, 'aborted');
    expect(run.log).toMatch(new RegExp(`another writer changed the endpoint: mirror ${candidate} 20% -> 0%`));
    expect(run.summary).toMatch(/Aborted: /);
    const end = await endpointState(scene);
    expect(live(end.traffic)).toEqual(live(start.traffic));
    expect(live(end.mirrorTraffic)).toEqual({});
    expect(await deploymentNames(scene)).toContain(candidate);
  }, 120_000);

  it('a rerun for a candidate that failed mid-rollout restores the traffic before the rollout, then fails naming it', async () => {
    const start = await endpointState(scene);
    const [owner] = Object.keys(live(start.traffic));
    expect((await deploy(scene, { deployment: 'teal' })).exitCode).toBe(0);
    const killed = await promoteKilledAt5050('teal', owner!);
    expect(killed.exitCode).toBe(-1);
    // teal fails while it holds half the traffic (on the emulator after a restart that lost its files, say): here
    // an update whose scoring script does not exist.
    const path = `${endpointPath(scene)}/deployments/teal`;
    const current = (await armCall(scene.emu, 'GET', path)).body;
    const properties = { ...current.properties };
    delete properties.provisioningState;
    const put = await armCall(scene.emu, 'PUT', path, {
      body: {
        location: current.location,
        sku: current.sku,
        properties: {
          ...properties,
          codeConfiguration: { ...properties.codeConfiguration, scoringScript: 'no-such-score.py' },
        },
      },
    });
    expect(put.status).toBeLessThan(300);
    await until(
      'teal Failed',
      async () => (await armCall(scene.emu, 'GET', path)).body.properties.provisioningState === 'Failed',
    );
    const rerun = await promote(scene, {
      deployment: 'teal',
      'expected-traffic': JSON.stringify({ [owner!]: 50, teal: 50 }),
    });
    expect(rerun.exitCode).toBe(1);
    expect(rerun.log).toMatch(
      new RegExp(
        `teal is Failed, not Succeeded; it cannot take traffic\\. Its interrupted rollout was rolled back: traffic ${owner} 100%`,
      ),
    );
    const end = await endpointState(scene);
    expect(live(end.traffic)).toEqual({ [owner!]: 100 });
    expect(live(end.mirrorTraffic)).toEqual({});
    expect(recordTags(end)).toEqual({});
  }, 240_000);
});
