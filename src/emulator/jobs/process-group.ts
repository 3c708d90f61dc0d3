// A job's process runs in a process group of its own (detached), so cancelling kills everything it started:
// SIGTERM to the group, then SIGKILL after KILL_AFTER_MS (a job is Canceled within 5 s of the request).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

export const KILL_AFTER_MS = 2_000;

export interface GroupProcess {
  child: ChildProcess;
  /** Resolves once the process ended and its output was read: its exit code, or the signal that ended it. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM to the group, then SIGKILL; resolves once the process ended. */
  kill(): Promise<void>;
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is gone.
  }
}

/** Azure ML runs a job's command with bash (multi-line `command: |` blocks, bash syntax); sh where there is none. */
const SHELL = existsSync('/bin/bash') ? '/bin/bash' : '/bin/sh';

/** Runs `command` with `bash -c` in its own process group; stdout and stderr go to `output`. */
export function spawnGroup(
  command: string,
  options: { cwd: string; env: NodeJS.ProcessEnv },
  output: (chunk: Buffer) => void,
): GroupProcess {
  const child = spawn(SHELL, ['-c', command], {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', output);
  child.stderr!.on('data', output);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('error', (error) => {
      output(Buffer.from(`failed to start the command: ${error.message}\n`));
      resolve({ code: 127, signal: null });
    });
    child.once('exit', (code, signal) => {
      // What the command left behind dies with it, as the job's container would.
      signalGroup(child, 'SIGKILL');
      child.once('close', () => resolve({ code, signal }));
    });
  });
  const kill = async (): Promise<void> => {
    signalGroup(child, 'SIGTERM');
    const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), KILL_AFTER_MS);
    await exited;
    clearTimeout(timer);
  };
  return { child, exited, kill };
}
