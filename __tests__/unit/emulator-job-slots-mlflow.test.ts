// Compute limits (a cluster runs at most max nodes at once) and MLflow's rules over a run record (pure logic).
import { describe, expect, it } from '@jest/globals';
import {
  MlflowError,
  getRun,
  logBatch,
  logMetric,
  logParameter,
  metricHistory,
} from '../../src/emulator/data-plane/mlflow-runs.js';
import { ComputeSlots } from '../../src/emulator/jobs/compute-slots.js';
import type { JobRun } from '../../src/emulator/jobs/run-record.js';

describe('ComputeSlots', () => {
  it('holds jobs past max nodes until instances are released, and never holds serverless jobs', async () => {
    const slots = new ComputeSlots();
    const started: string[] = [];
    const a = slots.acquire('cpu', 2, () => 3);
    const b = slots.acquire('cpu', 2, () => 3);
    const c = slots.acquire('cpu', 1, () => 3);
    void b.ready.then(() => started.push('b'));
    const releaseA = await a.ready;
    await c.ready;
    await new Promise((r) => setImmediate(r));
    expect(started).toEqual([]);
    expect(slots.inUse('cpu')).toBe(3);
    releaseA();
    releaseA();
    await b.ready;
    expect(started).toEqual(['b']);
    expect(slots.inUse('cpu')).toBe(3);
    await slots.acquire(undefined, 100, () => 0).ready;
  });

  it('a withdrawn job never starts', async () => {
    const slots = new ComputeSlots();
    const release = await slots.acquire('cpu', 1, () => 1).ready;
    const waiting = slots.acquire('cpu', 1, () => 1);
    let started = false;
    void waiting.ready.then(() => (started = true));
    waiting.withdraw();
    release();
    await new Promise((r) => setImmediate(r));
    expect(started).toBe(false);
    expect(slots.inUse('cpu')).toBe(0);
  });
});

const newRun = (): JobRun => ({
  status: 'Running',
  createdUtc: '2026-01-01T00:00:00Z',
  startTimeUtc: '2026-01-01T00:00:01Z',
  logFiles: [],
  children: [],
  experimentName: 'exp',
  metrics: [],
  params: {},
  tags: {},
});

describe('MLflow over a run record', () => {
  it('keeps every metric point and answers the latest by step in runs/get', () => {
    const run = newRun();
    logMetric(run, { run_id: 'j', key: 'loss', value: 0.9, timestamp: 1, step: 0 });
    logMetric(run, { run_id: 'j', key: 'loss', value: 0.5, timestamp: 2, step: 1 });
    logBatch(run, {
      metrics: [{ key: 'acc', value: 0.8, timestamp: 3 }],
      params: [{ key: 'lr', value: '0.1' }],
      tags: [{ key: 't', value: 'v' }],
    });
    const answer = getRun('j', run);
    expect(answer.run.info).toMatchObject({ run_id: 'j', status: 'RUNNING', experiment_id: 'exp' });
    expect(answer.run.data.metrics).toEqual([
      { key: 'loss', value: 0.5, timestamp: 2, step: 1 },
      { key: 'acc', value: 0.8, timestamp: 3, step: 0 },
    ]);
    expect(answer.run.data.params).toEqual([{ key: 'lr', value: '0.1' }]);
    expect(answer.run.data.tags).toEqual([{ key: 't', value: 'v' }]);
    expect(metricHistory(run, 'loss').metrics.map((m) => m.value)).toEqual([0.9, 0.5]);
    expect(getRun('j', { ...run, status: 'Completed' }).run.info.status).toBe('FINISHED');
    expect(getRun('j', { ...run, status: 'Canceled' }).run.info.status).toBe('KILLED');
  });

  it('refuses what MLflow refuses, and a failed batch keeps nothing', () => {
    const run = newRun();
    logParameter(run, { key: 'lr', value: '0.1' });
    logParameter(run, { key: 'lr', value: '0.1' });
    expect(() => logParameter(run, { key: 'lr', value: '0.2' })).toThrow(
      /Changing param values is not allowed/,
    );
    expect(() => logMetric(run, { key: 'loss', value: 'high', timestamp: 1 })).toThrow(MlflowError);
    expect(() => logMetric(run, { key: 'bad*key', value: 1, timestamp: 1 })).toThrow(/Invalid metric name/);
    expect(() => logMetric(run, { value: 1 })).toThrow("Missing value for required parameter 'metric'.");
    expect(() =>
      logBatch(run, {
        metrics: [{ key: 'ok', value: 1, timestamp: 1 }],
        params: [{ key: 'lr', value: '9' }],
      }),
    ).toThrow(/Changing param values/);
    expect(run.metrics).toEqual([]);
    expect(() =>
      logBatch(run, { metrics: Array.from({ length: 1001 }, () => ({ key: 'm', value: 1, timestamp: 1 })) }),
    ).toThrow(/at most 1000 metrics/);
  });
});
