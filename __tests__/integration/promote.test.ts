// promote, bundled, against deployments that deploy-endpoint made in the emulator, under continuous client traffic.
import { describe, expect, it } from '@jest/globals';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AZUREML_API_VERSION } from '../../src/contract/azureml-api.js';
import { watchActionApiVersions } from '../helpers/action-api-versions.js';
import type { ActionRun } from '../helpers/action-runner.js';
import { armClient } from '../helpers/emulator-sdk.js';
import { EmulatorView } from '../helpers/emulator-view.js';
import {
  clientTraffic as clientsOf,
  deploy as deployIn,
  deploymentNames as deploymentsOf,
  endpointState,
  EP,
  expectEnd,
  promote as promoteIn,
  promoteScene,
  writes as writesOf,
} from '../helpers/promote-fixture.js';

const apiVersions = watchActionApiVersions();

const scene = promoteScene(async (s) => {
  // A deployment whose run() fails on every request (init() is fine, so it deploys).
  mkdirSync(join(s.work, 'red-code'));
  writeFileSync(
    join(s.work, 'red-code', 'score.py'),
    readFileSync(join(s.work, 'diabetes', 'score.py'), 'utf8') +
      '\n\ndef run(raw_data):\n    raise ValueError("feature 3 is out of range")\n',
  );
  expect((await deploy({ deployment: 'green' })).exitCode).toBe(0);
});
const deploy = (inputs: Record<string, string>): Promise<ActionRun> => deployIn(scene, inputs);
const promote = (inputs: Record<string, string>): Promise<ActionRun> => promoteIn(scene, inputs);
const endpointTraffic = async (): Promise<Record<string, number>> => (await endpointState(scene)).traffic;
const deploymentNames = (): Promise<string[]> => deploymentsOf(scene);
const writes = (from: number): string[] => writesOf(scene, from);
const clientTraffic = (): ReturnType<typeof clientsOf> => clientsOf(scene);

describe('promote', () => {
  it('refuses to act when the endpoint is not in the expected state, and changes nothing', async () => {
    const mark = scene.emu.requests.length;
    const run = await promote({ deployment: 'green', 'expected-traffic': '{"green":100}' });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.decision).toBe('aborted');
    expect(run.log).toMatch(/Input 'expected-traffic': the endpoint's traffic is blue 100%, not green 100%/);
    expect(writes(mark)).toEqual([]);
    expect(await endpointTraffic()).toEqual({ blue: 100 });
  }, 60_000);

  it.each([
    [{ steps: '10,50' }, 'steps', /does not end at 100/],
    [{ steps: 'mirror:60,100' }, 'steps', /mirrors 1 to 50 percent/],
    [{ steps: '50,20,100' }, 'steps', /must increase/],
    [{ deployment: 'purple' }, 'deployment', /has no deployment purple/],
    [{ 'expected-traffic': '{"blue":"all"}' }, 'expected-traffic', /not a whole percentage/],
    [{ mode: 'yolo' }, 'mode', /not promote or reject/],
  ])(
    'refuses %j naming input %s, and changes nothing',
    async (override, input, message) => {
      const mark = scene.emu.requests.length;
      const run = await promote({ deployment: 'green', ...override });
      expect(run.exitCode).toBe(1);
      expect(run.log).toMatch(new RegExp(`Input '${input}'`));
      expect(run.log).toMatch(message);
      expect(writes(mark)).toEqual([]);
    },
    60_000,
  );

  it('rolls out green in steps under client traffic, retires blue and tags the model; no client request fails', async () => {
    const clients = clientTraffic();
    const run = await promote({
      deployment: 'green',
      steps: 'mirror:20,50,100',
      'expected-traffic': '{"blue":100}',
    });
    const traffic = await clients.stop();
    expectEnd(run, 0, 'promoted');
    expect(JSON.parse(run.outputs.traffic!)).toEqual({ green: 100 });
    const report = JSON.parse(run.outputs.report!);
    expect(report.steps.map((s: { step: string }) => s.step)).toEqual(['mirror 20%', '50%', '100%']);
    for (const s of report.steps) {
      expect(s.analysis.passed).toBe(true);
      expect(s.analysis.candidate.requests).toBeGreaterThan(0);
      expect(s.analysis.baseline.requests).toBeGreaterThan(0);
    }
    // The gateway's figures count the clients too: at 50% green served more than our probes alone.
    expect(report.steps[1].gateway.green.requests).toBeGreaterThan(report.steps[0].gateway.green.requests);
    expect(report.retired).toEqual(['blue']);
    expect(await deploymentNames()).toEqual(['green']);
    const v = (await new EmulatorView(scene.emu).versions('diabetes-classifier', 'dev')).get('1');
    expect(v.tags).toMatchObject({ 'mlops.environment': 'dev', 'mlops.serving': `${EP}/green` });
    expect(run.summary).toMatch(/Promoted: green on diabetes-endpoint/);
    expect(traffic.sent).toBeGreaterThan(20);
    expect(traffic.failed).toEqual([]);
  }, 120_000);

  it('rolls back a deployment that fails its analysis, restoring the traffic, with the figures that decided', async () => {
    expect((await deploy({ deployment: 'red', 'code-path': 'red-code' })).exitCode).toBe(0);
    const clients = clientTraffic();
    const run = await promote({ deployment: 'red', steps: 'mirror:20,100' });
    const traffic = await clients.stop();
    expect(run.exitCode).toBe(1);
    expect(run.outputs.decision).toBe('rolled-back');
    expect(JSON.parse(run.outputs.traffic!)).toEqual({ green: 100 });
    expect(run.log).toMatch(/Rolled back red on diabetes-endpoint: step mirror 20%: error rate 100.00%/);
    const report = JSON.parse(run.outputs.report!);
    expect(report.steps).toHaveLength(1);
    expect(report.steps[0].analysis.candidate.errorRate).toBe(1);
    expect(report.steps[0].analysis.baseline.errorRate).toBe(0);
    expect(await endpointTraffic()).toEqual({ green: 100 });
    expect(run.summary).toMatch(/Rolled back: red/);
    expect(traffic.failed).toEqual([]);
  }, 120_000);

  it('rejects by hand: the traffic goes back to the other deployment', async () => {
    expect((await deploy({ deployment: 'blue', traffic: '30' })).exitCode).toBe(0);
    expect(await endpointTraffic()).toMatchObject({ green: 70, blue: 30 });
    const run = await promote({ deployment: 'blue', mode: 'reject' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.decision).toBe('rejected');
    expect(JSON.parse(run.outputs.traffic!)).toMatchObject({ green: 100, blue: 0 });
  }, 120_000);

  it('never shows an endpoint key in a log or a summary', async () => {
    const keys = await armClient(scene.emu).onlineEndpoints.listKeys(scene.emu.resourceGroup, 'dev', EP);
    for (const run of scene.runs) {
      for (const k of [keys.primaryKey!, keys.secondaryKey!, scene.emu.token]) {
        expect(run.log).not.toContain(k);
        expect(run.summary).not.toContain(k);
      }
    }
  });

  it('calls Azure ML at api-version AZUREML_API_VERSION only, polls included', () => {
    const requests = apiVersions.actionRequests();
    expect(requests.length).toBeGreaterThan(10);
    expect(requests.filter((r) => r.apiVersion !== AZUREML_API_VERSION).map((r) => r.line)).toEqual([]);
  });
});
