// Each jest project's default test timeout (jest.config.js sets it as the project's `globals.testTimeoutMs`).
// jest 30 reads `testTimeout` from the global config only (jest-circus ignores a project's), so a project's own
// default is set here, before its tests, for every test that does not pass its own timeout.
import { jest } from '@jest/globals';

const timeout = (globalThis as { testTimeoutMs?: unknown }).testTimeoutMs;
if (typeof timeout !== 'number' || !Number.isInteger(timeout) || timeout <= 0) {
  throw new Error(
    `jest.config.js: the project's globals.testTimeoutMs must be a positive whole number of ms (got ${String(timeout)}).`,
  );
}
jest.setTimeout(timeout);
