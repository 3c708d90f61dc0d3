// Where JSON text first breaks the grammar (RFC 8259), as line and column with a reason in our words. V8's
// JSON.parse messages quote the text ("Unexpected token 'r', "root:x:0:0"... is not valid JSON"), and errors about a
// file must never echo its content, so this locates the error itself and says nothing of the bytes.

export interface JsonSyntaxError {
  line: number;
  column: number;
  reason: string;
}

class At extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

function scan(text: string): void {
  let i = 0;
  const fail = (reason: string): never => {
    throw new At(i, reason);
  };
  const ws = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const string = (): void => {
    i++;
    for (;;) {
      if (i >= text.length) fail('the text ends inside a string');
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c < 0x20) fail('a control character inside a string (escape it, e.g. \\n)');
      if (c !== 0x5c) {
        i++;
        continue;
      }
      const e = text[i + 1];
      if (e === 'u') {
        HEX4.lastIndex = i + 2;
        if (!HEX4.test(text)) fail('a bad \\u escape in a string');
        i += 6;
      } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
      else fail('a bad escape in a string');
    }
  };
  const value = (): void => {
    ws();
    if (i >= text.length) fail('the text ends where a value should be');
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      ws();
      if (text[i] === close) {
        i++;
        return;
      }
      for (;;) {
        if (c === '{') {
          ws();
          if (text[i] !== '"') fail('expected a property name in double quotes');
          string();
          ws();
          if (text[i] !== ':') fail("expected ':' after the property name");
          i++;
        }
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === close) {
          i++;
          return;
        } else fail(i >= text.length ? `the text ends before '${close}'` : `expected ',' or '${close}'`);
      }
    }
    if (c === '"') return string();
    NUMBER.lastIndex = i;
    const number = NUMBER.exec(text);
    if (number) {
      i += number[0].length;
      return;
    }
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    fail(
      'a value should start here (an object, array, string in double quotes, number, true, false or null)',
    );
  };
  value();
  ws();
  if (i < text.length) fail('more text after the JSON value');
}

/** The first syntax error of `text` (line and column from 1), or undefined when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  try {
    scan(text);
    return undefined;
  } catch (error) {
    if (!(error instanceof At)) return { line: 0, column: 0, reason: 'nested too deeply to locate' };
    const before = text.slice(0, error.offset);
    const lineStart = before.lastIndexOf('\n') + 1;
    return {
      line: before.split('\n').length,
      column: error.offset - lineStart + 1,
      reason: error.reason,
    };
  }
}
