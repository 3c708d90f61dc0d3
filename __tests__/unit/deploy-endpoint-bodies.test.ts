// The ARM bodies deploy-endpoint sends for the CLI v2 YAML keys: a new endpoint, an existing endpoint with a file
// merged in, and a managed deployment with every key.
import { describe, expect, it } from '@jest/globals';
import type { OnlineEndpoint } from '../../src/azureml/arm-models.js';
import { deploymentBody, endpointSettingsBody, newEndpointBody } from '../../src/azureml/online-client.js';

const UAI =
  '/subscriptions/s/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/my-uai';

const current: OnlineEndpoint = {
  id: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/w/onlineEndpoints/ep',
  name: 'ep',
  location: 'westeurope',
  tags: { team: 'ml' },
  identity: { type: 'SystemAssigned', principalId: 'p', tenantId: 't' },
  properties: {
    authMode: 'Key',
    description: 'old',
    properties: { a: '1' },
    traffic: { blue: 100 },
    mirrorTraffic: { green: 10 },
    provisioningState: 'Succeeded',
    scoringUri: 'https://ep/score',
  },
};

describe('newEndpointBody', () => {
  it('defaults to Key and a system-assigned identity, as az ml creates an endpoint', () => {
    expect(newEndpointBody('westeurope', { tags: {}, properties: {} })).toEqual({
      location: 'westeurope',
      tags: {},
      identity: { type: 'SystemAssigned' },
      properties: { authMode: 'Key', traffic: {} },
    });
  });

  it('carries every endpoint-file key', () => {
    const body = newEndpointBody('westeurope', {
      authMode: 'AMLToken',
      description: 'd',
      tags: { t: 'u' },
      properties: { p: 'q' },
      identity: { type: 'UserAssigned', userAssignedIdentities: { [UAI]: {} } },
      publicNetworkAccess: 'Disabled',
    });
    expect(body).toEqual({
      location: 'westeurope',
      tags: { t: 'u' },
      identity: { type: 'UserAssigned', userAssignedIdentities: { [UAI]: {} } },
      properties: {
        authMode: 'AMLToken',
        description: 'd',
        properties: { p: 'q' },
        publicNetworkAccess: 'Disabled',
        traffic: {},
      },
    });
  });
});

describe('endpointSettingsBody (an existing endpoint, as az ml online-endpoint update -f merges)', () => {
  it('changes nothing when the file says what the endpoint already has', () => {
    const { changed } = endpointSettingsBody(current, {
      authMode: 'Key',
      description: 'old',
      tags: { team: 'ml' },
      properties: { a: '1' },
      identity: { type: 'SystemAssigned' },
    });
    expect(changed).toEqual([]);
  });

  it('replaces the given keys, adds tags and properties, and keeps traffic and mirror traffic', () => {
    const { body, changed } = endpointSettingsBody(current, {
      authMode: 'AADToken',
      description: 'new',
      tags: { env: 'prod' },
      properties: { b: '2' },
      identity: { type: 'UserAssigned', userAssignedIdentities: { [UAI]: {} } },
      publicNetworkAccess: 'Disabled',
    });
    expect(changed).toEqual([
      'auth_mode',
      'description',
      'public_network_access',
      'tags',
      'properties',
      'identity',
    ]);
    expect(body).toEqual({
      location: 'westeurope',
      tags: { team: 'ml', env: 'prod' },
      identity: { type: 'UserAssigned', userAssignedIdentities: { [UAI]: {} } },
      properties: {
        authMode: 'AADToken',
        description: 'new',
        properties: { a: '1', b: '2' },
        publicNetworkAccess: 'Disabled',
        traffic: { blue: 100 },
        mirrorTraffic: { green: 10 },
      },
    });
  });
});

describe('deploymentBody', () => {
  it('sends every deployment-file key', () => {
    const body = deploymentBody('westeurope', {
      model: 'azureml://registries/azureml/models/m/versions/1',
      codeId: '/subscriptions/s/.../codes/c/versions/1',
      scoringScript: 'score.py',
      environmentId: 'azureml://registries/azureml/environments/sklearn-1.5/labels/latest',
      instanceType: 'Standard_DS3_v2',
      instanceCount: 2,
      environmentVariables: { A: 'b' },
      requestSettings: {
        requestTimeout: 'PT1M30S',
        maxConcurrentRequestsPerInstance: 2,
        maxQueueWait: 'PT0.5S',
      },
      readinessProbe: { period: 'PT10S' },
      livenessProbe: { initialDelay: 'PT3M', failureThreshold: 49 },
      scaleSettings: { scaleType: 'Default' },
      dataCollector: {
        collections: { model_inputs: { dataCollectionMode: 'Enabled' } },
        rollingRate: 'Hour',
      },
      appInsightsEnabled: true,
      egressPublicNetworkAccess: 'Disabled',
      modelMountPath: '/var/azureml-app/model',
      description: 'd',
      tags: { t: 'u' },
      properties: { p: 'q' },
    });
    expect(body).toEqual({
      location: 'westeurope',
      tags: { t: 'u' },
      sku: { name: 'Default', capacity: 2 },
      properties: {
        endpointComputeType: 'Managed',
        model: 'azureml://registries/azureml/models/m/versions/1',
        codeConfiguration: { codeId: '/subscriptions/s/.../codes/c/versions/1', scoringScript: 'score.py' },
        environmentId: 'azureml://registries/azureml/environments/sklearn-1.5/labels/latest',
        instanceType: 'Standard_DS3_v2',
        environmentVariables: { A: 'b' },
        requestSettings: {
          requestTimeout: 'PT1M30S',
          maxConcurrentRequestsPerInstance: 2,
          maxQueueWait: 'PT0.5S',
        },
        readinessProbe: { period: 'PT10S' },
        livenessProbe: { initialDelay: 'PT3M', failureThreshold: 49 },
        scaleSettings: { scaleType: 'Default' },
        dataCollector: {
          collections: { model_inputs: { dataCollectionMode: 'Enabled' } },
          rollingRate: 'Hour',
        },
        appInsightsEnabled: true,
        egressPublicNetworkAccess: 'Disabled',
        modelMountPath: '/var/azureml-app/model',
        properties: { p: 'q' },
        description: 'd',
      },
    });
  });

  it('sends a no-code deployment (an MLflow model) without codeConfiguration or environment', () => {
    const body = deploymentBody('westeurope', {
      model: '/subscriptions/s/.../models/m/versions/2',
      instanceType: 'Standard_DS3_v2',
      instanceCount: 1,
      environmentVariables: {},
      tags: {},
    });
    expect(body.properties.codeConfiguration).toBeUndefined();
    expect(body.properties.environmentId).toBeUndefined();
    expect(body.properties.model).toBe('/subscriptions/s/.../models/m/versions/2');
  });
});
