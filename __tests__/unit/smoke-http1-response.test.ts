// The smoke runner's HTTP/1.1 response reader: every framing, fed whole and one byte at a time.
import { describe, expect, it } from '@jest/globals';
import { Http1ResponseReader, type Http1Answer } from '../../src/smoke/http1-response.js';

/** Feeds `raw` in pieces of `step` bytes; returns every answer completed. */
function read(raw: string, step = raw.length, reader = new Http1ResponseReader()): Http1Answer[] {
  const bytes = Buffer.from(raw, 'latin1');
  const answers: Http1Answer[] = [];
  for (let at = 0; at < bytes.length; at += step) {
    const answer = reader.push(bytes.subarray(at, at + step));
    if (answer) answers.push(answer);
  }
  return answers;
}

const fixed = 'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 13\r\n\r\n{"result": 1}';
const chunked =
  'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nazureml-model-deployment: blue\r\n\r\n' +
  '5;ext=1\r\n{"res\r\n8\r\nult": 1}\r\n0\r\nX-Trailer: t\r\n\r\n';

describe('Http1ResponseReader', () => {
  for (const step of [1, 3, 1000]) {
    it(`reads a Content-Length body in pieces of ${step} bytes`, () => {
      const [answer, ...more] = read(fixed, step);
      expect(more).toEqual([]);
      expect(answer!.status).toBe(200);
      expect(answer!.headers['content-type']).toBe('application/json');
      expect(answer!.body.toString()).toBe('{"result": 1}');
      expect(answer!.reusable).toBe(true);
    });

    it(`reads a chunked body with extensions and trailers in pieces of ${step} bytes`, () => {
      const [answer, ...more] = read(chunked, step);
      expect(more).toEqual([]);
      expect(answer!.headers['azureml-model-deployment']).toBe('blue');
      expect(answer!.body.toString()).toBe('{"result": 1}');
    });
  }

  it('reads two answers in a row on one connection', () => {
    const reader = new Http1ResponseReader();
    expect(read(fixed, 7, reader)).toHaveLength(1);
    expect(read(chunked, 5, reader).map((a) => a.body.toString())).toEqual(['{"result": 1}']);
  });

  it('skips 1xx answers and reads bodiless 204s', () => {
    const [answer] = read('HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n');
    expect(answer!.status).toBe(204);
    expect(answer!.body.length).toBe(0);
  });

  it('reads a body framed by the end of the connection, and says the connection is spent', () => {
    const reader = new Http1ResponseReader();
    expect(read('HTTP/1.1 500 Internal Server Error\r\n\r\npart one, ', 4, reader)).toEqual([]);
    expect(reader.push(Buffer.from('part two'))).toBeUndefined();
    const answer = reader.end();
    expect(answer.status).toBe(500);
    expect(answer.body.toString()).toBe('part one, part two');
    expect(answer.reusable).toBe(false);
  });

  it('says a connection is spent on Connection: close, and on HTTP/1.0 without keep-alive', () => {
    expect(read(fixed.replace('OK\r\n', 'OK\r\nConnection: close\r\n'))[0]!.reusable).toBe(false);
    expect(read(fixed.replace('HTTP/1.1', 'HTTP/1.0'))[0]!.reusable).toBe(false);
    expect(
      read(fixed.replace('HTTP/1.1', 'HTTP/1.0').replace('OK\r\n', 'OK\r\nConnection: keep-alive\r\n'))[0]!
        .reusable,
    ).toBe(true);
  });

  it('joins a repeated header', () => {
    const [answer] = read('HTTP/1.1 200 OK\r\nVary: a\r\nVARY: b\r\nContent-Length: 0\r\n\r\n');
    expect(answer!.headers.vary).toBe('a, b');
  });

  it('calls an answer cut off before its end a hang-up', () => {
    const reader = new Http1ResponseReader();
    read(fixed.slice(0, -3), 1000, reader);
    expect(() => reader.end()).toThrow('socket hang up');
    expect(() => new Http1ResponseReader().end()).toThrow('socket hang up');
  });

  it.each([
    ['a status line that is not HTTP/1.x', 'HTTP/2 200\r\n\r\n', /invalid status line/],
    ['a header line without a colon', 'HTTP/1.1 200 OK\r\nbroken\r\n\r\n', /invalid header line "broken"/],
    [
      'a Content-Length that is not a number',
      'HTTP/1.1 200 OK\r\nContent-Length: 1x\r\n\r\n',
      /invalid Content-Length/,
    ],
    [
      'a chunk size that is not hex',
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n',
      /invalid chunk size/,
    ],
    ['a head that never ends', `HTTP/1.1 200 OK\r\nX: ${'a'.repeat(70_000)}`, /response head over/],
  ])('refuses %s', (_what, raw, message) => {
    expect(() => read(raw)).toThrow(message);
  });
});
