// Starts the emulator's inference server (src/emulator/inference-server.py) with python3, as a deployment does.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { repoRoot } from './action-runner.js';

const serverScript = join(repoRoot, 'src', 'emulator', 'inference-server.py');

/** A loopback port that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts the server; `ready` resolves null once it listens, or with its exit code. `watchStdin` starts it as a
 * deployment does (--exit-on-stdin-eof, stdin a pipe the test holds open); `python` picks the interpreter.
 */
export function startInferenceServer(
  env: Record<string, string>,
  port: number,
  options: { watchStdin?: boolean; python?: string } = {},
): { child: ChildProcess; output: () => string; ready: Promise<number | null> } {
  const args = [serverScript, '--port', String(port), ...(options.watchStdin ? ['--exit-on-stdin-eof'] : [])];
  const child = spawn(options.python ?? 'python3', args, {
    env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1', ...env },
    stdio: [options.watchStdin ? 'pipe' : 'ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const ready = new Promise<number | null>((resolve) => {
    const onData = (d: Buffer): void => {
      output += d.toString();
      if (output.includes('Listening on')) resolve(null);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => resolve(code));
  });
  return { child, output: () => output, ready };
}

/** The diabetes example trained into `work` and served; throws with the server's output when it does not start. */
export async function serveDiabetesExample(
  work: string,
): Promise<{ child: ChildProcess; base: string; log: string }> {
  const example = join(repoRoot, 'examples', 'diabetes');
  execFileSync('python3', [join(example, 'train.py'), '--output', join(work, 'out')], { stdio: 'ignore' });
  const port = await freePort();
  const started = startInferenceServer(
    { AZUREML_MODEL_DIR: join(work, 'out', 'model'), AZUREML_ENTRY_SCRIPT: join(example, 'score.py') },
    port,
  );
  const exit = await started.ready;
  if (exit !== null) throw new Error(`the inference server exited ${exit}:\n${started.output()}`);
  return { child: started.child, base: `http://127.0.0.1:${port}`, log: started.output() };
}
