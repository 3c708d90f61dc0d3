import * as core from '@actions/core';
import type { AzureMLClient, AzureMLClientOptions } from '../../azureml/client.js';
import {
  createCredential,
  type CredentialSettings,
  type ResolvedCredential,
} from '../../azureml/credentials.js';
import { pollInterval, retrySettings } from '../../azureml/retry-settings.js';
import type { WorkspaceAddress } from '../../azureml/workspace.js';
import type { WorkspaceSettings } from './workspace-inputs.js';

/** A signed-in session: the workspace's client, and clients for other workspaces with the same credential. */
export interface SignedIn {
  client: AzureMLClient;
  /** Names who signed in, as in 401/403 messages ("the identity with client-id ..."). */
  principal: string;
  /** A client for another workspace (a promotion's source): same credential, same principal. */
  clientFor(address: WorkspaceAddress): AzureMLClient;
  /** The credential itself, for the workspace's data plane (run history, MLflow: run-job). */
  credential: ResolvedCredential['credential'];
}

export type ClientFactory = (
  address: WorkspaceAddress,
  credential: ResolvedCredential['credential'],
  options: AzureMLClientOptions,
) => AzureMLClient;

/** What signing in uses: the toolkit and our client in the actions, stubs in unit tests. */
export interface SignInDeps {
  createCredential: (settings: CredentialSettings) => Promise<ResolvedCredential>;
  loadClientFactory: () => Promise<ClientFactory>;
  info: (line: string) => void;
  setSecret: (secret: string) => void;
}

const toolkit: SignInDeps = {
  createCredential: (settings) => createCredential(settings),
  // Loaded when the action signs in, not at start-up: a run that stops at its inputs never loads the Azure SDK
  // pipeline (cold start).
  loadClientFactory: async () => (await import('../../azureml/client.js')).createAzureMLClient,
  info: (line) => core.info(line),
  setSecret: (secret) => core.setSecret(secret),
};

/**
 * The one sign-in of every Azure ML action: builds the credential of `workspace.credential` (an
 * AZUREML_ACCESS_TOKEN, GitHub OIDC or DefaultAzureCredential; each secret masked the moment it is held), says
 * who signs in, and returns the workspace's client. The client names that principal in its 401/403 messages and
 * masks every key or token it reads.
 */
export async function signIn(workspace: WorkspaceSettings, deps: SignInDeps = toolkit): Promise<SignedIn> {
  // MLOPS_ARM_RETRY_DELAY_MS and MLOPS_ARM_MAX_POLL_INTERVAL_MS (README, "Tests"): checked before the credential is built.
  const retry = retrySettings(process.env);
  pollInterval(1, process.env);
  const resolved = await deps.createCredential(workspace.credential);
  deps.info(`Signing in with ${resolved.principal}`);
  const createClient = await deps.loadClientFactory();
  const options: AzureMLClientOptions = { principal: resolved.principal, setSecret: deps.setSecret, retry };
  const clientFor = (address: WorkspaceAddress): AzureMLClient =>
    createClient(address, resolved.credential, options);
  return {
    client: clientFor(workspace.address),
    principal: resolved.principal,
    clientFor,
    credential: resolved.credential,
  };
}
