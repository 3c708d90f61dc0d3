// `mlops emulator` as a user runs it: the ncc bundle (dist/cli/index.js) in its own process, the env file it
// writes, a client in another process that trusts the certificate only through NODE_EXTRA_CA_CERTS, then SIGTERM.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AZUREML_API_VERSION } from '../../src/contract/azureml-api.js';
import { repoRoot } from '../helpers/action-runner.js';

const cli = join(repoRoot, 'dist', 'cli', 'index.js');
let dir: string;
let child: ChildProcess;
let out = '';
let env: Record<string, string>;

/** `node -- dist/cli/index.js ...`. */
function mlops(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['--', cli, ...args], { encoding: 'utf8', timeout: 30_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

async function waitFor<T>(what: string, probe: () => T | undefined, ms = 30_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}; output:\n${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** GET over HTTPS from a fresh Node process whose only trust in the emulator is NODE_EXTRA_CA_CERTS. */
function getInChild(path: string): { status: number; body: string } {
  const script = `
    const https = require('node:https');
    https.get(process.env.AZUREML_ARM_ENDPOINT + process.argv[1], { headers: { authorization: 'Bearer ' + process.env.AZUREML_ACCESS_TOKEN } }, (res) => {
      let body = ''; res.on('data', (d) => body += d); res.on('end', () => console.log(JSON.stringify({ status: res.statusCode, body })));
    }).on('error', (e) => { console.log(JSON.stringify({ status: 0, body: e.code + ' ' + e.message })); });`;
  const run = spawnSync(process.execPath, ['-e', script, path], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, ...env },
    timeout: 20_000,
  });
  return JSON.parse(run.stdout) as { status: number; body: string };
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/** KEY=value lines of an env file the emulator wrote. */
function readEnv(file: string): Record<string, string> {
  return Object.fromEntries(
    readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'emulator-cli-'));
  writeFileSync(
    join(dir, 'faults.json'),
    JSON.stringify([{ method: 'GET', path: '/workspaces/preprod$', status: 503, count: 1 }]),
  );
  child = spawn(
    process.execPath,
    [
      '--',
      cli,
      'emulator',
      '--write-env',
      join(dir, 'emulator.env'),
      '--data-dir',
      join(dir, 'state'),
      '--faults',
      join(dir, 'faults.json'),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  await waitFor('the banner', () => (/Press Ctrl-C to stop/.test(out) ? true : undefined));
  env = readEnv(join(dir, 'emulator.env'));
}, 60_000);

afterAll(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

describe('mlops emulator', () => {
  it('writes the dev environment to the env file, readable by its owner only, and no token in the banner', () => {
    expect(Object.keys(env)).toEqual([
      'AZURE_SUBSCRIPTION_ID',
      'AZUREML_RESOURCE_GROUP',
      'AZUREML_WORKSPACE',
      'AZUREML_ARM_ENDPOINT',
      'AZUREML_ACCESS_TOKEN',
      'NODE_EXTRA_CA_CERTS',
    ]);
    expect(env).toMatchObject({ AZUREML_WORKSPACE: 'dev', AZUREML_RESOURCE_GROUP: 'mlops-local' });
    expect(env.AZUREML_ARM_ENDPOINT).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect(statSync(join(dir, 'emulator.env')).mode & 0o777).toBe(0o600);
    expect(existsSync(env.NODE_EXTRA_CA_CERTS!)).toBe(true);
    expect(out).not.toContain(env.AZUREML_ACCESS_TOKEN!);
    expect(out).toContain('injecting 1 fault rule(s)');
  });

  it('serves the workspace over HTTPS to a process that trusts it through NODE_EXTRA_CA_CERTS', () => {
    const ws = `/subscriptions/${env.AZURE_SUBSCRIPTION_ID}/resourceGroups/mlops-local/providers/Microsoft.MachineLearningServices/workspaces`;
    const dev = getInChild(`${ws}/dev?api-version=${AZUREML_API_VERSION}`);
    expect(dev.status).toBe(200);
    expect(JSON.parse(dev.body)).toMatchObject({
      name: 'dev',
      type: 'Microsoft.MachineLearningServices/workspaces',
    });
    // the --faults file: the first GET of preprod is a 503, the next one is served
    expect(getInChild(`${ws}/preprod?api-version=${AZUREML_API_VERSION}`).status).toBe(503);
    expect(getInChild(`${ws}/preprod?api-version=${AZUREML_API_VERSION}`).status).toBe(200);
  });

  it('prints a principal’s token from the data directory', () => {
    const admin = mlops(['emulator', 'token', '--data-dir', join(dir, 'state'), '--principal', 'admin']);
    expect(admin.status).toBe(0);
    expect(admin.stdout.trim()).toBe(env.AZUREML_ACCESS_TOKEN);
    const reader = mlops(['emulator', 'token', '--data-dir', join(dir, 'state'), '--principal', 'reader']);
    expect(reader.stdout.trim()).toMatch(/^mlops-emu\./);
    expect(reader.stdout.trim()).not.toBe(env.AZUREML_ACCESS_TOKEN);
    const nobody = mlops(['emulator', 'token', '--data-dir', join(dir, 'state'), '--principal', 'nobody']);
    expect(nobody.status).toBe(2);
    expect(nobody.stderr).toContain(
      "Unknown principal 'nobody'. Known: admin, data-scientist, ml-engineer, reader.",
    );
  });

  it('stops on SIGTERM and leaves no Azurite behind', async () => {
    const blobPort = Number(/blobs \(Azurite\): http:\/\/127\.0\.0\.1:(\d+),/.exec(out)?.[1]);
    expect(await portOpen(blobPort)).toBe(true);
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(await portOpen(blobPort)).toBe(false);
    expect(await portOpen(Number(new URL(env.AZUREML_ARM_ENDPOINT!).port))).toBe(false);
  }, 30_000);
});

describe('mlops emulator without a data dir, when Azurite dies', () => {
  it('stops and exits 1 saying that Azurite died and its blobs are lost', async () => {
    let said = '';
    const run = spawn(process.execPath, ['--', cli, 'emulator', '--write-env', join(dir, 'memory.env')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    run.stdout!.on('data', (d: Buffer) => (said += d.toString()));
    run.stderr!.on('data', (d: Buffer) => (said += d.toString()));
    const exited = new Promise<number | null>((resolve) => run.once('exit', (code) => resolve(code)));
    try {
      const until = Date.now() + 30_000;
      while (!/Press Ctrl-C to stop/.test(said) && Date.now() < until)
        await new Promise((r) => setTimeout(r, 100));
      expect(said).toMatch(/scoring gateway: http:\/\/127\.0\.0\.1:\d+/);
      const blobPort = Number(/blobs \(Azurite\): http:\/\/127\.0\.0\.1:(\d+),/.exec(said)?.[1]);
      // Azurite is the CLI's only child process (no deployment runs).
      const pids = spawnSync('ps', ['-o', 'pid=', '--ppid', String(run.pid)], { encoding: 'utf8' })
        .stdout.trim()
        .split(/\s+/)
        .map(Number);
      expect(pids).toHaveLength(1);
      process.kill(pids[0]!, 'SIGKILL');
      expect(await exited).toBe(1);
      expect(said).toMatch(
        new RegExp(
          `mlops: Azurite \\(the emulator's blob storage, pid ${pids[0]}, port ${blobPort}\\) killed by SIGKILL`,
        ),
      );
      expect(said).toMatch(/in memory and are lost, so the emulator stops/);
      expect(
        await portOpen(Number(new URL(readEnv(join(dir, 'memory.env')).AZUREML_ARM_ENDPOINT!).port)),
      ).toBe(false);
    } finally {
      if (run.exitCode === null) run.kill('SIGKILL');
    }
  }, 60_000);
});

describe('mlops usage', () => {
  it('prints the usage for --help (exit 0) and for a wrong command line (exit 2)', () => {
    const help = mlops(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('mlops emulator --write-env FILE');
    const unknown = mlops(['deploy']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown command 'deploy'[\s\S]*Usage:/);
    expect(mlops([]).status).toBe(2);
  });

  it('rejects a bad --faults file before starting anything', () => {
    writeFileSync(join(dir, 'bad-faults.json'), JSON.stringify([{ path: 'x', status: 'slow' }]));
    const run = mlops([
      'emulator',
      '--write-env',
      join(dir, 'x.env'),
      '--faults',
      join(dir, 'bad-faults.json'),
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('fault rule 0: "status" must be an integer');
    expect(existsSync(join(dir, 'x.env'))).toBe(false);
  });
});
