// Runs a bundled action (`node dist/<name>/index.js`, INPUT_* variables, GITHUB_OUTPUT) as the runner does, through
// src/local/action-process.ts, in a way the campaign can SIGKILL mid-run (its abort signal).
import { runActionProcess } from '../src/local/action-process.js';

export interface ActionResult {
  name: string;
  inputs: Record<string, string>;
  /** null when it was killed. */
  exitCode: number | null;
  killed: boolean;
  /** Killed because it ran past the campaign's timeout: a hang, not a planned kill. */
  hung: boolean;
  log: string;
  outputs: Record<string, string>;
  startedAt: number;
  endedAt: number;
}

export interface RunningAction {
  done: Promise<ActionResult>;
  /** SIGKILL, as a cancelled runner or a lost machine does. */
  kill(): void;
}

export interface ActionContext {
  /** The bundles: `<distDir>/<name>/index.js`. */
  distDir: string;
  /** GITHUB_WORKSPACE and working directory. */
  workspace: string;
  runnerTemp: string;
  env: Record<string, string>;
  timeoutMs: number;
}

export function startAction(ctx: ActionContext, name: string, inputs: Record<string, string>): RunningAction {
  const abort = new AbortController();
  const startedAt = Date.now();
  const ended = (fields: Pick<ActionResult, 'exitCode' | 'hung' | 'log' | 'outputs'>): ActionResult => ({
    name,
    inputs,
    killed: abort.signal.aborted,
    startedAt,
    endedAt: Date.now(),
    ...fields,
    exitCode: abort.signal.aborted ? null : fields.exitCode,
  });
  const done = runActionProcess(name, {
    distDir: ctx.distDir,
    inputs,
    env: ctx.env,
    cwd: ctx.workspace,
    runnerTemp: ctx.runnerTemp,
    timeoutMs: ctx.timeoutMs,
    signal: abort.signal,
  }).then(
    (r) => ended({ exitCode: r.exitCode, hung: false, log: r.log, outputs: r.outputs }),
    // It ran past the timeout (runActionProcess killed it) or could not start: the message holds its log.
    (error: Error) => ended({ exitCode: -1, hung: true, log: error.message, outputs: {} }),
  );
  return { done, kill: () => abort.abort() };
}

/** The `::error::` lines of a log (the runner shows them as annotations). */
export function errorLines(log: string): string[] {
  return log
    .split('\n')
    .filter((l) => l.startsWith('::error'))
    .map((l) => l.replace(/^::error[^:]*::/, '').trim());
}

/** Why an action failed, as the runner shows it: its first `::error::` line, or why that is not a named cause. */
export function namedCause(result: ActionResult): { cause?: string; problem?: string } {
  const errors = errorLines(result.log);
  if (errors.length === 0) return { problem: 'no ::error:: line' };
  const first = errors[0]!;
  if (first === '') return { problem: 'an empty ::error:: line' };
  if (
    /\bundefined\b|\[object Object\]|^\s*at\s|\(\S+:\d+:\d+\)|^(Type|Reference|Range|Syntax)Error\b/.test(
      first,
    )
  )
    return { cause: first, problem: `not a named cause: ${first.slice(0, 200)}` };
  return { cause: first };
}

/** A cause with its numbers and quoted names made generic, to compare two runs of one action. */
export const causeShape = (cause: string): string => cause.replace(/\d+/g, 'N').slice(0, 300);
