/** Parsed command line: the words before the first option, and `--name value` / `--flag` options. */
export interface ParsedArgs {
  command: string[];
  options: Record<string, string | true>;
}

/** A mistake in the command line: the CLI prints it with the usage and exits 2. */
export class UsageError extends Error {}

/**
 * Parses `words... --opt value --opt=value --flag`. `flags` lists the options that take no value; every
 * other option needs one. An option in neither list is a UsageError naming it.
 */
export function parseArgs(argv: string[], known: string[], flags: string[] = []): ParsedArgs {
  const command: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (!word.startsWith('--')) {
      if (Object.keys(options).length > 0)
        throw new UsageError(`Unexpected argument '${word}' after the options.`);
      command.push(word);
      continue;
    }
    const [name, inline] = word.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (!known.includes(name) && !flags.includes(name)) throw new UsageError(`Unknown option --${name}.`);
    if (flags.includes(name)) {
      if (inline !== undefined) throw new UsageError(`Option --${name} takes no value.`);
      options[name] = true;
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) {
      throw new UsageError(`Option --${name} needs a value.`);
    }
    if (value === '') throw new UsageError(`Option --${name} needs a non-empty value.`);
    options[name] = value;
  }
  return { command, options };
}

/** A port number option: an integer from 0 to 65535. */
export function parsePort(value: string | true | undefined, option = 'port'): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (value === true || !/^\d+$/.test(value) || port > 65535) {
    throw new UsageError(`--${option} must be a whole number from 0 to 65535, not '${String(value)}'.`);
  }
  return port;
}

/** What the command line asks for. */
export type Command =
  | { kind: 'help' }
  | {
      kind: 'emulator';
      writeEnv: string;
      dataDir?: string;
      port?: number;
      gatewayPort?: number;
      faults?: string;
    }
  | { kind: 'emulator-token'; dataDir: string; principal: string }
  | { kind: 'demo'; dataDir?: string; broken: boolean; yes: boolean }
  | { kind: 'environments'; argv: string[] };

const OPTIONS: Record<Exclude<Command['kind'], 'help' | 'environments'>, string[]> = {
  emulator: ['write-env', 'data-dir', 'port', 'gateway-port', 'faults'],
  'emulator-token': ['data-dir', 'principal'],
  demo: ['data-dir', 'broken', 'yes'],
};

/**
 * Options that Node itself takes from anywhere on its command line, even after the script's name (Node 20 to 24
 * read `--env-file FILE` that way and exit 9 with "node: FILE: not found" before our code runs), so the CLI
 * cannot have them. When Node lets one through (the file exists), it is refused naming ours.
 */
const NODE_OWNED: Record<string, string> = {
  'env-file': 'write-env',
  'env-file-if-exists': 'write-env',
};

function refuseNodeOwned(argv: string[]): void {
  for (const word of argv) {
    const name = /^--([^=]+)/.exec(word)?.[1];
    const ours = name === undefined ? undefined : NODE_OWNED[name];
    if (ours) {
      throw new UsageError(
        `--${name} is Node's own option (Node reads it anywhere on the command line, and stops when the file ` +
          `does not exist yet): mlops takes --${ours} FILE instead.`,
      );
    }
  }
}

/** Parses the whole command line of `mlops`, checking which options each command takes. */
export function parseCommand(argv: string[]): Command {
  // `mlops environments` parses its own options (src/cli/environments-command.ts).
  if (argv[0] === 'environments') return { kind: 'environments', argv: argv.slice(1) };
  refuseNodeOwned(argv);
  const all = [...new Set(Object.values(OPTIONS).flat())];
  const args = parseArgs(argv, all, ['help', 'broken', 'yes']);
  const words = args.command.join(' ');
  if (args.options.help || words === 'help') return { kind: 'help' };
  if (words === '') throw new UsageError('Name a command.');
  const kind = ({ emulator: 'emulator', 'emulator token': 'emulator-token', demo: 'demo' } as const)[words];
  if (!kind) throw new UsageError(`Unknown command '${words}'.`);
  const wrong = Object.keys(args.options).filter((o) => !OPTIONS[kind].includes(o));
  if (wrong.length > 0) throw new UsageError(`'mlops ${words}' does not take --${wrong.join(', --')}.`);
  const opt = (name: string): string | undefined => args.options[name] as string | undefined;
  switch (kind) {
    case 'emulator': {
      const writeEnv = opt('write-env');
      if (!writeEnv)
        throw new UsageError(
          'mlops emulator needs --write-env FILE (where to write the environment variables).',
        );
      return {
        kind,
        writeEnv,
        dataDir: opt('data-dir'),
        port: parsePort(args.options.port),
        gatewayPort: parsePort(args.options['gateway-port'], 'gateway-port'),
        faults: opt('faults'),
      };
    }
    case 'emulator-token': {
      const dataDir = opt('data-dir');
      const principal = opt('principal');
      if (!dataDir || !principal)
        throw new UsageError('mlops emulator token needs --data-dir DIR and --principal NAME.');
      return { kind, dataDir, principal };
    }
    case 'demo':
      return {
        kind,
        dataDir: opt('data-dir'),
        broken: args.options.broken === true,
        yes: args.options.yes === true,
      };
  }
}
