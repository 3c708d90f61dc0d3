// The README's `mlops` commands, run exactly as a user types them: through npx, in a fresh project folder that
// has this package installed (node_modules/mlops-actions and its bin link, as `npm install` lays them out) and no
// env file yet. Node reads an `--env-file` option anywhere on its command line, so a CLI option of that name
// stops the process before our code runs (issue 9); these tests fail if the README names such a command again.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AZUREML_API_VERSION } from '../../src/contract/azureml-api.js';
import { repoRoot } from '../helpers/action-runner.js';

const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');

/** The README's command line that starts with `prefix`, optional `[...]` parts removed. */
function readmeCommand(prefix: string): string {
  const line = readme.split('\n').find((l) => l.startsWith(prefix));
  if (!line) throw new Error(`README.md has no line starting with '${prefix}'`);
  return line
    .replace(/\s*\[[^\]]*\]/g, '')
    .replace(/\s+#.*$/, '')
    .trim();
}

/** The `[--option value]` parts of the same README line. */
function readmeOptional(prefix: string): string[] {
  const line = readme.split('\n').find((l) => l.startsWith(prefix)) ?? '';
  return [...line.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1]!);
}

let project: string;
const started: ChildProcess[] = [];

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'readme-fresh-'));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'fresh-project', private: true }));
  mkdirSync(join(project, 'node_modules', '.bin'), { recursive: true });
  symlinkSync(repoRoot, join(project, 'node_modules', 'mlops-actions'));
  symlinkSync('../mlops-actions/bin/mlops.js', join(project, 'node_modules', '.bin', 'mlops'));
});

afterAll(async () => {
  for (const child of started) await stop(child);
  if (project) rmSync(project, { recursive: true, force: true });
});

/** Runs a shell command line in the project folder, as a person types it (npx from PATH). */
function shell(command: string, timeout = 60_000): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync('bash', ['-c', command], { cwd: project, encoding: 'utf8', timeout });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Starts a long-running command line in its own process group; resolves once `ready` shows in its output. */
async function startShell(
  command: string,
  ready: RegExp,
): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn('bash', ['-c', `exec ${command}`], {
    cwd: project,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const until = Date.now() + 60_000;
  while (!ready.test(out)) {
    if (child.exitCode !== null) throw new Error(`'${command}' exited ${child.exitCode}:\n${out}`);
    if (Date.now() > until) throw new Error(`'${command}' did not start in 60 s:\n${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, output: () => out };
}

/** Ctrl-C: SIGINT to the whole process group (npx and the node it started), as a terminal sends it; waits for the exit. */
async function stop(child: ChildProcess): Promise<string> {
  if (child.exitCode !== null || child.signalCode !== null)
    return `exited ${child.exitCode ?? child.signalCode}`;
  const exited = new Promise<string>((resolve) =>
    child.once('exit', (code, signal) => resolve(`exited ${code ?? signal}`)),
  );
  try {
    process.kill(-child.pid!, 'SIGINT');
  } catch {
    // already gone
  }
  return exited;
}

describe("the README's commands on a fresh project", () => {
  it('starts the emulator with the command as written, writing the env file it names', async () => {
    const command = readmeCommand('npx mlops emulator ');
    expect(command).toBe('npx mlops emulator --write-env .mlops/emulator.env');
    expect(existsSync(join(project, '.mlops'))).toBe(false);
    const { child, output } = await startShell(command, /Press Ctrl-C to stop/);
    expect(output()).not.toMatch(/not found/);
    const envFile = join(project, '.mlops', 'emulator.env');
    expect(readFileSync(envFile, 'utf8')).toMatch(/^AZUREML_ARM_ENDPOINT=https:\/\/127\.0\.0\.1:\d+$/m);
    // "Load them (set -a; . .mlops/emulator.env; set +a) and any of the actions, or the Azure SDK, talks to it."
    const load = readme.match(/Load them \(`([^`]+)`\)/)?.[1];
    expect(load).toBe('set -a; . .mlops/emulator.env; set +a');
    const probe = shell(
      `${load}; node -e "fetch(process.env.AZUREML_ARM_ENDPOINT + '/subscriptions/' + process.env.AZURE_SUBSCRIPTION_ID + ` +
        `'/resourceGroups/' + process.env.AZUREML_RESOURCE_GROUP + '/providers/Microsoft.MachineLearningServices/workspaces/' + ` +
        `process.env.AZUREML_WORKSPACE + '?api-version=${AZUREML_API_VERSION}', { headers: { authorization: 'Bearer ' + process.env.AZUREML_ACCESS_TOKEN } })` +
        `.then((r) => console.log(r.status))"`,
    );
    expect(probe).toMatchObject({ status: 0, stdout: '200\n' });
    await stop(child);
    expect(output()).toContain('Stopping the emulator...');
  }, 120_000);

  it("prints a principal's token with the README's token command, against the README's --data-dir", async () => {
    const dataDir = readmeOptional('npx mlops emulator ').find((o) => o.startsWith('--data-dir '));
    expect(dataDir).toBe('--data-dir .mlops/state');
    const { child, output } = await startShell(
      `${readmeCommand('npx mlops emulator ')} ${dataDir}`,
      /Press Ctrl-C to stop/,
    );
    const token = readme.match(/`(npx mlops emulator token --data-dir DIR --principal NAME)`/)?.[1];
    expect(token).toBeDefined();
    const run = shell(token!.replace('DIR', '.mlops/state').replace('NAME', 'reader'));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\S{20,}$/);
    await stop(child);
    expect(output()).toContain('Stopping the emulator...');
  }, 120_000);

  it('refuses the old --env-file spelling with a message naming --write-env (when Node lets it through)', () => {
    // Node itself stops on `--env-file MISSING`; with an existing file it loads it and our parser sees the option.
    writeFileSync(join(project, 'old.env'), 'X=1\n');
    const run = shell('npx mlops emulator --env-file old.env');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--env-file is Node's own option.*mlops takes --write-env FILE instead/s);
  });

  it('lists every mlops command the README names in --help', () => {
    const help = shell('npx mlops --help');
    expect(help.status).toBe(0);
    for (const named of readme.matchAll(/npx mlops ([a-z]+(?: token)?)/g)) {
      expect(help.stdout).toContain(`mlops ${named[1]!}`);
    }
  });
});
