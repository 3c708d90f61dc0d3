import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startAzurite } from './azurite.js';
import { watchAzurite } from './azurite-watch.js';
import { loadOrCreateCertificate } from './certificate.js';
import { newRuntimeTag, removeLeftovers } from './deployment-folders.js';
import { DeploymentRuntime } from './deployment-runtime.js';
import { FaultInjector, type FaultRule } from './faults.js';
import { Gateway } from './gateway.js';
import { Context, LOCATION } from './context.js';
import { EndpointTokens } from './endpoint-tokens.js';
import { gatewayView } from './gateway-view.js';
import { ARM_LISTENER, choosePort, GATEWAY_LISTENER, listenKept } from './kept-port.js';
import { Operations } from './operations.js';
import { LocalJobEngine } from './jobs/engine.js';
import { resume } from './recovery.js';
import { createArmServer, type RequestRecord } from './server.js';
import { initialState, readState, stateFile, writeState } from './state.js';
import { StorageAccounts } from './storage.js';
import { assignAccounts, azuriteAccounts, ensureContainers, moveSharedAccount } from './storage-accounts.js';

export type { FaultRule } from './faults.js';
export type { RequestRecord } from './server.js';

export interface EmulatorOptions {
  /**
   * ARM port on 127.0.0.1. Absent: the port kept in the data dir's state (a free one the first time); 0: a free one.
   * Whatever port it gets is kept in the state for the next start.
   */
  port?: number;
  /**
   * Scoring gateway port on 127.0.0.1. Absent: the port kept in the data dir's state (a free one the first time);
   * 0: a free one. Whatever port the gateway gets is kept in the state for the next start.
   */
  gatewayPort?: number;
  /** Keep state, tokens, certificate and blobs here, so a restart loses nothing. In memory when absent. */
  dataDir?: string;
  /** Faults to inject from the start (see {@link RunningEmulator.setFaults}). */
  faults?: FaultRule[];
  /** Items per page of list answers (default 20). */
  pageSize?: number;
  /** No line per request on stdout. */
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
  /** Azurite: http://127.0.0.1:<port> */
  blobHost: string;
  /**
   * Each workspace's own storage account: its name and blob endpoint (http://127.0.0.1:<port>/<account>). Its key
   * is what the workspace's datastores' listSecrets returns, and opens no other workspace's account.
   */
  storageAccounts: Record<string, { account: string; blobEndpoint: string }>;
  /** http://127.0.0.1:<port>: the scoring gateway of online endpoints (plain HTTP on loopback). */
  gatewayEndpoint: string;
  /** Replaces the fault rules (counts start afresh). */
  setFaults(rules: FaultRule[]): void;
  /** Every ARM request served, in order. */
  requests: RequestRecord[];
  /** The process id of Azurite now (it changes when a dead Azurite is restarted). */
  azuritePid(): number;
  /**
   * Resolves, once the emulator has stopped, with the reason when Azurite died and could not be restarted (its
   * blobs were in memory, or it keeps dying); never otherwise. A dead Azurite with a data dir is restarted.
   */
  failure: Promise<Error>;
  /** Stops the ARM server, the gateway, every deployment's inference server, and Azurite. Safe to call twice. */
  stop(): Promise<void>;
}

/** Starts the local Azure ML emulator: Azurite for blobs, and the HTTPS ARM endpoint. */
export async function start(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const dataDir = options.dataDir ? resolve(options.dataDir) : undefined;
  const scratch = dataDir ? undefined : mkdtempSync(join(tmpdir(), 'mlops-emulator-'));
  const state = (dataDir && readState(dataDir)) || initialState();
  assignAccounts(state);
  const persist = (): void => {
    if (dataDir) writeState(dataDir, state);
  };
  persist();
  const tls = loadOrCreateCertificate(join(dataDir ?? scratch!, 'tls'));
  const faults = new FaultInjector(options.faults ?? []);

  const log = (line: string): void => {
    if (!options.quiet) process.stdout.write(`${line}\n`);
  };
  const location = dataDir ? join(dataDir, 'azurite') : undefined;
  const firstAzurite = await startAzurite({ accounts: azuriteAccounts(state), location });
  const azurite = watchAzurite(
    firstAzurite,
    dataDir
      ? async () => {
          const next = await startAzurite({
            accounts: azuriteAccounts(state),
            location,
            port: firstAzurite.port,
          });
          // Azurite saves its index of containers and blobs every few seconds, so a container made just before it
          // died may be gone (seen in the fault campaign: "The specified container does not exist" after a kill).
          try {
            await ensureContainers(state, accounts);
          } catch (error) {
            await next.stop();
            throw error;
          }
          return next;
        }
      : undefined,
    log,
  );
  const accounts = new StorageAccounts(firstAzurite.host);
  let runtime: DeploymentRuntime | undefined;
  try {
    await moveSharedAccount(state, accounts, log);
    persist();
    await ensureContainers(state, accounts);
    const requests: RequestRecord[] = [];
    // The endpoint is known once the server listens; the service reads it only when answering.
    const config = {
      armEndpoint: '',
      blobHost: `127.0.0.1:${firstAzurite.port}`,
      pageSize: options.pageSize ?? 20,
      gatewayEndpoint: '',
    };
    // Deployments run in folders of their own under the system's temporary folder, away from the data dir.
    state.runtimeTag ??= newRuntimeTag();
    removeLeftovers(tmpdir(), state.runtimeTag);
    runtime = new DeploymentRuntime(tmpdir(), state.runtimeTag, accounts);
    // The operations clients poll are kept in the state: with a data dir, a poll across a restart finds its own.
    const operations = new Operations(state.subscriptionId, LOCATION, () => config.armEndpoint, {
      records: (state.operations ??= {}),
      persist,
    });
    const context = new Context(state, config, accounts, persist, runtime, operations, new EndpointTokens());
    const jobs = new LocalJobEngine(context, {
      root: tmpdir(),
      tag: state.runtimeTag,
      caCertPath: tls.certPath,
    });
    context.jobs = jobs;
    // Jobs a killed emulator left running end Failed, saying why (their processes died with it).
    jobs.recover();
    const serving = runtime;
    const gateway = new Gateway({
      view: (ws, ep) => gatewayView(context, ws, ep),
      serving: (key) => serving.serving(key),
    });
    const gatewayPort = await listenKept(
      gateway.server,
      GATEWAY_LISTENER,
      choosePort(options.gatewayPort, state.gatewayPort),
      dataDir && stateFile(dataDir),
    );
    state.gatewayPort = gatewayPort;
    config.gatewayEndpoint = `http://127.0.0.1:${gatewayPort}`;
    const server = createArmServer(tls, {
      context,
      faults,
      principals: new Map(state.principals.map((p) => [p.token, p])),
      requests,
      quiet: options.quiet ?? false,
    });
    let armPort: number;
    try {
      armPort = await listenKept(
        server,
        ARM_LISTENER,
        choosePort(options.port, state.armPort),
        dataDir && stateFile(dataDir),
      );
    } catch (error) {
      gateway.server.close();
      throw error;
    }
    state.armPort = armPort;
    persist();
    const armEndpoint = `https://127.0.0.1:${armPort}`;
    config.armEndpoint = armEndpoint;
    // Deployments kept in the data dir start again (a re-provisioning); start() returns once they serve (or failed).
    await resume(context);

    let stopping: Promise<void> | undefined;
    const stop = (): Promise<void> =>
      (stopping ??= (async () => {
        operations.stop();
        await jobs.stop();
        server.closeAllConnections();
        await new Promise<void>((done) => server.close(() => done()));
        gateway.server.closeAllConnections();
        await new Promise<void>((done) => gateway.server.close(() => done()));
        await serving.stopAll();
        await azurite.stop();
        if (scratch) rmSync(scratch, { recursive: true, force: true });
      })());
    // Azurite died and could not be restarted: the emulator stops, and says why through `failure`.
    const failure = azurite.failure.then(async (error) => {
      await stop();
      return error;
    });
    return {
      armEndpoint,
      caCertPath: tls.certPath,
      token: state.principals.find((p) => p.name === 'admin')!.token,
      tokens: Object.fromEntries(state.principals.map((p) => [p.name, p.token])),
      subscriptionId: state.subscriptionId,
      resourceGroup: state.resourceGroup,
      workspaces: Object.values(state.workspaces).map((w) => w.name),
      blobHost: firstAzurite.host,
      storageAccounts: Object.fromEntries(
        Object.values(state.workspaces).map((w) => [
          w.name,
          { account: w.storage!.account, blobEndpoint: accounts.endpoint(w.storage!.account) },
        ]),
      ),
      gatewayEndpoint: config.gatewayEndpoint,
      setFaults: (rules) => faults.set(rules),
      requests,
      azuritePid: () => azurite.current().pid,
      failure,
      stop,
    };
  } catch (error) {
    await runtime?.stopAll();
    await azurite.stop();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
    throw error;
  }
}
