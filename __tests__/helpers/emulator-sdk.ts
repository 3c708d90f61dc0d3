// The real SDK clients, pointed at a running emulator from inside the jest process.
// NODE_EXTRA_CA_CERTS is read only when a process starts, so the ARM client gets an https agent that
// trusts the emulator's CA instead (per request, through the pipeline's `agent` option).
// @azure/arm-machinelearning is generated for 2022-10-01; the emulator serves AZUREML_API_VERSION only, so a
// pipeline policy rewrites the api-version of every request (the bodies the tests send through it are valid at both).
import { AzureMachineLearningWorkspaces } from '@azure/arm-machinelearning';
import type { AccessToken, TokenCredential } from '@azure/core-auth';
import { createDefaultHttpClient, type HttpClient } from '@azure/core-rest-pipeline';
import { ContainerClient, StorageSharedKeyCredential } from '@azure/storage-blob';
import { readFileSync } from 'node:fs';
import { Agent } from 'node:https';
import { AZUREML_API_VERSION } from '../../src/contract/azureml-api.js';
import type { RunningEmulator } from '../../src/emulator/index.js';

/** A credential that hands out a fixed bearer token (what AZUREML_ACCESS_TOKEN is to the actions). */
export function staticCredential(token: string): TokenCredential {
  return {
    getToken: async (): Promise<AccessToken> => ({ token, expiresOnTimestamp: Date.now() + 3_600_000 }),
  };
}

/** An HttpClient whose TLS trusts the PEM at `caCertPath` (and nothing else). */
export function trustingHttpClient(caCertPath: string): HttpClient {
  const agent = new Agent({ ca: readFileSync(caCertPath), keepAlive: false });
  const inner = createDefaultHttpClient();
  return {
    sendRequest: (request) => {
      request.agent = agent;
      return inner.sendRequest(request);
    },
  };
}

/** The ARM SDK client as `principal` (a name of emu.tokens, or a raw token with `raw: true`). */
export function armClient(
  emu: RunningEmulator,
  principal = 'admin',
  options: { raw?: boolean; maxRetries?: number } = {},
): AzureMachineLearningWorkspaces {
  const token = options.raw ? principal : emu.tokens[principal];
  if (token === undefined) throw new Error(`No principal '${principal}' in the emulator.`);
  const client = new AzureMachineLearningWorkspaces(staticCredential(token), emu.subscriptionId, {
    endpoint: emu.armEndpoint,
    credentialScopes: [`${emu.armEndpoint}/.default`],
    httpClient: trustingHttpClient(emu.caCertPath),
    retryOptions: { maxRetries: options.maxRetries ?? 3, retryDelayInMs: 50, maxRetryDelayInMs: 2_000 },
  });
  client.pipeline.addPolicy({
    name: 'emulatorApiVersion',
    sendRequest: (request, next) => {
      const url = new URL(request.url);
      if (url.searchParams.has('api-version')) {
        url.searchParams.set('api-version', AZUREML_API_VERSION);
        request.url = url.toString();
      }
      return next(request);
    },
  });
  return client;
}

/** The workspace's default datastore container in Azurite, with the account key its listSecrets gives. */
export function datastoreContainer(
  emu: RunningEmulator,
  workspace: string,
  accountKey: string,
): ContainerClient {
  const { account, blobEndpoint } = emu.storageAccounts[workspace]!;
  return new ContainerClient(
    `${blobEndpoint}/azureml-blobstore-${workspace}`,
    new StorageSharedKeyCredential(account, accountKey),
  );
}
