import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runDemo } from '../local/demo.js';
import { parseArgs, parsePort, UsageError } from './args.js';
import { printToken, runEmulator } from './emulator-command.js';

const USAGE = `Usage:
  mlops emulator --env-file FILE [--data-dir DIR] [--port N] [--faults FILE]
      Start the local Azure ML emulator; write the dev workspace's environment to FILE; serve until Ctrl-C.
  mlops emulator token --data-dir DIR --principal NAME
      Print a principal's bearer token (admin, data-scientist, ml-engineer, reader).
  mlops demo [--data-dir DIR]
      Run the local pipeline (train, package-model, register-model) on the emulator.
`;

/** The repository root: dist/cli/index.js (bundled) or src/cli/index.ts sit two folders below it. */
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

async function main(argv: string[]): Promise<void> {
  const args = parseArgs(argv, ['env-file', 'data-dir', 'port', 'faults', 'principal'], ['help']);
  const [command, sub] = args.command;
  const option = (name: string): string | undefined => {
    const value = args.options[name];
    return typeof value === 'string' ? value : undefined;
  };
  if (args.options.help || command === undefined || command === 'help') {
    process.stdout.write(USAGE);
    return;
  }
  if (command === 'emulator' && sub === 'token') {
    const dataDir = option('data-dir');
    const principal = option('principal');
    if (!dataDir || !principal) throw new UsageError('emulator token needs --data-dir DIR and --principal NAME.');
    printToken({ dataDir, principal });
    return;
  }
  if (command === 'emulator' && sub === undefined) {
    const envFile = option('env-file');
    if (!envFile) throw new UsageError('emulator needs --env-file FILE (where to write the environment variables).');
    await runEmulator({ envFile, dataDir: option('data-dir'), port: parsePort(args.options.port), faults: option('faults') });
    return;
  }
  if (command === 'demo' && sub === undefined) {
    const result = await runDemo({ root, dataDir: option('data-dir') });
    if (!result) process.exitCode = 1;
    return;
  }
  throw new UsageError(`Unknown command '${args.command.join(' ')}'.`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) {
    process.stderr.write(`mlops: ${error.message}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  process.stderr.write(`mlops: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
