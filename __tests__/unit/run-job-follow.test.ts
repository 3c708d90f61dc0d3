import { describe, expect, it } from '@jest/globals';
import { followJob, type FollowDeps, type FollowOptions } from '../../src/actions/run-job/follow.js';
import { LogStream, streamedLogs, TAIL_LINES } from '../../src/actions/run-job/log-stream.js';
import type { RunChild, RunDetails } from '../../src/contract/jobs.js';

/**
 * A scripted data plane: each poll of run history advances a step of `script` for the run it asks about; a log is
 * a growing byte buffer whose content at each step the script gives. Anything not scripted fails loudly.
 */
interface RunScript {
  /** Per poll of this run's details: its status and its log's full content so far. */
  states: { status: string; log?: string | Buffer; error?: string }[];
}

function fakeDataPlane(runs: Record<string, RunScript>, children: (poll: number) => RunChild[] = () => []) {
  const polls = new Map<string, number>();
  const logs = new Map<string, Buffer>();
  const reads: { url: string; from: number }[] = [];
  let childPolls = 0;
  const details = (runId: string): RunDetails | undefined => {
    const script = runs[runId];
    if (!script) throw new Error(`unexpected run ${runId}`);
    const n = polls.get(runId) ?? 0;
    polls.set(runId, n + 1);
    const state = script.states[Math.min(n, script.states.length - 1)]!;
    if (state.log !== undefined) logs.set(`https://blob/${runId}/std_log.txt?sig=x`, Buffer.from(state.log));
    return {
      runId,
      status: state.status,
      logFiles:
        state.log !== undefined ? { 'user_logs/std_log.txt': `https://blob/${runId}/std_log.txt?sig=x` } : {},
      ...(state.error ? { error: { error: { code: 'UserError', message: state.error } } } : {}),
    };
  };
  return {
    reads,
    dataPlane: {
      getRunDetails: async (runId: string) => details(runId),
      listRunChildren: async () => children(childPolls++),
      readLog: async (url: string, from: number) => {
        reads.push({ url, from });
        const all = logs.get(url);
        if (!all) throw new Error(`unexpected log ${url}`);
        return all.subarray(from);
      },
    } satisfies FollowDeps['dataPlane'],
  };
}

function harness(dataPlane: FollowDeps['dataPlane']) {
  const printed: string[] = [];
  const sleeps: number[] = [];
  let clock = 0;
  const deps: FollowDeps = {
    dataPlane,
    print: (line) => printed.push(line),
    sleep: async (ms) => {
      sleeps.push(ms);
      clock += ms;
    },
    now: () => clock,
  };
  return { deps, printed, sleeps };
}

const command = (over: Partial<FollowOptions> = {}): FollowOptions => ({
  jobName: 'job1',
  pipeline: false,
  streamLogs: true,
  ...over,
});

describe('LogStream', () => {
  it('prints a line split across reads once, whole, and a UTF-8 character split across ranges intact', () => {
    const log = new LogStream();
    const bytes = Buffer.from('épo\nch 1 ✓\nlast');
    const lines = [
      ...log.push(bytes.subarray(0, 1)), // half of 'é'
      ...log.push(bytes.subarray(1, 8)),
      ...log.push(bytes.subarray(8)),
    ];
    expect(lines).toEqual(['épo', 'ch 1 ✓']);
    expect(log.offset).toBe(bytes.length);
    expect(log.flush()).toEqual(['last']);
    expect(log.flush()).toEqual([]);
  });

  it('keeps only the last TAIL_LINES lines', () => {
    const log = new LogStream();
    log.push(Buffer.from(Array.from({ length: TAIL_LINES + 5 }, (_, i) => `l${i}\r\n`).join('')));
    expect(log.tail()).toHaveLength(TAIL_LINES);
    expect(log.tail()[0]).toBe('l5');
  });

  it('streams the logs azure-ai-ml streams: std_log.txt, or the primary process of a distributed job', () => {
    expect(
      streamedLogs({
        'user_logs/std_log_process_1.txt': 'u',
        'user_logs/std_log_process_0.txt': 'u',
        'system_logs/lifecycler.txt': 'u',
        'user_logs/std_log.txt': 'u',
      }),
    ).toEqual(['user_logs/std_log.txt', 'user_logs/std_log_process_0.txt']);
  });
});

describe('followJob', () => {
  it('prints each status change once and the log lines as they grow, reading only new bytes', async () => {
    const { dataPlane, reads } = fakeDataPlane({
      job1: {
        states: [
          { status: 'Queued' },
          { status: 'Queued' },
          { status: 'Running', log: 'epoch 1\nepo' },
          { status: 'Running', log: 'epoch 1\nepoch 2\n' },
          { status: 'Running', log: 'epoch 1\nepoch 2\n' },
          { status: 'Completed', log: 'epoch 1\nepoch 2\ndone' },
        ],
      },
    });
    const { deps, printed } = harness(dataPlane);
    const result = await followJob(command(), deps);
    expect(result.ended).toBe('terminal');
    expect(result.job.status).toBe('Completed');
    expect(printed.filter((l) => l.startsWith('Job job1:')).map((l) => l.replace(/ \(.*\)$/, ''))).toEqual([
      'Job job1: Queued',
      'Job job1: Running',
      'Job job1: Completed',
    ]);
    // The last lines come before the status that ended the job.
    expect(printed.indexOf('done')).toBeLessThan(
      printed.findIndex((l) => l.startsWith('Job job1: Completed')),
    );
    expect(printed.filter((l) => !l.startsWith('Job job1:'))).toEqual([
      'Streaming user_logs/std_log.txt',
      'epoch 1',
      'epoch 2',
      'done',
    ]);
    expect(reads.map((r) => r.from)).toEqual([0, 11, 16, 16]);
  });

  it('polls fast while the log grows and backs off while quiet or queued, within bounds', async () => {
    const quiet = Array.from({ length: 6 }, () => ({ status: 'Running', log: 'a\n' }));
    const { dataPlane } = fakeDataPlane({
      job1: {
        states: [
          { status: 'Queued' },
          { status: 'Queued' },
          { status: 'Queued' },
          { status: 'Queued' },
          { status: 'Queued' },
          ...quiet,
          { status: 'Running', log: 'a\nb\n' },
          { status: 'Completed', log: 'a\nb\n' },
        ],
      },
    });
    const { deps, sleeps } = harness(dataPlane);
    await followJob(
      command({ poll: { activeMs: 300, quietMaxMs: 600, waitingMaxMs: 2000, eagerMs: 0 } }),
      deps,
    );
    // Queued: 450, 675, 1013, 1520, 2000 (capped); Running with a first line: 300; quiet: 450, 600, 600...; new line: 300.
    expect(sleeps).toEqual([450, 675, 1013, 1520, 2000, 300, 450, 600, 600, 600, 600, 300]);
  });

  it('polls a queued job every activeMs for the first eagerMs, then backs off', async () => {
    const { dataPlane } = fakeDataPlane({
      job1: {
        states: [
          ...Array.from({ length: 6 }, () => ({ status: 'Queued' })),
          { status: 'Completed', log: 'done\n' },
        ],
      },
    });
    const { deps, sleeps } = harness(dataPlane);
    await followJob(
      command({ poll: { activeMs: 300, quietMaxMs: 600, waitingMaxMs: 2000, eagerMs: 1000 } }),
      deps,
    );
    // At 0, 300, 600 and 900 ms it is still within eagerMs: 300 each; from 1200 ms on it backs off from there.
    expect(sleeps).toEqual([300, 300, 300, 300, 450, 675]);
  });

  it('follows a pipeline: each step prefixed with its name, in the order they run, and names the failed step', async () => {
    const { dataPlane } = fakeDataPlane(
      {
        pipe: {
          states: [
            { status: 'Running' },
            { status: 'Running' },
            { status: 'Running' },
            { status: 'Failed', error: 'step failed' },
          ],
        },
        c1: { states: [{ status: 'Completed', log: 'prepared\n' }] },
        c2: {
          states: [
            { status: 'Running', log: 'training\nTraceback (most recent call last):\n' },
            {
              status: 'Failed',
              log: 'training\nTraceback (most recent call last):\nValueError: bad',
              error: 'ValueError: bad',
            },
          ],
        },
      },
      (poll) => [
        { runId: 'c1', status: 'Completed', displayName: 'prep' },
        ...(poll >= 1
          ? [{ runId: 'c2', status: poll >= 2 ? 'Failed' : 'Running', displayName: 'train' }]
          : []),
      ],
    );
    const { deps, printed } = harness(dataPlane);
    const result = await followJob(command({ jobName: 'pipe', pipeline: true }), deps);
    expect(result.job.status).toBe('Failed');
    expect(printed).toEqual(
      expect.arrayContaining(['[prep] prepared', '[train] training', '[train] ValueError: bad']),
    );
    expect(printed.indexOf('[prep] prepared')).toBeLessThan(printed.indexOf('[train] training'));
    const train = result.steps.find((s) => s.step === 'train')!;
    expect(train).toMatchObject({ runId: 'c2', status: 'Failed', error: 'UserError: ValueError: bad' });
    expect(train.tail).toEqual(['training', 'Traceback (most recent call last):', 'ValueError: bad']);
    expect(result.steps.map((s) => s.step)).toEqual(['prep', 'train']);
    // Each line once.
    expect(printed.filter((l) => l === '[train] training')).toHaveLength(1);
  });

  it("with stream-logs false prints only statuses, yet reads a failed run's log for its last lines", async () => {
    const { dataPlane, reads } = fakeDataPlane({
      job1: {
        states: [
          { status: 'Running', log: 'secret-ish output\n' },
          { status: 'Failed', log: 'secret-ish output\nboom\n', error: 'boom' },
        ],
      },
    });
    const { deps, printed } = harness(dataPlane);
    const result = await followJob(command({ streamLogs: false }), deps);
    expect(printed.every((l) => l.startsWith('Job job1:'))).toBe(true);
    expect(result.job.tail).toEqual(['secret-ish output', 'boom']);
    expect(result.job.error).toBe('UserError: boom');
    expect(reads).toEqual([{ url: 'https://blob/job1/std_log.txt?sig=x', from: 0 }]); // once, at the end
  });

  it('stops at the deadline without waiting past it', async () => {
    const { dataPlane } = fakeDataPlane({ job1: { states: [{ status: 'Running', log: '' }] } });
    const { deps, sleeps } = harness(dataPlane);
    const result = await followJob(command({ deadline: 1000 }), deps);
    expect(result.ended).toBe('timeout');
    expect(sleeps.reduce((a, b) => a + b, 0)).toBe(1000);
  });

  it('stops when the signal aborts (the workflow was cancelled)', async () => {
    const { dataPlane } = fakeDataPlane({ job1: { states: [{ status: 'Running', log: 'x\n' }] } });
    const { deps, sleeps } = harness(dataPlane);
    const controller = new AbortController();
    deps.sleep = async (ms) => {
      sleeps.push(ms);
      if (sleeps.length === 3) controller.abort();
    };
    const result = await followJob(command({ signal: controller.signal }), deps);
    expect(result.ended).toBe('aborted');
    expect(sleeps).toHaveLength(3);
  });
});

describe('followJob when run history fails', () => {
  it('rides out a few failed polls, then gives up with the error', async () => {
    const { dataPlane } = fakeDataPlane({
      job1: { states: [{ status: 'Running' }, { status: 'Completed' }] },
    });
    let failing = 2;
    const flaky: FollowDeps['dataPlane'] = {
      ...dataPlane,
      getRunDetails: async (runId) => {
        if (failing-- > 0) throw new Error('503 ServiceUnavailable');
        return dataPlane.getRunDetails(runId);
      },
    };
    const { deps, printed } = harness(flaky);
    expect((await followJob(command(), deps)).job.status).toBe('Completed');
    expect(printed.filter((l) => l.includes('503 ServiceUnavailable'))).toHaveLength(2);

    const down: FollowDeps['dataPlane'] = {
      ...dataPlane,
      getRunDetails: async () => {
        throw new Error('503 ServiceUnavailable');
      },
    };
    await expect(followJob(command(), harness(down).deps)).rejects.toThrow('503 ServiceUnavailable');
  });
});
