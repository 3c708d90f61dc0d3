import { afterAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSON_CAPS, parseJsonInput, readJsonInput } from '../../src/smoke/json-input.js';
import { findJsonSyntaxError } from '../../src/json-syntax.js';
import { MAX_REQUEST_FILES, readRequestCases } from '../../src/smoke/request-files.js';

const base = mkdtempSync(join(tmpdir(), 'smoke-json-'));
const work = join(base, 'work');
const runnerTemp = join(base, 'runner-temp');
const outside = join(base, 'outside');
const SECRET = 'root:x:0:0:hunter2';
const saved = { ws: process.env.GITHUB_WORKSPACE, rt: process.env.RUNNER_TEMP };

beforeEach(() => {
  rmSync(base, { recursive: true, force: true });
  for (const d of [join(work, 'smoke'), runnerTemp, outside]) mkdirSync(d, { recursive: true });
  writeFileSync(join(work, 'smoke', 'a.json'), '{"data":[[1,2]]}');
  writeFileSync(join(outside, 'secret.json'), `{"s":"${SECRET}"}`);
  writeFileSync(join(outside, 'passwd'), `${SECRET}\n`);
  process.env.GITHUB_WORKSPACE = work;
  process.env.RUNNER_TEMP = runnerTemp;
});

afterAll(() => {
  rmSync(base, { recursive: true, force: true });
  for (const [k, v] of [
    ['GITHUB_WORKSPACE', saved.ws],
    ['RUNNER_TEMP', saved.rt],
  ] as const) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

const message = async (p: Promise<unknown>): Promise<string> => {
  try {
    await p;
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected a rejection');
};

describe('findJsonSyntaxError', () => {
  it.each([
    ['root:x:0:0', 1, 1, /a value should start here/],
    ['{\n  "a": 1,\n}', 3, 1, /property name in double quotes/],
    ['{"a" 1}', 1, 6, /expected ':'/],
    ['[1,2', 1, 5, /ends before '\]'/],
    ['"a\tb"', 1, 3, /control character/],
    ['1 2', 1, 3, /more text after/],
    ['{"a":"\\q"}', 1, 7, /bad escape/],
    ['', 1, 1, /ends where a value should be/],
  ])('locates the error in %j at line %i column %i', (text, line, column, reason) => {
    const at = findJsonSyntaxError(text);
    expect(at).toEqual(expect.objectContaining({ line, column }));
    expect(at!.reason).toMatch(reason);
  });
  it('finds nothing wrong in valid JSON', () => {
    for (const ok of ['{}', '[1,-2.5e3,"\\u00e9",true,false,null]', ' {"a":{"b":[]}} '])
      expect(findJsonSyntaxError(ok)).toBeUndefined();
  });
});

describe('parseJsonInput', () => {
  it('names the input, the source, the line and column, never the text', () => {
    const m = (() => {
      try {
        parseJsonInput(`{"ok": 1,\n ${SECRET}}`, 'smoke/x.json', 'requests');
      } catch (e) {
        return (e as Error).message;
      }
      return '';
    })();
    expect(m).toMatch(/^Input 'requests': smoke\/x\.json is not valid JSON \(line 2, column 2: /);
    expect(m).not.toContain('root');
    expect(m).not.toContain('hunter2');
  });
  it('refuses an inline value over the cap, naming the input and the cap', () => {
    const big = `[${'1,'.repeat(JSON_CAPS.schema / 2)}1]`;
    expect(() => parseJsonInput(big, 'the inline value', 'schema')).toThrow(
      /^Input 'schema': the inline value is 1\.0 MiB \(\d+ bytes\), over the 1\.0 MiB \(1048576 bytes\) cap/,
    );
  });
  it('accepts a UTF-8 byte order mark', () => {
    expect(parseJsonInput('\uFEFF{"a":1}', 'x', 'expected')).toEqual({ a: 1 });
  });
});

describe('file inputs: inside the workspace or RUNNER_TEMP, symlinks resolved, capped', () => {
  it('reads a file of the workspace and one of RUNNER_TEMP', async () => {
    writeFileSync(join(runnerTemp, 'e.json'), '{"p":[1]}');
    expect((await readJsonInput('smoke/a.json', 'expected', work)).value).toEqual({ data: [[1, 2]] });
    expect((await readJsonInput(join(runnerTemp, 'e.json'), 'schema', work)).value).toEqual({ p: [1] });
  });

  it.each(['expected', 'schema'])(
    'refuses %s through a symlink that leads out, without its content',
    async (input) => {
      symlinkSync(join(outside, 'secret.json'), join(work, 'smoke', 'link.json'));
      const m = await message(readJsonInput('smoke/link.json', input, work));
      expect(m).toMatch(new RegExp(`^Input '${input}': .*link\\.json is outside the workspace`));
      expect(m).not.toContain('hunter2');
    },
  );

  it('refuses a path outside the workspace given directly', async () => {
    expect(await message(readJsonInput(join(outside, 'secret.json'), 'schema', work))).toMatch(
      /outside the workspace/,
    );
  });

  it('refuses a request file, a glob match and an x.expected.json that are symlinks out', async () => {
    symlinkSync(join(outside, 'secret.json'), join(work, 'smoke', 'b.json'));
    expect(await message(readRequestCases('smoke/b.json', undefined, work))).toMatch(
      /^Input 'requests': .*b\.json is outside the workspace/,
    );
    expect(await message(readRequestCases('smoke/*.json', undefined, work))).toMatch(/b\.json is outside/);
    rmSync(join(work, 'smoke', 'b.json'));
    symlinkSync(join(outside, 'secret.json'), join(work, 'smoke', 'a.expected.json'));
    expect(await message(readRequestCases('smoke/a.json', undefined, work))).toMatch(
      /a\.expected\.json is outside the workspace/,
    );
  });

  it('refuses a symlinked folder that leads out', async () => {
    symlinkSync(outside, join(work, 'out'));
    expect(await message(readRequestCases('out/*.json', undefined, work))).toMatch(/outside the workspace/);
  });

  it('follows a symlink that stays inside', async () => {
    symlinkSync(join(work, 'smoke', 'a.json'), join(work, 'inside.json'));
    const cases = await readRequestCases('inside.json', undefined, work);
    expect(cases).toEqual([expect.objectContaining({ name: 'inside.json', body: '{"data":[[1,2]]}' })]);
  });

  it('names the file, line and column of a file that is not JSON, never its bytes', async () => {
    writeFileSync(join(work, 'smoke', 'bad.json'), `{\n"a": 1,\n${SECRET}\n}`);
    const m = await message(readRequestCases('smoke/bad.json', undefined, work));
    expect(m).toMatch(/^Input 'requests': smoke\/bad\.json is not valid JSON \(line 3, column 1: /);
    expect(m).not.toContain('root');
    writeFileSync(join(work, 'exp.json'), SECRET);
    const e = await message(readRequestCases('smoke/a.json', 'exp.json', work));
    expect(e).toMatch(/^Input 'expected': exp\.json is not valid JSON \(line 1, column 1/);
    expect(e).not.toContain('hunter2');
  });

  it('refuses a file over the cap, naming the input and the cap', async () => {
    writeFileSync(join(work, 'schema.json'), `{"a":"${'x'.repeat(JSON_CAPS.schema)}"}`);
    expect(await message(readJsonInput('schema.json', 'schema', work))).toMatch(
      /^Input 'schema': schema\.json is 1\.0 MiB \(1048584 bytes\), over the 1\.0 MiB \(1048576 bytes\) cap for this input/,
    );
    writeFileSync(join(work, 'smoke', 'big.json'), `{"a":"${'x'.repeat(JSON_CAPS.requests)}"}`);
    expect(await message(readRequestCases('smoke/big.json', undefined, work))).toMatch(
      /^Input 'requests': smoke\/big\.json is 5\.0 MiB .* cap for this input/,
    );
  });

  it(`refuses a glob that matches more than ${MAX_REQUEST_FILES} files`, async () => {
    mkdirSync(join(work, 'many'));
    for (let i = 0; i <= MAX_REQUEST_FILES; i++) writeFileSync(join(work, 'many', `${i}.json`), '{}');
    expect(await message(readRequestCases('many/*.json', undefined, work))).toMatch(
      /matches 1001 files; at most 1000/,
    );
  });
});
