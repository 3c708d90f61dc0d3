// JSON inputs of smoke-test (and promote's requests): inline JSON or a file, read with a size cap, from inside the
// workspace or RUNNER_TEMP (symlinks resolved), and parsed with errors that name the file, line and column but
// never echo its bytes.
import { open, stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { ConfigurationError } from '../errors.js';
import { requireInsideRoots } from '../actions/shared/path-inputs.js';
import { jsonErrorWhere } from '../json-text.js';

const MiB = 1024 * 1024;

/** Size caps per input: a request body or an expected answer is at most 5 MiB, a schema 1 MiB. */
export const JSON_CAPS: Readonly<Record<string, number>> = {
  requests: 5 * MiB,
  expected: 5 * MiB,
  schema: MiB,
};
const capOf = (input: string): number => JSON_CAPS[input] ?? 5 * MiB;
const size = (bytes: number): string =>
  bytes >= MiB ? `${(bytes / MiB).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;

/** Whether an input value is inline JSON (an object or array) rather than a path. */
export const isInlineJson = (text: string): boolean => /^[[{]/.test(text.trim());

function tooLarge(input: string, what: string, bytes: number): never {
  const cap = capOf(input);
  throw new ConfigurationError(
    `Input '${input}': ${what} is ${size(bytes)} (${bytes} bytes), over the ${size(cap)} (${cap} bytes) cap for this input. Use a smaller file.`,
    input,
  );
}

/** Parses JSON text from `source`, or fails naming `input`, the source, the line and the column (never the text). */
export function parseJsonInput(text: string, source: string, input: string): unknown {
  const bytes = Buffer.byteLength(text);
  if (bytes > capOf(input)) tooLarge(input, source, bytes);
  const body = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(body);
  } catch {
    throw new ConfigurationError(
      `Input '${input}': ${source} is not valid JSON (${jsonErrorWhere(body)}). Fix the JSON.`,
      input,
    );
  }
}

/**
 * Refuses a file outside GITHUB_WORKSPACE (else `root`, where relative paths start) and RUNNER_TEMP, symlinks
 * resolved: the rule every action's path inputs share.
 */
const requireInside = (path: string, input: string, root: string): Promise<void> =>
  requireInsideRoots(
    input,
    path,
    [process.env.GITHUB_WORKSPACE || root, process.env.RUNNER_TEMP],
    'Keep request, expected and schema files in the repository (or RUNNER_TEMP).',
  );

/** A JSON file's text and value: a regular file inside the allowed roots, within the input's cap. */
export async function readJsonFile(
  path: string,
  input: string,
  root: string,
): Promise<{ source: string; text: string; value: unknown }> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) {
    throw new ConfigurationError(
      `Input '${input}': ${path} is not a file. Give a JSON file, a glob, or inline JSON.`,
      input,
    );
  }
  await requireInside(path, input, root);
  const source = relative(root, path) || path;
  const cap = capOf(input);
  if (info.size > cap) tooLarge(input, source, info.size);
  // Read at most cap + 1 bytes: a file that grows after stat is still refused, never read whole.
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(Math.min(info.size, cap) + 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    if (bytesRead > cap) tooLarge(input, source, bytesRead);
    const text = buffer
      .subarray(0, bytesRead)
      .toString('utf8')
      .replace(/^\uFEFF/, '');
    return { source, text, value: parseJsonInput(text, source, input) };
  } finally {
    await handle.close();
  }
}

/** Reads JSON from a file path or inline JSON text (for `expected` and `schema`). */
export async function readJsonInput(
  value: string,
  input: string,
  root: string,
): Promise<{ source: string; value: unknown }> {
  if (isInlineJson(value))
    return { source: 'inline', value: parseJsonInput(value, 'the inline value', input) };
  const { source, value: parsed } = await readJsonFile(resolve(root, value.trim()), input, root);
  return { source, value: parsed };
}
