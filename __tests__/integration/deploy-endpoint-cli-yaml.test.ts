// deploy-endpoint, bundled, with Azure ML CLI v2 files of the public shapes (Azure/azureml-examples: an inline
// model folder and inline environment, an inline MLflow model without code, a registry environment, probes and
// request settings, identity, data_collector, scale settings), against the emulator: every key reaches ARM, the
// inline model is registered as az ml registers it, and a refusal names the key and its line before any write.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start, type RunningEmulator } from '../../src/emulator/index.js';
import { runBundledAction, repoRoot, type ActionRun } from '../helpers/action-runner.js';
import { emulatorEnv } from '../helpers/emulator-env.js';
import { EmulatorView } from '../helpers/emulator-view.js';

let emu: RunningEmulator;
let view: EmulatorView;
let work: string;
const EP = 'yaml-endpoint';
const ROW = [59, 2, 32.1, 101, 157, 93.2, 38, 4, 4.86, 87];
const UAI = (sub: string): string =>
  `/subscriptions/${sub}/resourceGroups/identities/providers/Microsoft.ManagedIdentity/userAssignedIdentities/scoring-uai`;

function write(path: string, text: string): void {
  mkdirSync(join(work, path, '..'), { recursive: true });
  writeFileSync(join(work, path), text);
}

function deploy(inputs: Record<string, string>): Promise<ActionRun> {
  return runBundledAction('deploy-endpoint', {
    inputs: { 'timeout-minutes': '3', ...inputs },
    env: emulatorEnv(emu),
    cwd: work,
  });
}

const wsPath = (): string => view.wsPath('dev');
type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any
const get = async (path: string): Promise<Json> => {
  const res = await view.arm('GET', `${wsPath()}${path}`);
  expect(res.status).toBe(200);
  return res.body;
};
// listKeys and listSecrets are POSTs that read (the model's files are listed with the datastore's secret to check
// them against the version's digest), not writes.
const writes = (from: number): string[] =>
  emu.requests
    .slice(from)
    .filter((r) => r.method !== 'GET' && !/\/(listKeys|listSecrets)$/.test(r.path))
    .map((r) => `${r.method} ${r.path}`);

async function score(endpoint: string, deployment?: string): Promise<{ status: number; body: Json }> {
  const keys = await view.arm('POST', `${wsPath()}/onlineEndpoints/${endpoint}/listKeys`);
  const res = await fetch(`${emu.gatewayEndpoint}/dev/${endpoint}/score`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${keys.body.primaryKey}`,
      ...(deployment ? { 'azureml-model-deployment': deployment } : {}),
    },
    body: JSON.stringify({ data: [ROW] }),
  });
  const text = await res.text();
  try {
    return { status: res.status, body: JSON.parse(text) };
  } catch {
    return { status: res.status, body: text };
  }
}

const ENDPOINT_YAML = (description: string, extraTag = ''): string =>
  [
    '$schema: https://azuremlschemas.azureedge.net/latest/managedOnlineEndpoint.schema.json',
    `name: ${EP}`,
    'auth_mode: key',
    `description: ${description}`,
    `tags: {team: ml${extraTag}}`,
    'properties: {owner: data-science}',
    'identity:',
    '  type: system_assigned,user_assigned',
    '  user_assigned_identities:',
    `    - resource_id: ${UAI(emu.subscriptionId)}`,
    'public_network_access: enabled',
    '',
  ].join('\n');

const DEPLOYMENT_YAML = (name: string): string =>
  [
    '$schema: https://azuremlschemas.azureedge.net/latest/managedOnlineDeployment.schema.json',
    `name: ${name}`,
    `endpoint_name: ${EP}`,
    'model:',
    '  path: ../out/model',
    'code_configuration:',
    '  code: ../diabetes/',
    '  scoring_script: score.py',
    'environment: ',
    '  conda_file: ../diabetes/conda.yaml',
    '  image: mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu22.04:latest',
    'instance_type: Standard_DS3_v2',
    'instance_count: 1',
    'app_insights_enabled: true',
    'egress_public_network_access: enabled',
    'environment_variables: {WORKER_COUNT: 1}',
    'properties: {reviewed: "yes"}',
    'tags: {stage: dev}',
    'scale_settings:',
    '  type: default',
    'request_settings:',
    '  request_timeout_ms: 90000',
    '  max_concurrent_requests_per_instance: 2',
    '  max_queue_wait_ms: 500',
    'liveness_probe: {initial_delay: 1, period: 2, timeout: 3, failure_threshold: 30, success_threshold: 1}',
    'readiness_probe:',
    '  initial_delay: 1',
    '  period: 1',
    '  timeout: 2',
    '  failure_threshold: 49',
    'data_collector:',
    '  collections:',
    "    model_inputs: {enabled: 'True'}",
    "    model_outputs: {enabled: 'False'}",
    '  rolling_rate: hour',
    '  sampling_rate: 0.5',
    '',
  ].join('\n');

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'mlops-deploy-yaml-'));
  cpSync(join(repoRoot, 'examples', 'diabetes'), join(work, 'diabetes'), { recursive: true });
  execFileSync('python3', [join(work, 'diabetes', 'train.py'), '--output', join(work, 'out')], {
    stdio: 'ignore',
  });
  emu = await start({ quiet: true });
  view = new EmulatorView(emu);
}, 120_000);

afterAll(async () => {
  await emu?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('deploy-endpoint with CLI v2 files', () => {
  it('deploys an inline model folder with an inline environment; every key of both files reaches ARM', async () => {
    write('cli/endpoint.yml', ENDPOINT_YAML('first'));
    write('cli/blue.yml', DEPLOYMENT_YAML('blue'));
    const run = await deploy({
      'endpoint-file': 'cli/endpoint.yml',
      'deployment-file': 'cli/blue.yml',
      traffic: 'all',
    });
    expect(run.log).not.toMatch(/::error::/);
    expect(run.exitCode).toBe(0);
    expect((await score(EP)).body).toMatchObject({ predictions: [expect.any(Number)] });

    const endpoint = await get(`/onlineEndpoints/${EP}`);
    expect(endpoint.identity.type).toBe('SystemAssigned,UserAssigned');
    expect(Object.keys(endpoint.identity.userAssignedIdentities)).toEqual([UAI(emu.subscriptionId)]);
    expect(endpoint.tags).toEqual({ team: 'ml' });
    expect(endpoint.properties).toMatchObject({
      authMode: 'Key',
      description: 'first',
      publicNetworkAccess: 'Enabled',
      properties: { owner: 'data-science' },
      traffic: { blue: 100 },
    });

    const d = await get(`/onlineEndpoints/${EP}/deployments/blue`);
    expect(d.sku.capacity).toBe(1);
    expect(d.tags).toMatchObject({ stage: 'dev' });
    expect(d.properties).toMatchObject({
      endpointComputeType: 'Managed',
      instanceType: 'Standard_DS3_v2',
      appInsightsEnabled: true,
      egressPublicNetworkAccess: 'Enabled',
      environmentVariables: { WORKER_COUNT: '1' },
      properties: { reviewed: 'yes' },
      scaleSettings: { scaleType: 'Default' },
      requestSettings: {
        requestTimeout: 'PT1M30S',
        maxConcurrentRequestsPerInstance: 2,
        maxQueueWait: 'PT0.5S',
      },
      livenessProbe: {
        initialDelay: 'PT1S',
        period: 'PT2S',
        timeout: 'PT3S',
        failureThreshold: 30,
        successThreshold: 1,
      },
      readinessProbe: { initialDelay: 'PT1S', period: 'PT1S', timeout: 'PT2S', failureThreshold: 49 },
      dataCollector: {
        collections: {
          model_inputs: { dataCollectionMode: 'Enabled', samplingRate: 0.5 },
          model_outputs: { dataCollectionMode: 'Disabled', samplingRate: 0.5 },
        },
        rollingRate: 'Hour',
      },
      codeConfiguration: { scoringScript: 'score.py' },
    });
    // The inline model: registered once, named by its digest, as a custom_model.
    const model = /\/models\/(model-[0-9a-f]{32})\/versions\/1$/.exec(d.properties.model);
    expect(model).not.toBeNull();
    const version = await get(`/models/${model![1]}/versions/1`);
    expect(version.properties.modelType).toBe('custom_model');
    // The inline environment: the CLI's anonymous environment, isAnonymous.
    expect(d.properties.environmentId).toMatch(
      /\/environments\/CliV2AnonymousEnvironment\/versions\/[0-9a-f]{30}$/,
    );
    expect(run.summary).toMatch(/inline, registered now/);
  }, 240_000);

  it('on an existing endpoint: reuses the inline assets, merges the endpoint file after the deployment, keeps the traffic', async () => {
    write('cli/endpoint.yml', ENDPOINT_YAML('second', ', owner: platform'));
    write('cli/green.yml', DEPLOYMENT_YAML('green'));
    const blue = await get(`/onlineEndpoints/${EP}/deployments/blue`);
    const modelName = /\/models\/([^/]+)\/versions\/1$/.exec(blue.properties.model)![1]!;
    const run = await deploy({ 'endpoint-file': 'cli/endpoint.yml', 'deployment-file': 'cli/green.yml' });
    expect(run.exitCode).toBe(0);
    expect(run.log).toMatch(/Endpoint yaml-endpoint: description, tags updated from endpoint-file/);
    expect(run.log).toMatch(/Environment CliV2AnonymousEnvironment:[0-9a-f]+ is already registered: reused/);
    expect([...(await view.versions(modelName)).keys()]).toEqual(['1']);
    expect(run.log).toMatch(new RegExp(`Model azureml:${modelName}:1`));
    const endpoint = await get(`/onlineEndpoints/${EP}`);
    expect(endpoint.properties.description).toBe('second');
    expect(endpoint.tags).toEqual({ team: 'ml', owner: 'platform' });
    expect(endpoint.properties.traffic).toEqual({ blue: 100 });
    expect(run.summary).toMatch(/updated from endpoint-file: description, tags/);
    expect((await score(EP, 'green')).status).toBe(200);
  }, 240_000);

  it('the model input overrides an inline model: its folder is not even read', async () => {
    write('cli/override.yml', DEPLOYMENT_YAML('green').replace('../out/model', '../no-such-folder'));
    const blue = await get(`/onlineEndpoints/${EP}/deployments/blue`);
    const name = /\/models\/([^/]+)\/versions\/1$/.exec(blue.properties.model)![1]!;
    const mark = emu.requests.length;
    // A fresh endpoint with a canary share fails the traffic check, after the model was read and before any write.
    const run = await deploy({
      'deployment-file': 'cli/override.yml',
      endpoint: 'fresh-endpoint',
      model: `azureml:${name}:1`,
      traffic: '10',
    });
    expect(run.exitCode).toBe(1);
    expect(run.log).toMatch(/Model azureml:model-[0-9a-f]+:1/);
    expect(run.log).toMatch(/Input 'traffic': the endpoint has no live traffic on another deployment/);
    expect(run.log).not.toMatch(/no-such-folder/);
    expect(writes(mark)).toEqual([]);
  }, 120_000);

  it('deploys an inline MLflow model without scoring code: not refused, registered as mlflow_model, sent without code', async () => {
    write(
      'mlflow/model/MLmodel',
      'artifact_path: model\nflavors:\n  python_function:\n    loader_module: mlflow.sklearn\n    model_path: model.pkl\n    python_version: 3.11.0\n  sklearn:\n    pickled_model: model.pkl\n    serialization_format: pickle\n',
    );
    write('mlflow/model/model.pkl', 'not really a pickle');
    write(
      'mlflow/deployment.yml',
      'name: mlflow-ncd\nendpoint_name: yaml-endpoint\nmodel:\n  name: ncd-model\n  version: 2\n  path: model\n  type: mlflow_model\ninstance_type: Standard_DS3_v2\ninstance_count: 1\n',
    );
    const run = await deploy({ 'deployment-file': 'mlflow/deployment.yml', 'keep-failed': 'true' });
    // Served when the local python has mlflow; otherwise the deployment fails naming what is missing (the
    // emulator's side). Either way the action did not refuse it, and this is what it sent:
    expect(run.log).not.toMatch(/scoring script|code-path|Input 'environment'/);
    const version = await get('/models/ncd-model/versions/2');
    expect(version.properties.modelType).toBe('mlflow_model');
    const d = await get(`/onlineEndpoints/${EP}/deployments/mlflow-ncd`);
    expect(d.properties.model).toMatch(/\/models\/ncd-model\/versions\/2$/);
    expect(d.properties.codeConfiguration ?? null).toBeNull();
    expect(d.properties.environmentId ?? null).toBeNull();
    if (run.exitCode !== 0) expect(run.log).toMatch(/mlflow/);
    await view.arm('DELETE', `${wsPath()}/onlineEndpoints/${EP}/deployments/mlflow-ncd`);
  }, 240_000);

  it('sends a registry environment to ARM unchanged', async () => {
    const registry = 'azureml://registries/azureml/environments/sklearn-1.5/labels/latest';
    const run = await deploy({
      'deployment-file': 'cli/green.yml',
      deployment: 'curated',
      environment: registry,
      'keep-failed': 'true',
    });
    expect(run.log).toMatch(new RegExp(`Environment ${registry}`));
    const d = await get(`/onlineEndpoints/${EP}/deployments/curated`);
    expect(d.properties.environmentId).toBe(registry);
    await view.arm('DELETE', `${wsPath()}/onlineEndpoints/${EP}/deployments/curated`);
  }, 240_000);

  it('registers an inline build-context environment: the folder uploaded as az ml lays it out, sent as build.contextUri', async () => {
    write(
      'docker/Dockerfile',
      'FROM mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu22.04:latest\nRUN pip install scikit-learn\n',
    );
    write('docker/requirements.txt', 'scikit-learn\n');
    write(
      'cli/built.yml',
      DEPLOYMENT_YAML('built').replace(
        /environment: \n {2}conda_file: .*\n {2}image: .*\n/,
        'environment:\n  name: built-env\n  build:\n    path: ../docker\n    dockerfile_path: Dockerfile\n  os_type: linux\n',
      ),
    );
    const run = await deploy({ 'deployment-file': 'cli/built.yml' });
    // Whether the emulator can serve an image it would have to build is its own business; the environment is ours.
    const versions = (await get('/environments/built-env/versions')).value;
    expect(versions).toHaveLength(1);
    const env = versions[0].properties;
    expect(env.osType).toBe('Linux');
    expect(env.isAnonymous).toBe(false);
    expect(env.build.dockerfilePath).toBe('Dockerfile');
    expect(env.build.contextUri).toMatch(/\/LocalUpload\/[0-9a-f]{32}\/docker\/$/);
    expect(run.log).toMatch(/Registered environment built-env:[0-9a-f]{30} \(build context\)/);
    await view.arm('DELETE', `${wsPath()}/onlineEndpoints/${EP}/deployments/built`);
  }, 240_000);

  it.each([
    [
      'model: azureml:not-registered:1\n',
      'deployment-file',
      /line 4, model: model azureml:not-registered:1 is not registered in workspace 'dev'/,
    ],
    [
      'environment: azureml:no-env:1\n',
      'deployment-file',
      /line 9, environment: environment azureml:no-env:1 is not registered/,
    ],
    ['type: kubernetes\n', 'deployment-file', /line 3, type: Kubernetes online deployments/],
    [
      'data_collector:\n  collections:\n    request:\n      enabled: true\n      data: {name: x}\n',
      'deployment-file',
      /data_collector\.collections\.request\.data: deploy-endpoint registers no data asset/,
    ],
  ])(
    'refuses %j naming the key and its line, and writes nothing',
    async (change, input, message) => {
      let text = DEPLOYMENT_YAML('refused');
      if (change.startsWith('model:'))
        text = text.replace('model:\n  path: ../out/model\n', `model: azureml:not-registered:1\n`);
      else if (change.startsWith('environment:'))
        text = text.replace(/environment: \n {2}conda_file: .*\n {2}image: .*\n/, change);
      else if (change.startsWith('type:')) text = text.replace('name: refused\n', `name: refused\n${change}`);
      else text = text.replace(/data_collector:[\s\S]*$/, change);
      write('cli/refused.yml', text);
      const mark = emu.requests.length;
      const run = await deploy({ 'deployment-file': 'cli/refused.yml' });
      expect(run.exitCode).toBe(1);
      expect(run.log).toMatch(new RegExp(`Input '${input}' \\(.*refused\\.yml\\)`));
      expect(run.log).toMatch(message);
      expect(writes(mark)).toEqual([]);
    },
    120_000,
  );

  it('refuses endpoint-file traffic with the reason, before any write', async () => {
    write('cli/traffic.yml', `name: ${EP}\nauth_mode: key\ntraffic:\n  blue: 0\n  green: 100\n`);
    const mark = emu.requests.length;
    const run = await deploy({ 'endpoint-file': 'cli/traffic.yml', 'deployment-file': 'cli/green.yml' });
    expect(run.exitCode).toBe(1);
    expect(run.log).toMatch(
      /Input 'endpoint-file' \(.*traffic\.yml\): line 3, traffic: deploy-endpoint never moves traffic from a file/,
    );
    expect(writes(mark)).toEqual([]);
    expect((await get(`/onlineEndpoints/${EP}`)).properties.traffic).toEqual({ blue: 100 });
  }, 60_000);
});
