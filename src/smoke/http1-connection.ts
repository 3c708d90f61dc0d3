// One keep-alive HTTP/1.1 connection to a scoring URI that carries one request at a time: the smoke runner's
// transport. A raw socket with each request's bytes encoded once (request line, headers and body in one buffer)
// costs a third of the CPU of Node's http client per request (bench/README.md, "Serving"), which on a fast model
// is most of a latency gate's budget.
import { connect as netConnect, isIP, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { Http1ResponseReader, type Http1Answer } from './http1-response.js';

/** The bytes of one POST of `body` (JSON) to `url` with `headers`; throws for a header that would break the head. */
export function encodePost(url: URL, headers: Record<string, string>, body: string): Buffer {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`Protocol "${url.protocol}" not supported: a scoring URI is http:// or https://.`);
  }
  const lines = [`POST ${url.pathname}${url.search} HTTP/1.1`, `Host: ${url.host}`];
  const all: Record<string, string> = { 'content-type': 'application/json' };
  // Names are case-insensitive (a caller's Content-Type replaces ours, as Node's setHeader would).
  for (const [name, value] of Object.entries(headers)) all[name.toLowerCase()] = value;
  for (const [name, value] of Object.entries(all)) {
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) throw new Error(`Invalid header name "${name}".`);
    if (/[\r\n\0]/.test(value)) throw new Error(`Invalid character in the value of header "${name}".`);
    lines.push(`${name}: ${value}`);
  }
  const payload = Buffer.from(body, 'utf8');
  lines.push(`content-length: ${payload.length}`, '', '');
  return Buffer.concat([Buffer.from(lines.join('\r\n'), 'latin1'), payload]);
}

/** An answer, or why there is none (a message: Errors from Node's core may not pass `instanceof Error` in a VM). */
export type Http1Outcome = Http1Answer | { failure: string };

/**
 * Opens its socket on the first request and again after the server closed it. `timeoutMs` is the longest the
 * socket may stay silent while a request waits (as Node's `timeout` request option): then the request fails with
 * "no answer in <timeoutMs> ms" and the socket is closed.
 */
export class Http1Connection {
  private socket: Socket | undefined;
  private reader = new Http1ResponseReader();
  private settle: ((outcome: Http1Outcome) => void) | undefined;

  constructor(
    private readonly url: URL,
    private readonly timeoutMs: number,
  ) {}

  /** Sends one encoded request; resolves with its answer, or with what ended it (never rejects). */
  send(request: Buffer): Promise<Http1Outcome> {
    const socket = (this.socket ??= this.open());
    return new Promise((resolve) => {
      this.settle = resolve;
      socket.write(request);
    });
  }

  close(): void {
    this.socket?.destroy();
    this.socket = undefined;
  }

  private open(): Socket {
    const https = this.url.protocol === 'https:';
    const port = Number(this.url.port) || (https ? 443 : 80);
    const host = this.url.hostname.replace(/^\[(.*)\]$/, '$1');
    const socket = https
      ? tlsConnect({ host, port, servername: isIP(host) ? undefined : host, ALPNProtocols: ['http/1.1'] })
      : netConnect({ host, port });
    socket.setNoDelay(true);
    socket.setTimeout(this.timeoutMs, () => this.fail(socket, `no answer in ${this.timeoutMs} ms`));
    socket.on('data', (chunk: Buffer) => {
      let answer: Http1Answer | undefined;
      try {
        answer = this.reader.push(chunk);
      } catch (error) {
        return this.fail(socket, `Invalid HTTP response: ${(error as Error).message}`);
      }
      if (!answer) return;
      if (!answer.reusable) this.drop(socket);
      this.resolve(answer);
    });
    socket.on('end', () => {
      if (this.socket !== socket) return;
      let outcome: Http1Outcome;
      try {
        outcome = this.reader.end();
      } catch (error) {
        outcome = { failure: (error as Error).message };
      }
      this.drop(socket);
      this.resolve(outcome);
    });
    socket.on('error', (error) => this.fail(socket, error.message));
    socket.on('close', () => this.fail(socket, 'socket hang up'));
    return socket;
  }

  private resolve(outcome: Http1Outcome): void {
    const settle = this.settle;
    this.settle = undefined;
    settle?.(outcome);
  }

  /** Forgets `socket` (the next request opens a new one) and closes it. */
  private drop(socket: Socket): void {
    if (this.socket === socket) {
      this.socket = undefined;
      this.reader = new Http1ResponseReader();
    }
    socket.destroy();
  }

  private fail(socket: Socket, failure: string): void {
    if (this.socket !== socket) return;
    this.drop(socket);
    this.resolve({ failure });
  }
}
