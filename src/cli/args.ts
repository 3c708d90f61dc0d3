/** Parsed command line: the words before the first option, and `--name value` / `--flag` options. */
export interface ParsedArgs {
  command: string[];
  options: Record<string, string | true>;
}

export class UsageError extends Error {}

/**
 * Parses `words... --opt value --flag`. `flags` lists the options that take no value; every
 * other option needs one. An option not in `known` is a UsageError naming it.
 */
export function parseArgs(argv: string[], known: string[], flags: string[] = []): ParsedArgs {
  const command: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (!word.startsWith('--')) {
      if (Object.keys(options).length > 0) throw new UsageError(`Unexpected argument '${word}' after the options.`);
      command.push(word);
      continue;
    }
    const [name, inline] = word.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (!known.includes(name) && !flags.includes(name)) throw new UsageError(`Unknown option --${name}.`);
    if (flags.includes(name)) {
      options[name] = true;
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new UsageError(`Option --${name} needs a value.`);
    options[name] = value;
  }
  return { command, options };
}

/** A port number option: an integer from 0 to 65535. */
export function parsePort(value: string | true | undefined): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (value === true || !Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`--port must be a whole number from 0 to 65535, not '${String(value)}'.`);
  }
  return port;
}
