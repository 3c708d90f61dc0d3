// Jest runs our TypeScript as native ES modules (the toolkit packages are ESM-only).
// `npm test` (scripts/test.mjs) starts it with --experimental-vm-modules on the Node 24 from devDependencies, twice:
// the suite with the emulator recording its ARM exchanges, then the contract test (__tests__/contract) over them.
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  testTimeout: 60000,
};
