import { endpointMetricsPath, type EndpointMetrics } from '../contract/endpoint-metrics.js';
import { checkAnswer } from '../smoke/evaluate.js';
import { runSmoke, type SmokeRequest, type SmokeResult } from '../smoke/runner.js';
import { MIN_LATENCY_REQUESTS, type DeploymentSample } from './analysis.js';

/** Per-deployment request and error counts, from the emulator gateway's figures (src/contract/endpoint-metrics.ts). */
export type GatewayCounts = Record<string, { requests: number; errors: number }>;

/** How much longer than its interval a step may probe to get MIN_LATENCY_REQUESTS answers from each deployment. */
const MAX_EXTRA_PROBE_MS = 10_000;

/** An answer counts as good when smoke-test would pass it without expectations: HTTP 200 with a JSON body. */
const ok = (r: SmokeResult): boolean => checkAnswer(r, undefined, undefined, 0) === undefined;

/**
 * A request that found no endpoint at all: the connection was refused, or the host is unknown or unreachable. No
 * deployment saw it (on Azure the endpoint's front end answers 502/503 for a deployment that is down; here the
 * emulator's gateway does), so it counts against neither side: an outage of the endpoint itself (seen in the fault
 * campaign: the emulator killed mid-step) is not the new deployment's fault. A timeout or a connection cut after
 * it was accepted still counts as the deployment's error.
 */
const UNREACHABLE = /\b(ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ENETUNREACH|EAI_AGAIN)\b/;
export const isUnreachable = (r: SmokeResult): boolean =>
  r.status === 0 && r.error !== undefined && UNREACHABLE.test(r.error);

export function addResults(sample: DeploymentSample, results: SmokeResult[]): void {
  for (const r of results) {
    if (isUnreachable(r)) {
      sample.unreachable = (sample.unreachable ?? 0) + 1;
      continue;
    }
    sample.requests++;
    if (!ok(r)) sample.errors++;
    sample.latenciesMs.push(r.latencyMs);
  }
}

/**
 * Sends the analysis requests to each named deployment (by the routing header) round after round until
 * `durationMs` has passed and each has answered MIN_LATENCY_REQUESTS times (a step's latency is not judged on
 * fewer), but no longer than `durationMs` plus MAX_EXTRA_PROBE_MS, and returns what each answered.
 */
export async function probeDeployments(options: {
  scoringUri: string;
  credential: string;
  deployments: string[];
  requests: SmokeRequest[];
  durationMs: number;
  timeoutMs?: number;
}): Promise<Record<string, DeploymentSample>> {
  const samples: Record<string, DeploymentSample> = {};
  for (const d of options.deployments) samples[d] = { requests: 0, errors: 0, latenciesMs: [] };
  const until = Date.now() + options.durationMs;
  const latest = until + MAX_EXTRA_PROBE_MS;
  const enough = (): boolean =>
    Object.values(samples).every((s) => s.latenciesMs.length >= MIN_LATENCY_REQUESTS);
  do {
    for (const d of options.deployments) {
      const results = await runSmoke({
        url: options.scoringUri,
        headers: { authorization: `Bearer ${options.credential}`, 'azureml-model-deployment': d },
        requests: options.requests,
        count: 1,
        concurrency: 1,
        timeoutMs: options.timeoutMs ?? 30_000,
      });
      addResults(samples[d]!, results);
    }
    if (Date.now() < until)
      await new Promise((r) => setTimeout(r, Math.min(250, Math.max(0, until - Date.now()))));
  } while (Date.now() < until || (!enough() && Date.now() < latest));
  return samples;
}

/**
 * The emulator gateway's per-deployment counts for an endpoint (all client traffic, not only ours), or
 * undefined when the scoring URI is not the emulator's (Azure's own figures live in Azure Monitor). The route
 * takes the same credential as scoring (the endpoint's key or token, by its auth mode).
 */
export async function readGatewayCounts(
  scoringUri: string,
  workspace: string,
  endpoint: string,
  credential: string,
): Promise<GatewayCounts | undefined> {
  const url = new URL(scoringUri);
  if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') return undefined;
  try {
    const res = await fetch(`${url.origin}${endpointMetricsPath(workspace, endpoint)}`, {
      headers: { authorization: `Bearer ${credential}` },
      signal: AbortSignal.timeout(5_000),
    });
    if (!res.ok) return undefined;
    const body = (await res.json()) as Partial<EndpointMetrics>;
    const out: GatewayCounts = {};
    for (const [name, f] of Object.entries(body.deployments ?? {})) {
      if (!f || typeof f !== 'object') continue;
      const errors = Object.entries(f.statusCodes ?? {})
        .filter(([code]) => !code.startsWith('2'))
        .reduce((n, [, v]) => n + v, 0);
      out[name] = { requests: f.requests ?? 0, errors };
    }
    return out;
  } catch {
    return undefined;
  }
}

/**
 * What the gateway counted for each deployment between two readings, or undefined when a count went down: the
 * gateway restarted in between (its counts start again from zero), so the difference means nothing.
 */
export function countsBetween(before: GatewayCounts, after: GatewayCounts): GatewayCounts | undefined {
  const out: GatewayCounts = {};
  for (const [name, a] of Object.entries(after)) {
    const b = before[name] ?? { requests: 0, errors: 0 };
    if (a.requests < b.requests || a.errors < b.errors) return undefined;
    out[name] = { requests: a.requests - b.requests, errors: a.errors - b.errors };
  }
  return out;
}
