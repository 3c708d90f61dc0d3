// A compute cluster runs at most max_nodes instances at once (AmlCompute scaleSettings.maxNodeCount): a job whose
// instances do not fit waits Queued until running jobs give theirs back. Serverless jobs never wait.
export interface SlotRequest {
  /** Resolves with the release function once the job's instances fit. */
  ready: Promise<() => void>;
  /** Leaves the queue (a job cancelled while Queued); nothing to release then. */
  withdraw(): void;
}

interface Waiting {
  compute: string;
  nodes: number;
  max: () => number;
  grant: (release: () => void) => void;
}

export class ComputeSlots {
  private readonly used = new Map<string, number>();
  private waiting: Waiting[] = [];

  /** Instances in use on a compute now. */
  inUse(compute: string): number {
    return this.used.get(compute) ?? 0;
  }

  /** `compute` undefined: serverless. `max` is read each time (the compute may be updated while jobs wait). */
  acquire(compute: string | undefined, nodes: number, max: () => number): SlotRequest {
    if (compute === undefined) return { ready: Promise.resolve(() => undefined), withdraw: () => undefined };
    let entry!: Waiting;
    const ready = new Promise<() => void>((resolve) => {
      entry = { compute, nodes, max, grant: resolve };
    });
    this.waiting.push(entry);
    this.dispatch();
    return {
      ready,
      withdraw: () => {
        this.waiting = this.waiting.filter((w) => w !== entry);
      },
    };
  }

  /** Starts, in arrival order, every waiting job that fits now. */
  private dispatch(): void {
    for (const w of [...this.waiting]) {
      const used = this.inUse(w.compute);
      if (used + w.nodes > w.max()) continue;
      this.used.set(w.compute, used + w.nodes);
      this.waiting = this.waiting.filter((x) => x !== w);
      let released = false;
      w.grant(() => {
        if (released) return;
        released = true;
        this.used.set(w.compute, this.inUse(w.compute) - w.nodes);
        this.dispatch();
      });
    }
  }
}
