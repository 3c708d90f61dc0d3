import { errorRate, summarizeLatencies, type LatencySummary } from '../smoke/latency.js';

/** What was observed of one deployment during a step. */
export interface DeploymentSample {
  requests: number;
  errors: number;
  latenciesMs: number[];
  /** Probe requests that found no endpoint at all (connection refused): counted in neither requests nor errors. */
  unreachable?: number;
}

export interface DeploymentFigures {
  requests: number;
  errors: number;
  errorRate: number;
  latencyMs: LatencySummary;
}

export interface AnalysisSettings {
  /** Largest error rate the new deployment may have (0 to 1). */
  maxErrorRate: number;
  /** Largest p95 latency of the new deployment over the old one's (medians on small samples: MIN_P95_REQUESTS). */
  maxLatencyRatio: number;
  /** What no data for the new deployment means. */
  onNoData: 'fail' | 'pass';
}

/** The verdict of one step, with the figures behind it. */
export interface StepAnalysis {
  passed: boolean;
  reasons: string[];
  candidate: DeploymentFigures;
  baseline?: DeploymentFigures;
  latencyRatio?: number;
  /** Which latency the ratio compares: p95, or p50 when a side answered fewer than MIN_P95_REQUESTS. */
  latencyStatistic?: 'p95' | 'p50';
}

/** Latency differences at or below this many milliseconds never fail a step. */
export const LATENCY_NOISE_MS = 10;

/**
 * Below this many requests on either side, a p95 is little more than the slowest answer, and one scheduling hiccup
 * on a busy machine fails a good deployment (seen: 4 probe requests each, 45.6 ms against 25.0 ms, on a loaded
 * 2-core runner). The step then compares medians, which a consistently slower deployment still fails.
 */
export const MIN_P95_REQUESTS = 20;

/**
 * Below this many timed answers on either side, latency is not judged at all: a median of three answers is still
 * one scheduling hiccup (seen in CI: 3 probe requests each, medians 25.4 against 13.7 ms, the same model on both
 * sides of a loaded 2-core runner). The probe keeps going past the step's interval until each side has this many
 * (probe.ts), so a step is judged on latency unless its deployments answer too slowly to get there.
 */
export const MIN_LATENCY_REQUESTS = 10;

export function figures(sample: DeploymentSample): DeploymentFigures {
  return {
    requests: sample.requests,
    errors: sample.errors,
    errorRate: errorRate(sample.errors, sample.requests),
    latencyMs: summarizeLatencies(sample.latenciesMs),
  };
}

const pct = (v: number): string => `${(v * 100).toFixed(2)}%`;

/**
 * Compares the new deployment (candidate) with the one it replaces (baseline): the candidate fails on an error
 * rate above the threshold, or worse than the baseline's by more than a percentage point (or one request, on a
 * quiet step), or on a p95 latency more than `maxLatencyRatio` times the baseline's (and more than
 * LATENCY_NOISE_MS slower; medians under MIN_P95_REQUESTS timed answers a side, and no latency verdict under
 * MIN_LATENCY_REQUESTS). No requests to the candidate
 * is a failure unless onNoData is `pass`.
 */
export function analyzeStep(
  candidate: DeploymentSample,
  baseline: DeploymentSample | undefined,
  settings: AnalysisSettings,
): StepAnalysis {
  const c = figures(candidate);
  const b = baseline && baseline.requests > 0 ? figures(baseline) : undefined;
  const reasons: string[] = [];
  if (c.requests === 0) {
    if (settings.onNoData === 'fail')
      reasons.push('no requests reached the new deployment (on-no-data: fail)');
    return { passed: reasons.length === 0, reasons, candidate: c, baseline: b };
  }
  if (c.errorRate > settings.maxErrorRate) {
    reasons.push(
      `error rate ${pct(c.errorRate)} (${c.errors} of ${c.requests}) is above max-error-rate ${pct(settings.maxErrorRate)}`,
    );
  }
  if (b && c.errorRate > b.errorRate + Math.max(0.01, 1 / c.requests)) {
    reasons.push(`error rate ${pct(c.errorRate)} is worse than the old deployment's ${pct(b.errorRate)}`);
  }
  let latencyRatio: number | undefined;
  let latencyStatistic: 'p95' | 'p50' | undefined;
  // Timed answers: the requests the probe sent (the gateway's counts of all traffic may replace `requests`).
  const timed = Math.min(candidate.latenciesMs.length, baseline?.latenciesMs.length ?? 0);
  if (b && timed >= MIN_LATENCY_REQUESTS) {
    const stat = timed >= MIN_P95_REQUESTS ? 'p95' : 'p50';
    const [cl, bl] = [c.latencyMs[stat], b.latencyMs[stat]];
    if (bl > 0) {
      latencyStatistic = stat;
      latencyRatio = Math.round((cl / bl) * 100) / 100;
      // Below a few milliseconds, ratios are noise (a 2 ms answer against a 1 ms one is not a regression).
      if (latencyRatio > settings.maxLatencyRatio && cl - bl > LATENCY_NOISE_MS) {
        const which =
          stat === 'p95' ? 'p95 latency' : `median latency (p50: under ${MIN_P95_REQUESTS} requests)`;
        reasons.push(
          `${which} ${cl} ms is ${latencyRatio}x the old deployment's ${bl} ms (max-latency-ratio ${settings.maxLatencyRatio})`,
        );
      }
    }
  }
  return { passed: reasons.length === 0, reasons, candidate: c, baseline: b, latencyRatio, latencyStatistic };
}
