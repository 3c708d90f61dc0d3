// The fault campaign's pure parts: seeded plans (the same seed, the same plan), and how a failure's cause and a
// rerun are judged. The campaign itself runs in __tests__/integration/chaos.test.ts.
import { describe, expect, it } from '@jest/globals';
import type { ActionResult } from '../../chaos/action.js';
import { namedCause } from '../../chaos/action.js';
import { checkClients, checkRerun } from '../../chaos/invariants.js';
import { describePlan, drawPlan } from '../../chaos/plan.js';
import { createRng, runSeed } from '../../chaos/prng.js';

const result = (log: string, exitCode: number | null = 1, killed = false): ActionResult => ({
  name: 'promote',
  inputs: {},
  exitCode,
  killed,
  hung: false,
  log,
  outputs: {},
  startedAt: 0,
  endedAt: 0,
});

describe('chaos plans', () => {
  it('draws the same plan from the same seed, and run K alone (--only K) gets the plan it had in the campaign', () => {
    const campaign = Array.from({ length: 50 }, (_, k) => describePlan(drawPlan(k, runSeed(9, k))));
    expect(describePlan(drawPlan(17, runSeed(9, 17)))).toBe(campaign[17]);
    expect(Array.from({ length: 50 }, (_, k) => describePlan(drawPlan(k, runSeed(9, k))))).toEqual(campaign);
    expect(new Set(campaign).size).toBeGreaterThan(40);
    expect(describePlan(drawPlan(0, runSeed(10, 0)))).not.toBe(campaign[0]);
  });

  it('covers every kind of disruption, fault and concurrency over a few hundred runs', () => {
    const text = Array.from({ length: 300 }, (_, k) => describePlan(drawPlan(k, runSeed(1, k)))).join('\n');
    for (const kind of [
      'kill-action',
      'kill-emulator',
      'kill-azurite',
      'faults: 429 Retry-After',
      'faults: reset',
      'faults: delay',
      /faults: 50[023]/,
      'register-model x2 (same)',
      'deploy-endpoint x2 (rival)',
      /promote steps=\S+ x2 \(rival\)/,
      /promote steps=\S+ x2 \(same\)/,
      'smoke-test',
      'rollout',
      /run-job \d s kill-action/,
      /run-job \d s kill-emulator/,
      /run-job \d s faults: /,
    ])
      expect(text).toMatch(kind);
    // Rivals are candidates of one endpoint: two deploys, two promotes; never two registrations.
    expect(text).not.toMatch('register-model x2 (rival)');
    for (const line of text.split('\n').filter((l) => /promote steps=\S+ x2 \(rival\)/.test(l)))
      expect(line).toMatch('deploy-endpoint x2 (rival)');
  });

  it('draws integers within bounds', () => {
    const rng = createRng(5);
    const xs = Array.from({ length: 1000 }, () => rng.int(3, 7));
    expect(Math.min(...xs)).toBe(3);
    expect(Math.max(...xs)).toBe(7);
  });
});

describe('named causes', () => {
  it('takes the first ::error:: line as the cause', () => {
    expect(namedCause(result("log\n::error::Input 'steps': does not end at 100.\n")).cause).toBe(
      "Input 'steps': does not end at 100.",
    );
  });

  it.each([
    ['no ::error:: line', 'TypeError: x is not a function\n    at run (index.js:1:2)\n'],
    ['not a named cause', '::error::undefined\n'],
    ['not a named cause', '::error::TypeError: Cannot read properties of undefined\n'],
    ['not a named cause', '::error::    at run (/dist/promote/index.js:10:5)\n'],
    ['not a named cause', '::error::[object Object]\n'],
    ['an empty ::error:: line', '::error::\n'],
  ])('says %s for %j', (problem, log) => {
    expect(namedCause(result(log)).problem).toMatch(problem);
  });
});

describe('reruns', () => {
  const failed = result('::error::Rolled back c1a on chaos-ep: step 50%: error rate 100.00%\n');
  it('converge when they exit 0, fail with the same cause, or name an input the run made bad', () => {
    expect(checkRerun(failed, result('', 0))).toEqual([]);
    expect(
      checkRerun(failed, result('::error::Rolled back c1a on chaos-ep: step 50%: error rate 98.00%\n')),
    ).toEqual([]);
    expect(
      checkRerun(
        result('', null, true),
        result("::error::Input 'expected-traffic': the traffic is c2b 100%\n"),
      ),
    ).toEqual([]);
  });

  it('after a kill, converge on a named failure only when the endpoint is settled (a rollback)', () => {
    const killed = result('', null, true);
    const rolledBack = result('::error::Rolled back c1a on chaos-ep: interrupted rollout\n');
    expect(checkRerun(killed, rolledBack, true)).toEqual([]);
    expect(checkRerun(killed, rolledBack, false)).toHaveLength(1);
  });

  it('do not converge on another cause, no cause, or a hang', () => {
    expect(checkRerun(failed, result('::error::400 BadRequest: traffic shares sum to 50\n'))).toHaveLength(1);
    expect(checkRerun(result('', null, true), result('crash\n'))).toHaveLength(1);
    expect(checkRerun(failed, result('', null, true))).toHaveLength(1);
  });
});

describe('client failures', () => {
  it('count against a rollout unless the emulator itself was down then', () => {
    const failures = [
      { at: 1000, what: '502 from c1a' },
      { at: 5000, what: 'TypeError: fetch failed' },
    ];
    const down = (t: number): boolean => t >= 4000 && t <= 6000;
    const checked = checkClients(failures, down);
    expect(checked.whileDown).toBe(1);
    expect(checked.breakages).toEqual([{ invariant: 'client-requests', detail: '1 failed: 502 from c1a' }]);
    expect(checkClients(failures.slice(1), down).breakages).toEqual([]);
  });
});
