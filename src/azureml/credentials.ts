import * as core from '@actions/core';
import type { AccessToken, TokenCredential } from '@azure/identity';
import { ConfigurationError, getErrorMessage } from '../errors.js';

/** What the workflow gave us to authenticate with (all optional). */
export interface CredentialSettings {
  /** A bearer token used as is (AZUREML_ACCESS_TOKEN; the local emulator prints one). */
  accessToken?: string;
  /** Application (client) id of the identity to federate with GitHub OIDC (`client-id` / AZURE_CLIENT_ID). */
  clientId?: string;
  /** Microsoft Entra tenant of that identity (`tenant-id` / AZURE_TENANT_ID). */
  tenantId?: string;
}

/** Which credential a run uses, decided from the settings alone. */
export type CredentialChoice =
  | { kind: 'access-token'; token: string }
  | { kind: 'oidc'; clientId: string; tenantId: string }
  | { kind: 'default'; clientId?: string; tenantId?: string };

/** A credential and a phrase naming the principal behind it, for error messages. */
export interface ResolvedCredential {
  credential: TokenCredential;
  choice: CredentialChoice['kind'];
  /** e.g. "the identity with client-id 1234... (GitHub OIDC)". */
  principal: string;
}

/** The audience GitHub's OIDC token must have for Microsoft Entra workload identity federation. */
export const OIDC_AUDIENCE = 'api://AzureADTokenExchange';

/**
 * The order of DESIGN.md: an explicit bearer token first, then GitHub OIDC when both client-id
 * and tenant-id are given, else DefaultAzureCredential (which picks up `azure/login`, managed identity,
 * or AZURE_* environment credentials).
 */
export function chooseCredential(settings: CredentialSettings): CredentialChoice {
  if (settings.accessToken) return { kind: 'access-token', token: settings.accessToken };
  if (settings.clientId && settings.tenantId) {
    return { kind: 'oidc', clientId: settings.clientId, tenantId: settings.tenantId };
  }
  return { kind: 'default', clientId: settings.clientId, tenantId: settings.tenantId };
}

export function describePrincipal(choice: CredentialChoice): string {
  switch (choice.kind) {
    case 'access-token':
      return 'the principal of the bearer token in AZUREML_ACCESS_TOKEN';
    case 'oidc':
      return `the identity with client-id ${choice.clientId} in tenant ${choice.tenantId} (GitHub OIDC)`;
    case 'default':
      return 'the identity found by DefaultAzureCredential (azure/login, managed identity or AZURE_* variables)';
  }
}

/** A TokenCredential that always answers with the same bearer token. */
export function staticTokenCredential(token: string, lifetimeMs = 60 * 60 * 1000): TokenCredential {
  return {
    getToken: async (): Promise<AccessToken> => ({ token, expiresOnTimestamp: Date.now() + lifetimeMs }),
  };
}

/** The toolkit calls credentials need; replaced in unit tests. */
export interface CredentialDeps {
  getIDToken: (audience: string) => Promise<string>;
  setSecret: (secret: string) => void;
}

const toolkit: CredentialDeps = {
  getIDToken: (aud) => core.getIDToken(aud),
  setSecret: (s) => core.setSecret(s),
};

/**
 * Builds the credential for `settings`. Every secret it holds (the access token, each OIDC token)
 * is masked in the log before anything else happens with it.
 */
export async function createCredential(
  settings: CredentialSettings,
  deps: CredentialDeps = toolkit,
): Promise<ResolvedCredential> {
  const choice = chooseCredential(settings);
  const principal = describePrincipal(choice);
  switch (choice.kind) {
    case 'access-token':
      deps.setSecret(choice.token);
      return { credential: staticTokenCredential(choice.token), choice: choice.kind, principal };
    case 'oidc': {
      // Loaded on demand: @azure/identity (and MSAL) is large, and a run with a token never needs it.
      const { ClientAssertionCredential } = await import('@azure/identity');
      const getAssertion = async (): Promise<string> => {
        let idToken: string;
        try {
          idToken = await deps.getIDToken(OIDC_AUDIENCE);
        } catch (error) {
          throw new ConfigurationError(
            `Could not get a GitHub OIDC token for client-id ${choice.clientId}: ${getErrorMessage(error)}. ` +
              `Give the job \`permissions: id-token: write\`, or remove client-id/tenant-id to use azure/login.`,
            'client-id',
          );
        }
        deps.setSecret(idToken);
        return idToken;
      };
      return {
        credential: new ClientAssertionCredential(choice.tenantId, choice.clientId, getAssertion),
        choice: choice.kind,
        principal,
      };
    }
    case 'default': {
      const { DefaultAzureCredential } = await import('@azure/identity');
      const options = {
        ...(choice.clientId ? { managedIdentityClientId: choice.clientId } : {}),
        ...(choice.tenantId ? { tenantId: choice.tenantId } : {}),
      };
      return { credential: new DefaultAzureCredential(options), choice: choice.kind, principal };
    }
  }
}
