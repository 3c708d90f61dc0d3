// The smoke-test request runner against real HTTP servers: the emulator's inference server with the example, and
// small servers that frame, close, stall and encrypt as others do.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { getCACertificates, setDefaultCACertificates } from 'node:tls';
import {
  createServer as createNetServer,
  type AddressInfo,
  type Server as NetServer,
  type Socket,
} from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadOrCreateCertificate } from '../../src/emulator/certificate.js';
import { runSmoke } from '../../src/smoke/runner.js';
import { repoRoot } from '../helpers/action-runner.js';
import { freePort, serveDiabetesExample } from '../helpers/inference-server.js';

const example = join(repoRoot, 'examples', 'diabetes');
const work = mkdtempSync(join(tmpdir(), 'smoke-runner-'));
let server: ChildProcess;
let url: string;

beforeAll(async () => {
  const served = await serveDiabetesExample(work);
  server = served.child;
  url = `${served.base}/score`;
});

afterAll(() => {
  server?.kill();
  rmSync(work, { recursive: true, force: true });
});

describe('runSmoke', () => {
  it('sends every request count times with the given concurrency and keeps each answer', async () => {
    const good = {
      name: 'requests.json',
      body: readFileSync(join(example, 'smoke', 'requests.json'), 'utf8'),
    };
    const bad = { name: 'bad.json', body: '{"rows": []}' };
    let progress = 0;
    const results = await runSmoke({
      url,
      requests: [good, bad],
      count: 10,
      concurrency: 4,
      onProgress: (done) => (progress = done),
    });
    expect(results).toHaveLength(20);
    expect(progress).toBe(20);
    expect(results.filter((r) => r.name === 'requests.json').every((r) => r.status === 200)).toBe(true);
    expect(results.filter((r) => r.name === 'bad.json').every((r) => r.status === 500)).toBe(true);
    expect(JSON.parse(results[0]!.body).predictions).toHaveLength(5);
    expect(results.every((r) => r.latencyMs > 0 && r.latencyMs < 5000)).toBe(true);
  });

  it('reports a refused connection as a result, not a throw', async () => {
    const closed = await freePort();
    const results = await runSmoke({
      url: `http://127.0.0.1:${closed}/score`,
      requests: [{ name: 'r', body: '{}' }],
      count: 2,
      concurrency: 2,
    });
    expect(results.map((r) => r.status)).toEqual([0, 0]);
    expect(results[0]!.error).toMatch(/ECONNREFUSED/);
  });
});

describe('runSmoke against servers that frame, close and stall as real ones do', () => {
  const servers: Array<{ close(): unknown }> = [];
  afterAll(() => servers.forEach((s) => s.close()));

  /** Listens on a free loopback port; resolves with the server's base URL. */
  async function listen(server: Server | NetServer, scheme = 'http'): Promise<string> {
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `${scheme}://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  it('reads chunked answers and keeps the connection; reads close-framed answers and reconnects', async () => {
    const chunked = createServer((req, res) => {
      req.resume();
      res.setHeader('azureml-model-deployment', 'blue');
      res.write('{"predictions":');
      setImmediate(() => res.end(' [1]}'));
    });
    const sockets: Socket[] = [];
    chunked.on('connection', (s) => sockets.push(s));
    const a = await runSmoke({
      url: `${await listen(chunked)}/score`,
      requests: [{ name: 'r', body: '{}' }],
      count: 3,
      concurrency: 1,
    });
    expect(a.map((r) => [r.status, r.body, r.servedBy])).toEqual(
      Array(3).fill([200, '{"predictions": [1]}', 'blue']),
    );
    expect(sockets).toHaveLength(1);

    let connections = 0;
    const closing = createNetServer((socket) => {
      connections++;
      socket.once('data', () => socket.end('HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n{"ok": true}'));
    });
    const b = await runSmoke({
      url: `${await listen(closing)}/score`,
      requests: [{ name: 'r', body: '{}' }],
      count: 3,
      concurrency: 1,
    });
    expect(b.map((r) => [r.status, r.body])).toEqual(Array(3).fill([200, '{"ok": true}']));
    expect(connections).toBe(3);
  });

  it('fails a request the server does not answer within timeoutMs, and one it hangs up on', async () => {
    const silent = createNetServer((socket) => socket.resume());
    const [stalled] = await runSmoke({
      url: `${await listen(silent)}/score`,
      requests: [{ name: 'r', body: '{}' }],
      count: 1,
      concurrency: 1,
      timeoutMs: 300,
    });
    expect(stalled).toMatchObject({ status: 0, error: 'no answer in 300 ms' });
    expect(stalled!.latencyMs).toBeGreaterThanOrEqual(290);

    const rude = createNetServer((socket) =>
      socket.once('data', () => socket.end('HTTP/1.1 200 OK\r\nContent-Length: 50\r\n\r\n{"cut')),
    );
    const [cut] = await runSmoke({
      url: `${await listen(rude)}/score`,
      requests: [{ name: 'r', body: '{}' }],
      count: 1,
      concurrency: 1,
    });
    expect(cut).toMatchObject({ status: 0, error: 'socket hang up' });
  });

  it('checks an https server certificate, and speaks TLS to one it trusts', async () => {
    // A self-signed certificate for 127.0.0.1, made for this test in a temporary folder (no key in the repository).
    const certDir = mkdtempSync(join(tmpdir(), 'smoke-tls-'));
    const { cert, key } = loadOrCreateCertificate(certDir);
    rmSync(certDir, { recursive: true, force: true });
    const secure = createHttpsServer({ cert, key }, (req, res) => {
      req.resume();
      res.end('{"secure": true}');
    });
    const url = `${await listen(secure, 'https')}/score`;
    const send = () => runSmoke({ url, requests: [{ name: 'r', body: '{}' }], count: 2, concurrency: 1 });
    const refused = await send();
    expect(refused.map((r) => r.status)).toEqual([0, 0]);
    expect(refused[0]!.error).toMatch(/self.signed certificate/);
    // Trusted as NODE_EXTRA_CA_CERTS would make it (read only at process start, hence the default CA list here).
    const defaults = getCACertificates('default');
    setDefaultCACertificates([...defaults, cert]);
    try {
      expect((await send()).map((r) => [r.status, r.body])).toEqual(Array(2).fill([200, '{"secure": true}']));
    } finally {
      setDefaultCACertificates(defaults);
    }
  });

  it('refuses a header that would break the request head, before sending anything', async () => {
    await expect(
      runSmoke({
        url,
        headers: { authorization: 'Bearer x\r\nX-Injected: 1' },
        requests: [{ name: 'r', body: '{}' }],
        count: 1,
        concurrency: 1,
      }),
    ).rejects.toThrow('Invalid character in the value of header "authorization".');
  });
});
