import { describe, expect, it } from '@jest/globals';
import {
  describeWorkspace,
  modelVersionResourceId,
  normalizeArmEndpoint,
  parseWorkspaceId,
  PUBLIC_ARM_ENDPOINT,
  studioModelUrl,
  validateResourceGroup,
  validateSubscriptionId,
  validateWorkspaceName,
  workspaceResourceId,
} from '../../src/azureml/workspace.js';
import { configurationErrorOf } from '../helpers/errors.js';

const SUB = '00000000-0000-4000-8000-000000000000';
const address = {
  subscriptionId: SUB,
  resourceGroup: 'mlops-local',
  workspace: 'dev',
  armEndpoint: PUBLIC_ARM_ENDPOINT,
};

const errorOf = configurationErrorOf;

describe('parseWorkspaceId', () => {
  it('parses an ARM workspace id', () => {
    expect(
      parseWorkspaceId(
        `/subscriptions/${SUB}/resourceGroups/rg-1/providers/Microsoft.MachineLearningServices/workspaces/ws-1`,
      ),
    ).toEqual({ subscriptionId: SUB, resourceGroup: 'rg-1', workspace: 'ws-1' });
  });
  it('is case-insensitive on the fixed segments and accepts a trailing slash', () => {
    expect(
      parseWorkspaceId(
        `/SUBSCRIPTIONS/${SUB}/resourcegroups/rg/providers/microsoft.machinelearningservices/Workspaces/ws/`,
      ),
    ).toEqual({ subscriptionId: SUB, resourceGroup: 'rg', workspace: 'ws' });
  });
  it('returns undefined for a plain name or another resource', () => {
    expect(parseWorkspaceId('dev')).toBeUndefined();
    expect(
      parseWorkspaceId(
        `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/x`,
      ),
    ).toBeUndefined();
    expect(
      parseWorkspaceId(
        `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/ws/models/m`,
      ),
    ).toBeUndefined();
  });
  it('round-trips with workspaceResourceId', () => {
    expect(parseWorkspaceId(workspaceResourceId(address))).toEqual({
      subscriptionId: SUB,
      resourceGroup: 'mlops-local',
      workspace: 'dev',
    });
  });
});

describe('validation', () => {
  it('accepts a GUID subscription and names the input otherwise', () => {
    expect(validateSubscriptionId(SUB, 'subscription-id')).toBe(SUB);
    const e = errorOf(() => validateSubscriptionId('my-sub', 'subscription-id'));
    expect(e.input).toBe('subscription-id');
    expect(e.message).toContain("Input 'subscription-id'");
    expect(e.message).toContain('my-sub');
  });
  it.each(['rg', 'my_rg.(1)', 'Ressourcengrüppe', 'a'.repeat(90)])('accepts resource group %s', (rg) => {
    expect(validateResourceGroup(rg, 'resource-group')).toBe(rg);
  });
  it.each(['', 'ends.', 'has space', 'a/b', 'a'.repeat(91)])('rejects resource group %j', (rg) => {
    expect(errorOf(() => validateResourceGroup(rg, 'resource-group')).input).toBe('resource-group');
  });
  it.each(['dev', 'ws_1-prod', 'A'.repeat(33)])('accepts workspace %s', (ws) => {
    expect(validateWorkspaceName(ws, 'workspace')).toBe(ws);
  });
  it.each(['ab', '-dev', 'dev.prod', 'a'.repeat(34), 'my ws'])('rejects workspace %j', (ws) => {
    const e = errorOf(() => validateWorkspaceName(ws, 'workspace'));
    expect(e.input).toBe('workspace');
    expect(e.message).toContain('3-33');
  });
});

describe('normalizeArmEndpoint', () => {
  it('strips a trailing slash', () => {
    expect(normalizeArmEndpoint('https://management.azure.com/', 'arm-endpoint')).toBe(PUBLIC_ARM_ENDPOINT);
    expect(normalizeArmEndpoint('https://127.0.0.1:8443', 'arm-endpoint')).toBe('https://127.0.0.1:8443');
  });
  it('rejects http and non-URLs, naming the input', () => {
    expect(errorOf(() => normalizeArmEndpoint('http://127.0.0.1:8443', 'arm-endpoint')).message).toContain(
      'https',
    );
    expect(errorOf(() => normalizeArmEndpoint('management.azure.com', 'arm-endpoint')).input).toBe(
      'arm-endpoint',
    );
    expect(errorOf(() => normalizeArmEndpoint('https://x.example/?a=1', 'arm-endpoint')).input).toBe(
      'arm-endpoint',
    );
  });
});

describe('ids and links', () => {
  it('builds a model version id', () => {
    expect(modelVersionResourceId(address, 'm', '3')).toBe(
      `/subscriptions/${SUB}/resourceGroups/mlops-local/providers/Microsoft.MachineLearningServices/workspaces/dev/models/m/versions/3`,
    );
  });
  it('names the workspace with its resource group and subscription', () => {
    expect(describeWorkspace(address)).toBe(
      `workspace 'dev' (resource group 'mlops-local', subscription '${SUB}')`,
    );
  });
  it('links to the studio for the public cloud only', () => {
    const url = studioModelUrl(address, 'm', '3', 'tenant');
    expect(url).toMatch(/^https:\/\/ml\.azure\.com\/model\/m:3\/details\?wsid=/);
    expect(url).toContain('tid=tenant');
    expect(studioModelUrl({ ...address, armEndpoint: 'https://127.0.0.1:9443' }, 'm', '3')).toBeUndefined();
  });
});
