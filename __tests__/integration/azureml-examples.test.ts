// Microsoft's own CLI v2 online-deployment files (Azure/azureml-examples, copied byte for byte into
// __tests__/fixtures/azureml-examples, see its README.md), deployed as users copy them: deploy-endpoint, bundled,
// run as the runner runs it against the emulator. Each file is either served (then its sample request is scored
// through the gateway and the real answer checked) or refused before any write, the message naming the key and its
// line. Where the example cannot work on Azure as written either (a placeholder storage account, a package the
// local python lacks), the failure must name the reason.
// @slow: 18 deployments (about 60 s); __tests__/setup/sequencer.js starts it first.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start, type RunningEmulator } from '../../src/emulator/index.js';
import { repoRoot, runBundledAction, type ActionRun } from '../helpers/action-runner.js';
import { emulatorEnv } from '../helpers/emulator-env.js';
import { armClient } from '../helpers/emulator-sdk.js';
import { EmulatorView, type ArmAnswer } from '../helpers/emulator-view.js';
import { gatewayAnswer } from '../helpers/emulator-endpoints.js';

const FIXTURES = join(repoRoot, '__tests__', 'fixtures', 'azureml-examples');
const ONLINE = 'cli/endpoints/online';
const SAMPLE = `${ONLINE}/managed/sample`;
const IDS = `${ONLINE}/managed/managed-identities`;
const NCD = `${ONLINE}/ncd`;
const K8S = `${ONLINE}/kubernetes`;
const VNET = `${ONLINE}/managed/vnet/sample`;
const MONITORING = 'cli/monitoring/azureml-e2e-model-monitoring';
const FOUNDATION = 'cli/foundation-models/system/inference/image-classification';
const CURATED_SKLEARN = 'azureml://registries/azureml/environments/sklearn-1.5/labels/latest';

// model-1's LinearRegression on sample-request.json, as /usr/bin/python3 (Debian scikit-learn 1.2.1) computes it.
const MODEL_1_ANSWER = [11055.977245525679, 4503.079536107787];
// model-2's score.py answers this whatever it is sent (the safe-rollout sample).
const MODEL_2_ANSWER = [0.5, 0.5];

/** A python that imports every module in `modules`, or undefined. */
function pythonWith(python: string, modules: string[]): boolean {
  const r = spawnSync(python, ['-c', modules.map((m) => `import ${m}`).join('; ')], { stdio: 'ignore' });
  return r.status === 0;
}

// The emulator runs score.py with MLOPS_EMULATOR_PYTHON (else python3). The examples need scikit-learn and joblib:
// use a python that has them (CI installs Debian's python3-sklearn into /usr/bin/python3, see .ci/run). Without one,
// the served cases must fail naming the missing package instead.
const python =
  [process.env.MLOPS_EMULATOR_PYTHON, '/usr/bin/python3', 'python3'].find(
    (p): p is string => !!p && pythonWith(p, ['sklearn', 'joblib', 'numpy']),
  ) ?? process.env.MLOPS_EMULATOR_PYTHON;
const canServe = python !== undefined && pythonWith(python, ['sklearn', 'joblib', 'numpy']);
const hasMlflow = python !== undefined && pythonWith(python, ['mlflow']);

let emu: RunningEmulator;
let view: EmulatorView;
let work: string;
const previousPython = process.env.MLOPS_EMULATOR_PYTHON;

async function deploy(ws: string, inputs: Record<string, string>): Promise<ActionRun> {
  return runBundledAction('deploy-endpoint', {
    inputs: { 'timeout-minutes': '3', ...inputs },
    env: emulatorEnv(emu, ws),
    cwd: work,
    timeoutMs: 240_000,
  });
}

async function register(ws: string, inputs: Record<string, string>): Promise<ActionRun> {
  const run = await runBundledAction('register-model', { inputs, env: emulatorEnv(emu, ws), cwd: work });
  expect(run.exitCode).toBe(0);
  return run;
}

async function score(
  ws: string,
  endpoint: string,
  requestFile: string,
  deployment?: string,
): Promise<{ status: number; servedBy: string | null; body: unknown }> {
  const keys = await armClient(emu).onlineEndpoints.listKeys(emu.resourceGroup, ws, endpoint);
  const res = await fetch(`${emu.gatewayEndpoint}/${ws}/${endpoint}/score`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${keys.primaryKey!}`,
      ...(deployment ? { 'azureml-model-deployment': deployment } : {}),
    },
    body: readFileSync(join(work, requestFile)),
  });
  return gatewayAnswer(res);
}

/** Checks a served answer against the expected numbers (or, without a python that has scikit-learn, nothing). */
function expectNumbers(body: unknown, expected: number[]): void {
  expect(Array.isArray(body)).toBe(true);
  const got = body as number[];
  expect(got).toHaveLength(expected.length);
  expected.forEach((n, i) => expect(got[i]).toBeCloseTo(n, 6));
}

/** What a deploy run must show when the local python lacks scikit-learn (the served cases then cannot serve). */
function expectMissingSklearn(run: ActionRun): void {
  expect(run.exitCode).toBe(1);
  expect(run.log).toMatch(/scikit-learn|No module named '(sklearn|joblib)'/);
}

/** Everything deploy-endpoint could have written: ARM writes that succeeded, and the workspace's blobs. */
interface Mark {
  requests: number;
  blobs: string[];
}
async function blobNames(ws: string): Promise<string[]> {
  const container = view.container(ws, await view.accountKey(ws));
  const names: string[] = [];
  for await (const b of container.listBlobsFlat()) names.push(b.name);
  return names.sort();
}
async function mark(ws: string): Promise<Mark> {
  return { requests: emu.requests.length, blobs: await blobNames(ws) };
}
async function expectNothingWritten(ws: string, before: Mark): Promise<void> {
  const writes = emu.requests
    .slice(before.requests)
    .filter((r) => r.method !== 'GET' && !/\/(listKeys|listSecrets)$/.test(r.path) && r.status < 400)
    .map((r) => `${r.method} ${r.path} ${r.status}`);
  expect(writes).toEqual([]);
  expect(await blobNames(ws)).toEqual(before.blobs);
}

/** A refusal: exit 1, the input, the file, the line and the key named, and nothing written. */
async function expectRefused(
  ws: string,
  before: Mark,
  run: ActionRun,
  input: string,
  file: string,
  line: number,
  key: string,
): Promise<void> {
  expect(run.exitCode).toBe(1);
  const name = file
    .split('/')
    .pop()!
    .replace(/[.[\]]/g, (c) => `\\${c}`);
  const where = key.replace(/[.[\]]/g, (c) => `\\${c}`);
  expect(run.log).toMatch(new RegExp(`Input '${input}' \\([^)]*${name}\\): line ${line}, ${where}: `));
  await expectNothingWritten(ws, before);
}

/** A deployment's ARM resource as the emulator answers it (raw: the SDK at 2022-10-01 drops newer properties). */
function armDeployment(ws: string, endpoint: string, name: string): Promise<ArmAnswer> {
  return view.arm('GET', `${view.wsPath(ws)}/onlineEndpoints/${endpoint}/deployments/${name}`);
}
function armEndpoint(ws: string, endpoint: string): Promise<ArmAnswer> {
  return view.arm('GET', `${view.wsPath(ws)}/onlineEndpoints/${endpoint}`);
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'mlops-azureml-examples-'));
  cpSync(FIXTURES, work, { recursive: true });
  if (python) process.env.MLOPS_EMULATOR_PYTHON = python;
  emu = await start({ quiet: true });
  view = new EmulatorView(emu);
}, 120_000);

afterAll(async () => {
  await emu?.stop();
  if (previousPython === undefined) delete process.env.MLOPS_EMULATOR_PYTHON;
  else process.env.MLOPS_EMULATOR_PYTHON = previousPython;
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('managed/sample: inline model folders, inline, curated and registered environments (workspace dev)', () => {
  it('blue-deployment.yml: inline model folder and inline environment, served with all traffic', async () => {
    const run = await deploy('dev', {
      'endpoint-file': `${SAMPLE}/endpoint.yml`,
      'deployment-file': `${SAMPLE}/blue-deployment.yml`,
      traffic: 'all',
    });
    if (!canServe) return expectMissingSklearn(run);
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      endpoint: 'my-endpoint',
      deployment: 'blue',
      traffic: '{"blue":100}',
    });
    const answer = await score('dev', 'my-endpoint', `${SAMPLE}/sample-request.json`);
    expect(answer.status).toBe(200);
    expect(answer.servedBy).toBe('blue');
    expectNumbers(answer.body, MODEL_1_ANSWER);
  }, 300_000);

  it('green-deployment.yml: a second inline model at 0%, served through the deployment header', async () => {
    const run = await deploy('dev', {
      'endpoint-file': `${SAMPLE}/endpoint.yml`,
      'deployment-file': `${SAMPLE}/green-deployment.yml`,
    });
    if (!canServe) return expectMissingSklearn(run);
    expect(run.exitCode).toBe(0);
    const answer = await score('dev', 'my-endpoint', `${ONLINE}/model-2/sample-request.json`, 'green');
    expect(answer.status).toBe(200);
    expect(answer.servedBy).toBe('green');
    expectNumbers(answer.body, MODEL_2_ANSWER);
  }, 300_000);

  it.each([
    ['blue-deployment-with-curated-env.yml', 'blue', MODEL_1_ANSWER],
    ['green-deployment-with-curated-env.yml', 'green', MODEL_2_ANSWER],
  ])(
    '%s: the curated sklearn-1.5 environment from the azureml registry, served',
    async (file, name, expected) => {
      const run = await deploy('dev', {
        'endpoint-file': `${SAMPLE}/endpoint.yml`,
        'deployment-file': `${SAMPLE}/${file}`,
      });
      if (!canServe) return expectMissingSklearn(run);
      expect(run.exitCode).toBe(0);
      const deployment = await armDeployment('dev', 'my-endpoint', name);
      expect(deployment.body.properties.environmentId).toBe(CURATED_SKLEARN);
      const answer = await score('dev', 'my-endpoint', `${SAMPLE}/sample-request.json`, name);
      expect(answer.status).toBe(200);
      expectNumbers(answer.body, expected);
    },
    300_000,
  );

  it('blue-deployment-with-registered-assets.yml: refused while my-model:1 is not registered, served once it is', async () => {
    const file = `${SAMPLE}/blue-deployment-with-registered-assets.yml`;
    const before = await mark('dev');
    const refused = await deploy('dev', {
      'endpoint-file': `${SAMPLE}/endpoint.yml`,
      'deployment-file': file,
    });
    await expectRefused('dev', before, refused, 'deployment-file', file, 4, 'model');
    expect(refused.log).toMatch(/my-model/);

    // As the sample's README does: az ml model create -n my-model -v 1 -p ../../model-1/model, and
    // az ml environment create -n my-env -v 1 with model-1's conda file on the same base image.
    await register('dev', { 'model-path': `${ONLINE}/model-1/model`, name: 'my-model', version: '1' });
    await armClient(emu).environmentVersions.createOrUpdate(emu.resourceGroup, 'dev', 'my-env', '1', {
      properties: {
        image: 'mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu22.04:latest',
        condaFile: readFileSync(join(work, ONLINE, 'model-1/environment/conda.yaml'), 'utf8'),
      },
    });
    const run = await deploy('dev', { 'endpoint-file': `${SAMPLE}/endpoint.yml`, 'deployment-file': file });
    if (!canServe) return expectMissingSklearn(run);
    expect(run.exitCode).toBe(0);
    const answer = await score('dev', 'my-endpoint', `${SAMPLE}/sample-request.json`, 'blue');
    expect(answer.status).toBe(200);
    expectNumbers(answer.body, MODEL_1_ANSWER);
  }, 400_000);

  it('green-deployment-with-registered-assets.yml: refused while my-model:2 is not registered, served once it is', async () => {
    const file = `${SAMPLE}/green-deployment-with-registered-assets.yml`;
    const before = await mark('dev');
    const refused = await deploy('dev', {
      'endpoint-file': `${SAMPLE}/endpoint.yml`,
      'deployment-file': file,
    });
    await expectRefused('dev', before, refused, 'deployment-file', file, 4, 'model');

    await register('dev', { 'model-path': `${ONLINE}/model-2/model`, name: 'my-model', version: '2' });
    const run = await deploy('dev', { 'endpoint-file': `${SAMPLE}/endpoint.yml`, 'deployment-file': file });
    if (!canServe) return expectMissingSklearn(run);
    expect(run.exitCode).toBe(0);
    const answer = await score('dev', 'my-endpoint', `${SAMPLE}/sample-request.json`, 'green');
    expect(answer.status).toBe(200);
    expectNumbers(answer.body, MODEL_2_ANSWER);
  }, 400_000);

  it('foundation-models deploy-online.yaml: liveness_probe and request_settings, the rest given as inputs (--set), served', async () => {
    const run = await deploy('dev', {
      endpoint: 'my-endpoint',
      'deployment-file': `${FOUNDATION}/deploy-online.yaml`,
      model: 'azureml:my-model:1',
      'code-path': `${ONLINE}/model-1/onlinescoring`,
      environment: CURATED_SKLEARN,
    });
    if (!canServe) return expectMissingSklearn(run);
    expect(run.exitCode).toBe(0);
    const deployment = await armDeployment('dev', 'my-endpoint', 'demo');
    expect(deployment.body.properties.livenessProbe).toMatchObject({
      initialDelay: 'PT3M',
      period: 'PT3M',
      failureThreshold: 49,
      timeout: 'PT4M59S',
    });
    expect(deployment.body.properties.requestSettings).toMatchObject({ requestTimeout: 'PT1M30S' });
    const answer = await score('dev', 'my-endpoint', `${SAMPLE}/sample-request.json`, 'demo');
    expect(answer.status).toBe(200);
    expectNumbers(answer.body, MODEL_1_ANSWER);
  }, 300_000);

  it('kubernetes-green-deployment.yml (type: kubernetes, scale_settings) onto the managed my-endpoint: refused', async () => {
    const file = `${K8S}/kubernetes-green-deployment.yml`;
    const before = await mark('dev');
    const run = await deploy('dev', { 'deployment-file': file });
    await expectRefused('dev', before, run, 'deployment-file', file, 3, 'type');
  }, 120_000);

  it('data-collector workspace-blob-storage-custom2.YAML: refused on its endpoint name my_endpoint', async () => {
    const file = `${ONLINE}/data-collector/workspace-blob-storage/workspace-blob-storage-custom2.YAML`;
    const before = await mark('dev');
    const run = await deploy('dev', { 'deployment-file': file });
    await expectRefused('dev', before, run, 'deployment-file', file, 2, 'endpoint_name');
  }, 120_000);
});

describe('managed identities (workspace dev)', () => {
  it('1-uai-create-endpoint.yml: a user-assigned identity whose resource_id is a placeholder is refused', async () => {
    const file = `${IDS}/1-uai-create-endpoint.yml`;
    const before = await mark('dev');
    const run = await deploy('dev', {
      'endpoint-file': file,
      'deployment-file': `${IDS}/2-uai-deployment.yml`,
    });
    await expectRefused(
      'dev',
      before,
      run,
      'endpoint-file',
      file,
      7,
      'identity.user_assigned_identities[0].resource_id',
    );
  }, 120_000);

  it('1-sai-create-endpoint.yml + 2-sai-deployment.yml: init fails naming the packages the local python lacks', async () => {
    const run = await deploy('dev', {
      'endpoint-file': `${IDS}/1-sai-create-endpoint.yml`,
      'deployment-file': `${IDS}/2-sai-deployment.yml`,
    });
    expect(run.exitCode).toBe(1);
    // score_managedidentity.py imports requests, azure.identity and azure.storage.blob (its conda file lists
    // azure-identity and azure-storage-blob); it cannot start here, nor on Azure with the placeholder storage account.
    expect(run.log).toMatch(/azure-identity/);
    expect(run.log).toMatch(/azure-storage-blob/);
    expect(run.log).toMatch(/ModuleNotFoundError: No module named '(numpy|joblib|requests|azure)'/);
    expect((await armDeployment('dev', 'my-sai-endpoint', 'blue')).status).toBe(404);
    // The endpoint itself was created as the file says: with a system-assigned identity.
    const endpoint = await armEndpoint('dev', 'my-sai-endpoint');
    expect(endpoint.body.identity).toMatchObject({ type: 'SystemAssigned' });
  }, 300_000);
});

describe('data_collector: the model-monitoring example (workspace dev)', () => {
  const file = `${MONITORING}/endpoints/deployment.yaml`;
  it('deployment.yaml: refused while credit-default-model is not registered', async () => {
    const before = await mark('dev');
    const run = await deploy('dev', {
      'endpoint-file': `${MONITORING}/endpoints/endpoint.yaml`,
      'deployment-file': file,
    });
    await expectRefused('dev', before, run, 'deployment-file', file, 10, 'model');
  }, 120_000);

  it('deployment.yaml: once the model exists, data_collector reaches ARM and init names mlflow', async () => {
    await register('dev', { 'model-path': `${NCD}/sklearn-diabetes/model`, name: 'credit-default-model' });
    const run = await deploy('dev', {
      'endpoint-file': `${MONITORING}/endpoints/endpoint.yaml`,
      'deployment-file': file,
      'keep-failed': 'true',
    });
    expect(run.exitCode).toBe(1);
    if (!hasMlflow) expect(run.log).toMatch(/mlflow/);
    const deployment = await armDeployment('dev', 'credit-default', 'main');
    expect(deployment.status).toBe(200);
    const collections = deployment.body.properties.dataCollector?.collections ?? {};
    for (const name of ['model_inputs', 'model_outputs', 'model_inputs_outputs'])
      expect(collections[name]).toMatchObject({ dataCollectionMode: 'Enabled' });
  }, 300_000);
});

describe('ncd: inline MLflow models, with and without scoring code (workspace preprod)', () => {
  const endpointFile = `${NCD}/create-endpoint.yaml`;
  it.each([['sklearn-deployment.yaml'], ['lightgbm-deployment.yaml']])(
    '%s: no scoring code; served when the local python has mlflow, else the failure names mlflow',
    async (file) => {
      const run = await deploy('preprod', {
        'endpoint-file': endpointFile,
        'deployment-file': `${NCD}/${file}`,
      });
      const name = file.replace(/\.yaml$/, '');
      if (hasMlflow && file.startsWith('sklearn')) {
        expect(run.exitCode).toBe(0);
        const answer = await score('preprod', 'my-endpoint', `${NCD}/sample-request-sklearn.json`, name);
        expect(answer.status).toBe(200);
        return;
      }
      // The action does not refuse it (Azure serves MLflow models without code): the deployment fails, naming what
      // is missing locally, and is removed.
      expect(run.exitCode).toBe(1);
      expect(run.log).not.toMatch(/scoring script/i);
      expect(run.log).toMatch(/mlflow/);
      expect((await armDeployment('preprod', 'my-endpoint', name)).status).toBe(404);
    },
    300_000,
  );

  it('sklearn-deployment-with-script.yaml: score.py imports mlflow; init fails naming it', async () => {
    const run = await deploy('preprod', {
      'endpoint-file': endpointFile,
      'deployment-file': `${NCD}/sklearn-deployment-with-script.yaml`,
    });
    if (hasMlflow) {
      expect(run.exitCode).toBe(0);
      return;
    }
    expect(run.exitCode).toBe(1);
    expect(run.log).toMatch(/ModuleNotFoundError: No module named 'mlflow'/);
  }, 300_000);
});

describe('kubernetes and private networking (workspace prod)', () => {
  it('kubernetes-endpoint.yml + kubernetes-blue-deployment.yml: refused on the Kubernetes compute', async () => {
    const file = `${K8S}/kubernetes-endpoint.yml`;
    const before = await mark('prod');
    const run = await deploy('prod', {
      'endpoint-file': file,
      'deployment-file': `${K8S}/kubernetes-blue-deployment.yml`,
    });
    await expectRefused('prod', before, run, 'endpoint-file', file, 5, 'compute');
  }, 120_000);

  it('vnet/sample: refused before any write, naming inference_config route path / (the spec allows no such path)', async () => {
    // cli/deploy-moe-vnet-legacy.sh: az ml online-deployment create --endpoint $ENDPOINT_NAME --all-traffic.
    // The 2026-07-01 spec gives Route.path the pattern [a-zA-Z0-9_]; `/` does not match it, so a request carrying
    // it is not one the API defines (the emulator answers 400 and the contract test would fail the exchange).
    // Decision (docs/cli-yaml.md): refuse it by name and line rather than send a body outside the contract.
    const file = `${VNET}/blue-deployment-vnet.yml`;
    const before = await mark('prod');
    const run = await deploy('prod', {
      'endpoint-file': `${VNET}/endpoint.yml`,
      'deployment-file': file,
      endpoint: 'my-endpoint',
      traffic: 'all',
    });
    await expectRefused(
      'prod',
      before,
      run,
      'deployment-file',
      file,
      15,
      'environment.inference_config.liveness_route.path',
    );
  }, 120_000);
});
