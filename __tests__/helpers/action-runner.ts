import { resolve } from 'node:path';
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
}

export const repoRoot = resolve(import.meta.dirname, '..', '..');

/** Runs the bundled action `dist/<name>/index.js` exactly as the GitHub runner does. */
export function runBundledAction(name: string, options: RunActionOptions = {}): Promise<ActionRun> {
  return runActionProcess(name, {
    distDir: resolve(repoRoot, 'dist'),
    inputs: options.inputs,
    env: options.env,
    cwd: options.cwd ?? repoRoot,
    timeoutMs: options.timeoutMs ?? 120_000,
  });
}
