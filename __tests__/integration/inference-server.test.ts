// The emulator's stand-in for the Azure ML inference server, run with python3 as a deployment runs it,
// serving the diabetes example's score.py.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findMismatch } from '../../src/smoke/expectations.js';
import { repoRoot } from '../helpers/action-runner.js';
import {
  freePort,
  serveDiabetesExample,
  startInferenceServer as startServer,
} from '../helpers/inference-server.js';

const example = join(repoRoot, 'examples', 'diabetes');
const work = mkdtempSync(join(tmpdir(), 'inference-server-'));
let server: ChildProcess;
let base: string;
let log = '';

beforeAll(async () => {
  ({ child: server, base, log } = await serveDiabetesExample(work));
});

afterAll(() => {
  server?.kill();
  rmSync(work, { recursive: true, force: true });
});

describe('inference server', () => {
  it('calls init() before it listens and answers the health probe', async () => {
    expect(log).toMatch(/Calling init\(\)[\s\S]*Listening on/);
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('Healthy');
  });

  it('answers run() on POST /score', async () => {
    const res = await fetch(`${base}/score`, {
      method: 'POST',
      body: readFileSync(join(example, 'smoke', 'requests.json')),
    });
    expect(res.status).toBe(200);
    const expected: unknown = JSON.parse(readFileSync(join(example, 'smoke', 'expected.json'), 'utf8'));
    expect(findMismatch(expected, await res.json(), 1e-6)).toBeUndefined();
  });

  it('answers 500 with the error when run() raises, and 400 for a body that is not UTF-8', async () => {
    const failed = await fetch(`${base}/score`, { method: 'POST', body: '{"rows": 1}' });
    expect(failed.status).toBe(500);
    expect(failed.headers.get('x-ms-run-function-failed')).toBe('True');
    expect(((await failed.json()) as { message: string }).message).toMatch(
      /run\(\) raised ValueError: expected a JSON object/,
    );
    const binary = await fetch(`${base}/score`, { method: 'POST', body: Buffer.from([0xff, 0xfe, 0x00]) });
    expect(binary.status).toBe(400);
    const missing = await fetch(`${base}/nope`, { method: 'POST', body: '{}' });
    expect(missing.status).toBe(404);
  });

  it('exits 1 with the traceback when init() raises, and never listens', async () => {
    const broken = join(work, 'broken_score.py');
    writeFileSync(
      broken,
      'def init():\n    raise RuntimeError("model file is corrupt")\n\ndef run(raw):\n    return raw\n',
    );
    const started = startServer({ AZUREML_MODEL_DIR: work, AZUREML_ENTRY_SCRIPT: broken }, await freePort());
    expect(await started.ready).toBe(1);
    expect(started.output()).toMatch(
      /init\(\) failed[\s\S]*Traceback[\s\S]*RuntimeError: model file is corrupt/,
    );
    expect(started.output()).not.toContain('Listening on');
  });
});
