import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What one run of a bundled action produced, as the GitHub runner would see it. */
export interface ActionProcessResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  /**
   * The job log as the runner shows it: stdout and stderr in arrival order, without the
   * `::add-mask::` commands (the runner consumes those; their values are NOT replaced here,
   * so a secret that reached the log anywhere else stays visible to a test).
   */
  log: string;
  outputs: Record<string, string>;
  summary: string;
}

export interface ActionProcessOptions {
  /** The bundle to run: `<distDir>/<name>/index.js`. */
  distDir: string;
  /** Action inputs by their names in action.yml (`model-path`, ...). */
  inputs?: Record<string, string | undefined>;
  /** The environment the step sees (nothing else is inherited but PATH-like basics from `baseEnv`). */
  env?: Record<string, string | undefined>;
  /** Inherited environment; INPUT_*, AZURE*, GITHUB_*, RUNNER_* and ACTIONS_* variables are dropped from it. */
  baseEnv?: NodeJS.ProcessEnv;
  cwd: string;
  /** RUNNER_TEMP: shared by the steps of one job; a new folder (left in place) when not given. */
  runnerTemp?: string;
  timeoutMs?: number;
  /** Called with each chunk of the job log as it arrives (add-mask commands removed). */
  onLog?: (text: string) => void;
  /** Kills the step with SIGKILL when aborted (a runner lost mid-step); its exit code is then -1. */
  signal?: AbortSignal;
}

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
 * The log as the runner shows it: `::add-mask::` commands removed, and the messages of the other commands
 * (`::error::`, `::warning::`, ...) unescaped (%25 is %, %0A a new line).
 */
export function stripMaskCommands(text: string): string {
  return text
    .replace(/^::add-mask::.*(\r?\n|$)/gm, '')
    .replace(
      /^(::[a-z-]+(?: [^:\n]*)?::)(.*)$/gm,
      (_, command: string, message: string) =>
        command + message.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%'),
    );
}

/** The INPUT_* variable name the runner gives an input. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/**
 * Runs `node <distDir>/<name>/index.js` the way the GitHub runner does: inputs as INPUT_* variables,
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, on the Node that runs this process.
 */
export async function runActionProcess(
  name: string,
  options: ActionProcessOptions,
): Promise<ActionProcessResult> {
  const work = mkdtempSync(join(tmpdir(), `mlops-step-${name}-`));
  const outputFile = join(work, 'output');
  const summaryFile = join(work, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(options.baseEnv ?? process.env)) {
    if (v === undefined || /^(INPUT_|AZURE|GITHUB_|RUNNER_|ACTIONS_|NODE_EXTRA_CA_CERTS$)/.test(k)) continue;
    env[k] = v;
  }
  Object.assign(env, {
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: options.runnerTemp ?? mkdtempSync(join(tmpdir(), 'mlops-runner-temp-')),
    GITHUB_WORKSPACE: options.cwd,
  });
  for (const [k, v] of Object.entries(options.env ?? {})) if (v !== undefined) env[k] = v;
  for (const [k, v] of Object.entries(options.inputs ?? {})) if (v !== undefined) env[inputVariable(k)] = v;

  const child = spawn(process.execPath, [join(options.distDir, name, 'index.js')], {
    cwd: options.cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  options.signal?.addEventListener('abort', () => child.kill('SIGKILL'), { once: true });
  let stdout = '';
  let stderr = '';
  let log = '';
  const collect = (text: string): void => {
    const shown = stripMaskCommands(text);
    log += shown;
    if (shown) options.onLog?.(shown);
  };
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
    collect(d.toString());
  });
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
    collect(d.toString());
  });
  const timeoutMs = options.timeoutMs ?? 300_000;
  const exitCode = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${name} did not finish in ${timeoutMs} ms. Log so far:\n${log}`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve(code ?? -1);
    });
  });
  const outputs = parseOutputFile(readFileSync(outputFile, 'utf8'));
  const summary = readFileSync(summaryFile, 'utf8');
  rmSync(work, { recursive: true, force: true });
  return { exitCode, stdout, stderr, log, outputs, summary };
}
