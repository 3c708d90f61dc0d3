import { describe, expect, it } from '@jest/globals';
import { EventEmitter } from 'node:events';
import { cancelAndWait, onCancelSignals } from '../../src/actions/run-job/cancel.js';
import type { FollowResult } from '../../src/actions/run-job/follow.js';
import { failureMessage, outputUris, studioUrl } from '../../src/actions/run-job/report.js';
import { mergeMetrics } from '../../src/azureml/job-metrics.js';
import { renderSummary } from '../../src/actions/run-job/summary.js';
import type { ArmJob } from '../../src/azureml/job-models.js';

const job = (properties: Record<string, unknown>): ArmJob => ({ properties }) as unknown as ArmJob;

describe('run-job report', () => {
  it('names every output of the job as an azureml://jobs URI', () => {
    expect(outputUris('j1', job({ jobType: 'Command', outputs: { model: {}, data: {} } }))).toEqual({
      data: 'azureml://jobs/j1/outputs/data',
      model: 'azureml://jobs/j1/outputs/model',
    });
    expect(outputUris('j1', undefined)).toEqual({});
  });

  it("links the service's Studio endpoint, else the studio's runs page of the workspace", () => {
    const services = {
      Studio: { endpoint: 'https://ml.azure.com/runs/j1?wsid=/x', jobServiceType: 'Studio' },
    };
    expect(studioUrl('j1', job({ services }), '/ws')).toBe('https://ml.azure.com/runs/j1?wsid=/x');
    expect(studioUrl('j1', job({}), '/subscriptions/s/ws')).toBe(
      'https://ml.azure.com/runs/j1?wsid=/subscriptions/s/ws',
    );
  });

  it('merges metrics: one name per metric, step-qualified only where several runs logged it', () => {
    expect(
      mergeMetrics([
        { metrics: { duration: 9 } },
        { step: 'train', metrics: { auc: 0.9, loss: 0.3 } },
        { step: 'evaluate', metrics: { auc: 0.88, f1: 0.7 } },
      ]),
    ).toEqual({ duration: 9, loss: 0.3, f1: 0.7, 'train.auc': 0.9, 'evaluate.auc': 0.88 });
  });

  const result = (over: Partial<FollowResult>): FollowResult => ({
    ended: 'terminal',
    job: { runId: 'p1', status: 'Failed', error: 'Pipeline failed', tail: [] },
    steps: [],
    ...over,
  });

  it("blames a pipeline's failed step, with its error", () => {
    const r = result({
      steps: [
        { runId: 'c1', step: 'prep', status: 'Completed', tail: [] },
        { runId: 'c2', step: 'train', status: 'Failed', error: 'UserError: ValueError: bad', tail: ['x'] },
      ],
    });
    expect(failureMessage('p1', 'Failed', r)).toBe(
      "Job p1 failed at step 'train' (job c2): UserError: ValueError: bad",
    );
    expect(
      failureMessage('j', 'Canceled', result({ job: { runId: 'j', status: 'Canceled', tail: [] } })),
    ).toBe('Job j was canceled.');
  });

  it('renders a summary with escaped text, the failure and its log tail', () => {
    const html = renderSummary({
      jobName: 'j<1>',
      jobType: 'Command',
      status: 'Failed',
      studioUrl: 'https://ml.azure.com/runs/j?wsid=/x',
      created: true,
      seconds: 12.4,
      outputs: { model: 'azureml://jobs/j/outputs/model' },
      metrics: { auc: 0.912345678 },
      steps: [],
      failure: {
        message: 'Job j failed: <boom>',
        run: { runId: 'j', status: 'Failed', tail: ['Traceback', '<ValueError>'] },
      },
    });
    expect(html).toContain('j&lt;1&gt;');
    expect(html).toContain('Job j failed: &lt;boom&gt;');
    expect(html).toContain('<pre>Traceback\n&lt;ValueError&gt;</pre>');
    expect(html).toContain('<code>azureml://jobs/j/outputs/model</code>');
    expect(html).toContain('<td>0.912346</td>');
    expect(html).toContain('12 s');
  });

  it('renders steps, outputs and metrics as titled tables in that order, and leaves out the empty ones', () => {
    const base = {
      jobName: 'p',
      jobType: 'Pipeline',
      status: 'Completed',
      studioUrl: 'https://ml.azure.com/runs/p',
      created: true,
    };
    const html = renderSummary({
      ...base,
      outputs: { 'a<b': 'azureml://jobs/p/outputs/a' },
      metrics: { rmse: 3, r2: 0.5 },
      steps: [{ step: 'train', runId: 'c1', status: 'Completed', tail: [] }],
    });
    const steps =
      '\n### Steps\n<table><tr><th>Step</th><th>Job</th><th>Status</th></tr>' +
      '<tr><td>train</td><td><code>c1</code></td><td>Completed</td></tr></table>\n';
    const outputs =
      '\n### Outputs\n<table><tr><th>Output</th><th>URI</th></tr>' +
      '<tr><td>a&lt;b</td><td><code>azureml://jobs/p/outputs/a</code></td></tr></table>\n';
    const metrics =
      '\n### Metrics\n<table><tr><th>Metric</th><th>Value</th></tr>' +
      '<tr><td>rmse</td><td>3</td></tr><tr><td>r2</td><td>0.5</td></tr></table>\n';
    expect(html.endsWith(steps + outputs + metrics)).toBe(true);
    const empty = renderSummary({ ...base, outputs: {}, metrics: {}, steps: [] });
    expect(empty).not.toContain('###');
    expect(empty.endsWith('</table>\n')).toBe(true);
  });
});

describe('cancel', () => {
  it('calls back once for the first SIGINT or SIGTERM and removes its handlers', () => {
    const emitter = new EventEmitter();
    const seen: string[] = [];
    const remove = onCancelSignals((s) => seen.push(s), emitter as unknown as NodeJS.Process);
    emitter.emit('SIGTERM', 'SIGTERM');
    emitter.emit('SIGINT', 'SIGINT');
    expect(seen).toEqual(['SIGTERM']);
    remove();
    expect(emitter.listenerCount('SIGINT') + emitter.listenerCount('SIGTERM')).toBe(0);
  });

  function jobs(statuses: (string | undefined)[]) {
    const calls: string[] = [];
    let clock = 0;
    return {
      calls,
      deps: {
        jobs: {
          getJob: async (name: string) => {
            calls.push(`get ${name}`);
            const s = statuses.length > 1 ? statuses.shift() : statuses[0];
            return s === undefined ? undefined : job({ status: s });
          },
          cancelJob: async (name: string) => {
            calls.push(`cancel ${name}`);
          },
        },
        print: () => {},
        now: () => clock,
        sleep: async (ms: number) => {
          clock += ms;
        },
      },
    };
  }

  it('asks to cancel a running job and waits until it is Canceled', async () => {
    const { deps, calls } = jobs(['Running', 'CancelRequested', 'Canceled']);
    expect(await cancelAndWait('j', 5000, deps)).toBe('Canceled');
    expect(calls).toEqual(['get j', 'cancel j', 'get j', 'get j']);
  });

  it('does not cancel a job that has ended, and gives up waiting at the deadline', async () => {
    const ended = jobs(['Completed']);
    expect(await cancelAndWait('j', 5000, ended.deps)).toBe('Completed');
    expect(ended.calls).toEqual(['get j']);
    const stuck = jobs(['Running']);
    expect(await cancelAndWait('j', 1000, stuck.deps)).toBe('Running');
    expect(stuck.calls.filter((c) => c === 'get j')).toHaveLength(5);
  });
});
