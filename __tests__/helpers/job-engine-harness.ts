// The emulator's job engine and data plane on their own, for tests that store job records directly (as the ARM
// job resources store them) and watch them run: Azurite, a Context, the engine, and the HTTPS server that serves
// the data plane. The ARM side of jobs is tested through the emulator itself (emulator-jobs-arm.test.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAzurite } from '../../src/emulator/azurite.js';
import { loadOrCreateCertificate } from '../../src/emulator/certificate.js';
import { Context, LOCATION } from '../../src/emulator/context.js';
import { DeploymentRuntime } from '../../src/emulator/deployment-runtime.js';
import { EndpointTokens } from '../../src/emulator/endpoint-tokens.js';
import { FaultInjector } from '../../src/emulator/faults.js';
import { LocalJobEngine } from '../../src/emulator/jobs/engine.js';
import { Operations } from '../../src/emulator/operations.js';
import { createArmServer } from '../../src/emulator/server.js';
import { initialState, type WorkspaceState } from '../../src/emulator/state.js';
import { StorageAccounts } from '../../src/emulator/storage.js';
import { assignAccounts, azuriteAccounts, ensureContainers } from '../../src/emulator/storage-accounts.js';

export interface EngineHarness {
  ctx: Context;
  engine: LocalJobEngine;
  ws: WorkspaceState;
  /** https://127.0.0.1:<port> */
  endpoint: string;
  caCertPath: string;
  tokens: Record<string, string>;
  /** Where job folders go (a folder of the test's own). */
  root: string;
  /** Each job's statuses in the order they were saved (the engine saves at every change). */
  history: Record<string, string[]>;
  stop(): Promise<void>;
}

export async function startEngineHarness(): Promise<EngineHarness> {
  const dir = mkdtempSync(join(tmpdir(), 'job-harness-'));
  const state = initialState();
  assignAccounts(state);
  const azurite = await startAzurite({ accounts: azuriteAccounts(state) });
  const accounts = new StorageAccounts(azurite.host);
  await ensureContainers(state, accounts);
  const tls = loadOrCreateCertificate(join(dir, 'tls'));
  const config = {
    armEndpoint: '',
    blobHost: `127.0.0.1:${azurite.port}`,
    pageSize: 20,
    gatewayEndpoint: '',
  };
  const root = join(dir, 'jobs');
  const runtime = new DeploymentRuntime(root, 'feedbeef', accounts);
  const operations = new Operations(state.subscriptionId, LOCATION, () => config.armEndpoint);
  const history: Record<string, string[]> = {};
  const persist = (): void => {
    for (const ws of Object.values(state.workspaces))
      for (const [name, job] of Object.entries(ws.jobs ?? {})) {
        const seen = (history[name] ??= []);
        const status = String(job.properties.status);
        if (seen.at(-1) !== status) seen.push(status);
      }
  };
  const ctx = new Context(state, config, accounts, persist, runtime, operations, new EndpointTokens());
  const engine = new LocalJobEngine(ctx, { root, tag: 'feedbeef', caCertPath: tls.certPath });
  ctx.jobs = engine;
  const server = createArmServer(tls, {
    context: ctx,
    faults: new FaultInjector([]),
    principals: new Map(state.principals.map((p) => [p.token, p])),
    requests: [],
    quiet: true,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  config.armEndpoint = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    ctx,
    engine,
    ws: state.workspaces.dev!,
    endpoint: config.armEndpoint,
    caCertPath: tls.certPath,
    tokens: Object.fromEntries(state.principals.map((p) => [p.name, p.token])),
    root,
    history,
    stop: async () => {
      await engine.stop();
      operations.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await azurite.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
