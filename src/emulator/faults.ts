/** A fault the emulator injects on matching requests (tests and reliability drills). */
export interface FaultRule {
  /** HTTP method to match; any when absent. */
  method?: string;
  /** RegExp source matched against the URL path. */
  path: string;
  /** Status to answer with (ARM error envelope). */
  status?: number;
  /** How many matching requests get the fault; all of them when absent. */
  count?: number;
  /** Wait this long first (with no status: then serve the request normally). */
  delayMs?: number;
  /** Retry-After header, in seconds. */
  retryAfterSeconds?: number;
  /** Destroy the connection instead of answering. */
  reset?: boolean;
}

/** Holds fault rules and hands out the one that applies to a request, counting it down. */
export class FaultInjector {
  private rules: Array<FaultRule & { remaining: number; pattern: RegExp }> = [];

  constructor(rules: FaultRule[] = []) {
    this.set(rules);
  }

  set(rules: FaultRule[]): void {
    this.rules = rules.map((r) => {
      if (typeof r.path !== 'string') throw new Error('A fault rule needs a "path" (a RegExp source).');
      return { ...r, remaining: r.count ?? Infinity, pattern: new RegExp(r.path) };
    });
  }

  take(method: string, path: string): FaultRule | undefined {
    for (const rule of this.rules) {
      if (rule.remaining <= 0) continue;
      if (rule.method && rule.method.toUpperCase() !== method.toUpperCase()) continue;
      if (!rule.pattern.test(path)) continue;
      rule.remaining--;
      return rule;
    }
    return undefined;
  }
}
