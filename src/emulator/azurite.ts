import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StorageAccount } from './state.js';

export interface AzuriteProcess {
  /** http://127.0.0.1:<port> */
  host: string;
  port: number;
  pid: number;
  /** Resolves when Azurite exits without being asked to (killed, crashed): how it ended. Never after stop(). */
  died: Promise<string>;
  /** Stops Azurite gracefully (it saves its on-disk state), killing it after 10 s. */
  stop(): Promise<void>;
}

/**
 * Finds Azurite's `azurite-blob` script (its package.json `bin`) in the nearest node_modules above this module
 * or the working directory. Walking up works from src/ (tsx, jest), from the ncc bundle in dist/cli/, and from
 * an installed copy in a user's node_modules.
 */
export function findAzuriteBlob(): string {
  const starts = [dirname(fileURLToPath(import.meta.url)), process.cwd()];
  for (const start of starts) {
    for (let dir = start; ; dir = dirname(dir)) {
      const manifest = join(dir, 'node_modules', 'azurite', 'package.json');
      if (existsSync(manifest)) {
        const bin = (JSON.parse(readFileSync(manifest, 'utf8')) as { bin?: Record<string, string> }).bin?.[
          'azurite-blob'
        ];
        const script = join(dir, 'node_modules', 'azurite', bin ?? 'dist/src/blob/main.js');
        if (existsSync(script)) return script;
      }
      if (dirname(dir) === dir) break;
    }
  }
  throw new Error('Azurite is not installed: run `npm ci` in the mlops-actions folder.');
}

/**
 * Runs Azurite with a guard: when our process goes away (even killed with SIGKILL), the pipe on the child's stdin
 * closes and the child shuts Azurite down, so no orphan keeps the port and the files. Azurite reads its options
 * from process.argv[2...], hence the script path put back in argv[1].
 */
const GUARD = `
const script = process.argv[1];
// Azurite loads modules at start that it never uses as run here; stand-ins take their place:
// - applicationinsights, even with --disableTelemetry (which it always gets here), and with it require-in-the-middle,
//   which then wraps every require: half of Azurite's start-up CPU (measured 0.5 of 1.1 s). With telemetry disabled
//   Azurite never calls it: an empty module.
// - sequelize (with validator, moment-timezone, wkx...), for Azurite's SQL metadata store, which it uses only with
//   AZURITE_DB (removed from its environment), yet its blob server loads it at start: a third of what is left of its
//   start-up CPU. The stand-in has the one thing loading takes (a Model class to extend) and fails on any other use.
const standIn = (name, exports) => {
  try {
    const Module = require('module');
    const resolved = Module.createRequire(script).resolve(name);
    const module = new Module(resolved);
    module.exports = exports;
    module.loaded = true;
    Module._cache[resolved] = module;
  } catch {}
};
standIn('applicationinsights', {});
standIn('sequelize', new Proxy({ Model: class Model {} }, {
  get(target, key) {
    if (key in target || typeof key === 'symbol' || key === '__esModule') return target[key];
    throw new Error('the emulator runs Azurite without its SQL store: sequelize.' + String(key) + ' is not loaded');
  },
}));
process.stdin.on('end', () => { process.kill(process.pid, 'SIGTERM'); setTimeout(() => process.exit(0), 10000); });
process.stdin.on('error', () => undefined);
process.stdin.resume();
process.stdin.unref();
require(script);
`;

/**
 * Starts Azurite's blob service on a free loopback port with these accounts (AZURITE_ACCOUNTS
 * `name1:key1;name2:key2`: each opened by its own key only), in memory or, with `location`, on disk. Resolves
 * once it listens.
 */
export function startAzurite(options: {
  accounts: StorageAccount[];
  location?: string;
  /** The port to listen on (a restart keeps the port the emulator's blob URLs name); 0 (default): a free one. */
  port?: number;
}): Promise<AzuriteProcess> {
  const args = [
    '--blobHost',
    '127.0.0.1',
    '--blobPort',
    String(options.port ?? 0),
    '--skipApiVersionCheck',
    '--disableTelemetry',
    '--silent',
  ];
  if (options.location) {
    mkdirSync(options.location, { recursive: true });
    args.push('--location', options.location);
  } else {
    args.push('--inMemoryPersistence');
  }
  const child = spawn(process.execPath, ['-e', GUARD, findAzuriteBlob(), ...args], {
    // Azurite serves these accounts only (not even its well-known development account).
    env: {
      ...process.env,
      AZURITE_ACCOUNTS: options.accounts.map((a) => `${a.account}:${a.key}`).join(';'),
      // Its loki store, in memory or in `location`: never a database a user's environment names.
      AZURITE_DB: undefined,
      NODE_OPTIONS: '',
    },
    stdio: ['pipe', 'pipe', 'pipe'],
    cwd: options.location ?? process.cwd(),
  });
  let stopping = false;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const died = new Promise<string>((done) =>
    child.once('exit', (code, signal) => {
      if (!stopping) done(signal ? `killed by ${signal}` : `exited with code ${code}`);
    }),
  );
  const stop = async (): Promise<void> => {
    stopping = true;
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    child.stdin?.destroy();
  };
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`Azurite did not start in 30 s:\n${output}`));
    }, 30_000);
    const onExit = (code: number | null): void => {
      clearTimeout(timer);
      reject(new Error(`Azurite exited (code ${code}) before it listened:\n${output}`));
    };
    const onData = (data: Buffer): void => {
      output = (output + data.toString()).slice(-8_000);
      const listening = /listens on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (!listening) return;
      clearTimeout(timer);
      child.off('exit', onExit);
      // Keep draining its output so it never blocks on a full pipe; the pipes do not keep us alive.
      for (const stream of [child.stdout, child.stderr]) {
        stream?.removeAllListeners('data');
        stream?.resume();
        (stream as unknown as { unref?: () => void }).unref?.();
      }
      (child.stdin as unknown as { unref?: () => void }).unref?.();
      child.unref();
      const port = Number(listening[1]);
      resolve({ host: `http://127.0.0.1:${port}`, port, pid: child.pid!, died, stop });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-8_000)));
    child.once('exit', onExit);
  });
}
