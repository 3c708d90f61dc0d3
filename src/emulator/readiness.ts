// When a started inference server is ready: it listens and its readiness probe (GET /) answers 200, as Azure's
// readiness probe asks; or why it is not (it exited, with the traceback of a failed init(), or it timed out).
import type { ChildProcess } from 'node:child_process';
import { get } from 'node:http';
import { ProvisioningError } from './provisioning-error.js';

/** Resolves with the port once the server listens and `GET /` answers 200. */
export async function waitReady(
  child: ChildProcess,
  log: { server: string },
  exited: Promise<void>,
  timeoutMs: number,
): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let gone = false;
  void exited.then(() => (gone = true));
  const notReady = (why: string): ProvisioningError =>
    new ProvisioningError(
      'ResourceNotReady',
      `User container has crashed or terminated: ${why} See the InferenceServer logs (getLogs).`,
    );
  while (Date.now() < deadline) {
    if (gone) {
      const code = child.exitCode ?? (child.signalCode ? `signal ${child.signalCode}` : 'unknown');
      const traceback = lastTraceback(log.server);
      throw notReady(`the inference server exited with code ${code}.${traceback ? `\n${traceback}\n` : ''}`);
    }
    const match = /Listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(log.server);
    if (match) {
      const port = Number(match[1]);
      if ((await probe(port)) === 200) return port;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw notReady(`the readiness probe did not pass within ${Math.round(timeoutMs / 1000)} s.`);
}

/** The last Python traceback of a log (at most 40 lines), or undefined: a failed init() in its own words. */
export function lastTraceback(log: string): string | undefined {
  const at = log.lastIndexOf('Traceback (most recent call last):');
  if (at < 0) return undefined;
  const lines = log.slice(at).trimEnd().split('\n');
  return (lines.length > 40 ? [...lines.slice(0, 5), '  ...', ...lines.slice(-34)] : lines).join('\n');
}

function probe(port: number): Promise<number> {
  return new Promise((resolve) => {
    const req = get({ host: '127.0.0.1', port, path: '/', timeout: 2_000, agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(0));
  });
}
