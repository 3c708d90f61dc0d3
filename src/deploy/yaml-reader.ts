import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { readBoundedText } from '../bounded-read.js';
import { ConfigurationError } from '../errors.js';

/**
 * The largest YAML file we read. Azure ML CLI v2 endpoint and deployment files are a few hundred bytes; the largest
 * in Azure/azureml-examples is under 4 KiB. A bigger file is a mistake (or an attack), not a deployment.
 */
export const MAX_YAML_BYTES = 256 * 1024;

/**
 * Aliases (`*name`) expanded at most this many times: a CLI file has no use for them, and a few nested ones are
 * enough to blow up memory ("billion laughs"). yaml's own guard (maxAliasCount) refuses the file beyond it.
 */
export const MAX_YAML_ALIASES = 20;

/** A key path inside the file: mapping keys and sequence indexes. */
export type KeyPath = ReadonlyArray<string | number>;

export type YamlObject = Record<string, unknown>;

/** True when a key is given a value: YAML's `key:` (null) and a missing key both mean "not given". */
export const present = (v: unknown): boolean => v !== undefined && v !== null;

/** `a.b[0].c`, as messages show a key. */
export function showPath(path: KeyPath): string {
  return path.reduce<string>(
    (out, seg) => (typeof seg === 'number' ? `${out}[${seg}]` : out ? `${out}.${seg}` : seg),
    '',
  );
}

/**
 * Reads values out of one parsed CLI v2 YAML file. Every error names the input, the file, the key and the line
 * it is on, and what to write instead; none repeats the file's content beyond the key's name.
 */
export class YamlReader {
  constructor(
    readonly file: string,
    readonly input: string,
    private readonly doc?: Document,
    private readonly lines?: LineCounter,
  ) {}

  /**
   * The 1-based line of the key at `path` (of the item, for a sequence index). When part of the path is missing,
   * the line of its deepest existing key, or undefined with `exact`.
   */
  lineOf(path: KeyPath, exact = false): number | undefined {
    if (!this.doc || !this.lines) return undefined;
    let node: unknown = this.doc.contents;
    let at: number | undefined;
    for (const seg of path) {
      let next: { at?: number; node: unknown } | undefined;
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === seg);
        if (pair) next = { at: (pair.key as Node).range?.[0], node: pair.value };
      } else if (isSeq(node) && typeof seg === 'number') {
        const item = node.items[seg] as Node | undefined;
        if (item) next = { at: item.range?.[0], node: item };
      }
      if (!next) {
        if (exact) return undefined;
        break;
      }
      at = next.at;
      node = next.node;
    }
    return at === undefined ? undefined : this.lines.linePos(at).line;
  }

  /** Throws the ConfigurationError for the key at `path` (the whole file when empty). */
  fail(path: KeyPath, why: string): never {
    const line = path.length > 0 ? this.lineOf(path) : undefined;
    const where = path.length > 0 ? `${line ? `line ${line}, ` : ''}${showPath(path)}: ` : '';
    throw new ConfigurationError(`Input '${this.input}' (${this.file}): ${where}${why}`, this.input);
  }

  object(value: unknown, path: KeyPath): YamlObject {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      this.fail(path, 'expected a mapping (key: value lines).');
    return value as YamlObject;
  }

  /**
   * Refuses any key of `obj` that is not in `known`, and every key of `refused` (key -> why) that is present:
   * keys that the CLI knows but that deploy-endpoint cannot honour are named with their reason, never dropped.
   */
  keys(obj: YamlObject, path: KeyPath, known: readonly string[], refused: Record<string, string> = {}): void {
    for (const key of Object.keys(obj)) {
      const why = Object.prototype.hasOwnProperty.call(refused, key) ? refused[key] : undefined;
      if (why !== undefined) this.fail([...path, key], why);
      if (!known.includes(key)) {
        const list = known.filter((k) => k !== '$schema').join(', ');
        this.fail([...path, key], `unknown key. Known keys here: ${list}.`);
      }
    }
  }

  string(obj: YamlObject, path: KeyPath, key: string): string | undefined {
    if (!present(obj[key])) return undefined;
    const v = obj[key];
    if (typeof v !== 'string' || v.trim() === '') this.fail([...path, key], 'expected a non-empty string.');
    return v.trim();
  }

  /** A string from `allowed` (compared case-insensitively, as the CLI's StringTransformedEnum does). */
  choice<T extends string>(
    obj: YamlObject,
    path: KeyPath,
    key: string,
    allowed: Record<string, T>,
  ): T | undefined {
    const v = this.string(obj, path, key);
    if (v === undefined) return undefined;
    const hit = allowed[v.toLowerCase()];
    if (hit === undefined) this.fail([...path, key], `expected one of ${Object.keys(allowed).join(', ')}.`);
    return hit;
  }

  integer(obj: YamlObject, path: KeyPath, key: string, min: number, max: number): number | undefined {
    if (!present(obj[key])) return undefined;
    const v = obj[key];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max)
      this.fail([...path, key], `expected a whole number from ${min} to ${max}.`);
    return v;
  }

  number(obj: YamlObject, path: KeyPath, key: string, min: number, max: number): number | undefined {
    if (!present(obj[key])) return undefined;
    const v = obj[key];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max)
      this.fail([...path, key], `expected a number from ${min} to ${max}.`);
    return v;
  }

  /** true/false, or the strings 'true'/'false' in any case (the CLI's Boolean fields take both). */
  boolean(obj: YamlObject, path: KeyPath, key: string): boolean | undefined {
    if (!present(obj[key])) return undefined;
    const v = obj[key];
    if (typeof v === 'boolean') return v;
    if (typeof v === 'string' && /^(true|false)$/i.test(v.trim())) return v.trim().toLowerCase() === 'true';
    this.fail([...path, key], 'expected true or false.');
  }

  /** A mapping of scalars (tags, properties, environment variables), values as strings. */
  stringMap(obj: YamlObject, path: KeyPath, key: string): Record<string, string> {
    if (!present(obj[key])) return {};
    const map = this.object(obj[key], [...path, key]);
    const out: Record<string, string> = {};
    for (const [k, val] of Object.entries(map)) {
      if (val === null || typeof val === 'object')
        this.fail([...path, key, k], 'expected a string, number or boolean.');
      out[k] = String(val);
    }
    return out;
  }

  /** A list of strings. */
  stringList(obj: YamlObject, path: KeyPath, key: string): string[] | undefined {
    if (!present(obj[key])) return undefined;
    const v = obj[key];
    if (!Array.isArray(v)) this.fail([...path, key], 'expected a list.');
    return v.map((item, i) => {
      if (typeof item !== 'string' || item.trim() === '') this.fail([...path, key, i], 'expected a string.');
      return item.trim();
    });
  }
}

/** Reads and parses one YAML file (bounded in size and aliases); its top level must be a mapping. */
export async function loadYaml(
  path: string,
  input: string,
  /** Changes the parsed document before it is read (run-job's --set overrides); its errors are its own. */
  edit?: (doc: Document, reader: YamlReader) => void,
): Promise<{ root: YamlObject; reader: YamlReader }> {
  const text = await readBoundedText(path, input, MAX_YAML_BYTES);
  const lines = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true, lineCounter: lines });
  const reader = new YamlReader(path, input, doc, lines);
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    const line = first.linePos?.[0]?.line;
    // The first line of yaml's message names the problem; the rest quotes the file, which we never echo.
    reader.fail([], `not valid YAML${line ? ` (line ${line})` : ''}: ${first.message.split('\n')[0]}`);
  }
  edit?.(doc, reader);
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    reader.fail(
      [],
      `not a usable YAML file: ${(error as Error).message.split('\n')[0]} (aliases are expanded at most ${MAX_YAML_ALIASES} times).`,
    );
  }
  return { root: reader.object(value, []), reader };
}
