// The diabetes pipeline's step scripts (examples/diabetes/src), run as the pipeline runs them but on this machine:
// prep -> train -> evaluate, deterministic, with MLflow logging through the REST calls a stdlib job makes.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers/action-runner.js';

const src = join(repoRoot, 'examples', 'diabetes', 'src');
const data = join(repoRoot, 'examples', 'diabetes', 'data', 'diabetes.csv');
let root: string;

/** Runs a step script asynchronously (the MLflow stand-in below answers from this same process). */
function step(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ status: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    // Nothing of ours: a job gets only what Azure ML gives it.
    const child = spawn('python3', [script, ...args], { cwd: src, env: { PATH: process.env.PATH, ...env } });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, out });
    });
  });
}

async function pipeline(dir: string, seed: string, env: NodeJS.ProcessEnv = {}): Promise<void> {
  const p = join(dir, 'prepared');
  const m = join(dir, 'model');
  const e = join(dir, 'evaluation');
  for (const [script, args] of [
    ['prep.py', ['--raw-data', data, '--seed', seed, '--prepared', p]],
    ['train.py', ['--prepared', p, '--model', m]],
    ['evaluate.py', ['--model', m, '--prepared', p, '--evaluation', e]],
  ] as const) {
    const r = await step(script, [...args], env);
    expect({ script, status: r.status, out: r.out }).toEqual({ script, status: 0, out: expect.any(String) });
  }
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'diabetes-pipeline-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('examples/diabetes pipeline steps', () => {
  it('prep, train and evaluate write a model and metrics that the same seed reproduces byte for byte', async () => {
    await pipeline(join(root, 'a'), '42');
    await pipeline(join(root, 'b'), '42');
    await pipeline(join(root, 'c'), '7');
    const file = (run: string, path: string) => readFileSync(join(root, run, path));
    expect(file('a', 'model/model.json').equals(file('b', 'model/model.json'))).toBe(true);
    expect(file('a', 'evaluation/metrics.json').equals(file('b', 'evaluation/metrics.json'))).toBe(true);
    expect(file('a', 'model/model.json').equals(file('c', 'model/model.json'))).toBe(false);
    const metrics = JSON.parse(file('a', 'evaluation/metrics.json').toString());
    expect(metrics).toMatchObject({ test_samples: 200, train_samples: 800 });
    expect(metrics.auc).toBeGreaterThan(0.75);
    // score.py serves what train wrote.
    const scored = spawnSync(
      'python3',
      [
        '-c',
        `import sys; sys.path.insert(0, ${JSON.stringify(join(repoRoot, 'examples', 'diabetes'))}); import score; score.init(); print(score.run('{"data": [[50, 1, 32.1, 101, 157, 93.2, 38, 4, 4.86, 87]]}'))`,
      ],
      { encoding: 'utf8', env: { PATH: process.env.PATH, AZUREML_MODEL_DIR: join(root, 'a', 'model') } },
    );
    expect(scored.stdout).toMatch(/predictions/);
  });

  it('refuses data without the expected columns, naming the file and not echoing its content', async () => {
    const bad = join(root, 'bad.csv');
    writeFileSync(bad, 'secret_column,other\n1,2\n');
    const r = await step('prep.py', ['--raw-data', bad, '--prepared', join(root, 'bad-out')]);
    expect(r.status).not.toBe(0);
    expect(r.out).toContain('expected the columns age,sex,bmi');
    expect(r.out).not.toContain('secret_column');
  });

  describe('MLflow logging without mlflow installed (the REST calls a stdlib job makes)', () => {
    let server: Server;
    const calls: { path: string; auth: string | undefined; body: Record<string, unknown> }[] = [];
    beforeAll(async () => {
      server = createServer((req, res) => {
        let body = '';
        req.on('data', (c: Buffer) => (body += c.toString()));
        req.on('end', () => {
          calls.push({ path: req.url ?? '', auth: req.headers.authorization, body: JSON.parse(body) });
          res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
        });
      });
      await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    });
    afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

    it('logs params and the metrics to the run named by MLFLOW_RUN_ID, with MLFLOW_TRACKING_TOKEN', async () => {
      const port = (server.address() as AddressInfo).port;
      const base = `/mlflow/v1.0/subscriptions/s/resourceGroups/g/providers/Microsoft.MachineLearningServices/workspaces/w`;
      await pipeline(join(root, 'm'), '42', {
        // A plain http base stands in for azureml://<host>: the scripts turn azureml:// into https:// only.
        MLFLOW_TRACKING_URI: `http://127.0.0.1:${port}${base}`,
        MLFLOW_RUN_ID: 'run-123',
        MLFLOW_TRACKING_TOKEN: 'job-token',
      });
      expect(calls.every((c) => c.path === `${base}/api/2.0/mlflow/runs/log-batch`)).toBe(true);
      expect(calls.every((c) => c.auth === 'Bearer job-token' && c.body.run_id === 'run-123')).toBe(true);
      const metrics = calls.flatMap((c) => (c.body.metrics as { key: string; value: number }[]) ?? []);
      expect(metrics.map((m) => m.key).sort()).toEqual(['accuracy', 'auc', 'log_loss']);
      const written = JSON.parse(readFileSync(join(root, 'm', 'evaluation', 'metrics.json'), 'utf8'));
      expect(metrics.find((m) => m.key === 'auc')!.value).toBe(written.auc);
      const params = calls.flatMap((c) => (c.body.params as { key: string }[]) ?? []).map((p) => p.key);
      expect(params).toEqual(expect.arrayContaining(['seed', 'epochs', 'learning_rate']));
    });
  });
});
