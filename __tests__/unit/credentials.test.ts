import { describe, expect, it } from '@jest/globals';
import { ClientAssertionCredential, DefaultAzureCredential } from '@azure/identity';
import {
  chooseCredential,
  createCredential,
  describePrincipal,
  staticTokenCredential,
  type CredentialDeps,
} from '../../src/azureml/credentials.js';

const CLIENT = '11111111-1111-4111-8111-111111111111';
const TENANT = '22222222-2222-4222-8222-222222222222';

function fakeDeps(): CredentialDeps & { masked: string[]; audiences: string[] } {
  const masked: string[] = [];
  const audiences: string[] = [];
  return {
    masked,
    audiences,
    setSecret: (s) => masked.push(s),
    getIDToken: async (aud) => {
      audiences.push(aud);
      return 'github-oidc-token';
    },
  };
}

describe('chooseCredential', () => {
  it('prefers an explicit access token over everything', () => {
    expect(chooseCredential({ accessToken: 't', clientId: CLIENT, tenantId: TENANT })).toEqual({
      kind: 'access-token',
      token: 't',
    });
  });
  it('uses OIDC when both client-id and tenant-id are given', () => {
    expect(chooseCredential({ clientId: CLIENT, tenantId: TENANT })).toEqual({
      kind: 'oidc',
      clientId: CLIENT,
      tenantId: TENANT,
    });
  });
  it('falls back to DefaultAzureCredential otherwise', () => {
    expect(chooseCredential({})).toEqual({ kind: 'default' });
    expect(chooseCredential({ clientId: CLIENT })).toEqual({ kind: 'default', clientId: CLIENT });
    expect(chooseCredential({ tenantId: TENANT })).toEqual({ kind: 'default', tenantId: TENANT });
  });
  it('describes the principal without any secret', () => {
    expect(describePrincipal({ kind: 'access-token', token: 'secret-token' })).not.toContain('secret-token');
    expect(describePrincipal({ kind: 'oidc', clientId: CLIENT, tenantId: TENANT })).toContain(CLIENT);
  });
});

describe('createCredential', () => {
  it('masks the access token and returns it as a bearer token', async () => {
    const deps = fakeDeps();
    const resolved = await createCredential({ accessToken: 'tok-123' }, deps);
    expect(deps.masked).toEqual(['tok-123']);
    expect(resolved.choice).toBe('access-token');
    expect((await resolved.credential.getToken('https://x/.default'))?.token).toBe('tok-123');
  });
  it('builds a ClientAssertionCredential for OIDC', async () => {
    const resolved = await createCredential({ clientId: CLIENT, tenantId: TENANT }, fakeDeps());
    expect(resolved.credential).toBeInstanceOf(ClientAssertionCredential);
    expect(resolved.principal).toContain(CLIENT);
  });
  it('builds a DefaultAzureCredential without client-id and tenant-id', async () => {
    const resolved = await createCredential({}, fakeDeps());
    expect(resolved.credential).toBeInstanceOf(DefaultAzureCredential);
    expect(resolved.choice).toBe('default');
  });
});

describe('staticTokenCredential', () => {
  it('answers with the same token and a future expiry', async () => {
    const token = await staticTokenCredential('abc').getToken('scope');
    expect(token?.token).toBe('abc');
    expect(token!.expiresOnTimestamp).toBeGreaterThan(Date.now());
  });
});
