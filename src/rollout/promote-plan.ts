// Where a promote run starts: from the endpoint as found, or from the rollout record an earlier (killed) run
// left on it, resumed or rolled back as `on-interrupted` says.
import type { EndpointInfo } from '../azureml/online-client.js';
import type { PromoteSettings } from './promote-report.js';
import { describeRecord, recordState, type RolloutRecord } from './rollout-record.js';
import type { RolloutStep } from './steps.js';
import { describeTraffic, liveShares, type TrafficMap } from './traffic.js';

export interface RolloutPlan {
  /** The maps before the rollout: what a failed analysis restores, and what the steps are computed from. */
  start: { traffic: TrafficMap; mirrorTraffic: TrafficMap };
  /** The deployments the candidate replaces (retired at the end unless keep-old). */
  baselines: string[];
  steps: RolloutStep[];
  /** The index of the first step to run (a resumed rollout re-runs the step it was killed in). */
  firstStep: number;
  startedAt: string;
  /** Restore `start` (and clear the record) before the first step: an interrupted rollout rolled back. */
  restore: boolean;
  /** What was done with an earlier run's rollout, for the log and the report. */
  recovery?: string;
  /** Said as a warning: a record that no longer describes the endpoint. */
  warning?: string;
}

/**
 * The steps that still move traffic when the candidate already has `share` percent: none of the mirror steps
 * (Azure ML mirrors only to a deployment without live traffic) and only the live shares above it.
 */
export function stepsAbove(steps: RolloutStep[], share: number): RolloutStep[] {
  return share === 0 ? steps : steps.filter((s) => s.kind === 'traffic' && s.share > share);
}

function fresh(settings: PromoteSettings, start: RolloutPlan['start'], now: string): RolloutPlan {
  const baselines = liveShares(start.traffic)
    .map(([n]) => n)
    .filter((n) => n !== settings.deployment);
  const share = start.traffic[settings.deployment] ?? 0;
  const done = share === 100 && liveShares(start.mirrorTraffic).length === 0;
  // With no live deployment to compare with or keep serving, a stepped rollout means nothing: go to 100.
  const steps: RolloutStep[] = done
    ? []
    : baselines.length > 0
      ? stepsAbove(settings.steps, share)
      : [{ kind: 'traffic', share: 100 }];
  return { start, baselines, steps, firstStep: 0, startedAt: now, restore: false };
}

/** The plan for this run, from the endpoint as found and the record it carries (if any). */
export function planRollout(
  found: EndpointInfo,
  record: RolloutRecord | undefined,
  settings: PromoteSettings,
  now: string,
): RolloutPlan {
  const asFound = { traffic: found.traffic, mirrorTraffic: found.mirrorTraffic };
  if (!record) return fresh(settings, asFound, now);
  const state = recordState(record, found);
  const earlier = `run ${record.run}'s rollout of ${describeRecord(record)}`;
  const recorded = { traffic: record.traffic, mirrorTraffic: record.mirrorTraffic };
  const mine = record.candidate === settings.deployment;
  if (state === 'stale' || (state === 'finished' && !mine)) {
    return {
      ...fresh(settings, asFound, now),
      warning:
        `Endpoint ${found.name} carries the record of ${earlier}, but its traffic (${describeTraffic(found.traffic)}; ` +
        `mirror ${describeTraffic(found.mirrorTraffic)}) was set since by another writer: this run starts from it and replaces the record.`,
    };
  }
  if (state === 'finished') {
    return {
      start: recorded,
      baselines: record.baselines,
      steps: [],
      firstStep: 0,
      startedAt: record.startedAt,
      restore: false,
      recovery: `Finishing ${earlier}: its traffic was already moved; what is left is to retire the old deployments and clear the record.`,
    };
  }
  if (settings.onInterrupted === 'resume' && mine) {
    return {
      start: recorded,
      baselines: record.baselines,
      steps: record.steps,
      firstStep: record.step - 1,
      startedAt: record.startedAt,
      restore: false,
      recovery: `Resuming ${earlier} (on-interrupted: resume), from the step it was stopped in.`,
    };
  }
  const why =
    settings.onInterrupted === 'resume'
      ? ` (on-interrupted is resume, but that rollout is of ${record.candidate}, not ${settings.deployment}, so it is rolled back)`
      : ' (on-interrupted: rollback)';
  return {
    ...fresh(settings, recorded, now),
    restore: true,
    recovery: `Rolling back ${earlier}${why}: traffic back to ${describeTraffic(record.traffic)}, mirror ${describeTraffic(record.mirrorTraffic)}, then this rollout starts.`,
  };
}
