import type { AnswerSchema } from './answer-schema.js';
import { findMismatch } from './expectations.js';
import { errorRate, summarizeLatencies, type LatencySummary } from './latency.js';
import type { RequestCase } from './request-files.js';
import type { SmokeResult } from './runner.js';

/** Why one answer did not pass: the request it answered, and for a wrong body where (and which schema keyword). */
export interface Failure {
  request: string;
  status: number;
  reason: string;
  /** JSON path in the answer of a schema violation or an expected-output mismatch. */
  path?: string;
  /** The schema keyword that failed, for a schema violation. */
  keyword?: string;
}

/** The figures and the verdict for one request file. */
export interface CaseReport {
  request: string;
  sent: number;
  errors: number;
  errorRate: number;
  latencyMs: LatencySummary;
  /** How many answers each deployment gave. */
  servedBy: Record<string, number>;
  /** The first failed answer, if any. */
  firstFailure?: Failure;
}

export interface Thresholds {
  maxErrorRate: number;
  maxP95Ms?: number;
  maxP99Ms?: number;
}

export interface SmokeReport {
  passed: boolean;
  sent: number;
  errors: number;
  errorRate: number;
  latencyMs: LatencySummary;
  /** Requests per second over the whole run. */
  throughput: number;
  seconds: number;
  cases: CaseReport[];
  /** Each threshold that was crossed, as a sentence. */
  violations: string[];
}

const clip = (text: string, max = 300): string => (text.length > max ? `${text.slice(0, max)}...` : text);

/** Checks one answer: HTTP 200, a JSON body, the schema, the expected output within the tolerance. */
export function checkAnswer(
  result: SmokeResult,
  expected: unknown,
  schema: AnswerSchema | undefined,
  tolerance: number,
): Failure | undefined {
  const fail = (reason: string, where?: { path: string; keyword?: string }): Failure => ({
    request: result.name,
    status: result.status,
    reason,
    ...where,
  });
  if (result.error) return fail(`no answer: ${result.error}`);
  if (result.status !== 200) return fail(`HTTP ${result.status}: ${clip(result.body.trim())}`);
  let body: unknown;
  try {
    body = JSON.parse(result.body);
  } catch {
    return fail(`the body is not JSON: ${clip(result.body.trim())}`);
  }
  if (schema) {
    const v = schema.check(body);
    if (v)
      return fail(`schema keyword '${v.keyword}' at ${v.path}: ${v.reason}`, {
        path: v.path,
        keyword: v.keyword,
      });
  }
  if (expected !== undefined) {
    const mismatch = findMismatch(expected, body, tolerance);
    if (mismatch) return fail(`${mismatch.path}: ${mismatch.reason}`, { path: mismatch.path });
  }
  return undefined;
}

/** Turns every answer into per-file and overall figures, and the verdict against the thresholds. */
export function evaluateSmoke(
  cases: RequestCase[],
  results: SmokeResult[],
  options: { schema?: AnswerSchema; tolerance: number; thresholds: Thresholds; seconds: number },
): SmokeReport {
  const reports: CaseReport[] = cases.map((c) => {
    const mine = results.filter((r) => r.name === c.name);
    const failures = mine
      .map((r) => checkAnswer(r, c.expected?.value, options.schema, options.tolerance))
      .filter((f): f is Failure => f !== undefined);
    const servedBy: Record<string, number> = {};
    for (const r of mine) if (r.servedBy) servedBy[r.servedBy] = (servedBy[r.servedBy] ?? 0) + 1;
    return {
      request: c.name,
      sent: mine.length,
      errors: failures.length,
      errorRate: errorRate(failures.length, mine.length),
      latencyMs: summarizeLatencies(mine.map((r) => r.latencyMs)),
      servedBy,
      firstFailure: failures[0],
    };
  });
  const sent = results.length;
  const errors = reports.reduce((n, r) => n + r.errors, 0);
  const rate = errorRate(errors, sent);
  const latencyMs = summarizeLatencies(results.map((r) => r.latencyMs));
  const { maxErrorRate, maxP95Ms, maxP99Ms } = options.thresholds;
  const violations: string[] = [];
  const pct = (v: number): string => `${(v * 100).toFixed(2)}%`;
  if (rate > maxErrorRate) {
    const first = reports.find((r) => r.firstFailure)?.firstFailure;
    violations.push(
      `error rate ${pct(rate)} (${errors} of ${sent}) is above max-error-rate ${pct(maxErrorRate)}` +
        (first ? `; first failure: request ${first.request}: ${first.reason}` : ''),
    );
  }
  if (maxP95Ms !== undefined && latencyMs.p95 > maxP95Ms)
    violations.push(`p95 latency ${latencyMs.p95} ms is above max-p95-ms ${maxP95Ms}`);
  if (maxP99Ms !== undefined && latencyMs.p99 > maxP99Ms)
    violations.push(`p99 latency ${latencyMs.p99} ms is above max-p99-ms ${maxP99Ms}`);
  return {
    passed: violations.length === 0 && sent > 0,
    sent,
    errors,
    errorRate: rate,
    latencyMs,
    throughput: options.seconds > 0 ? Math.round((sent / options.seconds) * 10) / 10 : 0,
    seconds: Math.round(options.seconds * 1000) / 1000,
    cases: reports,
    violations,
  };
}
