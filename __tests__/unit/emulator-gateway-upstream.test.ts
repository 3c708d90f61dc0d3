// The scoring gateway's client for a deployment's server: raw keep-alive sockets, streamed bodies both ways, and
// every way a server can answer, split its answer, close its connection or fail.
import { afterEach, describe, expect, it } from '@jest/globals';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { UpstreamPool, type UpstreamRequest } from '../../src/emulator/gateway-upstream.js';

/** What the server read of each connection, and the connections it accepted. */
interface Fake {
  server: Server;
  port: number;
  received: string[];
  sockets: Socket[];
}

/** A server that calls `answer` with each connection's bytes so far (from its last answer on). */
async function fake(answer: (socket: Socket, request: string, index: number) => void): Promise<Fake> {
  const f: Fake = { server: createServer(), port: 0, received: [], sockets: [] };
  f.server.on('connection', (socket) => {
    const index = f.sockets.push(socket) - 1;
    let seen = '';
    socket.on('data', (chunk) => {
      seen += chunk.toString('latin1');
      f.received[index] = (f.received[index] ?? '') + chunk.toString('latin1');
      // A request is complete at its head's end (no body), at its Content-Length, or at the last chunk.
      const end = seen.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = /content-length: (\d+)/i.exec(seen.slice(0, end));
      const complete = /transfer-encoding: chunked/i.test(seen.slice(0, end))
        ? seen.endsWith('0\r\n\r\n')
        : seen.length >= end + 4 + Number(length?.[1] ?? 0);
      if (!complete) return;
      const request = seen;
      seen = '';
      answer(socket, request, index);
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((r) => f.server.listen(0, '127.0.0.1', r));
  f.port = (f.server.address() as AddressInfo).port;
  servers.push(f.server);
  return f;
}

const servers: Server[] = [];
const pools: UpstreamPool[] = [];
afterEach(async () => {
  for (const pool of pools.splice(0)) pool.close();
  for (const server of servers.splice(0)) {
    server.close();
    await new Promise((r) => setImmediate(r));
  }
});

function poolFor(f: Fake, maxSockets?: number): UpstreamPool {
  const pool = new UpstreamPool(f.port, maxSockets);
  pools.push(pool);
  return pool;
}

interface Outcome {
  status?: number;
  headers?: Record<string, string>;
  body: string;
  failure?: string;
}

/** Sends one request with `body` in the pieces given; resolves with what the handlers saw. */
function send(
  pool: UpstreamPool,
  pieces: string[] = ['{"a":1}'],
  extra: Partial<UpstreamRequest> = {},
): Promise<Outcome> {
  const total = pieces.reduce((n, p) => n + p.length, 0);
  const chunked = extra.chunked ?? false;
  return new Promise((resolve) => {
    const out: Outcome = { body: '' };
    const exchange = pool.request(
      {
        method: 'POST',
        path: '/score',
        headerLines: `content-type: application/json\r\n${chunked ? '' : `content-length: ${total}\r\n`}`,
        chunked,
        ...extra,
      },
      {
        head: (head) => {
          out.status = head.status;
          out.headers = head.headers;
        },
        body: (chunk) => (out.body += chunk.toString('latin1')),
        end: () => resolve(out),
        fail: (message) => resolve({ ...out, failure: message }),
        drain: () => undefined,
      },
    );
    for (const piece of pieces) exchange.write(Buffer.from(piece, 'latin1'));
    exchange.end();
  });
}

const ok = (body: string, more = ''): string =>
  `HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n${more}Content-Length: ${body.length}\r\n\r\n${body}`;

/** Writes `raw` one piece of `step` bytes per turn of the event loop. */
async function dribble(socket: Socket, raw: string, step: number): Promise<void> {
  for (let at = 0; at < raw.length; at += step) {
    socket.write(raw.slice(at, at + step), 'latin1');
    await new Promise((r) => setTimeout(r, 1));
  }
}

describe('UpstreamPool', () => {
  it('sends the head and body as given, with the Host, and reads a Content-Length answer', async () => {
    const f = await fake((socket) => socket.write(ok('[1]')));
    const pool = poolFor(f);
    const answer = await send(pool, ['{"a"', ':1}']);
    expect(answer).toEqual({
      status: 200,
      headers: expect.objectContaining({ 'content-length': '3' }),
      body: '[1]',
    });
    expect(f.received[0]).toBe(
      `POST /score HTTP/1.1\r\nHost: 127.0.0.1:${f.port}\r\ncontent-type: application/json\r\ncontent-length: 7\r\n\r\n{"a":1}`,
    );
  });

  it('reads an answer split across many pieces, then reuses the connection', async () => {
    const f = await fake(
      (socket) => void dribble(socket, ok('{"result": [1, 2, 3]}', 'x-ms-request-id: r1\r\n'), 3),
    );
    const pool = poolFor(f);
    for (let i = 0; i < 2; i++) {
      const answer = await send(pool);
      expect(answer.status).toBe(200);
      expect(answer.headers!['x-ms-request-id']).toBe('r1');
      expect(answer.body).toBe('{"result": [1, 2, 3]}');
    }
    expect(f.sockets).toHaveLength(1);
  });

  it('reads a chunked answer (split inside its size lines), body streamed piece by piece', async () => {
    const raw =
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n' +
      '4\r\n{"re\r\n' +
      'a;ext=1\r\nsult": [1]\r\n' +
      '1\r\n}\r\n0\r\n\r\n';
    const f = await fake((socket) => void dribble(socket, raw, 5));
    const pool = poolFor(f);
    const pieces: string[] = [];
    const answer = await new Promise<Outcome>((resolve) => {
      const out: Outcome = { body: '' };
      const exchange = pool.request(
        { method: 'GET', path: '/score', headerLines: '', chunked: false },
        {
          head: (head) => (out.status = head.status),
          body: (chunk) => pieces.push(chunk.toString()),
          end: () => resolve(out),
          fail: (failure) => resolve({ ...out, failure }),
          drain: () => undefined,
        },
      );
      exchange.end();
    });
    expect(answer).toEqual({ status: 200, body: '' });
    expect(pieces.join('')).toBe('{"result": [1]}');
    expect(pieces.length).toBeGreaterThan(2);
    expect(f.received[0]).toBe(`GET /score HTTP/1.1\r\nHost: 127.0.0.1:${f.port}\r\n\r\n`);
  });

  it('sends a body in chunked transfer coding when asked', async () => {
    const f = await fake((socket) => socket.write(ok('{}')));
    const pool = poolFor(f);
    expect((await send(pool, ['abc', 'defghijklmnopqrst'], { chunked: true })).status).toBe(200);
    expect(f.received[0]!.split('\r\n\r\n', 2)[0]).toMatch(/Transfer-Encoding: chunked$/);
    expect(f.received[0]!.slice(f.received[0]!.indexOf('\r\n\r\n') + 4)).toBe(
      '3\r\nabc\r\n11\r\ndefghijklmnopqrst\r\n0\r\n\r\n',
    );
  });

  it('opens a new connection when the server closed the last one between requests', async () => {
    const f = await fake((socket) => socket.end(ok('{}')));
    const pool = poolFor(f);
    expect((await send(pool)).status).toBe(200);
    // The close is noticed on the idle connection, which is dropped.
    for (let i = 0; i < 100 && pool.size > 0; i++) await new Promise((r) => setTimeout(r, 5));
    expect(pool.size).toBe(0);
    expect((await send(pool)).status).toBe(200);
    expect(f.sockets).toHaveLength(2);
  });

  it('does not reuse a connection after Connection: close', async () => {
    const f = await fake((socket, _request, index) =>
      socket.write(index === 0 ? ok('{}', 'Connection: close\r\n') : ok('{}')),
    );
    const pool = poolFor(f);
    expect((await send(pool)).status).toBe(200);
    expect((await send(pool)).status).toBe(200);
    expect(f.sockets).toHaveLength(2);
  });

  it('does not reuse a connection whose answer came before its request body went out whole', async () => {
    const server = createServer((socket) => {
      sockets.push(socket);
      socket.on('data', () => socket.write(ok('"early"')));
      socket.on('error', () => undefined);
    });
    const sockets: Socket[] = [];
    servers.push(server);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const pool = new UpstreamPool((server.address() as AddressInfo).port);
    pools.push(pool);
    const answered = (): Promise<string> =>
      new Promise((resolve) => {
        const exchange = pool.request(
          { method: 'POST', path: '/score', headerLines: 'content-length: 5\r\n', chunked: false },
          {
            head: () => undefined,
            body: (chunk) => resolve(chunk.toString()),
            end: () => undefined,
            fail: resolve,
            drain: () => undefined,
          },
        );
        exchange.write(Buffer.from('1'));
      });
    expect(await answered()).toBe('"early"');
    expect(await answered()).toBe('"early"');
    expect(sockets).toHaveLength(2);
  });

  it('reads no body after the head of an answer to HEAD, whatever its Content-Length, and reuses the connection', async () => {
    const f = await fake((socket, request) =>
      socket.write(
        request.startsWith('HEAD') ? 'HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n' : ok('"after"'),
      ),
    );
    const pool = poolFor(f);
    const head = await send(pool, [], { method: 'HEAD', headerLines: '' });
    expect(head).toEqual({ status: 200, headers: { 'content-length': '10' }, body: '' });
    expect((await send(pool)).body).toBe('"after"');
    expect(f.sockets).toHaveLength(1);
  });

  it('reads a body that runs to the close of the connection', async () => {
    const f = await fake((socket) =>
      socket.end('HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nuntil the end'),
    );
    const answer = await send(poolFor(f));
    expect(answer).toEqual({ status: 200, headers: expect.anything(), body: 'until the end' });
  });

  it('fails with "socket hang up" when the server closes before answering, and with a cut-off answer', async () => {
    const f = await fake((socket, _r, index) =>
      index === 0 ? socket.end() : socket.end('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n12345'),
    );
    const pool = poolFor(f);
    expect((await send(pool)).failure).toBe('socket hang up');
    const cut = await send(pool);
    expect(cut).toEqual({
      status: 200,
      headers: expect.anything(),
      body: '12345',
      failure: 'socket hang up',
    });
  });

  it('fails with the reset when the server resets the connection', async () => {
    const f = await fake((socket) => socket.resetAndDestroy());
    expect((await send(poolFor(f))).failure).toMatch(/ECONNRESET|socket hang up/);
  });

  it('fails with ECONNREFUSED when nothing listens, and with a parse error for what is not HTTP', async () => {
    const f = await fake((socket) => socket.write('SMTP ready\r\n\r\n'));
    expect((await send(poolFor(f))).failure).toMatch(/^Parse Error: invalid status line/);
    const closed = await fake(() => undefined);
    const port = closed.port;
    await new Promise((r) => closed.server.close(r));
    const refused = new UpstreamPool(port);
    expect((await send(refused)).failure).toBe(`connect ECONNREFUSED 127.0.0.1:${port}`);
  });

  it('past maxSockets, a request waits for a free connection and then goes out on it', async () => {
    const f = await fake((socket, request) =>
      setTimeout(() => socket.write(ok(request.endsWith('1') ? '"one"' : '"two"')), 20),
    );
    const pool = poolFor(f, 1);
    const [one, two] = await Promise.all([send(pool, ['1']), send(pool, ['2'])]);
    expect([one.body, two.body]).toEqual(['"one"', '"two"']);
    expect(f.sockets).toHaveLength(1);
  });

  it('a destroyed exchange closes its connection and reports nothing', async () => {
    const f = await fake(() => undefined);
    const pool = poolFor(f);
    const seen: string[] = [];
    const exchange = pool.request(
      { method: 'POST', path: '/score', headerLines: 'content-length: 1\r\n', chunked: false },
      {
        head: () => seen.push('head'),
        body: () => seen.push('body'),
        end: () => seen.push('end'),
        fail: (m) => seen.push(m),
        drain: () => undefined,
      },
    );
    exchange.write(Buffer.from('x'));
    exchange.end();
    for (let i = 0; i < 100 && f.sockets.length === 0; i++) await new Promise((r) => setTimeout(r, 5));
    exchange.destroy();
    await new Promise((r) => setTimeout(r, 20));
    expect(pool.size).toBe(0);
    expect(seen).toEqual([]);
  });

  it('fails an exchange whose socket stays silent past idleTimeoutMs', async () => {
    const f = await fake(() => undefined);
    expect((await send(poolFor(f), ['{}'], { idleTimeoutMs: 50 })).failure).toBe('no data in 50 ms');
  });
});
