import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { start, type FaultRule } from '../emulator/index.js';
import { readState } from '../emulator/state.js';
import { UsageError } from './args.js';

/** The environment a workflow step needs to reach the emulator's dev workspace, as KEY=value lines. */
export function envFileText(values: Record<string, string>): string {
  return `${Object.entries(values)
    .map(([k, v]) => `${k}=${v}`)
    .join('\n')}\n`;
}

function readFaults(path: string): FaultRule[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`--faults ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!Array.isArray(parsed)) throw new UsageError(`--faults ${path} must hold a JSON array of rules ({"path": "...", "status": 429, ...}).`);
  return parsed as FaultRule[];
}

/** `mlops emulator --env-file FILE [--data-dir DIR] [--port N] [--faults FILE]`: serves until SIGINT/SIGTERM. */
export async function runEmulator(options: { envFile: string; dataDir?: string; port?: number; faults?: string }): Promise<void> {
  const emulator = await start({
    dataDir: options.dataDir ? resolve(options.dataDir) : undefined,
    port: options.port,
    faults: options.faults ? readFaults(options.faults) : undefined,
  });
  const envFile = resolve(options.envFile);
  mkdirSync(dirname(envFile), { recursive: true });
  writeFileSync(
    envFile,
    envFileText({
      AZURE_SUBSCRIPTION_ID: emulator.subscriptionId,
      AZUREML_RESOURCE_GROUP: emulator.resourceGroup,
      AZUREML_WORKSPACE: 'dev',
      AZUREML_ARM_ENDPOINT: emulator.armEndpoint,
      AZUREML_ACCESS_TOKEN: emulator.token,
      NODE_EXTRA_CA_CERTS: emulator.caCertPath,
    }),
    { mode: 0o600 },
  );
  process.stdout.write(
    [
      `Local Azure ML emulator on ${emulator.armEndpoint} (api-version 2022-10-01)`,
      `  blobs (Azurite): ${emulator.blobEndpoint}`,
      `  subscription ${emulator.subscriptionId}, resource group ${emulator.resourceGroup}, workspaces ${emulator.workspaces.join(', ')}`,
      `  environment for the dev workspace written to ${envFile} (load it with: set -a; . ${envFile}; set +a)`,
      options.dataDir ? `  state kept in ${resolve(options.dataDir)}` : '  state in memory (use --data-dir to keep it)',
      'Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
  await new Promise<void>((resolveStop) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void emulator.stop().then(resolveStop);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** `mlops emulator token --data-dir DIR --principal NAME`: prints that principal's token. */
export function printToken(options: { dataDir: string; principal: string }): void {
  if (!existsSync(options.dataDir)) throw new UsageError(`--data-dir ${options.dataDir} does not exist: start the emulator with it first.`);
  const state = readState(resolve(options.dataDir));
  if (!state) throw new UsageError(`--data-dir ${options.dataDir} holds no emulator state: start the emulator with it first.`);
  const principal = state.principals.find((p) => p.name === options.principal);
  if (!principal) {
    throw new UsageError(`Unknown principal '${options.principal}'. Known: ${state.principals.map((p) => p.name).join(', ')}.`);
  }
  process.stdout.write(`${principal.token}\n`);
}
