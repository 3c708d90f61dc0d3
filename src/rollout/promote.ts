import type { AzureMLClient } from '../azureml/client.js';
import type { EndpointInfo } from '../azureml/online-client.js';
import type { WaitOptions } from '../azureml/operation-wait.js';
import { ConfigurationError } from '../errors.js';
import { tagServingModel } from './model-tag.js';
import { planRollout } from './promote-plan.js';
import { AbortedError, RolledBackError, type PromoteReport, type PromoteSettings } from './promote-report.js';
import { analyseStep } from './promote-step.js';
import { diffMaps, EndpointChangedError, GuardedEndpoint } from './rollout-guard.js';
import { midRolloutNotice, parseRecord, recordState, type RolloutRecord } from './rollout-record.js';
import { describeStep, stepMaps } from './steps.js';
import { describeTraffic, liveShares, planTraffic, sameTraffic, type TrafficMap } from './traffic.js';

export { AbortedError, RolledBackError, type PromoteReport, type PromoteSettings } from './promote-report.js';
export type { StepReport } from './promote-report.js';

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

/** The record on the endpoint; a damaged one is the user's to fix (promote mode: reject clears it). */
function readRecord(endpoint: EndpointInfo): RolloutRecord | undefined {
  try {
    return parseRecord(endpoint.tags);
  } catch (error) {
    throw new ConfigurationError(`Input 'endpoint': ${(error as Error).message}`, 'endpoint');
  }
}

/**
 * The expected-traffic guard at the start: the endpoint's traffic, or (when it is mid-rollout) the traffic
 * before that rollout, which is what the interrupted pipeline expected too. A difference is a reason to abort.
 */
function expectedTrafficProblem(
  settings: PromoteSettings,
  found: EndpointInfo,
  record: RolloutRecord | undefined,
): string | undefined {
  const expected = settings.expectedTraffic;
  if (!expected || sameTraffic(expected, found.traffic)) return undefined;
  if (record && recordState(record, found) !== 'stale' && sameTraffic(expected, record.traffic))
    return undefined;
  return (
    `Input 'expected-traffic': the endpoint's traffic is ${describeTraffic(found.traffic)}, not ${describeTraffic(expected)} as expected ` +
    `(${diffMaps(expected, found.traffic)}). Another pipeline may be rolling out on ${settings.endpoint}; nothing was changed. Re-read the endpoint and run again`
  );
}

/**
 * Completes (or rejects) a rollout on an endpoint from its live state: checks the guard, moves traffic to the
 * new deployment in the given steps, analyses each step against the old deployment, rolls back to the starting
 * maps on a failed analysis, and on success retires the old deployments, reads the endpoint back and tags the
 * model version. Every write goes through the guard (rollout-guard.ts) and carries the rollout record
 * (rollout-record.ts); a run that finds an interrupted rollout resumes it or rolls it back (promote-plan.ts).
 */
export async function promoteDeployment(
  client: AzureMLClient,
  settings: PromoteSettings,
  log: (line: string) => void,
  warn: (line: string) => void = log,
): Promise<PromoteReport> {
  const started = Date.now();
  const wait = (): WaitOptions => ({
    timeoutMs: Math.max(1_000, settings.timeoutMs - (Date.now() - started)),
    intervalMs: 1_000,
    progressEveryMs: 10_000,
    log,
  });
  const { endpoint: endpointName, deployment: name } = settings;
  const found = await client.getEndpoint(endpointName);
  if (!found) {
    throw new ConfigurationError(
      `Input 'endpoint': endpoint ${endpointName} does not exist in workspace '${client.address.workspace}'.`,
      'endpoint',
    );
  }
  const record = settings.mode === 'reject' ? undefined : readRecord(found);
  const report: PromoteReport = {
    decision: settings.mode === 'reject' ? 'rejected' : 'promoted',
    endpoint: endpointName,
    deployment: name,
    run: settings.runId,
    previous: [],
    startTraffic: found.traffic,
    startMirrorTraffic: found.mirrorTraffic,
    traffic: found.traffic,
    mirrorTraffic: found.mirrorTraffic,
    steps: [],
    retired: [],
    seconds: 0,
  };
  const abort = (reason: string, now: { traffic: TrafficMap; mirrorTraffic: TrafficMap }): AbortedError => {
    report.decision = 'aborted';
    report.reason = reason;
    report.traffic = now.traffic;
    report.mirrorTraffic = now.mirrorTraffic;
    report.seconds = (Date.now() - started) / 1000;
    return new AbortedError(report);
  };
  const guardProblem = expectedTrafficProblem(settings, found, record);
  if (guardProblem) throw abort(guardProblem, found);

  const deployments = await client.listDeployments(endpointName);
  const target = deployments.find((d) => d.name === name);
  if (!target) {
    throw new ConfigurationError(
      `Input 'deployment': endpoint ${endpointName} has no deployment ${name} (it has ${deployments.map((d) => d.name).join(', ') || 'none'}). Deploy it first.`,
      'deployment',
    );
  }
  const guard = new GuardedEndpoint(client, endpointName, found, wait);
  if (target.provisioningState !== 'Succeeded') {
    // A candidate that failed mid-rollout (seen in the fault campaign: the emulator restarted, its files were gone,
    // its provisioning failed) keeps the share the interrupted run gave it: whatever on-interrupted says, the traffic
    // before the rollout is restored from the record first, so no client is left routed to a Failed deployment.
    let restored = '';
    if (record && record.candidate === name && recordState(record, found) === 'interrupted') {
      const before = { traffic: record.traffic, mirrorTraffic: record.mirrorTraffic };
      const after = await guard.write(before, undefined);
      report.traffic = after.traffic;
      report.mirrorTraffic = after.mirrorTraffic;
      restored = ` Its interrupted rollout was rolled back: traffic ${describeTraffic(after.traffic)}, mirror ${describeTraffic(after.mirrorTraffic)}, record cleared.`;
      warn(`${name} is ${target.provisioningState} mid-rollout.${restored}`);
    }
    throw new ConfigurationError(
      `Input 'deployment': ${name} is ${target.provisioningState}, not Succeeded; it cannot take traffic.${restored}`,
      'deployment',
    );
  }
  const apply = async (
    maps: { traffic: TrafficMap; mirrorTraffic: TrafficMap },
    rec: RolloutRecord | undefined,
  ): Promise<EndpointInfo> => {
    const after = await guard.write(maps, rec);
    report.traffic = after.traffic;
    report.mirrorTraffic = after.mirrorTraffic;
    return after;
  };

  try {
    if (settings.mode === 'reject') {
      const notice = midRolloutNotice(found);
      if (notice) warn(`${notice} mode: reject clears it.`);
      const fallback = deployments.find((d) => d.name !== name && d.provisioningState === 'Succeeded')?.name;
      if (liveShares(found.traffic).every(([n]) => n === name) && !fallback) {
        throw new ConfigurationError(
          `Input 'mode': there is no other deployment on ${endpointName} to give the traffic back to.`,
          'mode',
        );
      }
      const traffic = withoutDeployment(found.traffic, name, fallback);
      log(
        `Reject ${name}: traffic ${describeTraffic(found.traffic)} -> ${describeTraffic(traffic)}; mirror and any rollout record cleared.`,
      );
      await apply({ traffic, mirrorTraffic: {} }, undefined);
      report.reason = 'rejected by hand';
      report.seconds = (Date.now() - started) / 1000;
      return report;
    }

    const plan = planRollout(found, record, settings, new Date().toISOString());
    if (plan.warning) warn(plan.warning);
    if (plan.recovery) {
      warn(plan.recovery);
      report.recovery = plan.recovery;
    }
    if (plan.restore) await apply(plan.start, undefined);
    report.previous = plan.baselines;
    report.startTraffic = plan.start.traffic;
    report.startMirrorTraffic = plan.start.mirrorTraffic;

    const steps = plan.steps;
    if (steps.length === 0) log(`${name} already takes all the traffic of ${endpointName}: nothing to move.`);
    else if (plan.baselines.length === 0)
      log(`No deployment of ${endpointName} takes live traffic: ${name} goes straight to 100%.`);
    const credential = steps.length > 0 ? await client.getScoringCredential(found) : '';
    for (let i = plan.firstStep; i < steps.length; i++) {
      const step = steps[i]!;
      const maps = stepMaps(plan.start.traffic, name, step);
      log(
        `Step ${i + 1}/${steps.length} (${describeStep(step)}): traffic ${describeTraffic(maps.traffic)}; mirror ${describeTraffic(maps.mirrorTraffic)}`,
      );
      const now = await apply(maps, {
        run: settings.runId,
        candidate: name,
        baselines: plan.baselines,
        traffic: plan.start.traffic,
        mirrorTraffic: plan.start.mirrorTraffic,
        steps,
        step: i + 1,
        startedAt: plan.startedAt,
      });
      const { analysis, gateway, line } = await analyseStep({
        scoringUri: now.scoringUri ?? '',
        credential,
        workspace: client.address.workspace,
        endpoint: endpointName,
        candidate: name,
        baselines: plan.baselines,
        requests: settings.requests,
        durationMs: settings.stepIntervalMs,
        analysis: settings.analysis,
      });
      report.steps.push({
        step: describeStep(step),
        traffic: now.traffic,
        mirrorTraffic: now.mirrorTraffic,
        analysis,
        gateway,
      });
      log(line);
      if (!analysis.passed) {
        report.decision = 'rolled-back';
        report.reason = `step ${describeStep(step)}: ${analysis.reasons.join('; ')}`;
        log(
          `Rolling back to ${describeTraffic(plan.start.traffic)}; mirror ${describeTraffic(plan.start.mirrorTraffic)}.`,
        );
        await apply(plan.start, undefined);
        report.seconds = (Date.now() - started) / 1000;
        throw new RolledBackError(report);
      }
    }

    // Success: the old deployments have no traffic; retire them, clear the record, read the endpoint back.
    if (!settings.keepOld) {
      for (const d of plan.baselines.filter((b) => b !== name)) {
        log(`Retiring ${d}`);
        await guard.retire(d);
        report.retired.push(d);
      }
    }
    await guard.clearRecord();
    const { found: end, problem } = await guard.verifyPromoted(name);
    report.traffic = end.traffic;
    report.mirrorTraffic = end.mirrorTraffic;
    if (problem) throw abort(problem, end);
  } catch (error) {
    if (!(error instanceof EndpointChangedError)) throw error;
    warn(`Another writer changed endpoint ${endpointName}: ${error.diff}. This run writes nothing more.`);
    throw abort(`another writer changed the endpoint: ${error.diff}`, error.found);
  }

  report.model = await tagServingModel(client, target.model, endpointName, name, log);
  report.seconds = (Date.now() - started) / 1000;
  return report;
}
