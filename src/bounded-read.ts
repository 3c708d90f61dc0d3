import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import { ConfigurationError } from './errors.js';

/**
 * The largest JSON or YAML file an input names or a model folder holds (metrics files, package manifests, MLmodel).
 * A metrics file is a few hundred bytes, a manifest of 10,000 files about 1.5 MB; the CLI v2 YAML files
 * deploy-endpoint reads have their own, smaller cap (MAX_YAML_BYTES in src/deploy/yaml-reader.ts).
 */
export const MAX_JSON_INPUT_BYTES = 4 * 1024 * 1024;
/** The largest settings YAML (setup-environments `config`): a few dozen lines in practice. */
export const MAX_SETTINGS_YAML_BYTES = 256 * 1024;

/** `256 KiB`, `4 MiB`: how messages show a cap. */
export function formatCap(bytes: number): string {
  if (bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}

/** How messages name the input: `Input 'metrics-file'`, or a CLI flag's `--config`. */
const labelOf = (input: string, label?: string): string => label ?? `Input '${input}'`;

function tooBig(
  input: string,
  path: string,
  size: number | undefined,
  cap: number,
  label?: string,
): ConfigurationError {
  return new ConfigurationError(
    `${labelOf(input, label)}: ${path} is ${size === undefined ? 'larger than' : `${size} bytes, over`} the ${formatCap(cap)} ` +
      `this input accepts. Point it at the right file, or keep the file under ${formatCap(cap)}.`,
    input,
  );
}

// O_NONBLOCK: opening a FIFO never waits for a writer (a regular file ignores the flag); it is refused below.
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK;

function notAFile(input: string, path: string, label?: string): ConfigurationError {
  return new ConfigurationError(
    `${labelOf(input, label)}: ${path} is not a regular file (a folder, FIFO or device). Point it at a file.`,
    input,
  );
}

/** Refuses, before a byte is read, what the open file's stat shows is no regular file or is over the cap. */
function checkOpened(info: Stats, input: string, path: string, cap: number, label?: string): void {
  if (!info.isFile()) throw notAFile(input, path, label);
  if (info.size > cap) throw tooBig(input, path, info.size, cap, label);
}

function unreadable(input: string, path: string, error: unknown, label?: string): ConfigurationError {
  const code = (error as NodeJS.ErrnoException).code ?? String(error);
  return new ConfigurationError(`${labelOf(input, label)}: cannot read ${path} (${code}).`, input);
}

/**
 * Reads a UTF-8 text file named by input `input`, at most `cap` bytes: a larger file (or one that grows while
 * read) is a ConfigurationError naming the input, the file and the cap, and nothing past the cap is read.
 * `label` replaces `Input '<input>'` in messages (a CLI names its flag).
 */
export async function readBoundedText(
  path: string,
  input: string,
  cap: number,
  label?: string,
): Promise<string> {
  let handle;
  try {
    handle = await open(path, OPEN_FLAGS);
  } catch (error) {
    throw unreadable(input, path, error, label);
  }
  try {
    checkOpened(await handle.stat(), input, path, cap, label);
    const buffer = Buffer.alloc(cap + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > cap) throw tooBig(input, path, undefined, cap, label);
    }
    return buffer.subarray(0, length).toString('utf8');
  } finally {
    await handle.close();
  }
}

/** readBoundedText for synchronous callers (settings read by the CLI and setup-environments). */
export function readBoundedTextSync(path: string, input: string, cap: number, label?: string): string {
  let fd;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    throw unreadable(input, path, error, label);
  }
  try {
    checkOpened(fstatSync(fd), input, path, cap, label);
    const buffer = Buffer.alloc(cap + 1);
    let length = 0;
    for (;;) {
      const bytesRead = readSync(fd, buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > cap) throw tooBig(input, path, undefined, cap, label);
    }
    return buffer.subarray(0, length).toString('utf8');
  } finally {
    closeSync(fd);
  }
}
