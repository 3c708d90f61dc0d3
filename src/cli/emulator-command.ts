import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { AZUREML_API_VERSION } from '../contract/azureml-api.js';
import { checkFaultRules } from '../emulator/faults.js';
import { start, type FaultRule } from '../emulator/index.js';
import { readState } from '../emulator/state.js';
import { UsageError } from './args.js';

/** KEY=value lines, one per variable. */
export function envFileText(values: Record<string, string>): string {
  return `${Object.entries(values)
    .map(([k, v]) => `${k}=${v}`)
    .join('\n')}\n`;
}

/** Reads and checks the `--faults FILE` rules; a mistake names the file and the rule. */
export function readFaults(path: string): FaultRule[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`--faults ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    return checkFaultRules(parsed);
  } catch (error) {
    throw new UsageError(`--faults ${path}: ${(error as Error).message}`);
  }
}

/** Writes the file readable by its owner only (it holds a bearer token), atomically. */
function writePrivate(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, text, { mode: 0o600 });
  chmodSync(temp, 0o600);
  renameSync(temp, path);
}

/**
 * `mlops emulator --write-env FILE [--data-dir DIR] [--port N] [--gateway-port N] [--faults FILE]`: serves until
 * SIGINT/SIGTERM.
 */
export async function runEmulator(options: {
  writeEnv: string;
  dataDir?: string;
  port?: number;
  gatewayPort?: number;
  faults?: string;
}): Promise<void> {
  const faults = options.faults ? readFaults(options.faults) : undefined;
  const emulator = await start({
    dataDir: options.dataDir ? resolve(options.dataDir) : undefined,
    port: options.port,
    gatewayPort: options.gatewayPort,
    faults,
  });
  // Stop Azurite with us, whichever way we are asked to stop.
  let stopping = false;
  const stopped = new Promise<void>((resolveStop) => {
    const stop = (): void => {
      if (stopping) return;
      stopping = true;
      process.stdout.write('Stopping the emulator...\n');
      void emulator.stop().then(resolveStop);
    };
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, stop);
  });
  const envFile = resolve(options.writeEnv);
  try {
    writePrivate(
      envFile,
      envFileText({
        AZURE_SUBSCRIPTION_ID: emulator.subscriptionId,
        AZUREML_RESOURCE_GROUP: emulator.resourceGroup,
        AZUREML_WORKSPACE: 'dev',
        AZUREML_ARM_ENDPOINT: emulator.armEndpoint,
        AZUREML_ACCESS_TOKEN: emulator.token,
        NODE_EXTRA_CA_CERTS: emulator.caCertPath,
      }),
    );
  } catch (error) {
    await emulator.stop();
    throw error;
  }
  const accounts = Object.entries(emulator.storageAccounts)
    .map(([ws, a]) => `${ws}: ${a.account}`)
    .join(', ');
  process.stdout.write(
    [
      `Local Azure ML emulator on ${emulator.armEndpoint} (api-version ${AZUREML_API_VERSION})${options.dataDir ? ', the same port at every restart with this data dir' : ''}`,
      `  blobs (Azurite): ${emulator.blobHost}, one account per workspace (${accounts})`,
      `  scoring gateway: ${emulator.gatewayEndpoint}${options.dataDir ? ' (the same port at every restart with this data dir)' : ''}`,
      `  subscription ${emulator.subscriptionId}, resource group ${emulator.resourceGroup}, workspaces ${emulator.workspaces.join(', ')}`,
      `  environment for the dev workspace (as admin) written to ${envFile} (load it with: set -a; . ${envFile}; set +a)`,
      options.dataDir
        ? `  state kept in ${resolve(options.dataDir)}; other principals' tokens: mlops emulator token --data-dir ${resolve(options.dataDir)} --principal NAME`
        : '  state in memory (use --data-dir to keep it)',
      faults?.length ? `  injecting ${faults.length} fault rule(s) from ${options.faults}` : '',
      'Press Ctrl-C to stop.',
      '',
    ]
      .filter((line, i, all) => line !== '' || i === all.length - 1)
      .join('\n'),
  );
  // Azurite died and could not be restarted: the emulator has stopped; say why and exit 1.
  const failed = await Promise.race([stopped.then(() => undefined), emulator.failure]);
  if (failed) throw failed;
}

/** `mlops emulator token --data-dir DIR --principal NAME`: prints that principal's token. */
export function printToken(options: { dataDir: string; principal: string }): void {
  if (!existsSync(options.dataDir))
    throw new UsageError(`--data-dir ${options.dataDir} does not exist: start the emulator with it first.`);
  const state = readState(resolve(options.dataDir));
  if (!state)
    throw new UsageError(
      `--data-dir ${options.dataDir} holds no emulator state: start the emulator with it first.`,
    );
  const principal = state.principals.find((p) => p.name === options.principal);
  if (!principal) {
    throw new UsageError(
      `Unknown principal '${options.principal}'. Known: ${state.principals.map((p) => p.name).join(', ')}.`,
    );
  }
  process.stdout.write(`${principal.token}\n`);
}
