import { describe, expect, it } from '@jest/globals';
import { parseArgs, parseCommand, parsePort, UsageError } from '../../src/cli/args.js';

describe('parseArgs', () => {
  it('splits command words from --name value, --name=value and flags', () => {
    expect(
      parseArgs(['emulator', 'token', '--data-dir', 'd', '--principal=reader'], ['data-dir', 'principal']),
    ).toEqual({
      command: ['emulator', 'token'],
      options: { 'data-dir': 'd', principal: 'reader' },
    });
    expect(parseArgs(['--help'], [], ['help'])).toEqual({ command: [], options: { help: true } });
    expect(parseArgs(['x', '--v=a=b'], ['v']).options.v).toBe('a=b');
  });

  it('names what is wrong', () => {
    expect(() => parseArgs(['--nope'], [])).toThrow(new UsageError('Unknown option --nope.'));
    expect(() => parseArgs(['--port'], ['port'])).toThrow(/--port needs a value/);
    expect(() => parseArgs(['--port', '--x'], ['port', 'x'])).toThrow(/--port needs a value/);
    expect(() => parseArgs(['--port='], ['port'])).toThrow(/non-empty/);
    expect(() => parseArgs(['--help=yes'], [], ['help'])).toThrow(/takes no value/);
    expect(() => parseArgs(['--port', '1', 'extra'], ['port'])).toThrow(/Unexpected argument 'extra'/);
  });
});

describe('parsePort', () => {
  it('takes 0 to 65535', () => {
    expect(parsePort(undefined)).toBeUndefined();
    expect(parsePort('0')).toBe(0);
    expect(parsePort('8443')).toBe(8443);
    for (const bad of ['65536', '-1', '1.5', 'http', ' 80', true] as const)
      expect(() => parsePort(bad)).toThrow(UsageError);
  });
});

describe('parseCommand', () => {
  it('reads mlops emulator with its options', () => {
    expect(
      parseCommand([
        'emulator',
        '--write-env',
        '.env',
        '--data-dir',
        'state',
        '--port',
        '8443',
        '--gateway-port',
        '8080',
        '--faults',
        'f.json',
      ]),
    ).toEqual({
      kind: 'emulator',
      writeEnv: '.env',
      dataDir: 'state',
      port: 8443,
      gatewayPort: 8080,
      faults: 'f.json',
    });
    expect(parseCommand(['emulator', '--write-env', '.env'])).toEqual({ kind: 'emulator', writeEnv: '.env' });
  });

  it('reads mlops emulator token, demo and help', () => {
    expect(parseCommand(['emulator', 'token', '--data-dir', 'd', '--principal', 'reader'])).toEqual({
      kind: 'emulator-token',
      dataDir: 'd',
      principal: 'reader',
    });
    expect(parseCommand(['demo'])).toEqual({ kind: 'demo', broken: false, yes: false });
    expect(parseCommand(['demo', '--yes', '--broken', '--data-dir', 's'])).toEqual({
      kind: 'demo',
      dataDir: 's',
      broken: true,
      yes: true,
    });
    expect(() => parseCommand(['demo', '--yes=1'])).toThrow(/--yes takes no value/);
    expect(parseCommand(['--help'])).toEqual({ kind: 'help' });
    expect(parseCommand(['emulator', '--help'])).toEqual({ kind: 'help' });
    expect(parseCommand(['help'])).toEqual({ kind: 'help' });
  });

  it('rejects missing commands and options, unknown commands and options of another command', () => {
    expect(() => parseCommand([])).toThrow(/Name a command/);
    expect(() => parseCommand(['deploy'])).toThrow(/Unknown command 'deploy'/);
    expect(() => parseCommand(['emulator'])).toThrow(/needs --write-env FILE/);
    expect(() => parseCommand(['emulator', 'token', '--data-dir', 'd'])).toThrow(
      /needs --data-dir DIR and --principal NAME/,
    );
    expect(() => parseCommand(['emulator', '--write-env', 'e', '--principal', 'x'])).toThrow(
      /does not take --principal/,
    );
    expect(() => parseCommand(['emulator', '--write-env', 'e', '--port', 'x'])).toThrow(/--port must be/);
    expect(() => parseCommand(['emulator', '--write-env', 'e', '--gateway-port', '70000'])).toThrow(
      /--gateway-port must be a whole number from 0 to 65535, not '70000'/,
    );
  });
});
