// scripts/fetch-azure-specs.mjs against a local server that serves the shared spec files the way the raw-file host
// does (/<commit>/<path>): what it writes is usable by the contract test, and a file whose digest differs is refused.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { azureMlSpecSet, specsRoot } from '../contract/spec-files.js';

const repo = resolve(import.meta.dirname, '..', '..');
const listing = JSON.parse(readFileSync(join(repo, 'scripts', 'azure-specs.json'), 'utf8')) as {
  files: { path: string; commit: string }[];
};
const shared = specsRoot();
const haveShared = existsSync(join(shared, 'specsets.json'));
if (!haveShared) console.warn(`fetch-azure-specs test skipped: no spec folder at ${shared}`);

let server: Server;
let base: string;
let tamper = '';
const work = mkdtempSync(join(tmpdir(), 'mlops-fetch-specs-'));

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    const file = listing.files.find((f) => path === `/${f.commit}/${f.path}`);
    if (!file) {
      res.writeHead(404).end('not found');
      return;
    }
    const body = readFileSync(join(shared, file.path));
    res.writeHead(200).end(file.path === tamper ? Buffer.concat([body, Buffer.from(' ')]) : body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  rmSync(work, { recursive: true, force: true });
});

function fetchSpecs(folder: string): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [
      join(repo, 'scripts', 'fetch-azure-specs.mjs'),
      folder,
      '--base-url',
      base,
    ]);
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => done({ code, output }));
  });
}

(haveShared ? describe : describe.skip)('fetch-azure-specs', () => {
  test('writes the listed files byte for byte, with a specsets.json the contract test accepts', async () => {
    tamper = '';
    const folder = join(work, 'good');
    const { code, output } = await fetchSpecs(folder);
    expect({ code, output }).toEqual({ code: 0, output: expect.stringContaining('sha256 checked') });
    for (const f of listing.files) {
      expect(readFileSync(join(folder, f.path)).equals(readFileSync(join(shared, f.path)))).toBe(true);
    }
    const set = azureMlSpecSet(folder);
    expect(typeof set).toBe('object');
  });

  test('a file whose digest differs is refused and nothing is written', async () => {
    tamper = listing.files[1]!.path;
    const folder = join(work, 'tampered');
    const { code, output } = await fetchSpecs(folder);
    expect(code).toBe(1);
    expect(output).toContain(`${tamper}: sha256`);
    expect(existsSync(folder)).toBe(false);
  });
});
