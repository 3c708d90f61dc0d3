// The scoring gateway's client for a deployment's inference server: a pool of raw keep-alive sockets on loopback,
// one request at a time on each, its head encoded once and its answer read by the smoke runner's streaming
// HTTP/1.1 parser. Against Node's http client (ClientRequest, Agent, IncomingMessage) it saves the gateway about a
// quarter of its CPU per request (measured side by side on 2 cores: 200-250 us of 550-650 us) and one of its two
// writes to the server (the head goes out with the body). Bodies stream both ways: nothing is kept but what the
// socket has not yet taken.
import { connect, type Socket } from 'node:net';
import { Http1ResponseParser, type Http1Head } from '../smoke/http1-response.js';

/** What an exchange reports. After `end` or `fail` nothing more is reported. */
export interface UpstreamHandlers {
  head(head: Http1Head): void;
  body(chunk: Buffer): void;
  end(): void;
  /** No answer, or one cut off: in Node's words ("connect ECONNREFUSED ...", "socket hang up", "read ECONNRESET"). */
  fail(message: string): void;
  /** The request's body went out: `write` takes more. */
  drain(): void;
}

/** For a request whose answer nobody reads (a mirror's): read and dropped, its failure too. */
export const DROP_ANSWER: UpstreamHandlers = {
  head: () => undefined,
  body: () => undefined,
  end: () => undefined,
  fail: () => undefined,
  drain: () => undefined,
};

export interface UpstreamRequest {
  method: string;
  path: string;
  /** Header lines, each ending in CRLF (the client's headers as relayed); Host and the framing are added. */
  headerLines: string;
  /** The body goes in chunked transfer coding (the client sent it so, without a Content-Length). */
  chunked: boolean;
  /** Longest silence of the socket while the exchange lasts; then it fails (as Node's request `timeout`). */
  idleTimeoutMs?: number;
}

/** Node's http Agent's maxSockets as the gateway set it: past this many, requests wait for a free socket. */
const MAX_SOCKETS = 64;
const CRLF = '\r\n';
const LAST_CHUNK = Buffer.from('0\r\n\r\n', 'latin1');

interface Connection {
  socket: Socket;
  parser: Http1ResponseParser;
  exchange: UpstreamExchange | undefined;
  /** The last answer allowed another request on the connection (HTTP/1.1 without Connection: close). */
  reusable: boolean;
  /** Closed by the server, or by the pool. */
  gone: boolean;
}

/** Keep-alive connections to one server on 127.0.0.1. */
export class UpstreamPool {
  private readonly idle: Connection[] = [];
  private readonly waiting: UpstreamExchange[] = [];
  private open = 0;

  constructor(
    readonly port: number,
    private readonly maxSockets = MAX_SOCKETS,
  ) {}

  /** Starts a request: its head goes out at once (or when a socket is free); write its body, then `end`. */
  request(request: UpstreamRequest, handlers: UpstreamHandlers): UpstreamExchange {
    const exchange = new UpstreamExchange(this, request, handlers);
    let c: Connection | undefined;
    while ((c = this.idle.pop())) {
      if (!c.gone) return (exchange.attach(c), exchange);
    }
    if (this.open < this.maxSockets) exchange.attach(this.connect());
    else this.waiting.push(exchange);
    return exchange;
  }

  /** Connections open (idle or carrying a request), for tests. */
  get size(): number {
    return this.open;
  }

  /** Closes every idle connection (those in use close when their exchange ends). */
  close(): void {
    for (const c of this.idle.splice(0)) this.discard(c);
  }

  /** @internal An exchange is over and its connection may carry another request. */
  release(c: Connection): void {
    c.exchange = undefined;
    if (c.gone || !c.reusable || c.parser.busy || c.socket.readableEnded) return this.discard(c);
    c.socket.setTimeout(0);
    c.socket.resume();
    const next = this.waiting.shift();
    if (next) return next.attach(c);
    c.socket.unref();
    this.idle.push(c);
  }

  /** @internal Closes a connection for good. */
  discard(c: Connection): void {
    c.exchange = undefined;
    if (c.gone) return;
    c.gone = true;
    c.socket.destroy();
    this.open--;
    const at = this.idle.indexOf(c);
    if (at >= 0) this.idle.splice(at, 1);
    const next = this.waiting.shift();
    if (next) next.attach(this.connect());
  }

  /** @internal */
  unwait(exchange: UpstreamExchange): void {
    const at = this.waiting.indexOf(exchange);
    if (at >= 0) this.waiting.splice(at, 1);
  }

  private connect(): Connection {
    this.open++;
    const socket = connect({ host: '127.0.0.1', port: this.port });
    socket.setNoDelay(true);
    const c: Connection = { socket, exchange: undefined, reusable: true, gone: false, parser: undefined! };
    c.parser = new Http1ResponseParser({
      head: (head) => {
        c.reusable = head.reusable;
        c.exchange?.handlers.head(head);
      },
      body: (chunk) => c.exchange?.handlers.body(chunk),
      end: () => c.exchange?.answered(),
    });
    socket.on('data', (chunk: Buffer) => {
      // Bytes while no request is out: the server broke the protocol; the connection is not used again.
      if (!c.exchange) return this.discard(c);
      try {
        c.parser.push(chunk);
      } catch (error) {
        c.exchange?.fail(`Parse Error: ${(error as Error).message}`);
      }
    });
    socket.on('end', () => {
      if (!c.exchange) return this.discard(c);
      try {
        c.parser.close();
      } catch (error) {
        c.exchange?.fail((error as Error).message);
      }
      this.discard(c);
    });
    socket.on('timeout', () => c.exchange?.fail(`no data in ${c.exchange.request.idleTimeoutMs} ms`));
    socket.on('drain', () => c.exchange?.handlers.drain());
    socket.on('error', (error) => (c.exchange ? c.exchange.fail(error.message) : this.discard(c)));
    socket.on('close', () => (c.exchange ? c.exchange.fail('socket hang up') : this.discard(c)));
    return c;
  }
}

/** One request and its answer on a connection of the pool. */
export class UpstreamExchange {
  private c: Connection | undefined;
  private queued: Buffer[] | undefined = [];
  private ended = false;
  private done = false;
  /** The request's head, until the body's first piece (or its end) goes out with it. */
  private head: string | undefined;

  constructor(
    private readonly pool: UpstreamPool,
    readonly request: UpstreamRequest,
    readonly handlers: UpstreamHandlers,
  ) {}

  /** Sends a piece of the body; false when it waits in memory (then `drain` follows). */
  write(chunk: Buffer): boolean {
    if (this.done || chunk.length === 0) return true;
    if (!this.c) {
      this.queued!.push(chunk);
      return false;
    }
    const socket = this.c.socket;
    const head = this.head;
    if (!this.request.chunked && head === undefined) return socket.write(chunk);
    // The head goes out with the body's first piece: one write, and the server reads the request in one go.
    this.head = undefined;
    socket.cork();
    if (head !== undefined) socket.write(head, 'latin1');
    if (this.request.chunked) socket.write(chunk.length.toString(16) + CRLF, 'latin1');
    socket.write(chunk);
    if (this.request.chunked) socket.write(CRLF, 'latin1');
    socket.uncork();
    return !socket.writableNeedDrain;
  }

  /** The body is complete. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    if (!this.c || this.done) return;
    const head = this.head;
    this.head = undefined;
    if (head === undefined) {
      if (this.request.chunked) this.c.socket.write(LAST_CHUNK);
    } else {
      this.c.socket.write(this.request.chunked ? head + '0\r\n\r\n' : head, 'latin1');
    }
  }

  /** Stops reading the answer (the client is slow); `resume` reads on. */
  pause(): void {
    if (!this.done) this.c?.socket.pause();
  }

  resume(): void {
    // Once the answer is complete the connection may carry another exchange: it is not this one's to resume.
    if (!this.done) this.c?.socket.resume();
  }

  /** Abandons the exchange (timeout, client gone, body over the limit): its connection closes, nothing is reported. */
  destroy(): void {
    if (this.done) return;
    this.done = true;
    if (this.c) this.pool.discard(this.c);
    else this.pool.unwait(this);
  }

  /** @internal The connection is this exchange's: the head (and any body written so far) goes out. */
  attach(c: Connection): void {
    this.c = c;
    c.exchange = this;
    const { method, path, headerLines, chunked, idleTimeoutMs } = this.request;
    if (method === 'HEAD') c.parser.expectBodiless();
    if (idleTimeoutMs !== undefined) c.socket.setTimeout(idleTimeoutMs);
    c.socket.ref();
    const queued = this.queued!;
    this.queued = undefined;
    const framing = chunked ? 'Transfer-Encoding: chunked\r\n' : '';
    this.head = `${method} ${path} HTTP/1.1\r\nHost: 127.0.0.1:${this.pool.port}\r\n${headerLines}${framing}\r\n`;
    if (queued.length === 0 && !this.ended) return;
    for (const chunk of queued) this.write(chunk);
    if (this.ended) {
      this.ended = false;
      this.end();
    }
    if (queued.length > 0) process.nextTick(() => this.done || this.handlers.drain());
  }

  /** @internal The answer is complete: a connection whose request also went out whole carries the next one. */
  answered(): void {
    if (this.done) return;
    this.done = true;
    const c = this.c!;
    if (this.ended) this.pool.release(c);
    else this.pool.discard(c);
    this.handlers.end();
  }

  /** @internal */
  fail(message: string): void {
    if (this.done) return;
    this.done = true;
    if (this.c) this.pool.discard(this.c);
    this.handlers.fail(message);
  }
}
