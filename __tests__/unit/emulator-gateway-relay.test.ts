// The scoring gateway between a client and a deployment's server (a fake one here): answers relayed as they stream,
// keep-alive reuse, the mirror's copy, and what the client sees when the server fails.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  Agent,
  createServer,
  request,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { Gateway } from '../../src/emulator/gateway.js';
import type { GatewayView } from '../../src/emulator/gateway-view.js';

type Handler = (req: IncomingMessage, res: ServerResponse, body: Buffer) => void;

/** A deployment's server: reads each request whole, then lets the test's handler answer. */
async function upstream(
  handler: () => Handler,
): Promise<{ server: Server; port: number; connections: number }> {
  const u = { server: createServer(), port: 0, connections: 0 };
  u.server.on('connection', () => u.connections++);
  u.server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handler()(req, res, Buffer.concat(chunks)));
  });
  await new Promise<void>((r) => u.server.listen(0, '127.0.0.1', r));
  u.port = (u.server.address() as AddressInfo).port;
  return u;
}

let live: Handler;
let mirrored: Buffer[] = [];
let mirrorAnswer: Handler;
let servers: Awaited<ReturnType<typeof upstream>>[];
let gateway: Gateway;
let gatewayPort: number;
let mirrorShare = 0;
const agent = new Agent({ keepAlive: true, maxSockets: 1 });

beforeAll(async () => {
  const blue = await upstream(() => live);
  const green = await upstream(() => (req, res, body) => {
    mirrored.push(body);
    mirrorAnswer(req, res, body);
  });
  servers = [blue, green];
  const view = (): GatewayView => ({
    authMode: 'Key',
    accepts: (token) => token === 'key',
    traffic: { blue: 100 },
    mirrorTraffic: mirrorShare > 0 ? { green: mirrorShare } : {},
    deployments: new Map([
      ['blue', 'rk-blue'],
      ['green', 'rk-green'],
    ]),
    requestTimeoutMs: () => 5_000,
    slots: () => 4,
  });
  const serving = { 'rk-blue': { port: blue.port, agent }, 'rk-green': { port: green.port, agent } };
  gateway = new Gateway({ view, serving: (key) => serving[key as keyof typeof serving] });
  await new Promise<void>((r) => gateway.server.listen(0, '127.0.0.1', r));
  gatewayPort = (gateway.server.address() as AddressInfo).port;
});

afterAll(async () => {
  agent.destroy();
  gateway.server.closeAllConnections();
  gateway.server.close();
  for (const s of servers) {
    s.server.closeAllConnections();
    s.server.close();
  }
});

interface Scored {
  status: number;
  headers: IncomingMessage['headers'];
  body: Buffer;
  /** The answer was cut off (the client saw its connection end before the body did). */
  aborted?: boolean;
}

function score(body: Buffer | string, headers: Record<string, string> = {}): Promise<Scored> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: gatewayPort,
        path: '/ws/ep/score',
        method: 'POST',
        agent,
        headers: { authorization: 'Bearer key', 'content-type': 'application/json', ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on('aborted', () =>
          resolve({
            status: res.statusCode!,
            headers: res.headers,
            body: Buffer.concat(chunks),
            aborted: true,
          }),
        );
        res.on('error', () => undefined);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('the scoring gateway relays', () => {
  it('a Content-Length answer with its headers, over one kept-alive connection to the server', async () => {
    live = (req, res, body) => {
      const text = JSON.stringify({ echo: body.toString() });
      res.writeHead(200, {
        'content-length': Buffer.byteLength(text),
        'content-type': 'application/json',
        'x-seen-request-id': String(req.headers['x-ms-request-id']),
        'x-seen-auth': String(req.headers.authorization),
        'set-cookie': ['a=1', 'b=2'],
      });
      res.end(text);
    };
    const before = servers[0]!.connections;
    for (let i = 0; i < 3; i++) {
      const answer = await score('{"data": [1]}', { 'x-ms-request-id': `r${i}` });
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.body.toString())).toEqual({ echo: '{"data": [1]}' });
      expect(answer.headers['content-length']).toBe(String(answer.body.length));
      expect(answer.headers['azureml-model-deployment']).toBe('blue');
      expect(answer.headers['x-seen-request-id']).toBe(`r${i}`);
      expect(answer.headers['x-seen-auth']).toBe('undefined'); // the credential stays at the gateway
      expect(answer.headers['set-cookie']).toEqual(['a=1', 'b=2']);
    }
    expect(servers[0]!.connections - before).toBeLessThanOrEqual(1);
  });

  it('a large chunked answer, piece by piece, and a large request body sent without a Content-Length', async () => {
    const piece = Buffer.alloc(64 * 1024, 'x');
    live = (_req, res, body) => {
      res.writeHead(200, { 'content-type': 'text/plain', 'x-request-bytes': String(body.length) });
      let left = 64; // 4 MB
      const more = (): void => {
        while (left > 0) {
          left--;
          if (!res.write(piece)) return void res.once('drain', more);
        }
        res.end();
      };
      more();
    };
    const sent = Buffer.alloc(1024 * 1024, 'y');
    const answer = await new Promise<Scored>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: gatewayPort, path: '/ws/ep/score', method: 'POST', agent },
        (res) => {
          let bytes = 0;
          res.on('data', (c: Buffer) => (bytes += c.length));
          res.on('end', () =>
            resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.alloc(bytes) }),
          );
        },
      );
      req.setHeader('authorization', 'Bearer key');
      req.on('error', reject);
      req.write(sent.subarray(0, 1000));
      setTimeout(() => req.end(sent.subarray(1000)), 10);
    });
    expect(answer.status).toBe(200);
    expect(answer.headers['transfer-encoding']).toBe('chunked');
    expect(answer.headers['x-request-bytes']).toBe(String(sent.length));
    expect(answer.body.length).toBe(64 * piece.length);
  });

  it('a model error as 424 with its status and the body', async () => {
    live = (_req, res) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end('{"message": "run() raised"}');
    };
    const answer = await score('{}');
    expect(answer.status).toBe(424);
    expect(answer.headers['ms-azureml-model-error-statuscode']).toBe('500');
    expect(answer.body.toString()).toBe('{"message": "run() raised"}');
  });

  it('502 when the server closes the connection without answering, then serves the next request', async () => {
    live = (_req, res) => res.socket!.destroy();
    const failed = await score('{}');
    expect(failed.status).toBe(502);
    expect(JSON.parse(failed.body.toString()).message).toMatch(
      /^upstream connect error: (socket hang up|read ECONNRESET)/,
    );
    live = (_req, res) => res.end('"ok"');
    expect((await score('{}')).status).toBe(200);
  });

  it('an answer cut off mid-body as a cut-off answer to the client', async () => {
    live = (_req, res) => {
      res.writeHead(200, { 'content-length': '100' });
      res.write('only part');
      setTimeout(() => res.socket!.destroy(), 10);
    };
    const answer = await score('{}').catch((error: Error) => ({ status: 0, error: error.message }));
    expect('aborted' in answer ? answer.aborted : 'error' in answer).toBe(true);
    live = (_req, res) => res.end('"ok"');
    expect((await score('{}')).status).toBe(200);
  });

  it('a copy of the body to the mirror, whose failure never reaches the client', async () => {
    mirrorShare = 50;
    mirrored = [];
    live = (_req, res) => res.end('"live"');
    mirrorAnswer = (_req, res) => res.socket!.destroy();
    const answers = [];
    for (let i = 0; i < 40; i++) answers.push(await score(`{"n": ${i}}`));
    mirrorShare = 0;
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
    for (let i = 0; i < 50 && mirrored.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(mirrored.length).toBeGreaterThan(3);
    for (const body of mirrored) expect(body.toString()).toMatch(/^\{"n": \d+\}$/);
    expect(gateway.metrics('ws', 'ep').deployments.green!.mirrored).toBeGreaterThan(3);
  });
});
