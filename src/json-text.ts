// JSON parsing whose errors say where, never what: V8's JSON.parse messages quote the text
// (`Unexpected token 'r', "root:x:0:0:"... is not valid JSON`), and a file named by a user input may be anything.
// The locator is json-syntax.ts (one scanner for every input that reads JSON).
import { findJsonSyntaxError } from './json-syntax.js';

/** `line L, column C: <reason>` of the first syntax error in `text`: the position and our words, never the text. */
export function jsonErrorWhere(text: string): string {
  const at = findJsonSyntaxError(text);
  if (!at) return 'an unknown position';
  if (at.line === 0) return at.reason;
  return `line ${at.line}, column ${at.column}: ${at.reason}`;
}

/**
 * Parses `text` (a leading byte order mark is skipped). On a syntax error, calls `fail` with
 * `is not valid JSON at line L, column C: <reason>`: the position only, never the text.
 */
export function parseJsonText(text: string, fail: (why: string) => never): unknown {
  const body = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(body);
  } catch {
    return fail(`is not valid JSON at ${jsonErrorWhere(body)}`);
  }
}
