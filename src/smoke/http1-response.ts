// A reader of HTTP/1.1 responses as they arrive on one connection (RFC 9112 sections 4-7): the status line, the
// headers, and a body framed by Content-Length, chunked transfer coding, or the end of the connection. The smoke
// runner sends one request at a time per connection (no pipelining), so one answer is read at a time.

/** One complete answer. */
export interface Http1Answer {
  status: number;
  /** Header names in lower case; a repeated header keeps its values joined by ", ". */
  headers: Record<string, string>;
  body: Buffer;
  /** Whether the connection may carry another request (HTTP/1.1 without `Connection: close`). */
  reusable: boolean;
}

const CRLF = Buffer.from('\r\n');
const HEAD_END = Buffer.from('\r\n\r\n');
/** A head larger than this is refused (Node's own --max-http-header-size default is 16 KiB). */
const MAX_HEAD = 64 * 1024;

type Framing =
  { kind: 'length'; left: number } | { kind: 'chunked'; left: number; trailers: boolean } | { kind: 'close' };

/** An answer's status line and headers. */
export interface Http1Head {
  status: number;
  /** Header names in lower case; a repeated header keeps its values joined by ", ". */
  headers: Record<string, string>;
  /** Every header line as it came (names in lower case): name, value, name, value, ... (a proxy relays these). */
  raw: string[];
  /** Whether the connection may carry another request (HTTP/1.1 without `Connection: close`). */
  reusable: boolean;
}

/** What a streaming parser reports, in this order per answer: the head, the body's pieces, the end. */
export interface Http1ResponseSink {
  head(head: Http1Head): void;
  body(chunk: Buffer): void;
  end(): void;
}

/**
 * Reads answers as the connection's bytes arrive and hands them on as they are parsed (nothing is kept but a split
 * head or chunk size line): the smoke runner's reader and the emulator's scoring gateway (which relays bodies of any
 * size) both read with it. `push` throws an Error naming what is malformed; `close` says the connection ended.
 */
export class Http1ResponseParser {
  private pending: Buffer | undefined;
  private framing: Framing | undefined;
  private bodiless = false;

  constructor(private readonly sink: Http1ResponseSink) {}

  /** Whether an answer is being read (its head or its body). */
  get busy(): boolean {
    return this.framing !== undefined || this.pending !== undefined;
  }

  /** The next answer is to a HEAD request: no body, whatever its headers say (RFC 9110 section 9.3.2). */
  expectBodiless(): void {
    this.bodiless = true;
  }

  push(chunk: Buffer): void {
    let data = this.pending ? Buffer.concat([this.pending, chunk]) : chunk;
    this.pending = undefined;
    while (!this.framing) {
      const end = data.indexOf(HEAD_END);
      if (end < 0) {
        if (data.length > MAX_HEAD) throw new Error(`response head over ${MAX_HEAD} bytes`);
        if (data.length > 0) this.pending = data;
        return;
      }
      const head = parseHead(data.toString('latin1', 0, end));
      data = data.subarray(end + 4);
      // 1xx answers (100 Continue, 103 Early Hints) come before the real one.
      if (head.status >= 100 && head.status < 200) continue;
      this.framing = this.bodiless ? { kind: 'length', left: 0 } : framingOf(head);
      this.bodiless = false;
      this.sink.head(head);
      if (this.framing.kind === 'length' && this.framing.left === 0) this.finish(data);
      return data.length > 0 && this.framing ? this.readBody(data) : undefined;
    }
    this.readBody(data);
  }

  /** The connection ended: completes a body that runs to the close; throws "socket hang up" (Node's words). */
  close(): void {
    if (this.framing?.kind !== 'close') throw new Error('socket hang up');
    this.framing = undefined;
    this.sink.end();
  }

  private readBody(data: Buffer): void {
    const f = this.framing!;
    if (f.kind === 'close') {
      if (data.length > 0) this.sink.body(data);
      return;
    }
    if (f.kind === 'length') {
      const take = Math.min(f.left, data.length);
      f.left -= take;
      if (take > 0) this.sink.body(take === data.length ? data : data.subarray(0, take));
      if (f.left === 0) this.finish(data.subarray(take));
      return;
    }
    // Chunked: size line, data, CRLF, ..., a zero size line, trailers, an empty line.
    while (data.length > 0) {
      if (f.left > 0) {
        const take = Math.min(f.left, data.length);
        this.sink.body(data.subarray(0, take));
        f.left -= take;
        data = data.subarray(take);
        continue;
      }
      const eol = data.indexOf(CRLF);
      if (eol < 0) {
        if (data.length > MAX_HEAD) throw new Error('chunk size line too long');
        this.pending = data;
        return;
      }
      const line = data.toString('latin1', 0, eol);
      data = data.subarray(eol + 2);
      if (f.trailers) {
        if (line === '') return this.finish(data);
        continue;
      }
      if (line === '') continue; // the CRLF after a chunk's data
      const size = parseInt(line.split(';', 1)[0]!.trim(), 16);
      if (!Number.isFinite(size) || size < 0) throw new Error(`invalid chunk size "${line.slice(0, 20)}"`);
      if (size === 0) f.trailers = true;
      else f.left = size;
    }
  }

  /** One answer is complete; bytes after it are kept for the next one. */
  private finish(rest: Buffer): void {
    this.framing = undefined;
    if (rest.length > 0) this.pending = rest;
    this.sink.end();
  }
}

/**
 * Feed it the connection's bytes with `push`; it returns the answer once complete (and undefined until then).
 * `end` says the connection closed: it completes a body framed by the close, or throws for a cut-off answer.
 * Throws an Error naming what is malformed.
 */
export class Http1ResponseReader {
  private head: Http1Head | undefined;
  private body: Buffer[] = [];
  private answer: Http1Answer | undefined;
  private readonly parser = new Http1ResponseParser({
    head: (head) => (this.head = head),
    body: (chunk) => this.body.push(chunk),
    end: () => {
      const { status, headers, reusable } = this.head!;
      this.answer = {
        status,
        headers,
        reusable,
        body: this.body.length === 1 ? this.body[0]! : Buffer.concat(this.body),
      };
      this.head = undefined;
      this.body = [];
    },
  });

  push(chunk: Buffer): Http1Answer | undefined {
    // One answer per push (no pipelining): bytes after it wait for the next push.
    this.parser.push(chunk);
    return this.take();
  }

  /** The connection ended: the answer when its body runs to the close; throws "socket hang up" (Node's words). */
  end(): Http1Answer {
    this.parser.close();
    return { ...this.take()!, reusable: false };
  }

  private take(): Http1Answer | undefined {
    const answer = this.answer;
    this.answer = undefined;
    return answer;
  }
}

function parseHead(text: string): Http1Head {
  const lines = text.split('\r\n');
  const status = /^HTTP\/1\.([01]) (\d{3})(?: |$)/.exec(lines[0]!);
  if (!status) throw new Error(`invalid status line "${lines[0]!.slice(0, 40)}"`);
  const headers: Record<string, string> = {};
  const raw: string[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const colon = line.indexOf(':');
    if (colon <= 0) throw new Error(`invalid header line "${line.slice(0, 40)}"`);
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
    raw.push(name, value);
  }
  const connection = (headers.connection ?? '').toLowerCase();
  const reusable = status[1] === '1' ? !connection.includes('close') : connection.includes('keep-alive');
  return { status: Number(status[2]), headers, raw, reusable };
}

function framingOf(head: Http1Head): Framing {
  if (head.status === 204 || head.status === 304) return { kind: 'length', left: 0 };
  const coding = head.headers['transfer-encoding'];
  if (coding !== undefined) {
    if (!/(?:^|,)\s*chunked\s*$/i.test(coding)) return { kind: 'close' };
    return { kind: 'chunked', left: 0, trailers: false };
  }
  const length = head.headers['content-length'];
  if (length === undefined) return { kind: 'close' };
  if (!/^\d+$/.test(length)) throw new Error(`invalid Content-Length "${length.slice(0, 20)}"`);
  return { kind: 'length', left: Number(length) };
}
