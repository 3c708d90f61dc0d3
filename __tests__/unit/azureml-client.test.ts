// Our Azure ML client over the SDK pipeline with an HttpClient stub: the exact URLs at AZUREML_API_VERSION, the
// bodies we send (spec-conformant, no read-only properties), paging by nextLink, long-running operations as the
// spec's x-ms-long-running-operation-options say, and errors as translateError words them.
import { afterEach, describe, expect, it } from '@jest/globals';
import { AZUREML_API_VERSION } from '../../src/contract/azureml-api.js';
import { AzureMLError } from '../../src/azureml/errors.js';
import { OperationFailure } from '../../src/azureml/operation-wait.js';
import { ConfigurationError } from '../../src/errors.js';
import { createAzureMLClient, type AzureMLClient } from '../../src/azureml/client.js';
import { ADDRESS, ArmStub, stubbedClient, WS } from '../helpers/arm-stub.js';

const V = `api-version=${AZUREML_API_VERSION}`;
const WAIT = { timeoutMs: 10_000, intervalMs: 1 };
const OP =
  'https://arm.test/subscriptions/s/providers/Microsoft.MachineLearningServices/locations/westeurope/mlOperations/op-1';

let stub: ArmStub;
afterEach(() => {
  expect(stub.leftovers()).toEqual([]);
});

const modelVersion = (version: string) => ({
  id: `/subscriptions/s/resourceGroups/rg-1/providers/Microsoft.MachineLearningServices/workspaces/ws-dev/models/m/versions/${version}`,
  name: version,
  type: 'Microsoft.MachineLearningServices/workspaces/models/versions',
  systemData: { createdAt: '2026-01-02T03:04:05Z' },
  properties: {
    modelUri: `azureml://x/${version}`,
    modelType: 'custom_model',
    tags: { a: '1', gone: null },
    provisioningState: 'Succeeded',
  },
});

describe('operation specs', () => {
  it('GETs the exact URL at AZUREML_API_VERSION, with a bearer token and JSON accepted', async () => {
    stub = new ArmStub().expect({
      method: 'GET',
      url: `${WS}/models/m/versions/3?${V}`,
      status: 200,
      body: modelVersion('3'),
    });
    const mv = await stubbedClient(stub).getModelVersion('m', '3');
    expect(mv).toEqual({
      id: modelVersion('3').id,
      name: 'm',
      version: '3',
      modelUri: 'azureml://x/3',
      modelType: 'custom_model',
      tags: { a: '1' },
      properties: {},
      createdAt: new Date('2026-01-02T03:04:05Z'),
    });
    expect(stub.sent[0]!.headers).toMatchObject({
      authorization: 'Bearer token-1',
      accept: 'application/json',
    });
    expect(stub.sent[0]!.headers['user-agent']).toMatch(/^mlops-actions /);
  });

  it('encodes path parameters and optional query parameters', async () => {
    stub = new ArmStub().expect(
      {
        method: 'GET',
        url: `${WS}/datastores?${V}&isDefault=true`,
        status: 200,
        body: {
          value: [
            {
              name: 'workspaceblobstore',
              properties: {
                datastoreType: 'AzureBlob',
                isDefault: true,
                credentials: { credentialsType: 'AccountKey' },
                accountName: 'acct',
                containerName: 'c',
                endpoint: 'core.windows.net',
                protocol: 'https',
              },
            },
          ],
        },
      },
      {
        method: 'GET',
        url: `${WS}/models/a%20b/versions/1?${V}`,
        status: 404,
        body: { error: { code: 'NotFound', message: 'no' } },
      },
    );
    const client = stubbedClient(stub);
    expect(await client.getDefaultDatastore()).toEqual({
      name: 'workspaceblobstore',
      accountName: 'acct',
      containerName: 'c',
      endpoint: 'core.windows.net',
      protocol: 'https',
    });
    expect(await client.getModelVersion('a b', '1')).toBeUndefined();
  });

  it('PUTs a model version with exactly the spec body, and reads the answer through unchanged', async () => {
    stub = new ArmStub().expect({
      method: 'PUT',
      url: `${WS}/models/m/versions/2?${V}`,
      status: 201,
      body: modelVersion('2'),
    });
    await stubbedClient(stub).createOrUpdateModelVersion('m', '2', {
      modelUri: 'azureml://x/2',
      modelType: 'custom_model',
      tags: { t: 'v' },
      properties: { p: 'q' },
    });
    expect(stub.sent[0]!.body).toEqual({
      properties: {
        modelUri: 'azureml://x/2',
        modelType: 'custom_model',
        tags: { t: 'v' },
        properties: { p: 'q' },
        isAnonymous: false,
        isArchived: false,
      },
    });
    expect(stub.sent[0]!.headers['content-type']).toMatch(/^application\/json/);
  });

  it('masks the datastore key it reads', async () => {
    stub = new ArmStub().expect({
      method: 'POST',
      url: `${WS}/datastores/workspaceblobstore/listSecrets?${V}`,
      status: 200,
      body: { secretsType: 'AccountKey', key: 'k3y' },
    });
    const secrets: string[] = [];
    expect(await stubbedClient(stub, secrets).getDatastoreSecrets('workspaceblobstore')).toEqual({
      kind: 'account-key',
      accountKey: 'k3y',
    });
    expect(secrets).toEqual(['k3y']);
  });
});

describe('paging', () => {
  it('follows nextLink as given until there is none', async () => {
    const next = `${WS}/models/m/versions?${V}&tags=stage%3Dprod&$skip=token-2`;
    stub = new ArmStub().expect(
      {
        method: 'GET',
        url: `${WS}/models/m/versions?${V}&tags=stage%3Dprod`,
        status: 200,
        body: { value: [modelVersion('1')], nextLink: next },
      },
      { method: 'GET', url: next, status: 200, body: { value: [modelVersion('2')] } },
    );
    const versions = await stubbedClient(stub).listModelVersions('m', { tags: { stage: 'prod' } });
    expect(versions.map((v) => v.version)).toEqual(['1', '2']);
  });

  it('adds the api-version to a nextLink that has none, and stops on a repeated link', async () => {
    const next = `${WS}/onlineEndpoints?$skip=2`;
    stub = new ArmStub().expect(
      { method: 'GET', url: `${WS}/onlineEndpoints?${V}`, status: 200, body: { value: [], nextLink: next } },
      { method: 'GET', url: `${next}&${V}`, status: 200, body: { value: [], nextLink: next } },
    );
    await expect(stubbedClient(stub).listEndpoints()).rejects.toThrow(
      /OnlineEndpoints_List returned the same nextLink twice/,
    );
  });

  it('lists no versions of a model that does not exist', async () => {
    stub = new ArmStub().expect({
      method: 'GET',
      url: `${WS}/models/none/versions?${V}`,
      status: 404,
      body: { error: { code: 'NotFound', message: 'no model' } },
    });
    expect(await stubbedClient(stub).listModelVersions('none')).toEqual([]);
  });
});

const endpointRead = {
  id: '/subscriptions/s/.../onlineEndpoints/ep',
  name: 'ep',
  type: 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints',
  systemData: { createdAt: '2026-01-01T00:00:00Z' },
  location: 'westeurope',
  tags: { team: 'ml' },
  identity: { type: 'SystemAssigned', principalId: 'p-id', tenantId: 't-id' },
  kind: 'Managed',
  properties: {
    authMode: 'Key',
    description: 'the endpoint',
    properties: { createdBy: 'me' },
    publicNetworkAccess: 'Enabled',
    traffic: { blue: 100 },
    mirrorTraffic: {},
    provisioningState: 'Succeeded',
    scoringUri: 'https://ep.test/score',
    swaggerUri: null,
  },
};

describe('long-running operations', () => {
  it('PUT endpoint: follows Azure-AsyncOperation, then reads the original URI (final-state-via original-uri)', async () => {
    const url = `${WS}/onlineEndpoints/ep?${V}`;
    const after = {
      ...endpointRead,
      properties: {
        ...endpointRead.properties,
        traffic: { blue: 80, green: 20 },
        mirrorTraffic: { green: 10 },
      },
    };
    stub = new ArmStub().expect(
      { method: 'GET', url, status: 200, body: endpointRead },
      {
        method: 'PUT',
        url,
        status: 200,
        headers: { 'azure-asyncoperation': `${OP}?${V}` },
        body: { ...after, properties: { ...after.properties, provisioningState: 'Updating' } },
      },
      { method: 'GET', url: `${OP}?${V}`, status: 200, body: { status: 'InProgress' } },
      { method: 'GET', url: `${OP}?${V}`, status: 200, body: { status: 'Succeeded' } },
      { method: 'GET', url, status: 200, body: after },
    );
    const ep = await stubbedClient(stub).setTraffic(
      'ep',
      { traffic: { blue: 80, green: 20 }, mirrorTraffic: { green: 10 } },
      WAIT,
    );
    expect(ep).toMatchObject({
      traffic: { blue: 80, green: 20 },
      mirrorTraffic: { green: 10 },
      provisioningState: 'Succeeded',
    });
    // Every writable property read back, mirrorTraffic as an ordinary property; nothing read-only or create-only.
    expect(stub.sent[1]!.body).toEqual({
      location: 'westeurope',
      tags: { team: 'ml' },
      identity: { type: 'SystemAssigned' },
      kind: 'Managed',
      properties: {
        authMode: 'Key',
        description: 'the endpoint',
        properties: { createdBy: 'me' },
        publicNetworkAccess: 'Enabled',
        traffic: { blue: 80, green: 20 },
        mirrorTraffic: { green: 10 },
      },
    });
  });

  it('PUT deployment: a managed deployment body, polled to Succeeded, its final state from the original URI', async () => {
    const url = `${WS}/onlineEndpoints/ep/deployments/green?${V}`;
    const read = {
      name: 'green',
      location: 'westeurope',
      sku: { name: 'Default', capacity: 2 },
      properties: {
        endpointComputeType: 'Managed',
        model: 'm-id',
        instanceType: 'Standard_DS3_v2',
        provisioningState: 'Succeeded',
      },
    };
    stub = new ArmStub().expect(
      {
        method: 'GET',
        url: `${WS}?${V}`,
        status: 200,
        body: { name: 'ws-dev', location: 'westeurope', properties: { tenantId: 't' } },
      },
      {
        method: 'PUT',
        url,
        status: 201,
        headers: { 'azure-asyncoperation': `${OP}?${V}` },
        body: { ...read, properties: { ...read.properties, provisioningState: 'Creating' } },
      },
      { method: 'GET', url: `${OP}?${V}`, status: 200, body: { status: 'Succeeded' } },
      { method: 'GET', url, status: 200, body: read },
    );
    const d = await stubbedClient(stub).createOrUpdateDeployment(
      'ep',
      'green',
      {
        model: 'm-id',
        codeId: 'code-id',
        instanceType: 'Standard_DS3_v2',
        instanceCount: 2,
        environmentVariables: { A: 'b' },
        tags: {},
      },
      WAIT,
    );
    expect(d).toMatchObject({ name: 'green', instanceCount: 2, provisioningState: 'Succeeded' });
    expect(stub.sent[1]!.body).toEqual({
      location: 'westeurope',
      tags: {},
      sku: { name: 'Default', capacity: 2 },
      properties: {
        endpointComputeType: 'Managed',
        model: 'm-id',
        codeConfiguration: { codeId: 'code-id', scoringScript: 'score.py' },
        instanceType: 'Standard_DS3_v2',
        environmentVariables: { A: 'b' },
      },
    });
  });

  it('PUT endpoint without operation headers: polls the original URI until its provisioningState is final', async () => {
    const url = `${WS}/onlineEndpoints/ep?${V}`;
    const created = {
      ...endpointRead,
      properties: { ...endpointRead.properties, traffic: {}, provisioningState: 'Creating' },
    };
    stub = new ArmStub().expect(
      { method: 'GET', url: `${WS}?${V}`, status: 200, body: { name: 'ws-dev', location: 'westeurope' } },
      { method: 'PUT', url, status: 201, body: created },
      { method: 'GET', url, status: 200, body: created },
      {
        method: 'GET',
        url,
        status: 200,
        body: { ...created, properties: { ...created.properties, provisioningState: 'Succeeded' } },
      },
    );
    const ep = await stubbedClient(stub).createEndpoint(
      'ep',
      { authMode: 'Key', tags: {}, properties: {} },
      WAIT,
    );
    expect(ep.provisioningState).toBe('Succeeded');
    expect(stub.sent[1]!.body).toEqual({
      location: 'westeurope',
      tags: {},
      identity: { type: 'SystemAssigned' },
      properties: { authMode: 'Key', traffic: {} },
    });
  });

  it('DELETE deployment: polls the operation and reads no final resource', async () => {
    const url = `${WS}/onlineEndpoints/ep/deployments/blue?${V}`;
    stub = new ArmStub().expect(
      {
        method: 'DELETE',
        url,
        status: 202,
        headers: { 'azure-asyncoperation': `${OP}?${V}`, location: `${OP}/result?${V}` },
      },
      { method: 'GET', url: `${OP}?${V}`, status: 200, body: { status: 'Running' } },
      { method: 'GET', url: `${OP}?${V}`, status: 200, body: { status: 'Succeeded' } },
    );
    await stubbedClient(stub).deleteDeployment('ep', 'blue', WAIT);
  });

  it('a failed operation becomes an OperationFailure with the service code', async () => {
    const url = `${WS}/onlineEndpoints/ep/deployments/green?${V}`;
    stub = new ArmStub().expect(
      { method: 'GET', url: `${WS}?${V}`, status: 200, body: { name: 'ws-dev', location: 'westeurope' } },
      {
        method: 'PUT',
        url,
        status: 201,
        headers: { 'azure-asyncoperation': `${OP}?${V}` },
        body: {
          name: 'green',
          location: 'westeurope',
          properties: { endpointComputeType: 'Managed', provisioningState: 'Creating' },
        },
      },
      {
        method: 'GET',
        url: `${OP}?${V}`,
        status: 200,
        body: { status: 'Failed', error: { code: 'ResourceNotReady', message: 'the container crashed' } },
      },
    );
    const failure = await stubbedClient(stub)
      .createOrUpdateDeployment(
        'ep',
        'green',
        { model: 'm', instanceType: 'x', instanceCount: 1, environmentVariables: {}, tags: {} },
        WAIT,
      )
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(OperationFailure);
    expect(failure).toMatchObject({ errorCode: 'ResourceNotReady', detail: 'the container crashed' });
  });
});

describe('errors', () => {
  it('a 409 is an AzureMLError with the status and the ARM code', async () => {
    stub = new ArmStub().expect({
      method: 'PUT',
      url: `${WS}/models/m/versions/1?${V}`,
      status: 409,
      body: { error: { code: 'UserError', message: 'other files' } },
    });
    const error = await stubbedClient(stub)
      .createOrUpdateModelVersion('m', '1', { modelUri: 'u', modelType: 't', tags: {}, properties: {} })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AzureMLError);
    expect(error).toMatchObject({ statusCode: 409, code: 'UserError' });
    expect((error as Error).message).toMatch(
      /Could not create model m version 1 in .*409 UserError: other files/,
    );
  });

  it('a 403 names the principal and the role it lacks', async () => {
    stub = new ArmStub().expect({
      method: 'POST',
      url: `${WS}/onlineEndpoints/ep/listKeys?${V}`,
      status: 403,
      body: { error: { code: 'AuthorizationFailed', message: 'no' } },
    });
    const error = await stubbedClient(stub)
      .getScoringCredential({ name: 'ep', authMode: 'Key' } as Parameters<
        ReturnType<typeof stubbedClient>['getScoringCredential']
      >[0])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(
      /^The principal of the test is not allowed to read the keys of endpoint ep/,
    );
  });

  it('an AADToken endpoint is scored with an Entra token for https://ml.azure.com, masked; no ARM call', async () => {
    stub = new ArmStub();
    const scopes: string[] = [];
    const secrets: string[] = [];
    const client = createAzureMLClient(
      ADDRESS,
      {
        getToken: async (scope) => {
          scopes.push(...[scope].flat());
          return { token: `entra-for-${scopes.length}`, expiresOnTimestamp: Date.now() + 3_600_000 };
        },
      },
      {
        retry: { maxRetries: 0, retryDelayInMs: 1, maxRetryDelayInMs: 1 },
        httpClient: stub,
        setSecret: (x) => secrets.push(x),
      },
    );
    const credential = await client.getScoringCredential({ name: 'ep', authMode: 'AADToken' } as Parameters<
      AzureMLClient['getScoringCredential']
    >[0]);
    expect(scopes).toEqual(['https://ml.azure.com/.default']);
    expect(credential).toBe('entra-for-1');
    expect(secrets).toContain('entra-for-1');
  });

  it('an answer the spec does not list for the operation is an error too', async () => {
    stub = new ArmStub().expect({ method: 'GET', url: `${WS}/models/m/versions/1?${V}`, status: 202 });
    await expect(stubbedClient(stub).getModelVersion('m', '1')).rejects.toMatchObject({ statusCode: 202 });
  });
});
