import { describe, expect, it } from '@jest/globals';
import { parseCommand, UsageError } from '../../src/cli/args.js';

describe("mlops refuses Node's own options", () => {
  it.each([
    [['emulator', '--env-file', '.mlops/emulator.env']],
    [['emulator', '--env-file=.mlops/emulator.env']],
    [['emulator', '--data-dir', 'd', '--env-file-if-exists', 'x.env']],
  ])('%j names --write-env', (argv) => {
    expect(() => parseCommand(argv)).toThrow(UsageError);
    expect(() => parseCommand(argv)).toThrow(/is Node's own option .* mlops takes --write-env FILE instead/s);
  });

  it('takes --write-env', () => {
    expect(parseCommand(['emulator', '--write-env', '.mlops/emulator.env'])).toEqual({
      kind: 'emulator',
      writeEnv: '.mlops/emulator.env',
    });
  });
});
