import { describe, expect, it } from '@jest/globals';
import { ArmError } from '../../src/emulator/arm-error.js';
import { checkOnlineName } from '../../src/emulator/names.js';
import { durationMs } from '../../src/emulator/resources/provisioning.js';
import { checkTraffic } from '../../src/emulator/resources/traffic-rules.js';

const target = (fn: () => void): string | undefined => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ArmError);
    expect((error as ArmError).status).toBe(400);
    return (error as ArmError).target;
  }
  return undefined;
};

describe('online endpoint rules', () => {
  it('accepts traffic that sums to 0 or 100 over existing deployments', () => {
    expect(target(() => checkTraffic({}, {}, []))).toBeUndefined();
    expect(target(() => checkTraffic({ blue: 0, green: 0 }, {}, ['blue', 'green']))).toBeUndefined();
    expect(target(() => checkTraffic({ blue: 90, Green: 10 }, {}, ['blue', 'green']))).toBeUndefined();
    expect(target(() => checkTraffic({ blue: 100 }, { green: 50 }, ['blue', 'green']))).toBeUndefined();
  });

  it('rejects bad sums, unknown names, fractions and bad mirrors', () => {
    expect(target(() => checkTraffic({ blue: 50 }, {}, ['blue']))).toBe('properties.traffic');
    expect(target(() => checkTraffic({ blue: 100, red: 0 }, {}, ['blue']))).toBe('properties.traffic');
    expect(target(() => checkTraffic({ blue: 99.5, green: 0.5 }, {}, ['blue', 'green']))).toBe(
      'properties.traffic',
    );
    expect(target(() => checkTraffic({ blue: 100 }, { green: 51 }, ['blue', 'green']))).toBe(
      'properties.mirrorTraffic',
    );
    expect(target(() => checkTraffic({ blue: 100 }, { blue: 10 }, ['blue', 'green']))).toBe(
      'properties.mirrorTraffic',
    );
    expect(target(() => checkTraffic({ blue: 100 }, { red: 10 }, ['blue']))).toBe('properties.mirrorTraffic');
    expect(target(() => checkTraffic({ blue: 100 }, { green: 10, red: 10 }, ['blue', 'green', 'red']))).toBe(
      'properties.mirrorTraffic',
    );
  });

  it('checks endpoint and deployment names: 3 to 32 characters, a letter first', () => {
    for (const ok of ['abc', 'my-endpoint-1', 'A'.repeat(32)])
      expect(target(() => checkOnlineName(ok, 'endpoint'))).toBeUndefined();
    for (const bad of ['ab', '1abc', 'a'.repeat(33), 'abc-', 'a_bc', 'ab.c'])
      expect(target(() => checkOnlineName(bad, 'deployment'))).toBe('name');
  });

  it('reads ISO 8601 probe durations', () => {
    expect(durationMs('PT10S', 0)).toBe(10_000);
    expect(durationMs('PT1M30S', 0)).toBe(90_000);
    expect(durationMs('PT0.5S', 0)).toBe(500);
    expect(durationMs(undefined, 7)).toBe(7);
    expect(durationMs('ten seconds', 7)).toBe(7);
  });
});
