import { describe, expect, it } from '@jest/globals';
import { ArmError } from '../../src/emulator/arm-error.js';
import { checkRequest, checkResponse, validate } from '../../src/emulator/schema.js';
import { OnlineDeployment, OnlineEndpoint } from '../../src/emulator/schemas/online.js';
import { Datastore } from '../../src/emulator/schemas/workspace.js';

const endpoint = {
  location: 'local',
  properties: { authMode: 'Key', traffic: {}, mirrorTraffic: { blue: 10 } },
};
const deployment = {
  location: 'local',
  sku: { name: 'Default', capacity: 1 },
  properties: {
    endpointComputeType: 'Managed',
    model:
      '/subscriptions/s/resourceGroups/r/providers/Microsoft.MachineLearningServices/workspaces/w/models/m/versions/1',
    codeConfiguration: { codeId: null, scoringScript: 'score.py' },
    requestSettings: { requestTimeout: 'PT5S' },
    scaleSettings: { scaleType: 'Default' },
  },
};

/** The 400 a body gets: its target and message. */
function refusal(
  schema: typeof OnlineEndpoint,
  body: unknown,
): { target?: string; message: string; code: string } {
  try {
    checkRequest(schema, body, 'OnlineEndpoint');
  } catch (error) {
    expect(error).toBeInstanceOf(ArmError);
    const e = error as ArmError;
    expect(e.status).toBe(400);
    expect(e.details.length).toBeGreaterThan(0);
    return { target: e.target, message: e.message, code: e.code };
  }
  throw new Error('the body was accepted');
}

describe('the schema checker', () => {
  it('accepts valid 2026-07-01 bodies, mirrorTraffic included', () => {
    expect(validate(OnlineEndpoint, endpoint, 'request')).toEqual([]);
    expect(validate(OnlineDeployment, deployment, 'request')).toEqual([]);
  });

  it('refuses an unknown property, naming its path and the known ones', () => {
    const r = refusal(OnlineEndpoint, { ...endpoint, properties: { ...endpoint.properties, mirror: {} } });
    expect(r).toMatchObject({ code: 'UserError', target: 'properties.mirror' });
    expect(r.message).toMatch(/'properties\.mirror' is not a property.*mirrorTraffic/);
  });

  it('refuses a missing required field', () => {
    const r = refusal(OnlineEndpoint, { location: 'local', properties: {} });
    expect(r.target).toBe('properties.authMode');
    expect(r.message).toMatch(/'properties\.authMode' is required/);
    expect(refusal(OnlineEndpoint, { properties: endpoint.properties }).target).toBe('location');
  });

  it('refuses a bad enum, a bad type and a bad format', () => {
    const bad = (properties: object): string | undefined =>
      refusal(OnlineEndpoint, { ...endpoint, properties: { ...endpoint.properties, ...properties } }).target;
    expect(bad({ authMode: 'Password' })).toBe('properties.authMode');
    expect(bad({ traffic: { blue: '100' } })).toBe('properties.traffic.blue');
    expect(bad({ traffic: { blue: 1.5 } })).toBe('properties.traffic.blue');
    const slow = { ...deployment.properties, requestSettings: { requestTimeout: '5 seconds' } };
    expect(refusal(OnlineDeployment, { ...deployment, properties: slow }).message).toMatch(
      /'properties\.requestSettings\.requestTimeout' .*ISO 8601 duration/,
    );
  });

  it('refuses read-only properties in a request, and allows them in an answer', () => {
    const withState = { ...endpoint, properties: { ...endpoint.properties, provisioningState: 'Succeeded' } };
    const r = refusal(OnlineEndpoint, withState);
    expect(r.target).toBe('properties.provisioningState');
    expect(r.message).toMatch(/read-only/);
    expect(refusal(OnlineEndpoint, { ...endpoint, id: '/x' }).target).toBe('id');
    expect(() =>
      checkResponse(OnlineEndpoint, { ...withState, id: '/x', name: 'e', type: 't' }, 'x'),
    ).not.toThrow();
  });

  it('follows discriminators: endpointComputeType, scaleType, datastoreType', () => {
    const k8s = {
      ...deployment.properties,
      endpointComputeType: 'Kubernetes',
      containerResourceRequirements: {},
    };
    expect(validate(OnlineDeployment, { ...deployment, properties: k8s }, 'request')).toEqual([]);
    const managed = { ...k8s, endpointComputeType: 'Managed' };
    expect(refusal(OnlineDeployment, { ...deployment, properties: managed }).target).toBe(
      'properties.containerResourceRequirements',
    );
    const unknown = { ...deployment.properties, endpointComputeType: 'Serverless' };
    expect(refusal(OnlineDeployment, { ...deployment, properties: unknown }).target).toBe(
      'properties.endpointComputeType',
    );
    const scale = { ...deployment.properties, scaleSettings: { scaleType: 'Default', minInstances: 1 } };
    expect(refusal(OnlineDeployment, { ...deployment, properties: scale }).target).toBe(
      'properties.scaleSettings.minInstances',
    );
    expect(
      validate(
        Datastore,
        { properties: { datastoreType: 'AzureFile', credentials: { credentialsType: 'AccountKey' } } },
        'response',
      ),
    ).toEqual([{ path: 'properties.datastoreType', message: expect.stringMatching(/not one of AzureBlob/) }]);
  });

  it('does not answer secrets (write-only properties)', () => {
    const answer = {
      id: '/x',
      name: 'e',
      type: 't',
      ...endpoint,
      properties: { ...endpoint.properties, keys: { primaryKey: 'k' } },
    };
    expect(() => checkResponse(OnlineEndpoint, answer, 'GET OnlineEndpoint')).toThrow(/properties\.keys/);
  });
});
