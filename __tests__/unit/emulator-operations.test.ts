import { describe, expect, it, jest } from '@jest/globals';
import { Operations } from '../../src/emulator/operations.js';

const wait = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe("the emulator's long-running operations", () => {
  it('ends an operation Failed when its background work throws, and polls then say so', async () => {
    const ops = new Operations('sub', 'local', () => 'https://127.0.0.1:1');
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const op = ops.start();
      ops.run(op, async () => {
        throw new Error('disk full');
      });
      await wait(20);
      expect(op).toMatchObject({
        status: 'Failed',
        error: { code: 'InternalServerError', message: 'The emulator failed: disk full' },
      });
      expect(ops.status({ operationId: op.id }).body).toMatchObject({ status: 'Failed' });
      ops.stop();
    } finally {
      quiet.mockRestore();
    }
  });

  it('runs nothing once stopped: pending work is dropped', async () => {
    const ops = new Operations('sub', 'local', () => 'https://127.0.0.1:1');
    const ran: string[] = [];
    const op = ops.start();
    ops.run(op, () => void ran.push('pending'), 30);
    ops.stop();
    ops.run(op, () => void ran.push('after stop'));
    await wait(60);
    expect(ran).toEqual([]);
    expect(op.status).toBe('InProgress');
  });
});
