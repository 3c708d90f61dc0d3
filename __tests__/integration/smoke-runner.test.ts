// The smoke-test request runner against a real HTTP server: the emulator's inference server with the example.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSmoke } from '../../src/smoke/runner.js';
import { repoRoot } from '../helpers/action-runner.js';
import { freePort, serveDiabetesExample } from '../helpers/inference-server.js';

const example = join(repoRoot, 'examples', 'diabetes');
const work = mkdtempSync(join(tmpdir(), 'smoke-runner-'));
let server: ChildProcess;
let url: string;

beforeAll(async () => {
  const served = await serveDiabetesExample(work);
  server = served.child;
  url = `${served.base}/score`;
});

afterAll(() => {
  server?.kill();
  rmSync(work, { recursive: true, force: true });
});

describe('runSmoke', () => {
  it('sends every request count times with the given concurrency and keeps each answer', async () => {
    const good = {
      name: 'requests.json',
      body: readFileSync(join(example, 'smoke', 'requests.json'), 'utf8'),
    };
    const bad = { name: 'bad.json', body: '{"rows": []}' };
    let progress = 0;
    const results = await runSmoke({
      url,
      requests: [good, bad],
      count: 10,
      concurrency: 4,
      onProgress: (done) => (progress = done),
    });
    expect(results).toHaveLength(20);
    expect(progress).toBe(20);
    expect(results.filter((r) => r.name === 'requests.json').every((r) => r.status === 200)).toBe(true);
    expect(results.filter((r) => r.name === 'bad.json').every((r) => r.status === 500)).toBe(true);
    expect(JSON.parse(results[0]!.body).predictions).toHaveLength(5);
    expect(results.every((r) => r.latencyMs > 0 && r.latencyMs < 5000)).toBe(true);
  });

  it('reports a refused connection as a result, not a throw', async () => {
    const closed = await freePort();
    const results = await runSmoke({
      url: `http://127.0.0.1:${closed}/score`,
      requests: [{ name: 'r', body: '{}' }],
      count: 2,
      concurrency: 2,
    });
    expect(results.map((r) => r.status)).toEqual([0, 0]);
    expect(results[0]!.error).toMatch(/ECONNREFUSED/);
  });
});
