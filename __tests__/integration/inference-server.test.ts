// The emulator's stand-in for the Azure ML inference server, run with python3 as a deployment runs it,
// serving the diabetes example's score.py.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ChildProcess } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

  it('reads a body sent in chunks (Transfer-Encoding: chunked, as the gateway relays a body without a length)', async () => {
    const text = readFileSync(join(example, 'smoke', 'requests.json'));
    const pieces = [text.subarray(0, 7), text.subarray(7, 50), text.subarray(50)];
    const res = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(`${base}/score`, { method: 'POST' }, (answer) => {
        let body = '';
        answer.on('data', (d: Buffer) => (body += d.toString()));
        answer.on('end', () => resolve({ status: answer.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      for (const piece of pieces) req.write(piece); // no Content-Length: Node sends the pieces as chunks
      req.end();
    });
    expect(res.status).toBe(200);
    const expected: unknown = JSON.parse(readFileSync(join(example, 'smoke', 'expected.json'), 'utf8'));
    expect(findMismatch(expected, JSON.parse(res.body), 1e-6)).toBeUndefined();
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

  it("started as a deployment starts it, an init() that raises exits with the script's traceback, never a fatal error", async () => {
    const broken = join(work, 'raising_score.py');
    writeFileSync(
      broken,
      'import os\n\ndef init():\n    path = os.path.join(os.environ["AZUREML_MODEL_DIR"], "model", "model.pkl")\n    raise FileNotFoundError("no model at " + path)\n\ndef run(raw):\n    return raw\n',
    );
    const started = startServer({ AZUREML_MODEL_DIR: work, AZUREML_ENTRY_SCRIPT: broken }, await freePort(), {
      watchStdin: true,
    });
    expect(await started.ready).toBe(1);
    const out = started.output();
    expect(out).toContain('Traceback (most recent call last):');
    expect(out).toContain(`File "${broken}", line 5, in init`);
    expect(out).toMatch(/FileNotFoundError: no model at .*model\.pkl/);
    expect(out).not.toContain('Fatal Python error');
    expect(out).not.toContain('<no Python frame>');
    started.child.stdin?.destroy();
  });

  it('exits with the code an init() passes to sys.exit', async () => {
    const exiting = join(work, 'exiting_score.py');
    writeFileSync(exiting, 'import sys\n\ndef init():\n    sys.exit(3)\n\ndef run(raw):\n    return raw\n');
    const started = startServer(
      { AZUREML_MODEL_DIR: work, AZUREML_ENTRY_SCRIPT: exiting },
      await freePort(),
      {
        watchStdin: true,
      },
    );
    expect(await started.ready).toBe(3);
    expect(started.output()).not.toContain('Fatal Python error');
    started.child.stdin?.destroy();
  });
});

describe('the MLflow scoring shim (a model without scoring code)', () => {
  // A stand-in for mlflow.pyfunc: its model sums each row, so the answers show how the input was read.
  const stub = join(work, 'stub');
  const modelDir = join(work, 'mlflow', 'azureml-models', 'iris', '1');
  let child: ChildProcess | undefined;
  let url = '';

  beforeAll(async () => {
    mkdirSync(join(stub, 'mlflow'), { recursive: true });
    writeFileSync(join(stub, 'mlflow', '__init__.py'), '');
    writeFileSync(
      join(stub, 'mlflow', 'pyfunc.py'),
      [
        'import numpy as np',
        'class _Meta:',
        '    def get_input_schema(self):',
        '        return None',
        'class _Model:',
        '    metadata = _Meta()',
        '    def __init__(self, path):',
        '        self.path = path',
        '    def predict(self, data):',
        '        if isinstance(data, dict):',
        '            return {k: np.asarray(v).sum(axis=-1) for k, v in data.items()}',
        '        if hasattr(data, "columns"):',
        '            return np.asarray(data[sorted(data.columns)].to_numpy().sum(axis=1))',
        '        return np.asarray(data).sum(axis=1)',
        'def load_model(path):',
        '    print("stub load_model " + path)',
        '    return _Model(path)',
        '',
      ].join('\n'),
    );
    mkdirSync(join(modelDir, 'model'), { recursive: true });
    writeFileSync(join(modelDir, 'model', 'MLmodel'), 'flavors: {}\n');
    const started = startServer(
      {
        AZUREML_MODEL_DIR: modelDir,
        AZUREML_ENTRY_SCRIPT: join(repoRoot, 'src', 'emulator', 'mlflow-score.py'),
        PYTHONPATH: stub,
      },
      await freePort(),
      { python: '/usr/bin/python3' },
    );
    child = started.child;
    const exit = await started.ready;
    if (exit !== null) throw new Error(`the shim did not start (${exit}):\n${started.output()}`);
    expect(started.output()).toContain(`stub load_model ${join(modelDir, 'model')}`);
    url = `http://${started.output().match(/Listening on http:\/\/([^\s]+)/)![1]}/score`;
  });

  afterAll(() => {
    child?.kill();
  });

  const post = async (body: unknown): Promise<{ status: number; body: unknown }> => {
    const res = await fetch(url, { method: 'POST', body: JSON.stringify(body) });
    return { status: res.status, body: await res.json() };
  };

  it('reads input_data in split orientation as a DataFrame (columns, index, data)', async () => {
    const answer = await post({
      input_data: {
        columns: ['b', 'a'],
        index: [0, 1],
        data: [
          [1, 2],
          [3, 4],
        ],
      },
    });
    expect(answer).toEqual({ status: 200, body: [3, 7] });
  });

  it("reads MLflow's dataframe_split and dataframe_records, and a tensor list or named tensors", async () => {
    expect((await post({ dataframe_split: { columns: ['a', 'b'], data: [[1, 1]] } })).body).toEqual([2]);
    expect((await post({ dataframe_records: [{ a: 1, b: 5 }] })).body).toEqual([6]);
    expect((await post({ input_data: [[1, 2, 3]] })).body).toEqual([6]);
    expect((await post({ inputs: { x: [[1, 2]] } })).body).toEqual({ x: [3] });
  });

  it('answers 500 naming the accepted keys for any other shape', async () => {
    const answer = await post({ rows: [[1]] });
    expect(answer.status).toBe(500);
    expect((answer.body as { message: string }).message).toMatch(
      /none of input_data, dataframe_split, dataframe_records, instances, inputs \(keys: rows\)/,
    );
  });
});
