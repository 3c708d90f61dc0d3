// One analysed step of a rollout: probe the candidate and its baseline by header for the step's time, count the
// clients' requests too where the gateway says, and judge.
import type { SmokeRequest } from '../smoke/runner.js';
import { analyzeStep, type AnalysisSettings, type StepAnalysis } from './analysis.js';
import { countsBetween, probeDeployments, readGatewayCounts, type GatewayCounts } from './probe.js';

export interface StepProbe {
  scoringUri: string;
  credential: string;
  workspace: string;
  endpoint: string;
  candidate: string;
  /** The deployments the candidate replaces; the first is its baseline. */
  baselines: string[];
  requests: SmokeRequest[];
  durationMs: number;
  analysis: AnalysisSettings;
}

/** Probes and judges one step; the line says what was seen. */
export async function analyseStep(
  p: StepProbe,
): Promise<{ analysis: StepAnalysis; gateway?: GatewayCounts; line: string }> {
  const before = await readGatewayCounts(p.scoringUri, p.workspace, p.endpoint, p.credential);
  const samples = await probeDeployments({
    scoringUri: p.scoringUri,
    credential: p.credential,
    deployments: [p.candidate, ...p.baselines],
    requests: p.requests,
    durationMs: p.durationMs,
  });
  const after = before
    ? await readGatewayCounts(p.scoringUri, p.workspace, p.endpoint, p.credential)
    : undefined;
  const gateway = before && after ? countsBetween(before, after) : undefined;
  const candidate = samples[p.candidate]!;
  // The gateway saw every request (ours and the clients'), so its counts replace our probe's.
  const counted = gateway?.[p.candidate];
  if (counted && counted.requests >= candidate.requests) {
    candidate.requests = counted.requests;
    candidate.errors = counted.errors;
  }
  const baseline = p.baselines[0];
  const analysis = analyzeStep(candidate, baseline ? samples[baseline] : undefined, p.analysis);
  const c = analysis.candidate;
  const line =
    `  ${p.candidate}: ${c.requests} requests, error rate ${(c.errorRate * 100).toFixed(2)}%, p95 ${c.latencyMs.p95} ms` +
    (analysis.baseline
      ? `; ${baseline}: ${analysis.baseline.requests} requests, error rate ${(analysis.baseline.errorRate * 100).toFixed(2)}%, p95 ${analysis.baseline.latencyMs.p95} ms`
      : '') +
    (candidate.unreachable
      ? `; ${candidate.unreachable} probe request(s) found the endpoint unreachable (connection refused: counted against neither deployment)`
      : '') +
    ` -> ${analysis.passed ? 'pass' : `FAIL: ${analysis.reasons.join('; ')}`}`;
  return { analysis, gateway, line };
}
