// The README's main command, run as a user runs it: `node -- bin/mlops.js demo` (what `npm run demo` does),
// then the emulator's state it left behind, read back from the same data directory.
// @slow: four runs of the demo (about 90 s alone); __tests__/setup/sequencer.js starts it first.
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start } from '../../src/emulator/index.js';
import { repoRoot } from '../helpers/action-runner.js';
import { armClient } from '../helpers/emulator-sdk.js';
import { EmulatorView } from '../helpers/emulator-view.js';

const dataDir = mkdtempSync(join(tmpdir(), 'demo-state-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function demo(...flags: string[]): { status: number | null; out: string } {
  const run = spawnSync(
    process.execPath,
    ['--', join(repoRoot, 'bin', 'mlops.js'), 'demo', '--data-dir', dataDir, ...flags],
    { cwd: repoRoot, encoding: 'utf8', timeout: 180_000, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

/** Per workspace: the endpoint's live traffic, and the deployments' models. */
async function state(): Promise<
  Record<string, { traffic: Record<string, number>; models: Record<string, string> }>
> {
  const emu = await start({ dataDir, quiet: true });
  try {
    const out: Record<string, { traffic: Record<string, number>; models: Record<string, string> }> = {};
    const arm = armClient(emu);
    for (const ws of ['dev', 'preprod', 'prod']) {
      const ep = await arm.onlineEndpoints.get(emu.resourceGroup, ws, 'diabetes-endpoint');
      const traffic = Object.fromEntries(
        Object.entries(ep.properties.traffic ?? {}).filter(([, v]) => v > 0),
      );
      const models: Record<string, string> = {};
      for await (const d of arm.onlineDeployments.list(emu.resourceGroup, ws, 'diabetes-endpoint')) {
        models[d.name!] = d.properties.model!.split('/models/')[1]!;
      }
      out[ws] = { traffic, models };
    }
    return out;
  } finally {
    await emu.stop();
  }
}

describe('npm run demo', () => {
  let first: { status: number | null; out: string };

  it('runs the whole loop: dev, preprod, then prod after approval, with a canary rollout', () => {
    first = demo('--yes');
    expect(first.status).toBe(0);
    expect(first.out).toMatch(
      /● register-data \(dev\)[\s\S]*● run-job \(dev\)[\s\S]*● metric-gate \(prod\)[\s\S]*● register-model \(dev\)[\s\S]*━━ dev ━━[\s\S]*● deploy-endpoint \(dev\)[\s\S]*● smoke-test \(dev\)[\s\S]*● promote \(dev\)[\s\S]*━━ preprod ━━[\s\S]*● register-model \(preprod\)[\s\S]*━━ prod ━━[\s\S]*Approved[\s\S]*● register-model \(prod\)[\s\S]*● promote \(prod\)/,
    );
    // Training ran as the example's pipeline job on the emulator: each step's own log streamed into the step's.
    expect(first.out).toMatch(
      /\[prep\] split 1000 rows \(seed 42\)[\s\S]*\[train\] fitted on 800 rows[\s\S]*\[evaluate\] accuracy 0\.\d+, auc 0\.\d+/,
    );
    expect(first.out).toMatch(/→ status = Completed/);
    expect(first.out).toMatch(/→ metrics = \{"accuracy":0\.\d+,"auc":0\.\d+,"log_loss":0\.\d+\}/);
    // No runner bookkeeping in what a person reads.
    expect(first.out).not.toMatch(/::(save-state|stop-commands)/);
    // The gate: prod serves nothing yet, so no baseline, and the threshold alone decides.
    expect(first.out).toMatch(/No baseline: /);
    // Nothing served before: each environment's first deployment goes straight to 100%.
    expect(first.out).toMatch(
      /No deployment of diabetes-endpoint takes live traffic: v1-\w+ goes straight to 100%/,
    );
    const seconds = Number(/Done in ([\d.]+) s\./.exec(first.out)?.[1]);
    expect(seconds).toBeLessThan(60);
  }, 180_000);

  it('rolls the next model out against the one serving: a canary with analysis in prod, the old one retired', async () => {
    const second = demo('--yes');
    expect(second.status).toBe(0);
    expect(second.out).toMatch(/→ model-uri = azureml:diabetes-classifier:2/);
    // The gate compared the new model with the one prod serves (version 1, read with prod's identity).
    expect(second.out).toMatch(/Baseline: \S+\/models\/diabetes-classifier\/versions\/1 has auc=0\.\d+/);
    expect(second.out).toMatch(/→ baseline = 0\.\d+/);
    // (On failure this prints the whole run: a rollback in dev or preprod stops the demo before prod.)
    expect(second.out).toContain('● promote (prod)');
    const prod = second.out.slice(second.out.indexOf('● promote (prod)'));
    expect(prod).toMatch(
      /Step 1\/4 \(mirror 20%\)[\s\S]*Step 2\/4 \(10%\)[\s\S]*Step 3\/4 \(50%\)[\s\S]*Step 4\/4 \(100%\)/,
    );
    expect(prod).toMatch(/Retiring v1-/);
    const s = await state();
    for (const ws of ['dev', 'preprod', 'prod']) {
      expect(Object.values(s[ws]!.traffic)).toEqual([100]);
      const serving = Object.keys(s[ws]!.traffic)[0]!;
      expect(s[ws]!.models).toEqual({ [serving]: 'diabetes-classifier/versions/2' });
    }
  }, 180_000);

  it('left the same model version in every environment, promoted with its lineage', async () => {
    const emu = await start({ dataDir, quiet: true });
    try {
      const view = new EmulatorView(emu);
      const prod = (await view.versions('diabetes-classifier', 'prod')).get('2');
      const dev = (await view.versions('diabetes-classifier', 'dev')).get('2');
      expect(prod.tags['mlops.digest']).toBe(dev.tags['mlops.digest']);
      expect(prod.tags).toMatchObject({ 'mlops.promoted-from': 'preprod', 'mlops.environment': 'prod' });
      const history = JSON.parse(prod.properties['mlops.promotion-history']);
      expect(history.map((h: { from: string; to: string }) => `${h.from}->${h.to}`)).toEqual([
        'dev->preprod',
        'preprod->prod',
      ]);
      const raw = await view.arm('GET', `${view.wsPath('dev')}/models/diabetes-classifier/versions/1`);
      expect(raw.body.systemData.createdBy).toBe('data-scientist');
      // Registered from the pipeline job's output, with the lineage of what trained it.
      const job = raw.body.properties.jobName as string;
      expect(raw.body.properties.modelUri).toContain(`/paths/azureml/${job}/model/`);
      expect(raw.body.properties.tags).toMatchObject({
        'mlops.job': job,
        'mlops.job-step': 'train',
        'mlops.job-data': 'diabetes-data:1',
      });
      expect(raw.body.properties.tags['mlops.job-code']).toMatch(/^code-[0-9a-f]+:1$/);
      expect(raw.body.properties.tags['mlops.job-environment']).toBe(
        'AzureML-sklearn-1.0-ubuntu20.04-py38-cpu:1',
      );
      // The metrics the pipeline's evaluate step logged with MLflow, kept on the version (metric-gate's baseline).
      expect(raw.body.properties.properties['metric.auc']).toMatch(/^0\.\d+$/);
      const trained = await view.arm('GET', `${view.wsPath('dev')}/jobs/${job}`);
      expect(trained.body.properties).toMatchObject({ jobType: 'Pipeline', status: 'Completed' });
    } finally {
      await emu.stop();
    }
  }, 60_000);

  it('stops before prod without approval', () => {
    const run = demo();
    expect(run.status).toBe(0);
    expect(run.out).toMatch(/Prod deployment not approved \(run with --yes/);
    expect(run.out).not.toMatch(/● register-model \(prod\)/);
  }, 180_000);

  it('rolls back a deliberately slow model, and prod keeps serving the old one', async () => {
    const before = await state();
    const run = demo('--yes', '--broken');
    expect(run.status).toBe(0);
    expect(run.out).toMatch(/FAIL: (p95|median) latency [^\n]*? [\d.]+ ms is [\d.]+x the old deployment's/);
    expect(run.out).toMatch(/The rollout in dev was rolled back/);
    const after = await state();
    for (const ws of ['dev', 'preprod', 'prod']) expect(after[ws]!.traffic).toEqual(before[ws]!.traffic);
    // The slow model was registered and deployed in dev (version 3), but takes no traffic anywhere.
    expect(Object.values(after.dev!.models)).toContain('diabetes-classifier/versions/3');
    expect(Object.values(after.prod!.models)).not.toContain('diabetes-classifier/versions/3');
  }, 180_000);
});
