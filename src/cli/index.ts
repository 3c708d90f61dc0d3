import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runDemo } from '../local/demo.js';
import { parseCommand, UsageError } from './args.js';
import { printToken, runEmulator } from './emulator-command.js';
import { ENVIRONMENTS_USAGE, runEnvironmentsCommand } from './environments-command.js';

const USAGE = `Usage:
  mlops emulator --write-env FILE [--data-dir DIR] [--port N] [--gateway-port N] [--faults FILE]
      Start the local Azure ML emulator; write the dev workspace's environment to FILE; serve until Ctrl-C.
      --port N: the ARM endpoint's port (default: the one kept in DIR, so a running step's endpoint survives a
      restart; a free one the first time; 0 picks a free one).
      --gateway-port N: the scoring gateway's port (default: the one kept in DIR, so scoring URIs survive a
      restart; a free one the first time; 0 picks a free one).
      --faults FILE: a JSON array of fault rules ({"path": "<RegExp>", "method"?, "status"?, "count"?,
      "delayMs"?, "retryAfterSeconds"?, "reset"?}).
  mlops emulator token --data-dir DIR --principal NAME
      Print a principal's bearer token (admin, data-scientist, ml-engineer, reader).
  mlops demo [--data-dir DIR] [--yes] [--broken]
      Run the whole loop on the emulator, as ml-ci.yml and ml-cd.yml do: train, package, register in dev, deploy
      and smoke-test and promote in dev, then preprod, then prod (after an approval prompt; --yes approves) with
      a canary rollout. State is kept in DIR (default .mlops/emulator), so a second run builds on the first.
      --broken: ship a deliberately slow model and watch the rollout roll back, prod still serving the old one.
${ENVIRONMENTS_USAGE}  mlops --help
`;

/** The repository root: dist/cli/index.js (bundled) or src/cli/index.ts sit two folders below it. */
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

async function main(argv: string[]): Promise<void> {
  const command = parseCommand(argv);
  switch (command.kind) {
    case 'help':
      process.stdout.write(USAGE);
      return;
    case 'emulator':
      await runEmulator(command);
      return;
    case 'emulator-token':
      printToken(command);
      return;
    case 'demo': {
      const result = await runDemo({
        root,
        dataDir: command.dataDir,
        broken: command.broken,
        yes: command.yes,
      });
      if (!result) process.exitCode = 1;
      return;
    }
    case 'environments':
      await runEnvironmentsCommand(command.argv);
      return;
  }
}

// Exit codes: 0 done, 1 failed, 2 a mistake in the command line (printed with the usage).
main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) {
    process.stderr.write(`mlops: ${error.message}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  process.stderr.write(`mlops: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
