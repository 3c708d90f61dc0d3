import type { AzureMLClient } from '../azureml/client.js';
import type { EndpointInfo } from '../azureml/online-client.js';
import type { WaitOptions } from '../azureml/operation-wait.js';
import { ConfigurationError } from '../errors.js';
import type { SmokeRequest } from '../smoke/runner.js';
import { analyzeStep, type AnalysisSettings, type StepAnalysis } from './analysis.js';
import { countsBetween, probeDeployments, readGatewayCounts, type GatewayCounts } from './probe.js';
import { describeStep, stepMaps, type RolloutStep } from './steps.js';
import { describeTraffic, liveShares, planTraffic, sameTraffic, type TrafficMap } from './traffic.js';

export interface PromoteSettings {
  endpoint: string;
  /** The new deployment. */
  deployment: string;
  mode: 'promote' | 'reject';
  steps: RolloutStep[];
  stepIntervalMs: number;
  /** Analysis requests, sent to the new and the old deployment at each step. */
  requests: SmokeRequest[];
  analysis: AnalysisSettings;
  /** The traffic the caller expects the endpoint to have before anything changes. */
  expectedTraffic?: TrafficMap;
  keepOld: boolean;
  timeoutMs: number;
}

export interface StepReport {
  step: string;
  traffic: TrafficMap;
  mirrorTraffic: TrafficMap;
  analysis: StepAnalysis;
  /** What the emulator's gateway counted per deployment during the step (all client traffic). */
  gateway?: GatewayCounts;
}

export interface PromoteReport {
  decision: 'promoted' | 'rolled-back' | 'rejected';
  endpoint: string;
  deployment: string;
  /** The deployments that had live traffic when the rollout started. */
  previous: string[];
  startTraffic: TrafficMap;
  startMirrorTraffic: TrafficMap;
  traffic: TrafficMap;
  mirrorTraffic: TrafficMap;
  steps: StepReport[];
  retired: string[];
  /** `name:version` of the model now serving, tagged with the environment. */
  model?: string;
  reason?: string;
  seconds: number;
}

/** A rollout that was rolled back: the report says why. */
export class RolledBackError extends Error {
  constructor(readonly report: PromoteReport) {
    super(
      `Rolled back ${report.deployment} on ${report.endpoint}: ${report.reason}. Traffic restored to ${describeTraffic(report.traffic)}.`,
    );
    this.name = 'RolledBackError';
  }
}

/** The traffic map with `name` at 0 and the others scaled back up to 100 in their proportions. */
export function withoutDeployment(map: TrafficMap, name: string, fallback?: string): TrafficMap {
  const others = liveShares(map).filter(([n]) => n !== name);
  const total = others.reduce((s, [, v]) => s + v, 0);
  if (others.length === 0) {
    if (!fallback) return { ...map, [name]: 0 };
    return { ...map, [name]: 0, [fallback]: 100 };
  }
  const [first, firstShare] = others[0]!;
  const scaled = planTraffic(Object.fromEntries(others), first, Math.round((firstShare * 100) / total));
  return { ...Object.fromEntries(Object.keys(map).map((k) => [k, 0])), ...scaled };
}

/** `name:version` of a model version's ARM id. */
function modelOf(id: string | undefined): { name: string; version: string } | undefined {
  const m = /\/models\/([^/]+)\/versions\/([^/]+)$/.exec(id ?? '');
  return m ? { name: m[1]!, version: m[2]! } : undefined;
}

/**
 * Completes (or rejects) a rollout on an endpoint from its live state: checks the guard, moves traffic to the
 * new deployment in the given steps, analyses each step against the old deployment, rolls back to the starting
 * maps on a failed analysis, and on success retires the old deployments and tags the model version.
 */
export async function promoteDeployment(
  client: AzureMLClient,
  settings: PromoteSettings,
  log: (line: string) => void,
): Promise<PromoteReport> {
  const started = Date.now();
  const wait = (): WaitOptions => ({
    timeoutMs: Math.max(1_000, settings.timeoutMs - (Date.now() - started)),
    intervalMs: 1_000,
    progressEveryMs: 10_000,
    log,
  });
  const { endpoint: endpointName, deployment: name } = settings;

  const endpoint = await client.getEndpoint(endpointName);
  if (!endpoint) {
    throw new ConfigurationError(
      `Input 'endpoint': endpoint ${endpointName} does not exist in workspace '${client.address.workspace}'.`,
      'endpoint',
    );
  }
  if (settings.expectedTraffic && !sameTraffic(settings.expectedTraffic, endpoint.traffic)) {
    throw new ConfigurationError(
      `Input 'expected-traffic': the endpoint's traffic is ${describeTraffic(endpoint.traffic)}, not ${describeTraffic(settings.expectedTraffic)} as expected. ` +
        `Another pipeline may be rolling out on ${endpointName}; nothing was changed. Re-read the endpoint and run again.`,
      'expected-traffic',
    );
  }
  const deployments = await client.listDeployments(endpointName);
  const target = deployments.find((d) => d.name === name);
  if (!target) {
    throw new ConfigurationError(
      `Input 'deployment': endpoint ${endpointName} has no deployment ${name} (it has ${deployments.map((d) => d.name).join(', ') || 'none'}). Deploy it first.`,
      'deployment',
    );
  }
  if (target.provisioningState !== 'Succeeded') {
    throw new ConfigurationError(
      `Input 'deployment': ${name} is ${target.provisioningState}, not Succeeded; it cannot take traffic.`,
      'deployment',
    );
  }
  const startTraffic = { ...endpoint.traffic };
  const startMirrorTraffic = { ...endpoint.mirrorTraffic };
  const previous = liveShares(startTraffic)
    .map(([n]) => n)
    .filter((n) => n !== name);
  const report: PromoteReport = {
    decision: settings.mode === 'reject' ? 'rejected' : 'promoted',
    endpoint: endpointName,
    deployment: name,
    previous,
    startTraffic,
    startMirrorTraffic,
    traffic: startTraffic,
    mirrorTraffic: startMirrorTraffic,
    steps: [],
    retired: [],
    seconds: 0,
  };
  const apply = async (traffic: TrafficMap, mirrorTraffic: TrafficMap): Promise<EndpointInfo> => {
    const after = await client.setTraffic(endpointName, { traffic, mirrorTraffic }, wait());
    report.traffic = after.traffic;
    report.mirrorTraffic = after.mirrorTraffic;
    return after;
  };

  if (settings.mode === 'reject') {
    const fallback = deployments.find((d) => d.name !== name && d.provisioningState === 'Succeeded')?.name;
    if (previous.length === 0 && !fallback) {
      throw new ConfigurationError(
        `Input 'mode': there is no other deployment on ${endpointName} to give the traffic back to.`,
        'mode',
      );
    }
    const traffic = withoutDeployment(startTraffic, name, fallback);
    log(
      `Reject ${name}: traffic ${describeTraffic(startTraffic)} -> ${describeTraffic(traffic)}; mirror cleared.`,
    );
    await apply(traffic, {});
    report.reason = 'rejected by hand';
    report.seconds = (Date.now() - started) / 1000;
    return report;
  }

  if ((startTraffic[name] ?? 0) === 100) {
    log(`${name} already takes all the traffic of ${endpointName}: nothing to move.`);
  } else {
    const credential = await client.getScoringCredential(endpoint);
    // With no live deployment to compare with or keep serving, a stepped rollout means nothing: go to 100.
    const steps: RolloutStep[] = previous.length > 0 ? settings.steps : [{ kind: 'traffic', share: 100 }];
    if (previous.length === 0)
      log(`No deployment of ${endpointName} takes live traffic: ${name} goes straight to 100%.`);
    for (const [i, step] of steps.entries()) {
      const maps = stepMaps(startTraffic, name, step);
      log(
        `Step ${i + 1}/${steps.length} (${describeStep(step)}): traffic ${describeTraffic(maps.traffic)}; mirror ${describeTraffic(maps.mirrorTraffic)}`,
      );
      const now = await apply(maps.traffic, maps.mirrorTraffic);
      const before = await readGatewayCounts(
        now.scoringUri ?? '',
        client.address.workspace,
        endpointName,
        credential,
      );
      const samples = await probeDeployments({
        scoringUri: now.scoringUri ?? '',
        credential,
        deployments: [name, ...previous],
        requests: settings.requests,
        durationMs: settings.stepIntervalMs,
      });
      const after = before
        ? await readGatewayCounts(now.scoringUri ?? '', client.address.workspace, endpointName, credential)
        : undefined;
      const gateway = before && after ? countsBetween(before, after) : undefined;
      const candidate = samples[name]!;
      // The gateway saw every request (ours and the clients'), so its counts replace our probe's.
      if (gateway?.[name] && gateway[name].requests >= candidate.requests) {
        candidate.requests = gateway[name].requests;
        candidate.errors = gateway[name].errors;
      }
      const baselineSample = previous.length > 0 ? samples[previous[0]!] : undefined;
      const analysis = analyzeStep(candidate, baselineSample, settings.analysis);
      report.steps.push({
        step: describeStep(step),
        traffic: now.traffic,
        mirrorTraffic: now.mirrorTraffic,
        analysis,
        gateway,
      });
      const c = analysis.candidate;
      log(
        `  ${name}: ${c.requests} requests, error rate ${(c.errorRate * 100).toFixed(2)}%, p95 ${c.latencyMs.p95} ms` +
          (analysis.baseline
            ? `; ${previous[0]}: ${analysis.baseline.requests} requests, error rate ${(analysis.baseline.errorRate * 100).toFixed(2)}%, p95 ${analysis.baseline.latencyMs.p95} ms`
            : '') +
          ` -> ${analysis.passed ? 'pass' : `FAIL: ${analysis.reasons.join('; ')}`}`,
      );
      if (!analysis.passed) {
        report.decision = 'rolled-back';
        report.reason = `step ${describeStep(step)}: ${analysis.reasons.join('; ')}`;
        log(
          `Rolling back to ${describeTraffic(startTraffic)}; mirror ${describeTraffic(startMirrorTraffic)}.`,
        );
        await apply(startTraffic, startMirrorTraffic);
        report.seconds = (Date.now() - started) / 1000;
        throw new RolledBackError(report);
      }
    }
  }

  // Success: the old deployments have no traffic; retire them, then record which model serves here.
  if (!settings.keepOld) {
    for (const d of previous) {
      log(`Retiring ${d}`);
      await client.deleteDeployment(endpointName, d, wait());
      report.retired.push(d);
    }
  }
  if (report.retired.length > 0) {
    const after = await client.getEndpoint(endpointName);
    if (after) {
      report.traffic = after.traffic;
      report.mirrorTraffic = after.mirrorTraffic;
    }
  }
  const model = modelOf(target.model);
  if (model) {
    const version = await client.getModelVersion(model.name, model.version);
    if (version?.modelUri && version.modelType) {
      await client.createOrUpdateModelVersion(model.name, model.version, {
        modelUri: version.modelUri,
        modelType: version.modelType,
        description: version.description,
        properties: version.properties,
        tags: {
          ...version.tags,
          'mlops.environment': client.address.workspace,
          'mlops.serving': `${endpointName}/${name}`,
          'mlops.promoted-at': new Date().toISOString(),
        },
      });
      report.model = `${model.name}:${model.version}`;
      log(`Tagged ${report.model} as serving ${endpointName}/${name} in ${client.address.workspace}.`);
    }
  }
  report.seconds = (Date.now() - started) / 1000;
  return report;
}
