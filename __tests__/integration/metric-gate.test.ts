// metric-gate, bundled, against the emulator's prod workspace: the model serving an endpoint is the baseline.
// A better model passes, a worse one fails, "not found" (no endpoint, no live deployment) passes on the threshold
// with "no baseline" said, and anything else (a principal without rights, a serving model without the metric)
// fails the step: ml-ci's old curl lookup read a 403 as "no baseline".
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AzureMachineLearningWorkspaces } from '@azure/arm-machinelearning';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start, type RunningEmulator } from '../../src/emulator/index.js';
import { runBundledAction, type ActionRun } from '../helpers/action-runner.js';
import { emulatorEnv } from '../helpers/emulator-env.js';
import { deploymentBody, registerExample } from '../helpers/emulator-endpoints.js';
import { armClient } from '../helpers/emulator-sdk.js';

const WS = 'prod';
const POLL = { updateIntervalInMs: 50 };
let emu: RunningEmulator;
let admin: AzureMachineLearningWorkspaces;
let work: string;
let servingModelId: string;

const gate = (inputs: Record<string, string>, principal = 'reader'): Promise<ActionRun> =>
  runBundledAction('metric-gate', { inputs, env: emulatorEnv(emu, WS, principal), cwd: work });

/** An endpoint with one deployment of `modelId` taking all the traffic. */
async function serve(endpoint: string, modelId: string, codeId: string): Promise<void> {
  const rg = emu.resourceGroup;
  await admin.onlineEndpoints.beginCreateOrUpdateAndWait(
    rg,
    WS,
    endpoint,
    { location: 'local', properties: { authMode: 'Key' } },
    POLL,
  );
  await admin.onlineDeployments.beginCreateOrUpdateAndWait(
    rg,
    WS,
    endpoint,
    'blue',
    deploymentBody(modelId, codeId),
    POLL,
  );
  await admin.onlineEndpoints.beginCreateOrUpdateAndWait(
    rg,
    WS,
    endpoint,
    { location: 'local', properties: { authMode: 'Key', traffic: { blue: 100 } } },
    POLL,
  );
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'mlops-gate-'));
  emu = await start({ quiet: true });
  admin = armClient(emu);
  const { modelId, codeId } = await registerExample(emu, work, WS);
  // Version 2: the same files, with the metrics register-model records as properties.
  const v1 = await admin.modelVersions.get(emu.resourceGroup, WS, 'diabetes', '1');
  const v2 = await admin.modelVersions.createOrUpdate(emu.resourceGroup, WS, 'diabetes', '2', {
    properties: {
      modelUri: v1.properties.modelUri!,
      modelType: 'custom_model',
      properties: { 'metric.auc': '0.8', 'metric.log_loss': '0.45' },
    },
  });
  servingModelId = v2.id!;
  await serve('diabetes', servingModelId, codeId);
  await serve('no-metrics', modelId, codeId); // version 1: registered without metrics
  await admin.onlineEndpoints.beginCreateOrUpdateAndWait(
    emu.resourceGroup,
    WS,
    'idle',
    { location: 'local', properties: { authMode: 'Key' } },
    POLL,
  );
  writeFileSync(join(work, 'better.json'), JSON.stringify({ auc: 0.85, log_loss: 0.4 }));
  writeFileSync(join(work, 'worse.json'), JSON.stringify({ auc: 0.75, log_loss: 0.5 }));
}, 180_000);

afterAll(async () => {
  await emu?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('metric-gate against the model serving in prod', () => {
  it('passes a better model, naming the baseline model in the outputs and the summary', async () => {
    const run = await gate({ metrics: 'better.json', metric: 'auc', threshold: '0.7', endpoint: 'diabetes' });
    expect(run.log).not.toMatch(/::error::/);
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toEqual({
      passed: 'true',
      metric: '0.85',
      baseline: '0.8',
      'baseline-model': servingModelId,
      'baseline-deployment': 'blue',
    });
    expect(run.summary).toContain('Metric gate passed: auc = 0.85');
    expect(run.summary).toContain(servingModelId);
  }, 60_000);

  it('fails a worse model (and one not better by min-improvement), after writing its outputs', async () => {
    const worse = await gate({
      metrics: 'worse.json',
      metric: 'auc',
      threshold: '0.7',
      endpoint: 'diabetes',
    });
    expect(worse.exitCode).toBe(1);
    expect(worse.log).toMatch(
      /::error::The metric gate failed: auc=0.75 \(maximize\); baseline needs >= 0.8\./,
    );
    expect(worse.outputs).toMatchObject({ passed: 'false', baseline: '0.8' });
    expect(worse.summary).toContain('Metric gate FAILED');
    const notEnough = await gate({
      metrics: 'better.json',
      metric: 'auc',
      endpoint: 'diabetes',
      'min-improvement': '0.1',
    });
    expect(notEnough.exitCode).toBe(1);
    expect(notEnough.log).toMatch(/baseline needs >= 0\.9/);
    // minimize: a lower log_loss than the baseline's 0.45 passes, a higher one fails.
    const lower = await gate({
      metrics: 'better.json',
      metric: 'log_loss',
      goal: 'minimize',
      endpoint: 'diabetes',
    });
    expect(lower.exitCode).toBe(0);
    const higher = await gate({
      metrics: 'worse.json',
      metric: 'log_loss',
      goal: 'minimize',
      endpoint: 'diabetes',
    });
    expect(higher.exitCode).toBe(1);
    expect(higher.log).toMatch(/baseline needs <= 0\.45/);
  }, 120_000);

  it('fails the step when the principal may not read prod (403), instead of reading it as no baseline', async () => {
    const run = await gate(
      { metrics: 'better.json', metric: 'auc', threshold: '0.7', endpoint: 'diabetes' },
      'data-scientist',
    );
    expect(run.exitCode).toBe(1);
    expect(run.log).toMatch(/::error::.*is not allowed to .* in workspace 'prod'.*403 AuthorizationFailed/);
    expect(run.log).not.toMatch(/No baseline/);
    expect(run.outputs).toEqual({});
  }, 60_000);

  it.each([
    ['no-such-endpoint', /No baseline: endpoint 'no-such-endpoint' does not exist in workspace 'prod'/],
    ['idle', /No baseline: endpoint 'idle' in workspace 'prod' .* has no deployment taking live traffic/],
  ])(
    'passes on the threshold with "no baseline" said when %s has no serving model',
    async (endpoint, said) => {
      const run = await gate({ metrics: 'worse.json', metric: 'auc', threshold: '0.7', endpoint });
      expect(run.exitCode).toBe(0);
      expect(run.log).toMatch(said);
      expect(run.summary.replaceAll('&#39;', "'")).toMatch(said);
      expect(run.outputs).toMatchObject({ passed: 'true', baseline: '', 'baseline-model': '' });
      // ...and still applies the threshold.
      const below = await gate({ metrics: 'worse.json', metric: 'auc', threshold: '0.8', endpoint });
      expect(below.exitCode).toBe(1);
      expect(below.log).toMatch(/threshold needs >= 0\.8/);
    },
    60_000,
  );

  it('fails when the serving model has no recorded value of the metric', async () => {
    const run = await gate({
      metrics: 'better.json',
      metric: 'auc',
      threshold: '0.7',
      endpoint: 'no-metrics',
    });
    expect(run.exitCode).toBe(1);
    expect(run.log).toMatch(
      /Model diabetes version 1, serving endpoint 'no-metrics', has no property 'metric\.auc'/,
    );
    const unknown = await gate({ metrics: 'better.json', metric: 'auc2', endpoint: 'diabetes' });
    expect(unknown.exitCode).toBe(1);
    expect(unknown.log).toMatch(
      /Input 'metric': 'auc2' is not in the metrics of better\.json \(it has: auc, log_loss\)/,
    );
  }, 60_000);

  it("gates a package folder on its manifest's metrics, as ml-ci passes it", async () => {
    writeFileSync(join(work, 'metrics.json'), JSON.stringify({ auc: 0.9 }));
    const pkg = await runBundledAction('package-model', {
      inputs: {
        'model-path': join(work, 'out', 'model'),
        name: 'diabetes',
        'metrics-file': 'metrics.json',
        'output-path': join(work, 'package'),
      },
      cwd: work,
    });
    expect(pkg.exitCode).toBe(0);
    const run = await gate({ metrics: 'package', metric: 'auc', endpoint: 'diabetes' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ metric: '0.9', baseline: '0.8' });
  }, 60_000);

  it('refuses inputs before any call: nothing to gate on, a bad goal, a missing metrics file', async () => {
    const mark = emu.requests.length;
    writeFileSync(join(work, 'passwd-like.json'), 'root:x:0:0:root:/root:/bin/bash\n');
    for (const [inputs, message] of [
      [{ metrics: 'better.json', metric: 'auc' }, /Give the input 'threshold', 'endpoint'.*or both/],
      [
        { metrics: 'better.json', metric: 'auc', threshold: '1', goal: 'up' },
        /Input 'goal': 'up' is not maximize/,
      ],
      [
        { metrics: 'nope.json', metric: 'auc', endpoint: 'diabetes' },
        /Input 'metrics': .*nope\.json does not exist/,
      ],
      // Issue 10: a file outside the workspace is refused, and a file's content is never echoed.
      [
        { metrics: '/etc/passwd', metric: 'auc', threshold: '1' },
        /Input 'metrics': .* is outside the workspace/,
      ],
      [
        { metrics: 'passwd-like.json', metric: 'auc', threshold: '1' },
        /Input 'metrics': .*passwd-like\.json is not valid JSON at line 1, column 1: a value should start here/,
      ],
    ] as const) {
      const run = await gate(inputs);
      expect(run.exitCode).toBe(1);
      expect(run.log).toMatch(message);
      expect(run.log).not.toContain('root:x:0:0');
    }
    expect(emu.requests.length).toBe(mark);
  }, 60_000);
});
