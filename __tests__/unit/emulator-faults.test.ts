import { describe, expect, it } from '@jest/globals';
import { checkFaultRules, faultCode, FaultInjector } from '../../src/emulator/faults.js';

describe('FaultInjector', () => {
  it('hands out the first matching rule by method and path, counting it down', () => {
    const faults = new FaultInjector([
      { method: 'put', path: '/models/[^/]+/versions/\\d+$', status: 500, count: 2 },
      { path: '/workspaces/dev$', status: 429, retryAfterSeconds: 3 },
    ]);
    expect(faults.take('GET', '/x/models/m/versions/1')).toBeUndefined();
    expect(faults.take('PUT', '/x/models/m/versions/1')).toMatchObject({ status: 500 });
    expect(faults.take('PUT', '/x/models/m/versions/2')).toMatchObject({ status: 500 });
    expect(faults.take('PUT', '/x/models/m/versions/3')).toBeUndefined();
    for (let i = 0; i < 5; i++)
      expect(faults.take('GET', '/w/workspaces/dev')).toMatchObject({ retryAfterSeconds: 3 });
    faults.set([]);
    expect(faults.take('GET', '/w/workspaces/dev')).toBeUndefined();
  });

  it('a count of 0 never fires', () => {
    expect(new FaultInjector([{ path: '.', reset: true, count: 0 }]).take('GET', '/')).toBeUndefined();
  });
});

describe('checkFaultRules', () => {
  it('accepts well-formed rules and names the field of a bad one', () => {
    expect(checkFaultRules([{ path: 'x', status: 503, delayMs: 10, reset: false }])).toHaveLength(1);
    expect(() => checkFaultRules({ path: 'x' })).toThrow(/JSON array/);
    expect(() => checkFaultRules([{ status: 500 }])).toThrow(/rule 0 needs "path"/);
    expect(() => checkFaultRules([{ path: '(' }])).toThrow(/not a valid RegExp/);
    expect(() => checkFaultRules([{ path: 'x' }, { path: 'x', status: 42 }])).toThrow(/rule 1: "status"/);
    expect(() => checkFaultRules([{ path: 'x', count: -1 }])).toThrow(/"count"/);
    expect(() => checkFaultRules([{ path: 'x', reset: 'yes' }])).toThrow(/"reset"/);
    expect(() => checkFaultRules([{ path: 'x', stauts: 500 }])).toThrow(/unknown field\(s\) stauts/);
  });

  it('gives the ARM code of an injected status', () => {
    expect(faultCode(429)).toBe('TooManyRequests');
    expect(faultCode(503)).toBe('ServiceUnavailable');
    expect(faultCode(599)).toBe('InternalServerError');
    expect(faultCode(418)).toBe('InjectedFault');
  });
});
