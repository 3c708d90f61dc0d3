// MLOPS_ARM_MAX_POLL_INTERVAL_MS: a documented, bounded cap on how long a long-running operation's wait sleeps
// between two polls (the test suite sets a short one), checked at sign-in before any credential is built.
import { afterEach, describe, expect, it } from '@jest/globals';
import type { PollerLike, PollOperationState } from '@azure/core-lro';
import { signIn, type SignInDeps } from '../../src/actions/shared/sign-in.js';
import type { AzureMLClient } from '../../src/azureml/client.js';
import { waitForOperation } from '../../src/azureml/operation-wait.js';
import {
  MAX_POLL_INTERVAL_BOUNDS,
  MAX_POLL_INTERVAL_VARIABLE,
  pollInterval,
} from '../../src/azureml/retry-settings.js';
import { ConfigurationError } from '../../src/errors.js';

const saved = process.env[MAX_POLL_INTERVAL_VARIABLE];
afterEach(() => {
  if (saved === undefined) delete process.env[MAX_POLL_INTERVAL_VARIABLE];
  else process.env[MAX_POLL_INTERVAL_VARIABLE] = saved;
});

describe('pollInterval', () => {
  it("keeps each wait's own interval when the variable is unset or empty", () => {
    expect(pollInterval(2_000, {})).toBe(2_000);
    expect(pollInterval(5_000, { [MAX_POLL_INTERVAL_VARIABLE]: ' ' })).toBe(5_000);
  });

  it('caps a longer interval and keeps a shorter one', () => {
    expect(pollInterval(2_000, { [MAX_POLL_INTERVAL_VARIABLE]: '200' })).toBe(200);
    expect(pollInterval(50, { [MAX_POLL_INTERVAL_VARIABLE]: '200' })).toBe(50);
  });

  it('accepts its bounds and refuses anything else with a message naming the variable and the fix', () => {
    const { min, max } = MAX_POLL_INTERVAL_BOUNDS;
    expect(pollInterval(100_000, { [MAX_POLL_INTERVAL_VARIABLE]: String(min) })).toBe(min);
    expect(pollInterval(100_000, { [MAX_POLL_INTERVAL_VARIABLE]: String(max) })).toBe(max);
    for (const value of [String(min - 1), String(max + 1), '-5', '1.5', '1e3', 'fast']) {
      let caught: unknown;
      try {
        pollInterval(2_000, { [MAX_POLL_INTERVAL_VARIABLE]: value });
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(ConfigurationError);
      expect((caught as Error).message).toBe(
        `MLOPS_ARM_MAX_POLL_INTERVAL_MS must be a whole number of milliseconds from ${min} to ${max} (the longest ` +
          'wait between two polls of a long-running Azure ML operation; unset, each wait keeps its own). Fix or unset it.',
      );
    }
  });
});

/** A poller that is done after `polls` polls, recording when each came. */
function fakePoller(polls: number): { poller: PollerLike<PollOperationState<string>, string>; at: number[] } {
  const at: number[] = [];
  const poller = {
    isDone: () => at.length >= polls,
    poll: async () => {
      at.push(Date.now());
    },
    pollUntilDone: async () => 'done',
    stopPolling: () => undefined,
  } as unknown as PollerLike<PollOperationState<string>, string>;
  return { poller, at };
}

describe('waitForOperation under the cap', () => {
  it('sleeps the capped interval between polls, not its own', async () => {
    process.env[MAX_POLL_INTERVAL_VARIABLE] = '20';
    const { poller, at } = fakePoller(3);
    const started = Date.now();
    await expect(
      waitForOperation(poller, 'deployment blue', { timeoutMs: 60_000, intervalMs: 5_000 }),
    ).resolves.toBe('done');
    expect(at).toHaveLength(3);
    // Two sleeps of 5 s each without the cap.
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

describe('signIn and the cap', () => {
  it('fails on a bad value before building any credential', async () => {
    process.env[MAX_POLL_INTERVAL_VARIABLE] = '0';
    let credentials = 0;
    const deps: SignInDeps = {
      createCredential: async () => {
        credentials++;
        return { credential: { getToken: async () => null }, choice: 'oidc', principal: 'p' };
      },
      loadClientFactory: async () => () => ({}) as AzureMLClient,
      info: () => undefined,
      setSecret: () => undefined,
    };
    const workspace = {
      address: {
        subscriptionId: 's',
        resourceGroup: 'rg',
        workspace: 'dev',
        armEndpoint: 'https://arm.test',
      },
      credential: {},
    };
    await expect(signIn(workspace, deps)).rejects.toThrow(/MLOPS_ARM_MAX_POLL_INTERVAL_MS must be/);
    expect(credentials).toBe(0);
  });
});
