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

/**
 * Feed it the connection's bytes with `push`; it returns the answer once complete (and undefined until then).
 * `end` says the connection closed: it completes a body framed by the close, or throws for a cut-off answer.
 * Throws an Error naming what is malformed.
 */
export class Http1ResponseReader {
  private pending: Buffer | undefined;
  private head: Omit<Http1Answer, 'body'> | undefined;
  private framing: Framing | undefined;
  private body: Buffer[] = [];

  push(chunk: Buffer): Http1Answer | undefined {
    let data = this.pending ? Buffer.concat([this.pending, chunk]) : chunk;
    this.pending = undefined;
    while (!this.head) {
      const end = data.indexOf(HEAD_END);
      if (end < 0) {
        if (data.length > MAX_HEAD) throw new Error(`response head over ${MAX_HEAD} bytes`);
        this.pending = data;
        return undefined;
      }
      const head = parseHead(data.toString('latin1', 0, end));
      data = data.subarray(end + 4);
      // 1xx answers (100 Continue, 103 Early Hints) come before the real one.
      if (head.status >= 100 && head.status < 200) continue;
      this.head = head;
      this.framing = framingOf(head);
    }
    return this.readBody(data);
  }

  /** The connection ended: the answer when its body runs to the close; throws "socket hang up" (Node's words). */
  end(): Http1Answer {
    if (this.head && this.framing?.kind === 'close') return { ...this.finish(), reusable: false };
    throw new Error('socket hang up');
  }

  private readBody(data: Buffer): Http1Answer | undefined {
    const f = this.framing!;
    if (f.kind === 'close') {
      if (data.length > 0) this.body.push(data);
      return undefined;
    }
    if (f.kind === 'length') {
      const take = Math.min(f.left, data.length);
      if (take > 0) this.body.push(data.subarray(0, take));
      f.left -= take;
      return f.left === 0 ? this.finish() : undefined;
    }
    // Chunked: size line, data, CRLF, ..., a zero size line, trailers, an empty line.
    while (data.length > 0) {
      if (f.left > 0) {
        const take = Math.min(f.left, data.length);
        this.body.push(data.subarray(0, take));
        f.left -= take;
        data = data.subarray(take);
        continue;
      }
      const eol = data.indexOf(CRLF);
      if (eol < 0) {
        if (data.length > MAX_HEAD) throw new Error('chunk size line too long');
        this.pending = data;
        return undefined;
      }
      const line = data.toString('latin1', 0, eol);
      data = data.subarray(eol + 2);
      if (f.trailers) {
        if (line === '') return this.finish();
        continue;
      }
      if (line === '') continue; // the CRLF after a chunk's data
      const size = parseInt(line.split(';', 1)[0]!.trim(), 16);
      if (!Number.isFinite(size) || size < 0) throw new Error(`invalid chunk size "${line.slice(0, 20)}"`);
      if (size === 0) f.trailers = true;
      else f.left = size;
    }
    return undefined;
  }

  private finish(): Http1Answer {
    const answer = { ...this.head!, body: this.body.length === 1 ? this.body[0]! : Buffer.concat(this.body) };
    this.head = undefined;
    this.framing = undefined;
    this.body = [];
    return answer;
  }
}

function parseHead(text: string): Omit<Http1Answer, 'body'> {
  const lines = text.split('\r\n');
  const status = /^HTTP\/1\.([01]) (\d{3})(?: |$)/.exec(lines[0]!);
  if (!status) throw new Error(`invalid status line "${lines[0]!.slice(0, 40)}"`);
  const headers: Record<string, string> = {};
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const colon = line.indexOf(':');
    if (colon <= 0) throw new Error(`invalid header line "${line.slice(0, 40)}"`);
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
  }
  const connection = (headers.connection ?? '').toLowerCase();
  const reusable = status[1] === '1' ? !connection.includes('close') : connection.includes('keep-alive');
  return { status: Number(status[2]), headers, reusable };
}

function framingOf(head: Omit<Http1Answer, 'body'>): Framing {
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
