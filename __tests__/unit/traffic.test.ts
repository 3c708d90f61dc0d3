import { describe, expect, it } from '@jest/globals';
import {
  describeTraffic,
  parseMirrorShare,
  parseTrafficShare,
  planMirror,
  planTraffic,
  trafficProblem,
} from '../../src/rollout/traffic.js';
import { configurationErrorOf } from '../helpers/errors.js';

describe('parseTrafficShare', () => {
  it.each([
    [undefined, 0],
    ['', 0],
    ['0', 0],
    ['10', 10],
    ['10%', 10],
    ['100', 100],
    ['all', 100],
    [' ALL ', 100],
  ])('%p -> %p', (value, share) => expect(parseTrafficShare(value)).toBe(share));

  it.each(['101', '-5', '12.5', 'half', '1e2'])('rejects %p naming the input', (value) => {
    const error = configurationErrorOf(() => parseTrafficShare(value));
    expect(error.input).toBe('traffic');
    expect(error.message).toMatch(/Use 0 .* 1 to 100, or all/);
  });
});

describe('parseMirrorShare', () => {
  it.each([
    [undefined, undefined],
    ['0', undefined],
    ['20', 20],
    ['50%', 50],
  ])('%p -> %p', (value, share) => expect(parseMirrorShare(value)).toBe(share));

  it.each(['51', '100', 'some'])('rejects %p: at most 50%', (value) => {
    expect(configurationErrorOf(() => parseMirrorShare(value)).input).toBe('mirror');
  });
});

describe('trafficProblem', () => {
  it('accepts maps summing to 0 or 100 over existing deployments', () => {
    expect(trafficProblem({ blue: 90, green: 10 }, ['blue', 'green'])).toBeUndefined();
    expect(trafficProblem({ blue: 0 }, ['blue'])).toBeUndefined();
    expect(trafficProblem({}, [])).toBeUndefined();
  });
  it('names the problem', () => {
    expect(trafficProblem({ blue: 90 }, ['blue'])).toMatch(/sum to 90%/);
    expect(trafficProblem({ red: 100 }, ['blue'])).toMatch(/'red' does not exist/);
    expect(trafficProblem({ blue: 50.5, green: 49.5 }, ['blue', 'green'])).toMatch(/whole percentage/);
  });
});

describe('planTraffic', () => {
  it('leaves the map alone for a dark deployment (share 0)', () => {
    const current = { blue: 100 };
    const next = planTraffic(current, 'green', 0);
    expect(next).toEqual({ blue: 100 });
    expect(next).not.toBe(current);
  });

  it('gives all traffic and zeroes the others', () => {
    expect(planTraffic({ blue: 70, green: 30 }, 'red', 100)).toEqual({ blue: 0, green: 0, red: 100 });
  });

  it('takes a canary share proportionally from the others', () => {
    expect(planTraffic({ blue: 100 }, 'green', 10)).toEqual({ blue: 90, green: 10 });
    expect(planTraffic({ blue: 60, green: 40 }, 'red', 50)).toEqual({ blue: 30, green: 20, red: 50 });
  });

  it('rounds by largest remainder so the map still sums to 100', () => {
    const next = planTraffic({ a: 34, b: 33, c: 33 }, 'd', 10);
    expect(Object.values(next).reduce((s, v) => s + v, 0)).toBe(100);
    // 90% of 34/33/33 is 30.6/29.7/29.7: floors 30/29/29, the two missing points go to the largest remainders.
    expect(next).toEqual({ a: 30, b: 30, c: 30, d: 10 });
  });

  it('re-plans a deployment that already has a share', () => {
    expect(planTraffic({ blue: 90, green: 10 }, 'green', 50)).toEqual({ blue: 50, green: 50 });
  });

  it('refuses a canary share when no other deployment takes live traffic', () => {
    const error = configurationErrorOf(() => planTraffic({ blue: 0 }, 'green', 10));
    expect(error.input).toBe('traffic');
    expect(error.message).toMatch(/traffic: all/);
  });
});

describe('planMirror', () => {
  it('mirrors to one deployment, replacing the previous mirror', () => {
    expect(planMirror({ old: 10 }, { blue: 100 }, 'green', 20)).toEqual({ green: 20 });
  });
  it('keeps the mirror map when no share is asked for', () => {
    expect(planMirror({ green: 20 }, { blue: 100 }, 'green', undefined)).toEqual({ green: 20 });
  });
  it('refuses to mirror to a deployment with live traffic', () => {
    expect(configurationErrorOf(() => planMirror({}, { blue: 90, green: 10 }, 'green', 20)).input).toBe(
      'mirror',
    );
  });
});

describe('describeTraffic', () => {
  it('lists live shares', () => {
    expect(describeTraffic({ blue: 90, green: 10, red: 0 })).toBe('blue 90%, green 10%');
    expect(describeTraffic({})).toBe('none');
  });
});
