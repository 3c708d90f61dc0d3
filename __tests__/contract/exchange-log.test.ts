// The recording hook the emulator's ARM server calls for every answer (src/emulator/exchange-log.ts).
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  logExchange,
  RECORD_DIR_ENV,
  type Exchange,
  type RecordedExchange,
} from '../../src/emulator/exchange-log.js';

const exchange = (overrides: Partial<Exchange> = {}): Exchange => ({
  method: 'PUT',
  url: new URL('https://127.0.0.1:8443/subscriptions/s/resourceGroups/g?api-version=2026-07-01&x=1'),
  requestHeaders: {
    authorization: 'Bearer secret-token',
    'content-type': 'application/json',
    'x-many': ['a', 'b'],
  },
  requestText: '{"location":"local"}',
  status: 201,
  responseHeaders: {
    'Content-Type': 'application/json',
    'Content-Length': 12,
    'Azure-AsyncOperation': 'https://x',
  },
  responseBody: { id: '/x' },
  ...overrides,
});

describe('logExchange', () => {
  const saved = process.env[RECORD_DIR_ENV];
  let folder: string | undefined;
  afterEach(() => {
    if (saved === undefined) delete process.env[RECORD_DIR_ENV];
    else process.env[RECORD_DIR_ENV] = saved;
    if (folder) rmSync(folder, { recursive: true, force: true });
  });
  const record = (...exchanges: Exchange[]): RecordedExchange[] => {
    folder = mkdtempSync(join(tmpdir(), 'exchange-log-'));
    const nested = join(folder, 'nested');
    process.env[RECORD_DIR_ENV] = nested;
    exchanges.forEach((e) => logExchange(e));
    const files = readdirSync(nested);
    expect(files).toEqual([`exchanges-${process.pid}.jsonl`]);
    return readFileSync(join(nested, files[0]!), 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as RecordedExchange);
  };

  it('does nothing without the variable', () => {
    delete process.env[RECORD_DIR_ENV];
    folder = mkdtempSync(join(tmpdir(), 'exchange-log-'));
    logExchange(exchange());
    expect(readdirSync(folder)).toEqual([]);
    expect(existsSync(join(folder, `exchanges-${process.pid}.jsonl`))).toBe(false);
  });

  it('appends one line per exchange, in the shape LiveValidator takes, without the authorization header', () => {
    const [first, second] = record(exchange(), exchange({ method: 'GET', requestText: '', status: 200 }));
    expect(first).toEqual({
      request: {
        method: 'PUT',
        url: 'https://127.0.0.1:8443/subscriptions/s/resourceGroups/g?api-version=2026-07-01&x=1',
        headers: { 'content-type': 'application/json', 'x-many': 'a, b' },
        body: { location: 'local' },
      },
      response: {
        statusCode: '201',
        headers: {
          'content-type': 'application/json',
          'content-length': '12',
          'azure-asyncoperation': 'https://x',
        },
        body: { id: '/x' },
      },
    });
    expect(second!.request.method).toBe('GET');
    expect('body' in second!.request).toBe(false);
  });

  it('records a body that is not JSON as absent, and one never read (an injected fault) as unread', () => {
    const [notJson, unread] = record(
      exchange({ requestText: 'not json' }),
      exchange({ requestText: undefined, status: 429, responseBody: undefined }),
    );
    expect(notJson!.request).not.toHaveProperty('body');
    expect(notJson!.request).not.toHaveProperty('bodyUnread');
    expect(unread!.request.bodyUnread).toBe(true);
    expect(unread!.response).toEqual(expect.not.objectContaining({ body: expect.anything() }));
  });

  it('never fails an answer: a folder it cannot write is reported once on stderr', () => {
    folder = mkdtempSync(join(tmpdir(), 'exchange-log-'));
    const file = join(folder, 'a-file');
    writeFileSync(file, '');
    process.env[RECORD_DIR_ENV] = join(file, 'recordings');
    const errors: unknown[] = [];
    const spy = jest
      .spyOn(console, 'error')
      .mockImplementation((...args: unknown[]) => void errors.push(args));
    try {
      expect(() => {
        logExchange(exchange());
        logExchange(exchange());
      }).not.toThrow();
    } finally {
      spy.mockRestore();
    }
    expect(errors).toHaveLength(1);
    expect(String((errors[0] as unknown[])[0])).toContain(
      `cannot record exchanges in ${join(file, 'recordings')}`,
    );
  });
});
