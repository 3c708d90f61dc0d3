// What a promote run reports (the action's `report` output and job summary), and the two ways it ends in error.
import type { SmokeRequest } from '../smoke/runner.js';
import type { AnalysisSettings, StepAnalysis } from './analysis.js';
import type { GatewayCounts } from './probe.js';
import type { RolloutStep } from './steps.js';
import { describeTraffic, type TrafficMap } from './traffic.js';

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
  /** What to do with a rollout a killed run left on the endpoint (its record says which). */
  onInterrupted: 'resume' | 'rollback';
  keepOld: boolean;
  timeoutMs: number;
  /** This run's id in the rollout record (rolloutRunId). */
  runId: string;
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
  decision: 'promoted' | 'rolled-back' | 'rejected' | 'aborted';
  endpoint: string;
  deployment: string;
  /** This run's id in the rollout record. */
  run: string;
  /** The deployments that had live traffic when the rollout started. */
  previous: string[];
  startTraffic: TrafficMap;
  startMirrorTraffic: TrafficMap;
  traffic: TrafficMap;
  mirrorTraffic: TrafficMap;
  /** What this run did with a rollout an earlier run left on the endpoint (resumed, rolled back, finished). */
  recovery?: string;
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

/**
 * A rollout stopped because the endpoint is not as this run left it (another writer) or not as it must end:
 * nothing more was written, the traffic is as found. The report's reason holds the difference.
 */
export class AbortedError extends Error {
  constructor(readonly report: PromoteReport) {
    super(
      `Aborted the rollout of ${report.deployment} on ${report.endpoint}: ${report.reason}. ` +
        `Traffic left as found: ${describeTraffic(report.traffic)}; mirror ${describeTraffic(report.mirrorTraffic)}.`,
    );
    this.name = 'AbortedError';
  }
}
