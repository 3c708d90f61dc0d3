// The scoring body limit: counted while the body streams, nothing kept to count it.
import { describe, expect, it } from '@jest/globals';
import type { IncomingMessage } from 'node:http';
import { PassThrough, Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  BodyLimit,
  declaredOverLimit,
  SCORING_BODY_LIMIT,
  tooLargeMessage,
} from '../../src/emulator/body-limit.js';

const request = (headers: Record<string, string>): IncomingMessage => ({ headers }) as IncomingMessage;

describe('the scoring body limit', () => {
  it('is the documented 1.5 MB', () => {
    expect(SCORING_BODY_LIMIT).toBe(1_572_864);
  });

  it('refuses a declared Content-Length over the limit, and only that', () => {
    expect(declaredOverLimit(request({ 'content-length': String(SCORING_BODY_LIMIT + 1) }))).toBe(
      SCORING_BODY_LIMIT + 1,
    );
    expect(declaredOverLimit(request({ 'content-length': String(SCORING_BODY_LIMIT) }))).toBeUndefined();
    expect(declaredOverLimit(request({}))).toBeUndefined();
    expect(declaredOverLimit(request({ 'content-length': 'x' }))).toBeUndefined();
  });

  it('passes a body up to the limit whole, and stops at the limit once past it', async () => {
    const run = async (sizes: number[]): Promise<{ passed: number; tripped: number }> => {
      let tripped = 0;
      let passed = 0;
      const sink = new PassThrough();
      sink.on('data', (c: Buffer) => (passed += c.length));
      await pipeline(
        Readable.from(sizes.map((n) => Buffer.alloc(n))),
        new BodyLimit(1000, () => tripped++),
        sink,
      );
      return { passed, tripped };
    };
    expect(await run([400, 600])).toEqual({ passed: 1000, tripped: 0 });
    expect(await run([400, 600, 1, 5000])).toEqual({ passed: 1000, tripped: 1 });
    expect(await run([1001])).toEqual({ passed: 0, tripped: 1 });
  });

  it('says the size when known, the limit, and what to do', () => {
    expect(tooLargeMessage(2_000_000)).toMatch(/\(2000000 bytes\) is over the 1572864 bytes \(1\.5 MB\)/);
    expect(tooLargeMessage(undefined)).toMatch(/^Payload too large: The request body is over/);
    expect(tooLargeMessage(undefined)).toMatch(/smaller batches/);
  });
});
