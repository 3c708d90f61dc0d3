// The CLI's `az ml job create --set key.path=value`: each override replaces (or adds) one value of the job file
// before it is read (azure-ai-ml load_job(params_override=[{key: value}]) sets them with pydash.set_ on the loaded
// dictionary; the schema then converts the text, so '3' becomes a number where a number is expected). Here the
// value is read as a YAML scalar (3 -> 3, true -> true, anything else a string), which gives the same result.
import { isMap, isScalar, isSeq, parse, type Document } from 'yaml';
import { ConfigurationError } from '../errors.js';

/** One override: the key path, and the value as a YAML scalar. */
export interface SetOverride {
  path: string[];
  value: string | number | boolean | null;
  /** As written, for messages. */
  text: string;
}

const SEGMENT = /^[A-Za-z0-9_$-]+$/;

/** Parses `key.path=value` lines (blank lines and lines starting with # are skipped). */
export function parseSetOverrides(lines: readonly string[], input = 'set'): SetOverride[] {
  const out: SetOverride[] = [];
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const eq = line.indexOf('=');
    const key = eq < 0 ? '' : line.slice(0, eq).trim();
    const path = key.split('.');
    if (eq <= 0 || path.some((seg) => !SEGMENT.test(seg)))
      throw new ConfigurationError(
        `Input '${input}' line ${i + 1}: expected key.path=value (e.g. inputs.learning_rate=0.05 or compute=azureml:cpu-cluster), with keys of letters, digits, _ and -.`,
        input,
      );
    const text = line.slice(eq + 1).trim();
    let value: SetOverride['value'] = text;
    if (text !== '') {
      try {
        const parsed: unknown = parse(text);
        if (parsed === null || ['string', 'number', 'boolean'].includes(typeof parsed))
          value = parsed as SetOverride['value'];
      } catch {
        // Not YAML: the text itself, as the CLI takes it.
      }
    }
    out.push({ path, value, text: key });
  });
  return out;
}

/** Applies the overrides to a parsed job file, in order; a path through a non-mapping is refused. */
export function applySetOverrides(doc: Document, overrides: readonly SetOverride[], input = 'set'): void {
  for (const o of overrides) {
    for (let depth = 1; depth < o.path.length; depth++) {
      const prefix = o.path.slice(0, depth);
      const node: unknown = doc.getIn(prefix, true);
      // An empty key (`world_output:`) becomes a mapping, as pydash.set_ makes one.
      if (isScalar(node) && node.value === null) doc.setIn(prefix, doc.createNode({}));
      else if (node !== undefined && node !== null && !isMap(node)) {
        const what = isSeq(node) ? 'a list' : 'a single value';
        throw new ConfigurationError(
          `Input '${input}': ${o.text}: ${o.path.slice(0, depth).join('.')} is ${what} in the job file, so it has no key ${o.path[depth]}.`,
          input,
        );
      }
    }
    doc.setIn(o.path, o.value);
  }
}
