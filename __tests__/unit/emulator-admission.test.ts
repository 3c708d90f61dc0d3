// Requests in flight per deployment: max_concurrent_requests_per_instance x instance_count at the model, as many
// again waiting, and the rest refused (the gateway's 429).
import { describe, expect, it } from '@jest/globals';
import { Admission } from '../../src/emulator/admission.js';

const settled = async (p: Promise<void>): Promise<boolean> => {
  let done = false;
  void p.then(() => (done = true));
  await new Promise((r) => setImmediate(r));
  return done;
};

describe('admission', () => {
  it('lets `slots` through, queues as many again, and refuses the next', async () => {
    const a = new Admission();
    const first = a.enter('d', 1)!;
    const second = a.enter('d', 1)!;
    expect(await settled(first.ready)).toBe(true);
    expect(await settled(second.ready)).toBe(false);
    expect(a.enter('d', 1)).toBeUndefined();
    expect(a.inFlight('d')).toBe(2);
    first.release();
    expect(await settled(second.ready)).toBe(true);
    expect(a.inFlight('d')).toBe(1);
    second.release();
    second.release();
    expect(a.inFlight('d')).toBe(0);
  });

  it('frees a waiting place when its request gives up, and keeps deployments apart', async () => {
    const a = new Admission();
    const active = [a.enter('d', 2)!, a.enter('d', 2)!];
    const waiting = a.enter('d', 2)!;
    expect(a.enter('other', 2)).toBeDefined();
    waiting.release();
    expect(a.inFlight('d')).toBe(2);
    const next = a.enter('d', 2)!;
    active[0]!.release();
    expect(await settled(next.ready)).toBe(true);
  });
});
