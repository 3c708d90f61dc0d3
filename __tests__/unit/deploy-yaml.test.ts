// The CLI v2 YAML readers of deploy-endpoint: one case per key (what reaches the API), the key and its line in
// every refusal, and hostile files (size, alias bombs, wrong types).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDeploymentFile } from '../../src/deploy/deployment-yaml.js';
import { isoDuration } from '../../src/deploy/deployment-yaml-parts.js';
import { readEndpointFile } from '../../src/deploy/endpoint-yaml.js';
import { MAX_YAML_BYTES } from '../../src/deploy/yaml-reader.js';
import { ConfigurationError } from '../../src/errors.js';

let dir: string;
let n = 0;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'deploy-yaml-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(text: string): string {
  const path = join(dir, `f${n++}.yml`);
  writeFileSync(path, text);
  return path;
}
const deployment = (text: string) => readDeploymentFile(file(text));
const endpoint = (text: string) => readEndpointFile(file(text));

async function refusal(read: Promise<unknown>): Promise<ConfigurationError> {
  try {
    await read;
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return error as ConfigurationError;
  }
  throw new Error('expected a ConfigurationError');
}

const UAI =
  '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/my-uai';

describe('endpoint file: every key', () => {
  it('reads name, description, tags, properties, auth_mode and public_network_access', async () => {
    const ep = await endpoint(
      'name: my-endpoint\ndescription: d\ntags: {team: ml, n: 3}\nproperties: {p: "1"}\nauth_mode: AML_Token\npublic_network_access: disabled\n',
    );
    expect(ep).toMatchObject({
      name: 'my-endpoint',
      description: 'd',
      tags: { team: 'ml', n: '3' },
      properties: { p: '1' },
      authMode: 'AMLToken',
      publicNetworkAccess: 'Disabled',
    });
    expect(ep.identity).toBeUndefined();
  });

  it.each([
    ['type: system_assigned', { type: 'SystemAssigned' }],
    [
      `type: user_assigned\n  user_assigned_identities:\n    - resource_id: ${UAI}`,
      { type: 'UserAssigned', userAssignedIdentities: { [UAI]: {} } },
    ],
    [
      `type: user_assigned\n  user_assigned_identities: [${UAI}]`,
      { type: 'UserAssigned', userAssignedIdentities: { [UAI]: {} } },
    ],
    [
      `type: system_assigned,user_assigned\n  user_assigned_identities: [${UAI}]`,
      { type: 'SystemAssigned,UserAssigned', userAssignedIdentities: { [UAI]: {} } },
    ],
    ['type: none', { type: 'None' }],
  ])('maps identity %s to ManagedServiceIdentity', async (yaml, identity) => {
    expect((await endpoint(`name: e1x\nidentity:\n  ${yaml}\n`)).identity).toEqual(identity);
  });

  it.each([
    ['name: ep1\nauth_mode: key\ntraffic:\n  blue: 100\n', 3, 'traffic', /traffic input .* promote action/],
    ['name: ep1\nmirror_traffic: {blue: 10}\n', 2, 'mirror_traffic', /mirror input/],
    [
      '# c\nname: ep1\nauth_mode: Key\ncompute: azureml:k8s\n',
      4,
      'compute',
      /Kubernetes .* managed online endpoints only/,
    ],
    ['name: ep1\nkind: Managed\n', 2, 'kind', /set by Azure/],
    ['name: ep1\nlocation: westeurope\n', 2, 'location', /workspace's region/],
    ['name: ep1\nauth_mode: password\n', 2, 'auth_mode', /key, aml_token, aad_token/],
    ['name: ep1\npublic_network_access: maybe\n', 2, 'public_network_access', /enabled, disabled/],
    ['name: ep1\nidentity:\n  type: user_assigned\n', 3, 'identity.type', /needs user_assigned_identities/],
    [
      'name: ep1\nidentity:\n  type: user_assigned\n  user_assigned_identities: [not-an-id]\n',
      4,
      'identity.user_assigned_identities[0]',
      /ARM id/,
    ],
    [
      'name: ep1\nidentity:\n  type: user_assigned\n  user_assigned_identities:\n    - resource_id: user_identity_ARM_id_place_holder\n',
      5,
      'identity.user_assigned_identities[0].resource_id',
      /ARM id of a user-assigned identity/,
    ],
    [
      'name: ep1\nidentity:\n  type: system_assigned\n  user_assigned_identities: [' + UAI + ']\n',
      4,
      'identity.user_assigned_identities',
      /only allowed with type user_assigned/,
    ],
    ['name: ep1\ntags: [a, b]\n', 2, 'tags', /mapping/],
    ['name: ep1\nauth_typo: key\n', 2, 'auth_typo', /unknown key/],
  ])('refuses %j naming line %i and key %s', async (yaml, line, key, why) => {
    const error = await refusal(endpoint(yaml));
    expect(error.input).toBe('endpoint-file');
    expect(error.message).toContain(`: line ${line}, ${key}`);
    expect(error.message).toMatch(why);
  });
});

const BASE = 'name: blue\nendpoint_name: my-endpoint\n';

describe('deployment file: every key', () => {
  it('reads the top-level scalars and maps', async () => {
    const d = await deployment(
      BASE +
        'type: managed\ninstance_type: Standard_DS3_v2\ninstance_count: 2\ndescription: d\ntags: {a: b}\nproperties: {p: q}\n' +
        'environment_variables: {WORKER_COUNT: 2, DEBUG: true}\napp_insights_enabled: true\negress_public_network_access: disabled\n' +
        'model_mount_path: /var/azureml-app/model\n',
    );
    expect(d).toMatchObject({
      name: 'blue',
      endpointName: 'my-endpoint',
      instanceType: 'Standard_DS3_v2',
      instanceCount: 2,
      description: 'd',
      tags: { a: 'b' },
      properties: { p: 'q' },
      environmentVariables: { WORKER_COUNT: '2', DEBUG: 'true' },
      appInsightsEnabled: true,
      egressPublicNetworkAccess: 'Disabled',
      modelMountPath: '/var/azureml-app/model',
    });
  });

  it('maps request_settings (every key) to ISO 8601 durations as the CLI sends them', async () => {
    const d = await deployment(
      BASE +
        'request_settings:\n  request_timeout_ms: 90000\n  max_concurrent_requests_per_instance: 4\n  max_queue_wait_ms: 500\n',
    );
    expect(d.requestSettings).toEqual({
      requestTimeout: 'PT1M30S',
      maxConcurrentRequestsPerInstance: 4,
      maxQueueWait: 'PT0.5S',
    });
  });

  it('maps both probes, every key', async () => {
    const probe =
      '  initial_delay: 180\n  period: 180\n  timeout: 299\n  failure_threshold: 49\n  success_threshold: 1\n';
    const d = await deployment(BASE + `liveness_probe:\n${probe}readiness_probe:\n${probe}`);
    const want = {
      initialDelay: 'PT3M',
      period: 'PT3M',
      timeout: 'PT4M59S',
      failureThreshold: 49,
      successThreshold: 1,
    };
    expect(d.livenessProbe).toEqual(want);
    expect(d.readinessProbe).toEqual(want);
  });

  it('maps scale_settings: default drops nothing else, target_utilization keeps its keys', async () => {
    expect((await deployment(BASE + 'scale_settings:\n  type: default\n')).scaleSettings).toEqual({
      scaleType: 'Default',
    });
    const d = await deployment(
      BASE +
        'scale_settings:\n  type: target_utilization\n  min_instances: 1\n  max_instances: 3\n  polling_interval: 10\n  target_utilization_percentage: 70\n',
    );
    expect(d.scaleSettings).toEqual({
      scaleType: 'TargetUtilization',
      minInstances: 1,
      maxInstances: 3,
      pollingInterval: 'PT10S',
      targetUtilizationPercentage: 70,
    });
  });

  it('maps data_collector as DataCollector._to_rest_object does', async () => {
    const d = await deployment(
      BASE +
        "data_collector:\n  collections:\n    model_inputs:\n      enabled: 'True'\n    model_outputs:\n      enabled: false\n" +
        '  rolling_rate: hour\n  sampling_rate: 0.5\n  request_logging:\n    capture_headers: [x-request-id]\n',
    );
    expect(d.dataCollector).toEqual({
      collections: {
        model_inputs: { dataCollectionMode: 'Enabled', samplingRate: 0.5 },
        model_outputs: { dataCollectionMode: 'Disabled', samplingRate: 0.5 },
      },
      rollingRate: 'Hour',
      requestLogging: { captureHeaders: ['x-request-id'] },
    });
  });

  it('reads an inline model (folder, type, name, version, description, tags) relative to the file', async () => {
    const d = await deployment(
      BASE +
        'model:\n  name: m1\n  version: 2\n  path: ../models/m\n  type: mlflow_model\n  description: x\n  tags: {k: v}\n',
    );
    expect(d.model).toEqual({
      kind: 'inline',
      path: join(dir, '..', 'models', 'm'),
      type: 'mlflow_model',
      name: 'm1',
      version: '2',
      description: 'x',
      tags: { k: 'v' },
    });
    expect(d.where.lines['model.path']).toBe(6);
    expect((await deployment(BASE + 'model: azureml:my-model:1\n')).model).toEqual({
      kind: 'reference',
      value: 'azureml:my-model:1',
    });
  });

  it('reads an inline environment: image + conda_file, build, os_type, inference_config', async () => {
    const image = await deployment(
      BASE +
        'environment:\n  image: mcr.microsoft.com/x:latest\n  conda_file: env/conda.yaml\n  os_type: linux\n  name: e\n  version: "3"\n  tags: {t: u}\n',
    );
    expect(image.environment).toEqual({
      kind: 'inline',
      spec: {
        name: 'e',
        version: '3',
        tags: { t: 'u' },
        image: 'mcr.microsoft.com/x:latest',
        condaFile: join(dir, 'env', 'conda.yaml'),
        osType: 'Linux',
      },
    });
    const built = await deployment(
      BASE +
        'environment:\n  build:\n    path: docker\n    dockerfile_path: Dockerfile.gpu\n  inference_config:\n    liveness_route: {port: 5001, path: /health}\n' +
        '    readiness_route: {port: 5001, path: /ready}\n    scoring_route: {port: 5001, path: /score}\n',
    );
    expect(built.environment).toEqual({
      kind: 'inline',
      spec: {
        tags: {},
        build: { path: join(dir, 'docker'), dockerfilePath: 'Dockerfile.gpu' },
        inferenceConfig: {
          livenessRoute: { port: 5001, path: '/health' },
          readinessRoute: { port: 5001, path: '/ready' },
          scoringRoute: { port: 5001, path: '/score' },
        },
      },
    });
  });

  it('reads code_configuration: a local folder or a registered code asset', async () => {
    const local = await deployment(BASE + 'code_configuration:\n  code: src\n  scoring_script: score.py\n');
    expect(local.code).toEqual({ kind: 'local', path: join(dir, 'src') });
    expect(local.scoringScript).toBe('score.py');
    const registered = await deployment(
      BASE + 'code_configuration:\n  code: azureml:my-code:1\n  scoring_script: s.py\n',
    );
    expect(registered.code).toEqual({ kind: 'reference', value: 'azureml:my-code:1' });
  });

  it.each([
    ['type: kubernetes\nresources: {requests: {cpu: "0.1"}}\n', 3, 'type', /Kubernetes .* does not manage/],
    ['resources: {requests: {cpu: "0.1"}}\n', 3, 'resources', /Kubernetes online deployments/],
    ['private_network_connection: true\n', 3, 'private_network_connection', /no property/],
    ['provisioning_state: Succeeded\n', 3, 'provisioning_state', /read-only/],
    ['instance_typo: x\n', 3, 'instance_typo', /unknown key. Known keys here: name, endpoint_name/],
    ['instance_count: three\n', 3, 'instance_count', /whole number from 1 to 100/],
    ['instance_count: 1.5\n', 3, 'instance_count', /whole number/],
    ['app_insights_enabled: sometimes\n', 3, 'app_insights_enabled', /true or false/],
    ['egress_public_network_access: open\n', 3, 'egress_public_network_access', /enabled, disabled/],
    ['model_mount_path: model\n', 3, 'model_mount_path', /absolute path/],
    ['environment_variables: {A: [1]}\n', 3, 'environment_variables.A', /string, number or boolean/],
    [
      'request_settings:\n  request_timeout_ms: 200000\n',
      4,
      'request_settings.request_timeout_ms',
      /1 to 180000/,
    ],
    ['request_settings:\n  max_queue_ms: 1\n', 4, 'request_settings.max_queue_ms', /unknown key/],
    ['liveness_probe:\n  period: 0\n', 4, 'liveness_probe.period', /1 to 3600/],
    ['readiness_probe:\n  method: GET\n', 4, 'readiness_probe.method', /unknown key/],
    ['scale_settings:\n  type: magic\n', 4, 'scale_settings.type', /default, target_utilization/],
    [
      'scale_settings:\n  type: default\n  max_instances: 3\n',
      5,
      'scale_settings.max_instances',
      /unknown key/,
    ],
    [
      'scale_settings:\n  type: target_utilization\n  min_instances: 4\n  max_instances: 3\n',
      5,
      'scale_settings.min_instances',
      /more than max_instances/,
    ],
    ['data_collector:\n  rolling_rate: hour\n', 3, 'data_collector.collections', /required/],
    [
      'data_collector:\n  collections:\n    request:\n      enabled: yes-please\n',
      6,
      'data_collector.collections.request.enabled',
      /true or false/,
    ],
    [
      "data_collector:\n  collections:\n    request:\n      enabled: 'True'\n      data:\n        name: my_request_data_asset\n",
      7,
      'data_collector.collections.request.data',
      /registers no data asset/,
    ],
    [
      'data_collector:\n  sampling_rate: 2\n  collections: {request: {enabled: true}}\n',
      4,
      'data_collector.sampling_rate',
      /0 to 1/,
    ],
    ['model:\n  type: custom_model\n', 3, 'model.path', /required/],
    [
      'model:\n  path: m\n  type: tensorflow_model\n',
      5,
      'model.type',
      /custom_model, mlflow_model, triton_model/,
    ],
    ['model:\n  path: azureml://datastores/x/paths/m\n', 4, 'model.path', /local folder or file/],
    ['model:\n  path: m\n  version: 1\n', 5, 'model.version', /needs a name/],
    ['model:\n  path: m\n  flavors: {}\n', 5, 'model.flavors', /MLmodel/],
    ['environment:\n  conda_file: c.yaml\n', 3, 'environment', /needs image .* or build/],
    ['environment:\n  image: x\n  build: {path: d}\n', 5, 'environment.build', /not both/],
    ['environment:\n  image: x\n  os_type: beos\n', 5, 'environment.os_type', /linux, windows/],
    [
      'environment:\n  image: x\n  inference_config:\n    scoring_route: {path: /score}\n',
      6,
      'environment.inference_config.scoring_route.port',
      /required/,
    ],
    [
      'environment:\n  build:\n    path: https://github.com/x/y.git\n',
      5,
      'environment.build.path',
      /local folder/,
    ],
    [
      'environment:\n  image: x\n  inference_config:\n    liveness_route: {port: 5001, path: /}\n',
      6,
      'environment.inference_config.liveness_route.path',
      /pattern \[a-zA-Z0-9_\]/,
    ],
    ['code_configuration:\n  code: src\n', 3, 'code_configuration.scoring_script', /required/],
    [
      'code_configuration:\n  code: https://x/y\n  scoring_script: s.py\n',
      4,
      'code_configuration.code',
      /local folder or a registered code asset/,
    ],
  ])('refuses %j naming line %i and key %s', async (yaml, line, key, why) => {
    const error = await refusal(deployment(BASE + yaml));
    expect(error.input).toBe('deployment-file');
    expect(error.message).toContain(`: line ${line}, ${key}: `);
    expect(error.message).toMatch(why);
  });
});

describe('hostile and broken files', () => {
  it('refuses a file over the size bound without parsing it', async () => {
    const error = await refusal(deployment(`${BASE}description: ${'x'.repeat(MAX_YAML_BYTES)}\n`));
    expect(error.message).toMatch(
      new RegExp(
        `^Input 'deployment-file': .* is \\d+ bytes, over the ${MAX_YAML_BYTES / 1024} KiB this input accepts`,
      ),
    );
  });

  it('refuses an alias bomb (billion laughs) instead of expanding it', async () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      'f: [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
    ].join('\n');
    const error = await refusal(deployment(bomb));
    expect(error.message).toMatch(/not a usable YAML file: .*aliases are expanded at most/);
  });

  it('refuses invalid YAML with its line, and never echoes the content', async () => {
    const error = await refusal(deployment('name: green\nmodel: [unclosed-secret-value\n'));
    expect(error.message).toMatch(/not valid YAML \(line \d+\)/);
    expect(error.message).not.toContain('unclosed-secret-value');
  });

  it('refuses a duplicate key, a list at the top, and an empty file', async () => {
    expect((await refusal(deployment('name: a\nname: b\n'))).message).toMatch(/not valid YAML \(line 2\)/);
    expect((await refusal(deployment('- name: a\n'))).message).toMatch(/expected a mapping/);
    expect((await refusal(deployment(''))).message).toMatch(/expected a mapping/);
  });

  it('refuses a wrong type in a nested block with its line', async () => {
    const error = await refusal(deployment(BASE + 'request_settings: 5000\n'));
    expect(error.message).toContain('line 3, request_settings: expected a mapping');
  });

  it('names a file that cannot be read', async () => {
    const error = await refusal(readDeploymentFile(join(dir, 'missing.yml')));
    expect(error.message).toMatch(/^Input 'deployment-file': cannot read .*missing\.yml \(ENOENT\)/);
  });
});

describe('isoDuration', () => {
  it.each([
    [500, 'PT0.5S'],
    [5000, 'PT5S'],
    [90_000, 'PT1M30S'],
    [180_000, 'PT3M'],
    [299_000, 'PT4M59S'],
    [3_600_000, 'PT1H'],
    [90_061_000, 'P1DT1H1M1S'],
    [0, 'PT0S'],
  ])('%i ms -> %s', (ms, iso) => expect(isoDuration(ms)).toBe(iso));
});
