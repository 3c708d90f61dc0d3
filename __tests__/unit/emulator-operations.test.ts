import { describe, expect, it, jest } from '@jest/globals';
import { Operations, type OperationStore } from '../../src/emulator/operations.js';

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

  describe('kept in a store (the state with a data dir), so a poll across a restart finds its operation', () => {
    const store = (): OperationStore & { writes: number } => {
      const st = {
        records: {},
        writes: 0,
        persist: () => {
          st.writes++;
        },
      };
      return st;
    };
    const DEPLOYMENT =
      '/subscriptions/s/resourceGroups/rg/providers/x/workspaces/dev/onlineEndpoints/ep/deployments/Blue';

    it('writes each operation when it starts and when it ends', () => {
      const st = store();
      const ops = new Operations('sub', 'local', () => 'https://127.0.0.1:1', st);
      const op = ops.start({ target: DEPLOYMENT });
      expect(st.records[op.id]).toMatchObject({ status: 'InProgress', target: DEPLOYMENT.toLowerCase() });
      expect(st.writes).toBe(1);
      ops.finish(op);
      expect(st.records[op.id]).toMatchObject({ status: 'Succeeded', endTime: expect.any(String) });
      expect(st.writes).toBe(2);
      ops.stop();
      ops.finish(ops.start());
      expect(st.writes).toBe(2);
    });

    it('after a restart: the provisioning takes its operation over, the others are settled, the old ids answer', async () => {
      const st = store();
      const before = new Operations('sub', 'local', () => 'https://127.0.0.1:1', st);
      const provisioning = before.start({ target: DEPLOYMENT });
      const deleting = before.start();
      const orphan = before.start({ target: `${DEPLOYMENT}-gone` });
      const ENDPOINT = DEPLOYMENT.replace(/\/deployments\/.*$/, '');
      const done = before.start({ resultOf: ENDPOINT });
      const deleted = before.start();
      before.finish(deleted);
      before.finish(done);
      before.stop();

      const after = new Operations('sub', 'local', () => 'https://127.0.0.1:1', st);
      const adopted = after.adopt(DEPLOYMENT.toUpperCase());
      expect(adopted?.id).toBe(provisioning.id);
      expect(after.adopt(DEPLOYMENT)).toBeUndefined();
      after.settleInterrupted();
      expect(after.status({ operationId: provisioning.id }).body).toMatchObject({ status: 'InProgress' });
      expect(after.status({ operationId: deleting.id }).body).toMatchObject({ status: 'Succeeded' });
      expect(after.status({ operationId: orphan.id }).body).toMatchObject({
        status: 'Failed',
        error: { code: 'OperationInterrupted', message: expect.stringMatching(/restarted/) },
      });
      // A PATCH's result is the resource it names, read at the poll (also after the restart); a DELETE's, no body.
      const reads: string[] = [];
      const read = async (id: string): Promise<unknown> => (reads.push(id), { id, name: 'ep' });
      await expect(after.result({ operationId: done.id }, read)).resolves.toEqual({
        status: 200,
        body: { id: ENDPOINT, name: 'ep' },
      });
      await expect(after.result({ operationId: deleted.id }, read)).resolves.toEqual({ status: 200 });
      expect(reads).toEqual([ENDPOINT]);
      await expect(after.result({ operationId: provisioning.id }, read)).resolves.toMatchObject({
        status: 202,
      });
      after.finish(adopted!);
      expect(st.records[provisioning.id]).toMatchObject({ status: 'Succeeded' });
      expect(() => after.status({ operationId: 'unknown' })).toThrow(/does not exist/);
      after.stop();
    });
  });
});
