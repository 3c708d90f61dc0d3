// deploy-endpoint, bundled, run as the runner runs it, against the emulator: real deployments of the example
// model, served by the inference server behind the gateway.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start, type RunningEmulator } from '../../src/emulator/index.js';
import { repoRoot, runBundledAction, type ActionRun } from '../helpers/action-runner.js';
import { emulatorEnv } from '../helpers/emulator-env.js';
import { armClient } from '../helpers/emulator-sdk.js';
import { AZUREML_API_VERSION } from '../../src/contract/azureml-api.js';
import { watchActionApiVersions } from '../helpers/action-api-versions.js';
import { gatewayAnswer } from '../helpers/emulator-endpoints.js';

const apiVersions = watchActionApiVersions();

let emu: RunningEmulator;
let work: string;
const runs: ActionRun[] = [];
const RG = 'mlops-local';
const EP = 'diabetes-endpoint';
const ROW = [59, 2, 32.1, 101, 157, 93.2, 38, 4, 4.86, 87];

async function deploy(inputs: Record<string, string>, principal = 'admin'): Promise<ActionRun> {
  const run = await runBundledAction('deploy-endpoint', {
    inputs: { 'timeout-minutes': '2', ...inputs },
    env: emulatorEnv(emu, 'dev', principal),
    cwd: work,
  });
  runs.push(run);
  return run;
}

const fromFiles = {
  'endpoint-file': 'diabetes/endpoint.yml',
  'deployment-file': 'diabetes/deployment.yml',
};

async function key(): Promise<string> {
  return (await armClient(emu).onlineEndpoints.listKeys(RG, 'dev', EP)).primaryKey!;
}

async function score(
  deployment?: string,
): Promise<{ status: number; servedBy: string | null; body: unknown }> {
  const res = await fetch(`${emu.gatewayEndpoint}/dev/${EP}/score`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${await keyOnce()}`,
      ...(deployment ? { 'azureml-model-deployment': deployment } : {}),
    },
    body: JSON.stringify({ data: [ROW] }),
  });
  return gatewayAnswer(res);
}
let cachedKey: string | undefined;
const keyOnce = async (): Promise<string> => (cachedKey ??= await key());

async function endpointTraffic(): Promise<Record<string, number>> {
  return (await armClient(emu).onlineEndpoints.get(RG, 'dev', EP)).properties.traffic ?? {};
}
async function deploymentNames(): Promise<string[]> {
  const out: string[] = [];
  for await (const d of armClient(emu).onlineDeployments.list(RG, 'dev', EP)) out.push(d.name!);
  return out.sort();
}
// listKeys and listSecrets are POSTs that read (the model's files are listed with the datastore's secret to check
// them against the version's digest), not writes.
const writes = (from: number): string[] =>
  emu.requests
    .slice(from)
    .filter((r) => r.method !== 'GET' && !/\/(listKeys|listSecrets)$/.test(r.path))
    .map((r) => `${r.method} ${r.path}`);

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'mlops-deploy-'));
  cpSync(join(repoRoot, 'examples', 'diabetes'), join(work, 'diabetes'), { recursive: true });
  execFileSync('python3', [join(work, 'diabetes', 'train.py'), '--output', join(work, 'out')], {
    stdio: 'ignore',
  });
  emu = await start({ quiet: true });
  const registered = await runBundledAction('register-model', {
    inputs: { 'model-path': join(work, 'out', 'model'), name: 'diabetes-classifier' },
    env: emulatorEnv(emu),
    cwd: work,
  });
  expect(registered.exitCode).toBe(0);
  expect(registered.outputs['model-uri']).toBe('azureml:diabetes-classifier:1');
}, 120_000);

afterAll(async () => {
  await emu?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('deploy-endpoint', () => {
  it('creates the endpoint and a first deployment from the CLI YAML files, and serves predictions', async () => {
    const run = await deploy({ ...fromFiles, traffic: 'all' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      endpoint: EP,
      deployment: 'blue',
      'previous-traffic': '{}',
      traffic: '{"blue":100}',
    });
    expect(run.outputs['scoring-uri']).toBe(`${emu.gatewayEndpoint}/dev/${EP}/score`);
    expect(run.log).toMatch(/Endpoint diabetes-endpoint does not exist yet/);
    expect(run.summary).toMatch(/Deployed blue to diabetes-endpoint/);
    const answer = await score();
    expect(answer.status).toBe(200);
    expect(answer.servedBy).toBe('blue');
    expect(answer.body).toMatchObject({ predictions: [expect.any(Number)] });
  }, 120_000);

  it('adds a second deployment at 0%: the endpoint keeps its traffic, green answers only through the header', async () => {
    const run = await deploy({ ...fromFiles, deployment: 'green' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs['previous-traffic']).toBe('{"blue":100}');
    expect(JSON.parse(run.outputs.traffic!)).toEqual({ blue: 100 });
    expect(await endpointTraffic()).toEqual({ blue: 100 });
    expect(run.log).toMatch(/Traffic unchanged: blue 100% \(green takes no live traffic until promoted\)/);
    const served = new Set<string | null>();
    for (let i = 0; i < 60; i++) served.add((await score()).servedBy);
    expect([...served]).toEqual(['blue']);
    const direct = await score('green');
    expect(direct.status).toBe(200);
    expect(direct.servedBy).toBe('green');
  }, 120_000);

  it('gives green a canary share that the gateway honours within tolerance', async () => {
    const run = await deploy({ ...fromFiles, deployment: 'green', traffic: '30' });
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.outputs.traffic!)).toEqual({ blue: 70, green: 30 });
    const n = 400;
    let green = 0;
    for (let i = 0; i < n; i++) if ((await score()).servedBy === 'green') green++;
    // 30% of 400 = 120, sd = sqrt(400 * .3 * .7) ~ 9.2: 4 sd either side.
    expect(green).toBeGreaterThan(120 - 37);
    expect(green).toBeLessThan(120 + 37);
  }, 180_000);

  it('reports a score.py whose init() raises with its traceback, deletes the deployment and keeps the traffic', async () => {
    const broken = join(work, 'broken-code');
    cpSync(join(work, 'diabetes'), broken, { recursive: true });
    writeFileSync(
      join(broken, 'score.py'),
      'def init():\n    raise RuntimeError("cannot load the model: weights are corrupt")\n\n\ndef run(raw):\n    return raw\n',
    );
    const before = await endpointTraffic();
    const run = await deploy({ ...fromFiles, deployment: 'broken', 'code-path': 'broken-code' });
    expect(run.exitCode).toBe(1);
    expect(run.log).toMatch(/Deployment broken of endpoint diabetes-endpoint failed: ResourceNotReady/);
    expect(run.log).toMatch(/Traceback/);
    expect(run.log).toMatch(/RuntimeError: cannot load the model: weights are corrupt/);
    expect(run.log).toMatch(/Hint: The inference server did not become ready/);
    expect(run.log).toMatch(/The failed deployment broken was deleted/);
    expect(run.summary).toMatch(/RuntimeError: cannot load the model/);
    expect(await endpointTraffic()).toEqual(before);
    expect(await deploymentNames()).toEqual(['blue', 'green']);
  }, 180_000);

  it('keeps a failed deployment when keep-failed is true', async () => {
    const run = await deploy({
      ...fromFiles,
      deployment: 'broken',
      'code-path': 'broken-code',
      'keep-failed': 'true',
    });
    expect(run.exitCode).toBe(1);
    expect(run.log).toMatch(/was kept \(keep-failed\)/);
    expect(await deploymentNames()).toEqual(['blue', 'broken', 'green']);
    await armClient(emu).onlineDeployments.beginDeleteAndWait(RG, 'dev', EP, 'broken', {
      updateIntervalInMs: 100,
    });
  }, 180_000);

  it.each([
    [{ deployment: 'x' }, 'deployment', /not a valid deployment name/],
    [{ endpoint: '9lives' }, 'endpoint', /not a valid endpoint name/],
    [{ traffic: '150' }, 'traffic', /not a traffic share/],
    [{ mirror: '60' }, 'mirror', /mirrors from 1 to 50 percent/],
    [{ traffic: '10', mirror: '10' }, 'mirror', /either live traffic .* or mirrored/],
    [{ model: 'azureml:diabetes-classifier:7' }, 'model', /not registered in workspace 'dev'/],
    [{ model: 'diabetes-classifier' }, 'model', /azureml:<name>:<version>/],
    [{ 'deployment-file': 'diabetes/bad.yml' }, 'deployment-file', /not valid YAML \(line \d+\)/],
    [{ 'deployment-file': 'diabetes/unknown-key.yml' }, 'deployment-file', /instance_typo: unknown key/],
    [{ 'instance-count': '0' }, 'instance-count', /whole number from 1 to 100/],
  ])(
    'refuses %j naming input %s, and changes nothing',
    async (override, input, message) => {
      writeFileSync(join(work, 'diabetes', 'bad.yml'), 'name: green\nmodel: [unclosed\n');
      writeFileSync(
        join(work, 'diabetes', 'unknown-key.yml'),
        'name: green\ninstance_typo: Standard_DS3_v2\n',
      );
      const traffic = await endpointTraffic();
      const mark = emu.requests.length;
      const run = await deploy({ ...fromFiles, deployment: 'green', ...override });
      expect(run.exitCode).toBe(1);
      expect(run.log).toMatch(new RegExp(`Input '${input}'`));
      expect(run.log).toMatch(message);
      expect(writes(mark)).toEqual([]);
      expect(await endpointTraffic()).toEqual(traffic);
    },
    60_000,
  );

  it('refuses a canary share on an endpoint without live traffic elsewhere, before deploying', async () => {
    const mark = emu.requests.length;
    const run = await deploy({
      ...fromFiles,
      endpoint: 'fresh-endpoint',
      deployment: 'green',
      traffic: '10',
    });
    expect(run.exitCode).toBe(1);
    expect(run.log).toMatch(/Input 'traffic': the endpoint has no live traffic on another deployment/);
    expect(writes(mark)).toEqual([]);
  }, 60_000);

  it('never shows an endpoint key in a log or a summary', async () => {
    const keys = await armClient(emu).onlineEndpoints.listKeys(RG, 'dev', EP);
    for (const run of runs) {
      for (const k of [keys.primaryKey!, keys.secondaryKey!, emu.token]) {
        expect(run.log).not.toContain(k);
        expect(run.summary).not.toContain(k);
      }
    }
    expect(runs.length).toBeGreaterThan(5);
  });

  it('calls Azure ML at api-version AZUREML_API_VERSION only, polls included', () => {
    const requests = apiVersions.actionRequests();
    expect(requests.length).toBeGreaterThan(10);
    expect(requests.filter((r) => r.apiVersion !== AZUREML_API_VERSION).map((r) => r.line)).toEqual([]);
  });
});
