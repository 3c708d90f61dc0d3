import { afterAll } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runActionProcess, type ActionProcessResult } from '../../src/local/action-process.js';

export type ActionRun = ActionProcessResult;

export interface RunActionOptions {
  /** Action inputs by their names in action.yml (`model-path`, ...). */
  inputs?: Record<string, string | undefined>;
  /** Extra environment variables (AZUREML_*, NODE_EXTRA_CA_CERTS, GITHUB_*). */
  env?: Record<string, string | undefined>;
  /** Working directory and GITHUB_WORKSPACE; the repository root by default. */
  cwd?: string;
  timeoutMs?: number;
  /** Each chunk of the log as it arrives. */
  onLog?: (text: string) => void;
  /** Kills the step (SIGKILL) when aborted. */
  signal?: AbortSignal;
}

export const repoRoot = resolve(import.meta.dirname, '..', '..');

// One RUNNER_TEMP per test file (jest loads this module once per file), like one job's temp folder,
// removed after the file's tests.
let runnerTemp: string | undefined;
function jobTemp(): string {
  runnerTemp ??= mkdtempSync(join(tmpdir(), 'mlops-test-runner-temp-'));
  return runnerTemp;
}
afterAll(() => {
  if (runnerTemp) rmSync(runnerTemp, { recursive: true, force: true });
});

/** Runs the bundled action `dist/<name>/index.js` exactly as the GitHub runner does. */
export function runBundledAction(name: string, options: RunActionOptions = {}): Promise<ActionRun> {
  return runActionProcess(name, {
    distDir: resolve(repoRoot, 'dist'),
    inputs: options.inputs,
    env: options.env,
    cwd: options.cwd ?? repoRoot,
    runnerTemp: jobTemp(),
    timeoutMs: options.timeoutMs ?? 120_000,
    onLog: options.onLog,
    signal: options.signal,
  });
}
