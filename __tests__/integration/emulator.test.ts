// The emulator driven by the real clients: @azure/arm-machinelearning for the control plane, @azure/storage-blob
// for Azurite, and plain HTTPS where the SDK would refuse to send what we test (bad names, bad bodies).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AzureMachineLearningWorkspaces, ModelVersion } from '@azure/arm-machinelearning';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AZUREML_API_VERSION } from '../../src/contract/azureml-api.js';
import { start, type RunningEmulator } from '../../src/emulator/index.js';
import { armCall, type ArmAnswer as Answer } from '../helpers/emulator-arm-call.js';
import { armClient, datastoreContainer } from '../helpers/emulator-sdk.js';

const RG = 'mlops-local';
let emu: RunningEmulator;
let dataDir: string;
let admin: AzureMachineLearningWorkspaces;
let accountKey: string;

/** One raw ARM call over HTTPS, trusting the emulator's CA. */
const call = (
  method: string,
  path: string,
  options: { token?: string | null; body?: unknown; apiVersion?: string | null } = {},
): Promise<Answer> => armCall(emu, method, path, options);

const ws = (name = 'dev'): string =>
  `/subscriptions/${emu.subscriptionId}/resourceGroups/${RG}/providers/Microsoft.MachineLearningServices/workspaces/${name}`;
const uri = (workspace: string, path: string): string =>
  `azureml://subscriptions/${emu.subscriptionId}/resourcegroups/${RG}/workspaces/${workspace}/datastores/workspaceblobstore/paths/${path}`;

/** Uploads with the workspace's own account key (each workspace has its own storage account). */
async function upload(workspace: string, path: string, content = 'weights'): Promise<void> {
  const key =
    workspace === 'dev'
      ? accountKey
      : ((await admin.datastores.listSecrets(RG, workspace, 'workspaceblobstore')) as { key: string }).key;
  await datastoreContainer(emu, workspace, key)
    .getBlockBlobClient(path)
    .upload(content, Buffer.byteLength(content));
}

async function modelVersion(
  name: string,
  version: string,
  path: string,
  extra: Partial<ModelVersion['properties']> = {},
): Promise<ModelVersion> {
  return admin.modelVersions.createOrUpdate(RG, 'dev', name, version, {
    properties: { modelUri: uri('dev', path), modelType: 'custom_model', ...extra },
  });
}

/** What an SDK call threw: its status code and the ARM error code. */
async function failure(
  promise: Promise<unknown>,
): Promise<{ statusCode?: number; code?: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    const e = error as { statusCode?: number; code?: string; message: string };
    return { statusCode: e.statusCode, code: e.code, message: e.message };
  }
  throw new Error('expected the call to fail');
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'emulator-test-'));
  emu = await start({ dataDir, pageSize: 3, quiet: true });
  admin = armClient(emu);
  const secrets = await admin.datastores.listSecrets(RG, 'dev', 'workspaceblobstore');
  expect(secrets.secretsType).toBe('AccountKey');
  accountKey = (secrets as { key: string }).key;
}, 60_000);

afterAll(async () => {
  await emu?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('authentication and authorization', () => {
  it('answers 401 AuthenticationFailed with a challenge when there is no bearer token', async () => {
    const res = await call('GET', ws(), { token: null });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('AuthenticationFailed');
    expect(res.headers['www-authenticate']).toMatch(/^Bearer authorization_uri=.*error="invalid_token"/);
  });

  it('answers 401 InvalidAuthenticationToken to the SDK with an unknown token', async () => {
    const err = await failure(armClient(emu, 'not-a-token', { raw: true }).workspaces.get(RG, 'dev'));
    expect(err).toMatchObject({ statusCode: 401, code: 'InvalidAuthenticationToken' });
  });

  it('answers 403 AuthorizationFailed naming principal, action and scope (data-scientist on prod)', async () => {
    await upload('prod', 'LocalUpload/p/model.pkl');
    const ds = armClient(emu, 'data-scientist');
    const err = await failure(
      ds.modelVersions.createOrUpdate(RG, 'prod', 'm', '1', {
        properties: { modelUri: uri('prod', 'LocalUpload/p/'), modelType: 'custom_model' },
      }),
    );
    expect(err.statusCode).toBe(403);
    expect(err.code).toBe('AuthorizationFailed');
    expect(err.message).toContain("The client 'data-scientist' with object id");
    expect(err.message).toContain(
      "action 'Microsoft.MachineLearningServices/workspaces/models/versions/write'",
    );
    expect(err.message).toContain(`over scope '${ws('prod')}/models/m/versions/1'`);
    // and it cannot even read prod, while it works in dev
    expect((await failure(ds.workspaces.get(RG, 'prod'))).statusCode).toBe(403);
    expect((await ds.workspaces.get(RG, 'dev')).name).toBe('dev');
    const listed: string[] = [];
    for await (const w of ds.workspaces.listByResourceGroup(RG)) listed.push(w.name!);
    expect(listed).toEqual(['dev']);
  });

  it('lets reader read but not write or read secrets', async () => {
    const reader = armClient(emu, 'reader');
    expect((await reader.workspaces.get(RG, 'prod')).name).toBe('prod');
    await upload('dev', 'LocalUpload/r/model.pkl');
    const write = await failure(
      reader.modelVersions.createOrUpdate(RG, 'dev', 'r', '1', {
        properties: { modelUri: uri('dev', 'LocalUpload/r/') },
      }),
    );
    expect(write).toMatchObject({ statusCode: 403, code: 'AuthorizationFailed' });
    const secrets = await failure(reader.datastores.listSecrets(RG, 'dev', 'workspaceblobstore'));
    expect(secrets.statusCode).toBe(403);
    expect(secrets.message).toContain(
      'Microsoft.MachineLearningServices/workspaces/datastores/listsecrets/action',
    );
  });
});

describe('workspaces and datastores', () => {
  it('gets a workspace with id, type, systemData and properties', async () => {
    const w = await admin.workspaces.get(RG, 'dev');
    expect(w).toMatchObject({
      id: ws('dev'),
      name: 'dev',
      type: 'Microsoft.MachineLearningServices/workspaces',
      provisioningState: 'Succeeded',
    });
    expect(w.systemData?.createdAt).toBeInstanceOf(Date);
    const all: string[] = [];
    for await (const x of admin.workspaces.listBySubscription()) all.push(x.name!);
    expect(all.sort()).toEqual(['dev', 'preprod', 'prod']);
  });

  it('lists the default datastore (isDefault filter) and its secret opens the container', async () => {
    const defaults = [];
    for await (const d of admin.datastores.list(RG, 'dev', { isDefault: true })) defaults.push(d);
    expect(defaults).toHaveLength(1);
    expect(defaults[0]).toMatchObject({
      name: 'workspaceblobstore',
      properties: {
        datastoreType: 'AzureBlob',
        isDefault: true,
        containerName: 'azureml-blobstore-dev',
        protocol: 'http',
        accountName: emu.storageAccounts.dev!.account,
      },
    });
    expect((defaults[0]!.properties as { endpoint: string }).endpoint).toBe(new URL(emu.blobHost).host);
    expect(await datastoreContainer(emu, 'dev', accountKey).exists()).toBe(true);
  });

  it('answers 404 in the ARM envelope for a missing workspace, model and version', async () => {
    const res = await call('GET', `${ws('nope')}`);
    expect(res.status).toBe(404);
    expect(res.body.error).toMatchObject({ code: 'ResourceNotFound' });
    expect(res.body.error.message).toContain("'Microsoft.MachineLearningServices/workspaces/nope'");
    const missing = await failure(admin.modelVersions.get(RG, 'dev', 'ghost', '1'));
    expect(missing).toMatchObject({ statusCode: 404, code: 'ResourceNotFound' });
  });

  it('rejects a request without or with an unknown api-version as ARM does', async () => {
    expect((await call('GET', ws(), { apiVersion: null })).body.error.code).toBe(
      'MissingApiVersionParameter',
    );
    const res = await call('GET', ws(), { apiVersion: '2099-01-01' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('NoRegisteredProviderFound');
    // Only the one api-version is served.
    expect(res.body.error.message).toContain(`The supported api-versions are '${AZUREML_API_VERSION}'.`);
    expect(res.body.error.message).toContain("for type 'workspaces'");
    for (const previous of ['2023-04-01', '2022-10-01']) {
      const old = await call('GET', ws(), { apiVersion: previous });
      expect(old.status).toBe(400);
      expect(old.body.error.code).toBe('NoRegisteredProviderFound');
    }
    const malformed = await call('GET', ws(), { apiVersion: 'latest' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error).toMatchObject({ code: 'InvalidApiVersionParameter', target: 'api-version' });
    expect(malformed.body.error.message).toContain("The api-version 'latest' is invalid");
  });
});

describe('model versions', () => {
  it('creates a version (201), updates its tags and description (200), and keeps its files fixed (409)', async () => {
    await upload('dev', 'LocalUpload/aaa/churn/model.pkl');
    await upload('dev', 'LocalUpload/bbb/churn/model.pkl');
    const created = await call('PUT', `${ws()}/models/churn/versions/1`, {
      body: {
        properties: {
          modelUri: uri('dev', 'LocalUpload/aaa/churn/'),
          modelType: 'custom_model',
          tags: { a: '1' },
        },
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      id: `${ws()}/models/churn/versions/1`,
      name: '1',
      type: 'Microsoft.MachineLearningServices/workspaces/models/versions',
    });
    expect(created.body.systemData).toMatchObject({ createdBy: 'admin', createdByType: 'User' });

    const updated = await modelVersion('churn', '1', 'LocalUpload/aaa/churn/', {
      description: 'better words',
      tags: { a: '2' },
    });
    expect(updated.properties).toMatchObject({
      description: 'better words',
      tags: { a: '2' },
      modelType: 'custom_model',
    });

    const conflict = await call('PUT', `${ws()}/models/churn/versions/1`, {
      body: { properties: { modelUri: uri('dev', 'LocalUpload/bbb/churn/'), modelType: 'custom_model' } },
    });
    expect(conflict.status).toBe(409);
    expect(conflict.body.error).toMatchObject({ code: 'UserError', message: 'Conflict' });
    expect(conflict.body.error.details[0]).toMatchObject({
      code: 'ModelVersionInUse',
      target: 'properties.modelUri',
    });
    const typeChange = await failure(
      modelVersion('churn', '1', 'LocalUpload/aaa/churn/', { modelType: 'mlflow_model' }),
    );
    expect(typeChange.statusCode).toBe(409);
    expect((await admin.modelVersions.get(RG, 'dev', 'churn', '1')).properties.modelUri).toBe(
      uri('dev', 'LocalUpload/aaa/churn/'),
    );

    const container = await admin.modelContainers.get(RG, 'dev', 'churn');
    expect(container.properties).toMatchObject({ latestVersion: '1', nextVersion: '2' });
  });

  it('rejects bad names, versions, bodies and modelUris with 400 naming the field', async () => {
    await upload('dev', 'LocalUpload/ccc/x/model.pkl');
    const good = { properties: { modelUri: uri('dev', 'LocalUpload/ccc/x/'), modelType: 'custom_model' } };
    const badName = await call('PUT', `${ws()}/models/-bad.name/versions/1`, { body: good });
    expect(badName.status).toBe(400);
    expect(badName.body.error.target).toBe('name');
    const badVersion = await call('PUT', `${ws()}/models/x/versions/${encodeURIComponent('1/')}`, {
      body: good,
    });
    expect(badVersion.status).toBe(400);
    const badTags = await call('PUT', `${ws()}/models/x/versions/1`, {
      body: { properties: { ...good.properties, tags: { k: 1 } } },
    });
    expect(badTags.status).toBe(400);
    expect(badTags.body.error.target).toBe('properties.tags.k');
    const notJson = await call('PUT', `${ws()}/models/x/versions/1`, {
      body: '{"properties": {"secret": "sk-do-not-echo" oops',
    });
    expect(notJson.body.error.code).toBe('InvalidRequestContent');
    // Where it broke, never what it says (a body may carry keys).
    expect(notJson.body.error.message).toMatch(/not valid JSON \(at character \d+\)/);
    expect(JSON.stringify(notJson.body)).not.toContain('sk-do-not-echo');
    const noFiles = await failure(modelVersion('x', '1', 'LocalUpload/none/x/'));
    expect(noFiles.statusCode).toBe(400);
    expect(noFiles.message).toContain('modelUri');
    const otherWs = await call('PUT', `${ws()}/models/x/versions/1`, {
      body: { properties: { modelUri: uri('prod', 'LocalUpload/p/') } },
    });
    expect(otherWs.body.error.target).toBe('properties.modelUri');
    const badType = await call('PUT', `${ws()}/models/x/versions/1`, {
      body: { properties: { ...good.properties, modelType: 'pickle' } },
    });
    expect(badType.body.error.target).toBe('properties.modelType');
    expect((await call('GET', `${ws()}/models/x`)).status).toBe(404); // nothing was created
  });

  it('lists versions across pages, with $top, $orderBy, tags and properties filters', async () => {
    await upload('dev', 'LocalUpload/ddd/paged/model.pkl');
    for (let v = 1; v <= 7; v++) {
      await modelVersion('paged', String(v), 'LocalUpload/ddd/paged/', {
        tags: { parity: v % 2 ? 'odd' : 'even', ...(v === 3 ? { champion: 'yes' } : {}) },
        properties: { 'mlops.digest': `d${v}` },
      });
    }
    const before = emu.requests.length;
    const all: string[] = [];
    for await (const m of admin.modelVersions.list(RG, 'dev', 'paged', { orderBy: 'version asc' }))
      all.push(m.name!);
    expect(all).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(emu.requests.slice(before).filter((r) => r.path.endsWith('/paged/versions'))).toHaveLength(3); // pages of 3

    const newest: string[] = [];
    for await (const m of admin.modelVersions.list(RG, 'dev', 'paged')) newest.push(m.name!);
    expect(newest[0]).toBe('7'); // createdtime desc by default

    const top: string[] = [];
    for await (const m of admin.modelVersions.list(RG, 'dev', 'paged', { top: 4, orderBy: 'version desc' }))
      top.push(m.name!);
    expect(top).toEqual(['7', '6', '5', '4']);

    const odd: string[] = [];
    for await (const m of admin.modelVersions.list(RG, 'dev', 'paged', {
      tags: 'parity=odd,champion',
      orderBy: 'version asc',
    }))
      odd.push(m.name!);
    expect(odd).toEqual(['3']);
    const byProp: string[] = [];
    for await (const m of admin.modelVersions.list(RG, 'dev', 'paged', { properties: 'mlops.digest=d5' }))
      byProp.push(m.name!);
    expect(byProp).toEqual(['5']);

    const first = await call('GET', `${ws()}/models/paged/versions?$orderBy=version%20asc`);
    expect(first.body.value).toHaveLength(3);
    expect(first.body.nextLink).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/.*\$skip=/);
  });

  it('archives, filters by listViewType and deletes versions', async () => {
    await modelVersion('paged', '7', 'LocalUpload/ddd/paged/', {
      isArchived: true,
      tags: { parity: 'odd' },
      properties: { 'mlops.digest': 'd7' },
    });
    const active: string[] = [];
    for await (const m of admin.modelVersions.list(RG, 'dev', 'paged')) active.push(m.name!);
    expect(active).not.toContain('7');
    const archived: string[] = [];
    for await (const m of admin.modelVersions.list(RG, 'dev', 'paged', { listViewType: 'ArchivedOnly' }))
      archived.push(m.name!);
    expect(archived).toEqual(['7']);
    const del = await call('DELETE', `${ws()}/models/paged/versions/6`);
    expect(del.status).toBe(200);
    expect((await call('DELETE', `${ws()}/models/paged/versions/6`)).status).toBe(204);
    expect((await failure(admin.modelVersions.get(RG, 'dev', 'paged', '6'))).statusCode).toBe(404);
    const containers: string[] = [];
    for await (const c of admin.modelContainers.list(RG, 'dev')) containers.push(c.name!);
    expect(containers).toEqual(expect.arrayContaining(['churn', 'paged']));
  });
});

describe('code and environment assets', () => {
  it('creates code and environment versions and their containers', async () => {
    await upload('dev', 'LocalUpload/eee/score/score.py', 'def init(): pass');
    const code = await admin.codeVersions.createOrUpdate(RG, 'dev', 'score', '1', {
      properties: { codeUri: uri('dev', 'LocalUpload/eee/score/') },
    });
    expect(code.id).toBe(`${ws()}/codes/score/versions/1`);
    const env = await admin.environmentVersions.createOrUpdate(RG, 'dev', 'py311', '1', {
      properties: {
        image: 'mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu22.04',
        condaFile: 'dependencies: [python=3.11]',
      },
    });
    expect(env.properties).toMatchObject({ osType: 'Linux', environmentType: 'UserCreated' });
    const change = await failure(
      admin.environmentVersions.createOrUpdate(RG, 'dev', 'py311', '1', {
        properties: { image: 'python:3.12' },
      }),
    );
    expect(change.statusCode).toBe(409);
    const noImage = await call('PUT', `${ws()}/environments/py311/versions/2`, { body: { properties: {} } });
    expect(noImage.body.error.target).toBe('properties.image');
    expect((await admin.codeContainers.get(RG, 'dev', 'score')).name).toBe('score');
    const envs: string[] = [];
    for await (const e of admin.environmentContainers.list(RG, 'dev')) envs.push(e.name!);
    expect(envs).toEqual(['py311']);
  });
});

describe('faults', () => {
  it('answers 429 with Retry-After, then serves; the SDK waits and succeeds', async () => {
    emu.setFaults([{ method: 'GET', path: '/workspaces/dev$', status: 429, retryAfterSeconds: 1, count: 1 }]);
    const before = emu.requests.length;
    const started = Date.now();
    expect((await admin.workspaces.get(RG, 'dev')).name).toBe('dev');
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(emu.requests.slice(before).map((r) => r.status)).toEqual([429, 200]);
    const raw = await (async () => {
      emu.setFaults([{ path: '/workspaces/dev$', status: 429, retryAfterSeconds: 7, count: 1 }]);
      return call('GET', ws());
    })();
    expect(raw.headers['retry-after']).toBe('7');
    expect(raw.body.error.code).toBe('TooManyRequests');
  });

  it('resets the connection; the SDK retries and succeeds', async () => {
    emu.setFaults([{ path: '/workspaces/dev$', reset: true, count: 1 }]);
    const before = emu.requests.length;
    expect((await admin.workspaces.get(RG, 'dev')).name).toBe('dev');
    expect(emu.requests.slice(before).map((r) => r.status)).toEqual([0, 200]);
  });

  it('keeps failing with a persistent 500, and delays without a status', async () => {
    emu.setFaults([
      { path: '/workspaces/preprod$', status: 500 },
      { path: '/workspaces/prod$', delayMs: 300 },
    ]);
    const err = await failure(armClient(emu, 'admin', { maxRetries: 1 }).workspaces.get(RG, 'preprod'));
    expect(err).toMatchObject({ statusCode: 500, code: 'InternalServerError' });
    const started = Date.now();
    expect((await admin.workspaces.get(RG, 'prod')).name).toBe('prod');
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
    emu.setFaults([]);
  });
});

describe('restart with the same data directory', () => {
  it('keeps workspaces, assets, tokens, certificate and blobs', async () => {
    const tokens = emu.tokens;
    const cert = readFileSync(emu.caCertPath, 'utf8');
    await emu.stop();
    emu = await start({ dataDir, pageSize: 3, quiet: true });
    admin = armClient(emu);
    expect(emu.tokens).toEqual(tokens);
    expect(readFileSync(emu.caCertPath, 'utf8')).toBe(cert);
    const v = await admin.modelVersions.get(RG, 'dev', 'churn', '1');
    expect(v.properties).toMatchObject({ description: 'better words', tags: { a: '2' } });
    const blob = await datastoreContainer(emu, 'dev', accountKey)
      .getBlobClient('LocalUpload/aaa/churn/model.pkl')
      .downloadToBuffer();
    expect(blob.toString()).toBe('weights');
    // the datastore's endpoint follows Azurite's new port
    const ds = await admin.datastores.get(RG, 'dev', 'workspaceblobstore');
    expect((ds.properties as { endpoint: string }).endpoint).toBe(new URL(emu.blobHost).host);
  }, 60_000);
});
