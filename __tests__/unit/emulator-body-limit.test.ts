// The scoring body limit: counted while the body streams, nothing kept to count it.
import { describe, expect, it } from '@jest/globals';
import type { IncomingMessage } from 'node:http';
import { declaredOverLimit, SCORING_BODY_LIMIT, tooLargeMessage } from '../../src/emulator/body-limit.js';

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

  it('says the size when known, the limit, and what to do', () => {
    expect(tooLargeMessage(2_000_000)).toMatch(/\(2000000 bytes\) is over the 1572864 bytes \(1\.5 MB\)/);
    expect(tooLargeMessage(undefined)).toMatch(/^Payload too large: The request body is over/);
    expect(tooLargeMessage(undefined)).toMatch(/smaller batches/);
  });
});
