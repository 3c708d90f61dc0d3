import { BlobServiceClient, StorageSharedKeyCredential } from '@azure/storage-blob';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { containerName } from './arm-api.js';
import { startAzurite } from './azurite.js';
import { loadOrCreateCertificate } from './certificate.js';
import { FaultInjector, type FaultRule } from './faults.js';
import { startArmServer, type RequestRecord } from './server.js';
import { initialState, readState, writeState } from './state.js';

export type { FaultRule } from './faults.js';
export type { RequestRecord } from './server.js';

export interface EmulatorOptions {
  /** ARM port on 127.0.0.1; 0 (default) picks a free one. */
  port?: number;
  /** Keep state, certificate and blobs here, so a restart loses nothing. In memory when absent. */
  dataDir?: string;
  faults?: FaultRule[];
  /** Items per page of list answers (default 20). */
  pageSize?: number;
  quiet?: boolean;
}

export interface RunningEmulator {
  /** https://127.0.0.1:<port> */
  armEndpoint: string;
  /** PEM to trust through NODE_EXTRA_CA_CERTS. */
  caCertPath: string;
  /** The admin principal's bearer token. */
  token: string;
  /** Bearer token per principal: admin, data-scientist, ml-engineer, reader. */
  tokens: Record<string, string>;
  subscriptionId: string;
  resourceGroup: string;
  workspaces: string[];
  /** Azurite's blob endpoint for the account: http://127.0.0.1:<port>/<account> */
  blobEndpoint: string;
  storageAccount: string;
  setFaults(rules: FaultRule[]): void;
  /** Every ARM request served, in order. */
  requests: RequestRecord[];
  stop(): Promise<void>;
}

/** Starts the local Azure ML emulator: Azurite for blobs and the HTTPS ARM endpoint. */
export async function start(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const scratch = options.dataDir ? undefined : mkdtempSync(join(tmpdir(), 'mlops-emulator-'));
  const dir = options.dataDir ?? scratch!;
  const state = (options.dataDir && readState(options.dataDir)) || initialState();
  const persist = (): void => {
    if (options.dataDir) writeState(options.dataDir, state);
  };
  persist();
  const tls = loadOrCreateCertificate(join(dir, 'tls'));
  const azurite = await startAzurite({
    account: state.storage.account,
    key: state.storage.key,
    location: options.dataDir ? join(options.dataDir, 'azurite') : undefined,
  });
  const blobEndpoint = `${azurite.host}/${state.storage.account}`;
  const blobs = new BlobServiceClient(blobEndpoint, new StorageSharedKeyCredential(state.storage.account, state.storage.key));
  try {
    for (const ws of Object.keys(state.workspaces)) await blobs.getContainerClient(containerName(ws)).createIfNotExists();
  } catch (error) {
    await azurite.stop();
    throw error;
  }

  const faults = new FaultInjector(options.faults);
  const requests: RequestRecord[] = [];
  const byToken = new Map(state.principals.map((p) => [p.token, p]));
  const { server, port } = await startArmServer({
    host: {
      state,
      persist,
      pageSize: options.pageSize ?? 20,
      blobEndpoint: () => `127.0.0.1:${azurite.port}`,
      blobsExist: async (ws, prefix) => {
        const page = await blobs.getContainerClient(containerName(ws)).listBlobsFlat({ prefix }).byPage({ maxPageSize: 1 }).next();
        return !page.done && page.value.segment.blobItems.length > 0;
      },
    },
    tls,
    faults,
    requests,
    port: options.port ?? 0,
    principalForToken: (token) => byToken.get(token),
  });

  let stopped = false;
  return {
    armEndpoint: `https://127.0.0.1:${port}`,
    caCertPath: tls.certPath,
    token: state.principals.find((p) => p.name === 'admin')!.token,
    tokens: Object.fromEntries(state.principals.map((p) => [p.name, p.token])),
    subscriptionId: state.subscriptionId,
    resourceGroup: state.resourceGroup,
    workspaces: Object.keys(state.workspaces),
    blobEndpoint,
    storageAccount: state.storage.account,
    setFaults: (rules) => faults.set(rules),
    requests,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await azurite.stop();
      if (scratch) rmSync(scratch, { recursive: true, force: true });
    },
  };
}
