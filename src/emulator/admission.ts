// How many scoring requests a deployment takes at once, as Azure's managed online endpoints count them
// (how-to-troubleshoot-online-endpoints, "HTTP status codes", 429 "Too many pending requests": at most
// 2 * max_concurrent_requests_per_instance * instance_count requests at any moment; others are rejected). The model
// processes `max_concurrent_requests_per_instance * instance_count` of them; the rest wait their turn, and the
// time they wait counts toward request_timeout_ms (max_queue_wait_ms is deprecated for managed endpoints:
// reference-yaml-deployment-managed-online, RequestSettings).

/** A request's place: `ready` resolves when it may go to the model; `release` frees it (idempotent). */
export interface Ticket {
  ready: Promise<void>;
  release(): void;
}

interface Lane {
  active: number;
  waiting: Array<() => void>;
}

/** The in-flight requests of every deployment (by runtime key). */
export class Admission {
  private readonly lanes = new Map<string, Lane>();

  /** The number in flight (processing and waiting) for `key`. */
  inFlight(key: string): number {
    const lane = this.lanes.get(key);
    return lane ? lane.active + lane.waiting.length : 0;
  }

  /** A ticket, or undefined when `2 * slots` requests are in flight already (the 429). */
  enter(key: string, slots: number): Ticket | undefined {
    let lane = this.lanes.get(key);
    if (!lane) this.lanes.set(key, (lane = { active: 0, waiting: [] }));
    const current = lane;
    if (current.active + current.waiting.length >= 2 * slots) return undefined;
    let state: 'waiting' | 'active' | 'done' = 'waiting';
    let wake!: () => void;
    const ready = new Promise<void>((resolve) => (wake = resolve));
    const start = (): void => {
      state = 'active';
      current.active++;
      wake();
    };
    if (current.active < slots) start();
    else current.waiting.push(start);
    return {
      ready,
      release: () => {
        if (state === 'done') return;
        if (state === 'waiting') {
          current.waiting.splice(current.waiting.indexOf(start), 1);
        } else {
          current.active--;
          current.waiting.shift()?.();
        }
        state = 'done';
        if (current.active === 0 && current.waiting.length === 0) this.lanes.delete(key);
      },
    };
  }
}
