import { glob, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { ConfigurationError } from '../errors.js';

/** One request body to send, from a file or inline JSON, with the body its answer must match (if any). */
export interface RequestCase {
  /** The file's path relative to the workspace, or `inline`. */
  name: string;
  body: string;
  expected?: { source: string; value: unknown };
}

const MAX_BODY = 5 * 1024 * 1024;
const isInline = (text: string): boolean => /^[[{]/.test(text.trim());

/** Parses JSON text from `source`, or fails naming `input` and the line and column. */
export function parseJsonInput(text: string, source: string, input: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(
      `Input '${input}': ${source} is not valid JSON (${(error as Error).message}). Fix the JSON.`,
      input,
    );
  }
}

async function readJsonFile(path: string, input: string, root: string): Promise<string> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) {
    throw new ConfigurationError(
      `Input '${input}': ${path} is not a file. Give a JSON file, a glob, or inline JSON.`,
      input,
    );
  }
  if (info.size > MAX_BODY) {
    throw new ConfigurationError(
      `Input '${input}': ${relative(root, path)} is larger than 5 MB; smoke requests should be small.`,
      input,
    );
  }
  const text = await readFile(path, 'utf8');
  parseJsonInput(text, relative(root, path) || path, input);
  return text;
}

/** Reads JSON from a file path or inline JSON text (for `expected` and `schema`). */
export async function readJsonInput(
  value: string,
  input: string,
  root: string,
): Promise<{ source: string; value: unknown }> {
  if (isInline(value)) return { source: 'inline', value: parseJsonInput(value, 'the inline value', input) };
  const path = resolve(root, value.trim());
  return { source: relative(root, path), value: JSON.parse(await readJsonFile(path, input, root)) };
}

/**
 * The `requests` input: inline JSON (one request), a JSON file, or a glob of JSON files (sorted). For a file
 * `x.json`, a file `x.expected.json` beside it holds the expected answer; the `expected` input, when given,
 * applies to every request instead. Files named `*.expected.json` are never sent.
 */
export async function readRequestCases(
  requests: string,
  expected: string | undefined,
  root: string,
): Promise<RequestCase[]> {
  const text = requests.trim();
  if (text === '') {
    throw new ConfigurationError(
      `Input 'requests' is required: a JSON file, a glob such as smoke/*.json, or inline JSON.`,
      'requests',
    );
  }
  const shared = expected ? await readJsonInput(expected, 'expected', root) : undefined;
  if (isInline(text)) {
    parseJsonInput(text, 'the inline value', 'requests');
    return [{ name: 'inline', body: text, expected: shared }];
  }
  const paths: string[] = [];
  if (/[*?[{]/.test(text)) {
    for await (const match of glob(text, { cwd: root })) paths.push(resolve(root, match));
    paths.sort();
  } else {
    paths.push(resolve(root, text));
  }
  const files = paths.filter((p) => !p.endsWith('.expected.json'));
  if (files.length === 0) {
    throw new ConfigurationError(
      `Input 'requests': '${text}' matches no file (relative paths start at ${root}).`,
      'requests',
    );
  }
  const cases: RequestCase[] = [];
  for (const path of files) {
    const name = relative(root, path);
    if (name.startsWith('..')) {
      throw new ConfigurationError(`Input 'requests': ${path} is outside the workspace ${root}.`, 'requests');
    }
    const body = await readJsonFile(path, 'requests', root);
    let own: RequestCase['expected'];
    if (!shared) {
      const beside = join(dirname(path), `${basename(path, '.json')}.expected.json`);
      if (
        await stat(beside)
          .then((s) => s.isFile())
          .catch(() => false)
      ) {
        own = {
          source: relative(root, beside),
          value: JSON.parse(await readJsonFile(beside, 'requests', root)),
        };
      }
    }
    cases.push({ name, body, expected: shared ?? own });
  }
  return cases;
}
