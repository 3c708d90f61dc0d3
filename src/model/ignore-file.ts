import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigurationError } from '../errors.js';
import { listFiles, type FileEntry } from './files.js';

/**
 * The ignore file the Azure ML CLI v2 honours when it uploads a folder, and its rules, as azure-ai-ml applies them.
 *
 * Source: Azure/azure-sdk-for-python, sdk/ml/azure-ai-ml/azure/ai/ml/_utils/_asset_utils.py (commit
 * 00117027544e8aa9ec3ab36c72a61a7a6005b7de): `get_ignore_file` takes `.amlignore` at the folder's root, else
 * `.gitignore` there (never one in a sub-folder, never both); `IgnoreFile.is_file_excluded` matches the path relative
 * to that folder against each line's pattern in order and the FIRST pattern that matches decides (a `!` pattern
 * keeps the file), unlike git, where the last one wins. The ignore file itself is uploaded unless a line excludes it.
 * Patterns are `GitWildMatchPattern`s (_utils/_pathspec.py, vendored from pathspec, commit
 * 069499f9195441beec059f397acafe0caee0fe51); `toRegex` below follows its `pattern_to_regex`.
 */
export const IGNORE_FILE_NAMES = ['.amlignore', '.gitignore'] as const;

export interface IgnoreRules {
  /** The ignore file's name (`.amlignore` or `.gitignore`). */
  file: string;
  /** True when the path (relative to the folder, `/`-separated, no trailing slash) is left out. */
  excludes(relativePath: string): boolean;
}

interface Rule {
  regex: RegExp;
  /** true: a match excludes; false (`!pattern`): a match keeps. */
  exclude: boolean;
}

/** A literal character in a `u` regex (Python's re.escape escapes more; only syntax characters need it here). */
const escapeChar = (c: string): string => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** `_translate_segment_glob`: one path segment's glob (`*`, `?`, `[...]`, `\` escapes) as a regex. */
function segmentRegex(glob: string): string {
  let out = '';
  let i = 0;
  while (i < glob.length) {
    const c = glob[i++]!;
    if (c === '\\') {
      if (i >= glob.length) throw new Error('a backslash ends the pattern, with nothing to escape');
      out += escapeChar(glob[i++]!);
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '[') {
      let j = i;
      if (glob[j] === '!') j++;
      if (glob[j] === ']') j++;
      while (j < glob.length && glob[j] !== ']') j++;
      if (j >= glob.length) {
        out += '\\[';
        continue;
      }
      let expr = '[';
      if (glob[i] === '!') {
        expr += '^';
        i++;
      } else if (glob[i] === '^') {
        expr += '\\^';
        i++;
      }
      // A `]` first in the class is literal in Python's regex; JavaScript needs it escaped.
      const body = glob.slice(i, j).replace(/\\/g, '\\\\');
      out += `${expr}${body.startsWith(']') ? `\\${body}` : body}]`;
      i = j + 1;
    } else out += escapeChar(c);
  }
  return out;
}

/** `GitWildMatchPattern.pattern_to_regex`: undefined for blank lines, comments and a lone `/`. */
export function toRule(line: string): Rule | undefined {
  let pattern = line.trim();
  if (pattern === '' || pattern.startsWith('#') || pattern === '/') return undefined;
  const exclude = !pattern.startsWith('!');
  if (!exclude) pattern = pattern.slice(1);
  const segs = pattern.split('/');
  for (let i = segs.length - 1; i > 0; i--) if (segs[i - 1] === '**' && segs[i] === '**') segs.splice(i, 1);
  if (segs.length === 2 && segs[0] === '**' && segs[1] === '') return { regex: /^.+\/.*$/, exclude };
  if (segs[0] === '') segs.shift();
  else if ((segs.length === 1 || (segs.length === 2 && segs[1] === '')) && segs[0] !== '**')
    segs.unshift('**');
  if (segs.length === 0) throw new Error('the pattern matches nothing (a lone !)');
  if (segs.length > 1 && segs[segs.length - 1] === '') segs[segs.length - 1] = '**';
  let out = '^';
  let needSlash = false;
  const end = segs.length - 1;
  segs.forEach((seg, i) => {
    if (seg === '**') {
      if (i === 0 && i === end) out += '.+';
      else if (i === 0) {
        out += '(?:.+/)?';
        needSlash = false;
      } else if (i === end) out += '/.*';
      else {
        out += '(?:/.+)?';
        needSlash = true;
      }
      return;
    }
    if (needSlash) out += '/';
    out += seg === '*' ? '[^/]+' : segmentRegex(seg);
    if (i === end) out += '(?:/.*)?';
    needSlash = true;
  });
  return { regex: new RegExp(`${out}$`, 'u'), exclude };
}

/** Reads the folder's `.amlignore` (else `.gitignore`); undefined when it has neither. */
export async function readIgnoreFile(dir: string, inputName: string): Promise<IgnoreRules | undefined> {
  for (const file of IGNORE_FILE_NAMES) {
    let text: string;
    try {
      text = await readFile(join(dir, file), 'utf8');
    } catch {
      continue;
    }
    const rules: Rule[] = [];
    text.split('\n').forEach((line, n) => {
      try {
        const rule = toRule(line);
        if (rule) rules.push(rule);
      } catch (error) {
        throw new ConfigurationError(
          `Input '${inputName}': ${join(dir, file)} line ${n + 1}: ${(error as Error).message}. Fix the pattern (the Azure ML CLI refuses it too).`,
          inputName,
        );
      }
    });
    return {
      file,
      excludes: (path) => {
        for (const rule of rules) if (rule.regex.test(path)) return rule.exclude;
        return false;
      },
    };
  }
  return undefined;
}

/** What `az ml` uploads of a folder: listFiles less what its ignore file excludes. */
export interface UploadFiles {
  files: FileEntry[];
  /** The folder's ignore file, when it has one (pass `ignore.excludes` to azMlObjectHash). */
  ignore?: IgnoreRules;
  /** How many files the ignore file left out. */
  ignored: number;
}

export async function listUploadFiles(dir: string, inputName: string): Promise<UploadFiles> {
  const all = await listFiles(dir, inputName);
  const ignore = await readIgnoreFile(dir, inputName);
  if (!ignore) return { files: all, ignored: 0 };
  const files = all.filter((f) => !ignore.excludes(f.path));
  return { files, ignore, ignored: all.length - files.length };
}
