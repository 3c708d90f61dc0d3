import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { getWorkspaceInputs } from '../../src/actions/shared/workspace-inputs.js';
import { PUBLIC_ARM_ENDPOINT } from '../../src/azureml/workspace.js';
import { ConfigurationError } from '../../src/errors.js';
import { configurationErrorOf } from '../helpers/errors.js';

const SUB = '00000000-0000-4000-8000-000000000000';
const CLIENT = '11111111-1111-4111-8111-111111111111';
const TENANT = '22222222-2222-4222-8222-222222222222';
const saved = { ...process.env };

function setInputs(inputs: Record<string, string>): void {
  for (const [k, v] of Object.entries(inputs)) process.env[`INPUT_${k.toUpperCase()}`] = v;
}

const errorOf = (env: NodeJS.ProcessEnv = {}): ConfigurationError =>
  configurationErrorOf(() => getWorkspaceInputs(env));

beforeEach(() => {
  for (const k of Object.keys(process.env)) if (k.startsWith('INPUT_')) delete process.env[k];
  jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
});
afterEach(() => {
  process.env = { ...saved };
  jest.restoreAllMocks();
});

describe('getWorkspaceInputs', () => {
  it('reads subscription-id, resource-group and workspace from inputs', () => {
    setInputs({ 'subscription-id': SUB, 'resource-group': 'rg', workspace: 'dev' });
    expect(getWorkspaceInputs({}).address).toEqual({
      subscriptionId: SUB,
      resourceGroup: 'rg',
      workspace: 'dev',
      armEndpoint: PUBLIC_ARM_ENDPOINT,
    });
  });

  it('defaults every input from its environment variable', () => {
    const s = getWorkspaceInputs({
      AZURE_SUBSCRIPTION_ID: SUB,
      AZUREML_RESOURCE_GROUP: 'mlops-local',
      AZUREML_WORKSPACE: 'prod',
      AZUREML_ARM_ENDPOINT: 'https://127.0.0.1:8443/',
      AZURE_CLIENT_ID: CLIENT,
      AZURE_TENANT_ID: TENANT,
      AZUREML_ACCESS_TOKEN: 'tok',
    });
    expect(s.address).toEqual({
      subscriptionId: SUB,
      resourceGroup: 'mlops-local',
      workspace: 'prod',
      armEndpoint: 'https://127.0.0.1:8443',
    });
    expect(s.credential).toEqual({ accessToken: 'tok', clientId: CLIENT, tenantId: TENANT });
  });

  it('lets inputs win over the environment', () => {
    setInputs({ workspace: 'preprod' });
    expect(
      getWorkspaceInputs({
        AZURE_SUBSCRIPTION_ID: SUB,
        AZUREML_RESOURCE_GROUP: 'rg',
        AZUREML_WORKSPACE: 'dev',
      }).address.workspace,
    ).toBe('preprod');
  });

  it('masks the access token', () => {
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    getWorkspaceInputs({
      AZURE_SUBSCRIPTION_ID: SUB,
      AZUREML_RESOURCE_GROUP: 'rg',
      AZUREML_WORKSPACE: 'dev',
      AZUREML_ACCESS_TOKEN: 's3cret',
    });
    expect(write.mock.calls.map((c) => String(c[0])).join('')).toContain('::add-mask::s3cret');
  });

  it('takes subscription and resource group from a workspace ARM id', () => {
    setInputs({
      workspace: `/subscriptions/${SUB}/resourceGroups/rg-x/providers/Microsoft.MachineLearningServices/workspaces/ws-x`,
    });
    expect(
      getWorkspaceInputs({
        AZURE_SUBSCRIPTION_ID: '33333333-3333-4333-8333-333333333333',
        AZUREML_RESOURCE_GROUP: 'other',
      }).address,
    ).toEqual({
      subscriptionId: SUB,
      resourceGroup: 'rg-x',
      workspace: 'ws-x',
      armEndpoint: PUBLIC_ARM_ENDPOINT,
    });
  });

  it('rejects a resource-group input that contradicts the workspace id', () => {
    setInputs({
      workspace: `/subscriptions/${SUB}/resourceGroups/rg-x/providers/Microsoft.MachineLearningServices/workspaces/ws-x`,
      'resource-group': 'rg-y',
    });
    expect(errorOf().input).toBe('resource-group');
  });

  it('requires workspace, subscription-id and resource-group, naming the variable too', () => {
    let e = errorOf({});
    expect(e.input).toBe('workspace');
    expect(e.message).toContain('AZUREML_WORKSPACE');
    e = errorOf({ AZUREML_WORKSPACE: 'dev' });
    expect(e.input).toBe('subscription-id');
    expect(e.message).toContain('AZURE_SUBSCRIPTION_ID');
    e = errorOf({ AZUREML_WORKSPACE: 'dev', AZURE_SUBSCRIPTION_ID: SUB });
    expect(e.input).toBe('resource-group');
  });

  it('validates subscription-id', () => {
    setInputs({ 'subscription-id': 'not-a-guid', 'resource-group': 'rg', workspace: 'dev' });
    expect(errorOf().input).toBe('subscription-id');
  });

  it('validates resource-group', () => {
    setInputs({ 'subscription-id': SUB, 'resource-group': 'bad rg', workspace: 'dev' });
    expect(errorOf().input).toBe('resource-group');
  });

  it('validates workspace and says when the value came from a variable', () => {
    const e = errorOf({ AZURE_SUBSCRIPTION_ID: SUB, AZUREML_RESOURCE_GROUP: 'rg', AZUREML_WORKSPACE: 'x' });
    expect(e.input).toBe('workspace');
    expect(e.message).toContain('AZUREML_WORKSPACE');
  });

  it('validates arm-endpoint', () => {
    setInputs({
      'subscription-id': SUB,
      'resource-group': 'rg',
      workspace: 'dev',
      'arm-endpoint': 'http://127.0.0.1:1',
    });
    expect(errorOf().input).toBe('arm-endpoint');
  });

  it('validates client-id', () => {
    setInputs({ 'subscription-id': SUB, 'resource-group': 'rg', workspace: 'dev', 'client-id': 'my-app' });
    expect(errorOf().input).toBe('client-id');
  });

  it('validates tenant-id (GUID or domain)', () => {
    setInputs({
      'subscription-id': SUB,
      'resource-group': 'rg',
      workspace: 'dev',
      'tenant-id': 'contoso.onmicrosoft.com',
    });
    expect(getWorkspaceInputs({}).credential.tenantId).toBe('contoso.onmicrosoft.com');
    setInputs({ 'tenant-id': 'not a tenant' });
    expect(errorOf().input).toBe('tenant-id');
  });
});
