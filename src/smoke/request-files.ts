import { glob, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { ConfigurationError } from '../errors.js';
import { isInlineJson, parseJsonInput, readJsonFile, readJsonInput } from './json-input.js';

/** One request body to send, from a file or inline JSON, with the body its answer must match (if any). */
export interface RequestCase {
  /** The file's path relative to the workspace, or `inline`. */
  name: string;
  body: string;
  expected?: { source: string; value: unknown };
}

/** At most this many request files per run (a glob that matches more is a mistake). */
export const MAX_REQUEST_FILES = 1000;

export { parseJsonInput, readJsonInput } from './json-input.js';

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
  if (isInlineJson(text)) {
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
  if (files.length > MAX_REQUEST_FILES) {
    throw new ConfigurationError(
      `Input 'requests': '${text}' matches ${files.length} files; at most ${MAX_REQUEST_FILES} request files per run. Narrow the glob.`,
      'requests',
    );
  }
  const cases: RequestCase[] = [];
  for (const path of files) {
    const { source: name, text: body } = await readJsonFile(path, 'requests', root);
    let own: RequestCase['expected'];
    if (!shared) {
      const beside = join(dirname(path), `${basename(path, '.json')}.expected.json`);
      if (
        await stat(beside)
          .then((s) => s.isFile())
          .catch(() => false)
      ) {
        const { source, value } = await readJsonFile(beside, 'requests', root);
        own = { source, value };
      }
    }
    cases.push({ name, body, expected: shared ?? own });
  }
  return cases;
}
