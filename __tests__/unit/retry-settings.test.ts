// MLOPS_ARM_RETRY_DELAY_MS: the ARM client's retry back-off as a documented, bounded setting, and the actions'
// sign-in handing it to every client it makes (checked before any credential is built).
import { afterEach, describe, expect, it } from '@jest/globals';
import { signIn, type SignInDeps } from '../../src/actions/shared/sign-in.js';
import { DEFAULT_RETRY, type AzureMLClient, type AzureMLClientOptions } from '../../src/azureml/client.js';
import { RETRY_DELAY_BOUNDS, RETRY_DELAY_VARIABLE, retrySettings } from '../../src/azureml/retry-settings.js';
import { ConfigurationError } from '../../src/errors.js';

describe('retrySettings', () => {
  it('is the default schedule when the variable is unset or empty', () => {
    expect(retrySettings({})).toEqual(DEFAULT_RETRY);
    expect(retrySettings({ [RETRY_DELAY_VARIABLE]: ' ' })).toEqual(DEFAULT_RETRY);
    expect(DEFAULT_RETRY).toEqual({ maxRetries: 5, retryDelayInMs: 800, maxRetryDelayInMs: 15_000 });
  });

  it('scales the whole schedule (first delay and cap), keeping the number of retries', () => {
    expect(retrySettings({ [RETRY_DELAY_VARIABLE]: '10' })).toEqual({
      maxRetries: 5,
      retryDelayInMs: 10,
      maxRetryDelayInMs: 188,
    });
    expect(retrySettings({ [RETRY_DELAY_VARIABLE]: '1600' })).toEqual({
      maxRetries: 5,
      retryDelayInMs: 1600,
      maxRetryDelayInMs: 30_000,
    });
  });

  it('makes five retries of a persistent fault wait well under a second at 10 ms (about 19 s by default)', () => {
    // The pipeline's schedule (calculateRetryDelay of @azure/core-util): retry n waits at most min(delay * 2^n, cap).
    const longest = (settings: typeof DEFAULT_RETRY): number => {
      let total = 0;
      for (let n = 0; n < settings.maxRetries; n++)
        total += Math.min(settings.maxRetryDelayInMs, settings.retryDelayInMs * 2 ** n);
      return total;
    };
    expect(longest(retrySettings({ [RETRY_DELAY_VARIABLE]: '10' }))).toBeLessThan(400);
    expect(longest(DEFAULT_RETRY)).toBeGreaterThan(18_000);
  });

  it.each(['0', '9', '60001', '-5', '1.5', '1e3', 'fast', '800ms'])(
    'refuses %p, naming the variable, its bounds and the fix',
    (value) => {
      let error: unknown;
      try {
        retrySettings({ [RETRY_DELAY_VARIABLE]: value });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as Error).message).toBe(
        `MLOPS_ARM_RETRY_DELAY_MS must be a whole number of milliseconds from ${RETRY_DELAY_BOUNDS.min} to ` +
          `${RETRY_DELAY_BOUNDS.max} (the first retry back-off of Azure ML calls; the default is 800). Fix or unset it.`,
      );
    },
  );

  it('accepts both bounds', () => {
    expect(retrySettings({ [RETRY_DELAY_VARIABLE]: '10' }).retryDelayInMs).toBe(10);
    expect(retrySettings({ [RETRY_DELAY_VARIABLE]: '60000' }).retryDelayInMs).toBe(60_000);
  });
});

describe('signIn and the retry setting', () => {
  const saved = process.env[RETRY_DELAY_VARIABLE];
  afterEach(() => {
    if (saved === undefined) delete process.env[RETRY_DELAY_VARIABLE];
    else process.env[RETRY_DELAY_VARIABLE] = saved;
  });

  function deps() {
    const made: AzureMLClientOptions[] = [];
    let credentials = 0;
    const d: SignInDeps = {
      createCredential: async () => {
        credentials++;
        return { credential: { getToken: async () => null }, choice: 'oidc', principal: 'p' };
      },
      loadClientFactory: async () => (address, _credential, options) => {
        made.push(options);
        return { address } as AzureMLClient;
      },
      info: () => undefined,
      setSecret: () => undefined,
    };
    return { d, made, credentials: () => credentials };
  }
  const workspace = {
    address: { subscriptionId: 's', resourceGroup: 'rg', workspace: 'dev', armEndpoint: 'https://arm.test' },
    credential: {},
  };

  it('gives every client the default schedule, or the one the variable sets', async () => {
    delete process.env[RETRY_DELAY_VARIABLE];
    const plain = deps();
    const session = await signIn(workspace, plain.d);
    session.clientFor({ ...workspace.address, workspace: 'prod' });
    expect(plain.made.map((o) => o.retry)).toEqual([DEFAULT_RETRY, DEFAULT_RETRY]);

    process.env[RETRY_DELAY_VARIABLE] = '20';
    const fast = deps();
    await signIn(workspace, fast.d);
    expect(fast.made[0]!.retry).toEqual(retrySettings({ [RETRY_DELAY_VARIABLE]: '20' }));
  });

  it('fails on a bad value before building any credential', async () => {
    process.env[RETRY_DELAY_VARIABLE] = '0';
    const bad = deps();
    await expect(signIn(workspace, bad.d)).rejects.toThrow(/MLOPS_ARM_RETRY_DELAY_MS must be/);
    expect(bad.credentials()).toBe(0);
    expect(bad.made).toHaveLength(0);
  });
});
