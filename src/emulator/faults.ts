/** A fault the emulator injects on matching requests (tests and reliability drills). */
export interface FaultRule {
  /** HTTP method to match; any when absent. */
  method?: string;
  /** RegExp source matched against the URL pathname. */
  path: string;
  /** Status to answer with, in ARM's error envelope. */
  status?: number;
  /** How many matching requests get the fault; all of them when absent. */
  count?: number;
  /** Wait this long first (with neither status nor reset: then serve the request normally, i.e. a slow answer). */
  delayMs?: number;
  /** Retry-After header of the fault's answer, in seconds. */
  retryAfterSeconds?: number;
  /** Destroy the connection instead of answering. */
  reset?: boolean;
}

/** Checks rules given as data (the CLI's `--faults FILE`, setFaults) and says which field of which rule is wrong. */
export function checkFaultRules(rules: unknown): FaultRule[] {
  if (!Array.isArray(rules))
    throw new Error(
      'Fault rules must be a JSON array of {path, method?, status?, count?, delayMs?, retryAfterSeconds?, reset?}.',
    );
  return rules.map((rule: unknown, i) => {
    const at = `fault rule ${i}`;
    if (typeof rule !== 'object' || rule === null) throw new Error(`${at} must be an object.`);
    const r = rule as Record<string, unknown>;
    if (typeof r.path !== 'string')
      throw new Error(`${at} needs "path", a RegExp source matched against the URL path.`);
    try {
      new RegExp(r.path);
    } catch (error) {
      throw new Error(`${at}: "path" is not a valid RegExp (${(error as Error).message}).`);
    }
    const int = (key: string, min: number, max: number): void => {
      const v = r[key];
      if (v === undefined) return;
      if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
        throw new Error(`${at}: "${key}" must be an integer from ${min} to ${max}.`);
      }
    };
    int('status', 100, 599);
    int('count', 0, Number.MAX_SAFE_INTEGER);
    int('delayMs', 0, 600_000);
    int('retryAfterSeconds', 0, 86_400);
    if (r.method !== undefined && typeof r.method !== 'string')
      throw new Error(`${at}: "method" must be a string.`);
    if (r.reset !== undefined && typeof r.reset !== 'boolean')
      throw new Error(`${at}: "reset" must be true or false.`);
    const known = new Set(['method', 'path', 'status', 'count', 'delayMs', 'retryAfterSeconds', 'reset']);
    const extra = Object.keys(r).filter((k) => !known.has(k));
    if (extra.length > 0) throw new Error(`${at}: unknown field(s) ${extra.join(', ')}.`);
    return r as unknown as FaultRule;
  });
}

/** Holds fault rules and hands out the first one that applies to a request, counting it down. */
export class FaultInjector {
  private rules: Array<FaultRule & { remaining: number; pattern: RegExp }> = [];

  constructor(rules: FaultRule[] = []) {
    this.set(rules);
  }

  set(rules: FaultRule[]): void {
    this.rules = checkFaultRules(rules).map((r) => ({
      ...r,
      remaining: r.count ?? Infinity,
      pattern: new RegExp(r.path),
    }));
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

/** The ARM error code of an injected status. */
export function faultCode(status: number): string {
  const codes: Record<number, string> = {
    408: 'RequestTimeout',
    429: 'TooManyRequests',
    500: 'InternalServerError',
    502: 'BadGateway',
    503: 'ServiceUnavailable',
    504: 'GatewayTimeout',
  };
  return codes[status] ?? (status >= 500 ? 'InternalServerError' : 'InjectedFault');
}
