import { availableParallelism } from 'node:os';

// Jest runs our TypeScript as native ES modules (the toolkit packages are ESM-only).
// `npm test` (scripts/test.mjs) starts it with --experimental-vm-modules on the Node 24 from devDependencies, twice:
// the suite (the unit and integration projects) with the emulator recording its ARM exchanges, then the contract
// project (__tests__/contract) over them. `npm run test:unit` runs the unit project alone, in seconds.
//
// Three projects, by folder:
// - unit: pure logic: no emulator, no Azurite, no dist/ bundle run; a test may run a small script or python on a
//   local file. What needs the emulator or a built bundle goes under __tests__/integration.
// - integration: the bundled actions and the CLI (dist/) against the emulator, Azurite and the inference server.
// - contract: the ARM exchanges the suite recorded, against the 2026-07-01 spec (run after the suite).
const base = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
};

// A project's default test timeout: jest 30 ignores `testTimeout` in a project (jest-circus reads the global one
// only, which left every test at jest's 5 s), so each project passes its own to __tests__/setup/test-timeout.ts.
const project = (name, testTimeoutMs) => ({
  ...base,
  displayName: name,
  roots: [`<rootDir>/__tests__/${name}`],
  testMatch: ['**/*.test.ts'],
  globals: { testTimeoutMs },
  setupFilesAfterEnv: ['<rootDir>/__tests__/setup/test-timeout.ts'],
});

export default {
  // The integration tests wait on child processes (actions, Azurite, inference servers, jobs) most of the time: one
  // such file keeps a worker's core busy about a third of its run (measured). So one worker more than the cores, at
  // most six: on the 2-core CI machine three files run at once.
  maxWorkers: Math.min(6, availableParallelism() + 1),
  testSequencer: '<rootDir>/__tests__/setup/sequencer.js',
  projects: [project('unit', 30_000), project('integration', 60_000), project('contract', 60_000)],
};
