import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface AzuriteProcess {
  /** http://127.0.0.1:<port> */
  host: string;
  port: number;
  stop(): Promise<void>;
}

/** Finds Azurite's blob server script in the nearest node_modules above this module (or the working directory). */
export function findAzuriteBlob(): string {
  const starts = [dirname(fileURLToPath(import.meta.url)), process.cwd()];
  for (const start of starts) {
    for (let dir = start; ; dir = dirname(dir)) {
      const candidate = join(dir, 'node_modules', 'azurite', 'dist', 'src', 'blob', 'main.js');
      if (existsSync(candidate)) return candidate;
      if (dirname(dir) === dir) break;
    }
  }
  throw new Error('Azurite is not installed: run `npm ci` in the mlops-actions folder.');
}

/**
 * Starts Azurite's blob service on a free loopback port with one account (`account:key`), in memory
 * or, with `location`, on disk. Resolves once it listens.
 */
export function startAzurite(options: { account: string; key: string; location?: string }): Promise<AzuriteProcess> {
  const args = [findAzuriteBlob(), '--blobHost', '127.0.0.1', '--blobPort', '0', '--skipApiVersionCheck', '--disableTelemetry'];
  if (options.location) {
    mkdirSync(options.location, { recursive: true });
    args.push('--location', options.location);
  } else {
    args.push('--inMemoryPersistence');
  }
  const child: ChildProcess = spawn(process.execPath, args, {
    env: { ...process.env, AZURITE_ACCOUNTS: `${options.account}:${options.key}` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Azurite did not start in 30 s:\n${output}`));
    }, 30_000);
    const onData = (data: Buffer): void => {
      output += data.toString();
      const listening = /listens on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (!listening) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stdout?.resume();
      child.stderr?.resume();
      const port = Number(listening[1]);
      resolve({
        host: `http://127.0.0.1:${port}`,
        port,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
          }),
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Azurite exited (code ${code}) before it listened:\n${output}`));
    });
  });
}
