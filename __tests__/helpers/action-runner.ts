import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** What one run of a bundled action produced, as the runner would see it. */
export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** stdout + stderr: what the job log shows. */
  log: string;
  outputs: Record<string, string>;
  summary: string;
}

export interface RunActionOptions {
  /** Action inputs by their names in action.yml (`model-path`, ...). */
  inputs?: Record<string, string | undefined>;
  /** Extra environment variables (AZUREML_*, NODE_EXTRA_CA_CERTS, GITHUB_*). */
  env?: Record<string, string | undefined>;
  cwd?: string;
  timeoutMs?: number;
}

const repoRoot = resolve(import.meta.dirname, '..', '..');

/** Parses a GITHUB_OUTPUT file: `name<<DELIM\nvalue\nDELIM` blocks and `name=value` lines. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delim] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i]!);
      out[name!] = value.join('\n');
    } else if (line.includes('=')) {
      const at = line.indexOf('=');
      out[line.slice(0, at)] = line.slice(at + 1);
    }
  }
  return out;
}

/**
 * Runs `node dist/<name>/index.js` the way the GitHub runner does: inputs as INPUT_* variables,
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and a clean environment (no inherited INPUT_* or AZURE*).
 */
export async function runBundledAction(name: string, options: RunActionOptions = {}): Promise<ActionRun> {
  const work = mkdtempSync(join(tmpdir(), `run-${name}-`));
  const outputFile = join(work, 'output');
  const summaryFile = join(work, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined || /^(INPUT_|AZURE|GITHUB_|RUNNER_|ACTIONS_)/.test(k)) continue;
    env[k] = v;
  }
  Object.assign(env, {
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: work,
    GITHUB_WORKSPACE: options.cwd ?? repoRoot,
  });
  for (const [k, v] of Object.entries(options.env ?? {})) if (v !== undefined) env[k] = v;
  for (const [k, v] of Object.entries(options.inputs ?? {})) {
    if (v !== undefined) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  }
  const child = spawn(process.execPath, [join(repoRoot, 'dist', name, 'index.js')], {
    cwd: options.cwd ?? repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const log: string[] = [];
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
    log.push(d.toString());
  });
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
    log.push(d.toString());
  });
  const timeoutMs = options.timeoutMs ?? 120_000;
  const exitCode = await new Promise<number>((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`dist/${name} did not finish in ${timeoutMs} ms. Log so far:\n${log.join('')}`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise(code ?? -1);
    });
  });
  return {
    exitCode,
    stdout,
    stderr,
    log: log.join(''),
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
  };
}
