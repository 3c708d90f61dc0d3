// The one sign-in of the Azure ML actions: the credential of the settings, a line naming the principal, and
// clients that carry that principal (401/403 messages) and mask what they read, one credential for every workspace.
import { describe, expect, it } from '@jest/globals';
import type { AzureMLClient, AzureMLClientOptions } from '../../src/azureml/client.js';
import type { CredentialSettings, ResolvedCredential } from '../../src/azureml/credentials.js';
import type { WorkspaceAddress } from '../../src/azureml/workspace.js';
import { signIn, type SignInDeps } from '../../src/actions/shared/sign-in.js';

const address = (workspace: string): WorkspaceAddress => ({
  subscriptionId: '00000000-0000-4000-8000-000000000000',
  resourceGroup: 'rg',
  workspace,
  armEndpoint: 'https://arm.test',
});

function deps() {
  const log: string[] = [];
  const masked: string[] = [];
  const made: { address: WorkspaceAddress; credential: unknown; options: AzureMLClientOptions }[] = [];
  const credential = { getToken: async () => null };
  const seen: CredentialSettings[] = [];
  const d: SignInDeps = {
    createCredential: async (settings): Promise<ResolvedCredential> => {
      seen.push(settings);
      return {
        credential,
        choice: 'oidc',
        principal: 'the identity with client-id c in tenant t (GitHub OIDC)',
      };
    },
    loadClientFactory: async () => (addr, cred, options) => {
      made.push({ address: addr, credential: cred, options });
      return { address: addr } as AzureMLClient;
    },
    info: (line) => log.push(line),
    setSecret: (s) => masked.push(s),
  };
  return { d, log, masked, made, credential, seen };
}

describe('signIn', () => {
  it('builds the credential from the settings, says who signs in, and returns the workspace client', async () => {
    const { d, log, made, credential, seen } = deps();
    const settings = { clientId: 'c', tenantId: 't' };
    const session = await signIn({ address: address('dev'), credential: settings }, d);
    expect(seen).toEqual([settings]);
    expect(log).toEqual(['Signing in with the identity with client-id c in tenant t (GitHub OIDC)']);
    expect(session.principal).toBe('the identity with client-id c in tenant t (GitHub OIDC)');
    expect(session.client.address.workspace).toBe('dev');
    expect(made).toHaveLength(1);
    expect(made[0]!.credential).toBe(credential);
    expect(made[0]!.options.principal).toBe(session.principal);
  });

  it('gives every client the masking of the toolkit', async () => {
    const { d, masked, made } = deps();
    await signIn({ address: address('dev'), credential: {} }, d);
    made[0]!.options.setSecret!('a-key');
    expect(masked).toEqual(['a-key']);
  });

  it('makes clients for other workspaces with the same credential and principal, signing in once', async () => {
    const { d, made, seen } = deps();
    const session = await signIn({ address: address('preprod'), credential: {} }, d);
    const source = session.clientFor(address('dev'));
    expect(source.address.workspace).toBe('dev');
    expect(seen).toHaveLength(1);
    expect(made.map((m) => m.address.workspace)).toEqual(['preprod', 'dev']);
    expect(made[1]!.credential).toBe(made[0]!.credential);
    expect(made[1]!.options).toEqual(made[0]!.options);
  });
});
