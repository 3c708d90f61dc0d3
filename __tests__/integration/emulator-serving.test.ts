// How the emulator serves what users deploy, as Azure does: init() failures in the script's own words, the three
// auth modes, request_settings (408, 429), curated and registry environments, the conda file's packages named
// before init(), MLflow models without scoring code, and the model mounted where Azure mounts it.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AzureMachineLearningWorkspaces, OnlineDeployment } from '@azure/arm-machinelearning';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start, type RunningEmulator } from '../../src/emulator/index.js';
import { armCall } from '../helpers/emulator-arm-call.js';
import { registerExample } from '../helpers/emulator-endpoints.js';
import { armClient, datastoreContainer } from '../helpers/emulator-sdk.js';

const RG = 'mlops-local';
const WS = 'dev';
const POLL = { updateIntervalInMs: 50 };
const PYTHON = process.env.MLOPS_EMULATOR_PYTHON || 'python3';

// Answers what it sees: AZUREML_MODEL_DIR's files, the entry script, the variables; sleeps when asked to.
const INSPECT = `import json, os, time

def init():
    pass

def run(raw):
    body = json.loads(raw)
    time.sleep(body.get("sleep", 0))
    root = os.environ["AZUREML_MODEL_DIR"]
    files = sorted(os.path.relpath(os.path.join(d, f), root) for d, _, fs in os.walk(root) for f in fs)
    return {"model_dir": root, "files": files, "entry": os.environ["AZUREML_ENTRY_SCRIPT"], "env": sorted(os.environ)}
`;

let emu: RunningEmulator;
let admin: AzureMachineLearningWorkspaces;
let work: string;
let ids: {
  model: string;
  fileModel: string;
  bareFolderModel: string;
  mlflowModel: string;
  inspect: string;
  bad: string;
};
let stub: string;
let ds: string;

const wsPath = (): string =>
  `/subscriptions/${emu.subscriptionId}/resourceGroups/${RG}/providers/Microsoft.MachineLearningServices/workspaces/${WS}`;

async function createEndpoint(name: string, authMode: 'Key' | 'AMLToken' | 'AADToken'): Promise<void> {
  await admin.onlineEndpoints.beginCreateOrUpdateAndWait(
    RG,
    WS,
    name,
    { location: 'local', properties: { authMode } },
    POLL,
  );
}

function deployment(model: string, properties: Record<string, unknown> = {}, capacity = 1): OnlineDeployment {
  return {
    location: 'local',
    sku: { name: 'Default', capacity },
    properties: {
      endpointComputeType: 'Managed',
      model,
      codeConfiguration: { codeId: ids.inspect, scoringScript: 'score.py' },
      readinessProbe: { initialDelay: 'PT0S', period: 'PT1S', failureThreshold: 20 },
      ...properties,
    } as OnlineDeployment['properties'],
  };
}

const deploy = (endpoint: string, name: string, body: OnlineDeployment): Promise<OnlineDeployment> =>
  admin.onlineDeployments.beginCreateOrUpdateAndWait(RG, WS, endpoint, name, body, POLL);

const logs = async (endpoint: string, name: string): Promise<string> =>
  (await admin.onlineDeployments.getLogs(RG, WS, endpoint, name, { containerType: 'InferenceServer' }))
    .content ?? '';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

async function score(
  endpoint: string,
  token: string,
  body: unknown = {},
  deploymentName?: string,
): Promise<{ status: number; body: Json }> {
  const res = await fetch(`${emu.gatewayEndpoint}/${WS}/${endpoint}/score`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      ...(deploymentName ? { 'azureml-model-deployment': deploymentName } : {}),
    },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: res.status, body: parsed };
}

const keyOf = async (endpoint: string): Promise<string> =>
  (await admin.onlineEndpoints.listKeys(RG, WS, endpoint)).primaryKey!;

/** Which of `modules` the emulator's python imports (the expectations follow the machine's python). */
function importable(modules: string[]): Set<string> {
  const out = execFileSync(PYTHON, [
    '-c',
    'import importlib.util, json, sys\nprint(json.dumps([m for m in json.loads(sys.argv[1]) if importlib.util.find_spec(m)]))',
    JSON.stringify(modules),
  ]).toString();
  return new Set(JSON.parse(out) as string[]);
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'mlops-serving-'));
  emu = await start({ quiet: true });
  admin = armClient(emu);
  const example = await registerExample(emu, work);
  const secrets = (await admin.datastores.listSecrets(RG, WS, 'workspaceblobstore')) as { key: string };
  const container = datastoreContainer(emu, WS, secrets.key);
  ds = `azureml://subscriptions/${emu.subscriptionId}/resourcegroups/${RG}/workspaces/${WS}/datastores/workspaceblobstore/paths`;
  const put = (path: string, text: string): Promise<unknown> =>
    container.getBlockBlobClient(path).uploadData(Buffer.from(text));
  await put('LocalUpload/i1/code/score.py', INSPECT);
  await put('LocalUpload/f1/x.pkl', 'pickled');
  await put('LocalUpload/b1/model/weights.bin', 'w');
  await put('LocalUpload/b1/model/sub/conf.json', '{}');
  await put('LocalUpload/ml1/model/MLmodel', 'flavors: {}\n');
  const model = (name: string, uri: string, modelType = 'custom_model'): Promise<string> =>
    admin.modelVersions
      .createOrUpdate(RG, WS, name, '1', { properties: { modelUri: `${ds}/${uri}`, modelType } })
      .then((m) => m.id!);
  ids = {
    model: example.modelId,
    bad: example.badCodeId,
    fileModel: await model('file-model', 'LocalUpload/f1/x.pkl'),
    bareFolderModel: await model('folder-model', 'LocalUpload/b1/model'),
    mlflowModel: await model('iris-mlflow', 'LocalUpload/ml1/model', 'mlflow_model'),
    inspect: (
      await admin.codeVersions.createOrUpdate(RG, WS, 'inspect', '1', {
        properties: { codeUri: `${ds}/LocalUpload/i1/code/` },
      })
    ).id!,
  };
  // A stand-in for mlflow (mlflow.pyfunc.load_model), found through the deployment's PYTHONPATH.
  stub = join(work, 'stub');
  mkdirSync(join(stub, 'mlflow'), { recursive: true });
  writeFileSync(join(stub, 'mlflow', '__init__.py'), '');
  writeFileSync(
    join(stub, 'mlflow', 'pyfunc.py'),
    'class _M:\n    def predict(self, data):\n        return [len(data)]\n\ndef load_model(path):\n    return _M()\n',
  );
  await createEndpoint('key-ep', 'Key');
}, 90_000);

afterAll(async () => {
  await emu?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('a failing init()', () => {
  it("fails the deployment with the script's traceback and exit code, in the error and in the logs", async () => {
    const failure = await deploy('key-ep', 'broken', {
      ...deployment(ids.model),
      properties: {
        ...deployment(ids.model).properties,
        codeConfiguration: { codeId: ids.bad, scoringScript: 'score.py' },
      },
    }).then(
      () => undefined,
      (error: Error) => error.message,
    );
    expect(failure).toMatch(/exited with code 1\./);
    expect(failure).toContain('Traceback (most recent call last):');
    expect(failure).toMatch(/score\.py", line 2, in init/);
    expect(failure).toContain('RuntimeError: model file is corrupt: boom');
    const log = await logs('key-ep', 'broken');
    expect(log).toMatch(/init\(\) failed[\s\S]*Traceback[\s\S]*RuntimeError: model file is corrupt: boom/);
    expect(log).not.toContain('Fatal Python error');
    expect(log).not.toContain('<no Python frame>');
    await admin.onlineDeployments.beginDeleteAndWait(RG, WS, 'key-ep', 'broken', POLL);
  });
});

describe('the model where Azure mounts it, and what user code sees', () => {
  it('mounts a folder model (modelUri without a trailing slash) under its own name', async () => {
    await deploy('key-ep', 'folder', deployment(ids.bareFolderModel));
    const seen = await score('key-ep', await keyOf('key-ep'), {}, 'folder');
    expect(seen.status).toBe(200);
    expect(seen.body.model_dir).toMatch(/azureml-models\/folder-model\/1$/);
    expect(seen.body.files).toEqual(['model/sub/conf.json', 'model/weights.bin']);
    expect(seen.body.entry).toMatch(/code\/score\.py$/);
    // Only what Azure gives a scoring script (and what python needs to start): never the emulator's own variables.
    expect(seen.body.env).toEqual(expect.arrayContaining(['AZUREML_MODEL_DIR', 'AZUREML_ENTRY_SCRIPT']));
    expect(seen.body.env.filter((v: string) => /^(MLOPS_|NODE_|JEST|npm_|AZURE_)/.test(v))).toEqual([]);
  });

  it('mounts a single-file model as the file itself', async () => {
    await deploy('key-ep', 'file', deployment(ids.fileModel));
    const seen = await score('key-ep', await keyOf('key-ep'), {}, 'file');
    expect(seen.body.model_dir).toMatch(/azureml-models\/file-model\/1$/);
    expect(seen.body.files).toEqual(['x.pkl']);
  });

  it('honours modelMountPath', async () => {
    await deploy(
      'key-ep',
      'mounted',
      deployment(ids.bareFolderModel, { modelMountPath: '/var/models/mine' }),
    );
    const seen = await score('key-ep', await keyOf('key-ep'), {}, 'mounted');
    expect(seen.body.model_dir).toMatch(/\/var\/models\/mine$/);
    expect(seen.body.files).toEqual(['model/sub/conf.json', 'model/weights.bin']);
  });
});

describe('auth modes', () => {
  beforeAll(async () => {
    await createEndpoint('aml-ep', 'AMLToken');
    await createEndpoint('aad-ep', 'AADToken');
    await Promise.all([
      deploy('aml-ep', 'blue', deployment(ids.fileModel)),
      deploy('aad-ep', 'blue', deployment(ids.fileModel)),
    ]);
    for (const ep of ['aml-ep', 'aad-ep'])
      await admin.onlineEndpoints.beginCreateOrUpdateAndWait(
        RG,
        WS,
        ep,
        {
          location: 'local',
          properties: { authMode: ep === 'aml-ep' ? 'AMLToken' : 'AADToken', traffic: { blue: 100 } },
        },
        POLL,
      );
  }, 60_000);

  it('a Key endpoint takes its keys and refuses tokens', async () => {
    const amlToken = (await admin.onlineEndpoints.getToken(RG, WS, 'key-ep')).accessToken!;
    expect((await score('key-ep', await keyOf('key-ep'), {}, 'file')).status).toBe(200);
    expect((await score('key-ep', amlToken, {}, 'file')).status).toBe(401);
    expect((await score('key-ep', emu.tokens.admin!, {}, 'file')).status).toBe(401);
  });

  it("an AMLToken endpoint refuses its keys (401) and takes its token action's token", async () => {
    const refused = await score('aml-ep', await keyOf('aml-ep'));
    expect(refused.status).toBe(401);
    expect(refused.body.message).toMatch(/AMLToken: keys are refused/);
    const token = (await admin.onlineEndpoints.getToken(RG, WS, 'aml-ep')).accessToken!;
    expect((await score('aml-ep', token)).status).toBe(200);
    const otherEndpoints = (await admin.onlineEndpoints.getToken(RG, WS, 'key-ep')).accessToken!;
    expect((await score('aml-ep', otherEndpoints)).status).toBe(401);
  });

  it('an AADToken endpoint takes the Entra token of a principal allowed to score, and nothing else', async () => {
    expect((await score('aad-ep', emu.tokens.admin!)).status).toBe(200);
    expect((await score('aad-ep', emu.tokens['data-scientist']!)).status).toBe(200);
    const reader = await score('aad-ep', emu.tokens.reader!);
    expect(reader.status).toBe(401);
    expect(reader.body.message).toMatch(/AADToken/);
    expect((await score('aad-ep', await keyOf('aad-ep'))).status).toBe(401);
    expect(
      (await score('aad-ep', (await admin.onlineEndpoints.getToken(RG, WS, 'aad-ep')).accessToken!)).status,
    ).toBe(401);
  });
});

describe('request settings', () => {
  beforeAll(async () => {
    await deploy(
      'key-ep',
      'slow',
      deployment(ids.fileModel, {
        requestSettings: { requestTimeout: 'PT3S', maxConcurrentRequestsPerInstance: 1 },
      }),
    );
  }, 30_000);

  it('answers 408 when scoring takes longer than requestTimeout', async () => {
    const key = await keyOf('key-ep');
    const began = Date.now();
    const answer = await score('key-ep', key, { sleep: 5 }, 'slow');
    expect(answer.status).toBe(408);
    expect(Date.now() - began).toBeGreaterThanOrEqual(2_900);
    expect(Date.now() - began).toBeLessThan(4_900);
    expect((await score('key-ep', key, { sleep: 0 }, 'slow')).status).toBe(200);
  });

  it('answers 429 past 2 * maxConcurrentRequestsPerInstance * instance count requests in flight', async () => {
    const key = await keyOf('key-ep');
    const statuses = (
      await Promise.all([1, 2, 3].map(() => score('key-ep', key, { sleep: 0.6 }, 'slow')))
    ).map((a) => a.status);
    expect(statuses.sort()).toEqual([200, 200, 429]);
    // Scaled out to 2 instances: 4 in flight are taken.
    await admin.onlineDeployments.beginUpdateAndWait(
      RG,
      WS,
      'key-ep',
      'slow',
      { sku: { capacity: 2 } },
      POLL,
    );
    const scaled = (
      await Promise.all([1, 2, 3, 4, 5].map(() => score('key-ep', key, { sleep: 0.6 }, 'slow')))
    ).map((a) => a.status);
    expect(scaled.sort()).toEqual([200, 200, 200, 200, 429]);
  });
});

describe('environments', () => {
  it('serves a curated environment of the azureml registry and names its packages the local python lacks', async () => {
    await deploy(
      'key-ep',
      'curated',
      deployment(ids.fileModel, {
        environmentId: 'azureml://registries/azureml/environments/sklearn-1.5/labels/latest',
      }),
    );
    const log = await logs('key-ep', 'curated');
    expect(log).toContain('Curated environment sklearn-1.5');
    const has = importable(['sklearn', 'mlflow']);
    if (has.has('sklearn')) expect(log).not.toContain('  - scikit-learn');
    else expect(log).toContain('  - scikit-learn (import sklearn)');
    if (!has.has('mlflow')) expect(log).toContain('  - mlflow');
    // Named before init() runs.
    expect(log.indexOf('Curated environment')).toBeLessThan(log.indexOf('Calling init()'));
  });

  it('answers an AzureML-* curated environment version in every workspace, as Azure shows them', async () => {
    const path = (name: string, v = '21'): string => `${wsPath()}/environments/${name}/versions/${v}`;
    const curated = await armCall(emu, 'GET', path('AzureML-sklearn-1.0-ubuntu20.04-py38-cpu'));
    expect(curated.status).toBe(200);
    expect(curated.body.properties.environmentType).toBe('Curated');
    expect(curated.body.properties.condaFile).toContain('scikit-learn');
    expect((await armCall(emu, 'GET', path('AzureML-no-such-env'))).status).toBe(404);
    expect((await armCall(emu, 'GET', path('AzureML-sklearn-1.0-ubuntu20.04-py38-cpu', 'x'))).status).toBe(
      404,
    );
  });

  it('serves an AzureML-* curated environment referenced in the workspace', async () => {
    await deploy(
      'key-ep',
      'curated-old',
      deployment(ids.fileModel, {
        environmentId: `${wsPath()}/environments/AzureML-sklearn-1.0-ubuntu20.04-py38-cpu/versions/1`,
      }),
    );
    expect(await logs('key-ep', 'curated-old')).toContain(
      'Curated environment AzureML-sklearn-1.0-ubuntu20.04-py38-cpu',
    );
  });

  it("names the packages of a workspace environment's conda file that python cannot import, and installs nothing", async () => {
    const env = await admin.environmentVersions.createOrUpdate(RG, WS, 'my-env', '1', {
      properties: {
        image: 'mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu20.04:latest',
        condaFile:
          'name: e\ndependencies:\n  - python=3.10\n  - pip\n  - pip:\n    - azureml-defaults\n    - json5-missing-pkg==1.0\n    - six-not-here\n',
      },
    });
    await deploy('key-ep', 'conda', deployment(ids.fileModel, { environmentId: env.id }));
    const log = await logs('key-ep', 'conda');
    expect(log).toMatch(
      /Environment my-env:1 \(its conda file\): the local python .* cannot import 2 of its 2 packages:/,
    );
    expect(log).toContain('  - json5-missing-pkg (import json5_missing_pkg)');
    expect(log).toContain('  - six-not-here (import six_not_here)');
    expect(log).not.toContain('azureml-defaults');
    expect(log).toMatch(/installs nothing/);
  });

  it('refuses an unknown curated environment, another registry and a registry model at PUT, writing nothing', async () => {
    const put = (name: string, properties: Record<string, unknown>) =>
      armCall(emu, 'PUT', `${wsPath()}/onlineEndpoints/key-ep/deployments/${name}`, {
        body: deployment(ids.fileModel, properties),
      });
    const unknown = await put('nope1', {
      environmentId: 'azureml://registries/azureml/environments/no-such-env/versions/1',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.target).toBe('properties.environmentId');
    expect(unknown.body.error.message).toMatch(/'no-such-env'.*not one the local emulator serves/);
    const other = await put('nope2', {
      environmentId: 'azureml://registries/contoso/environments/env/labels/latest',
    });
    expect(other.status).toBe(400);
    expect(other.body.error.message).toMatch(/registry 'contoso'/);
    const model = await put('nope3', { model: 'azureml://registries/azureml/models/iris/versions/1' });
    expect(model.status).toBe(400);
    expect(model.body.error.target).toBe('properties.model');
    expect(model.body.error.message).toMatch(/cannot download or serve it/);
    for (const name of ['nope1', 'nope2', 'nope3'])
      expect(
        (await armCall(emu, 'GET', `${wsPath()}/onlineEndpoints/key-ep/deployments/${name}`)).status,
      ).toBe(404);
  });
});

describe('MLflow models without scoring code', () => {
  const noCode = (env: Record<string, string> = {}): OnlineDeployment => {
    const body = deployment(ids.mlflowModel, { environmentVariables: env });
    delete (body.properties as { codeConfiguration?: unknown }).codeConfiguration;
    return body;
  };

  // The stand-in mlflow needs no pandas (the machine's python may lack it; mlflow itself depends on it), so the
  // request uses a tensor shape, which the shim reads with numpy.
  it('are served by mlflow.pyfunc when the python has mlflow', async () => {
    await deploy('key-ep', 'mlflow', noCode({ PYTHONPATH: stub }));
    const answer = await score(
      'key-ep',
      await keyOf('key-ep'),
      {
        inputs: [
          [1, 2],
          [3, 4],
          [5, 6],
        ],
      },
      'mlflow',
    );
    expect(answer).toEqual({ status: 200, body: [3] });
  });

  it('fail with a message naming mlflow, the python and MLOPS_EMULATOR_PYTHON when it has not', async () => {
    if (importable(['mlflow']).has('mlflow')) return; // this machine's python has mlflow: nothing is missing
    const failure = await deploy('key-ep', 'mlflow-missing', noCode()).then(
      () => undefined,
      (error: Error) => error.message,
    );
    expect(failure).toMatch(/MLflow model iris-mlflow:1 has no scoring code/);
    expect(failure).toMatch(/cannot import mlflow/);
    expect(failure).toMatch(/MLOPS_EMULATOR_PYTHON/);
    const d = await admin.onlineDeployments.get(RG, WS, 'key-ep', 'mlflow-missing');
    expect(d.properties.provisioningState).toBe('Failed');
    expect(await logs('key-ep', 'mlflow-missing')).toMatch(/cannot import mlflow/);
  });
});
