// The record of a rollout kept on the endpoint itself, so that a rerun on a fresh runner (after a kill) finds
// it. It lives in the endpoint's tags: in the 2026-07-01 spec an OnlineEndpoint's `tags` (TrackedResource) are
// writable by the same PUT that sets `properties.traffic` and `properties.mirrorTraffic`, while
// `properties.properties` can only be added to. promote writes the record in the very PUT that moves the traffic,
// so a kill at any moment leaves either no record or one that matches the traffic.
// ARM limits (azure-resource-manager/management/tag-resources): at most 50 tags, names up to 512 characters,
// values up to 256; so one tag per field, each value checked before anything is written.
import { ConfigurationError } from '../errors.js';
import { describeStep, parseSteps, stepMaps, type RolloutStep } from './steps.js';
import { describeTraffic, liveShares, sameTraffic, type TrafficMap } from './traffic.js';

/** The tag names, all under one prefix. */
export const RECORD_TAGS = {
  run: 'mlops.rollout.run',
  candidate: 'mlops.rollout.candidate',
  baselines: 'mlops.rollout.baselines',
  traffic: 'mlops.rollout.traffic',
  mirror: 'mlops.rollout.mirror',
  steps: 'mlops.rollout.steps',
  step: 'mlops.rollout.step',
  startedAt: 'mlops.rollout.started-at',
} as const;

/** ARM's limit on a tag value. */
export const TAG_VALUE_MAX = 256;

export interface RolloutRecord {
  /** The run that wrote the record (its GitHub run, attempt and a random part: two runs never share one). */
  run: string;
  /** The deployment being rolled out. */
  candidate: string;
  /** The deployments that had live traffic before the rollout (retired when it ends). */
  baselines: string[];
  /** The traffic and mirror traffic before the rollout: what a rollback restores. */
  traffic: TrafficMap;
  mirrorTraffic: TrafficMap;
  /** The rollout's steps, and the one (1-based) whose traffic the same write set. */
  steps: RolloutStep[];
  step: number;
  startedAt: string;
}

/** A run id for the record: `<run id>.<attempt>-<random>`, `local.1-<random>` outside GitHub Actions. */
export function rolloutRunId(env: Record<string, string | undefined>, random: string): string {
  return `${env.GITHUB_RUN_ID || 'local'}.${env.GITHUB_RUN_ATTEMPT || '1'}-${random}`;
}

/** `mirror:20,50,100`: the steps input's own notation. */
export function formatSteps(steps: RolloutStep[]): string {
  return steps.map((s) => (s.kind === 'mirror' ? `mirror:${s.share}` : String(s.share))).join(',');
}

const compact = (map: TrafficMap): string => JSON.stringify(Object.fromEntries(liveShares(map)));

/** The tags that carry the record (each value within TAG_VALUE_MAX, or a ConfigurationError before any write). */
export function recordTags(record: RolloutRecord): Record<string, string> {
  const tags: Record<string, string> = {
    [RECORD_TAGS.run]: record.run,
    [RECORD_TAGS.candidate]: record.candidate,
    [RECORD_TAGS.baselines]: record.baselines.join(','),
    [RECORD_TAGS.traffic]: compact(record.traffic),
    [RECORD_TAGS.mirror]: compact(record.mirrorTraffic),
    [RECORD_TAGS.steps]: formatSteps(record.steps),
    [RECORD_TAGS.step]: String(record.step),
    [RECORD_TAGS.startedAt]: record.startedAt,
  };
  for (const [name, value] of Object.entries(tags)) {
    if (value.length > TAG_VALUE_MAX) {
      const input = name === RECORD_TAGS.steps ? 'steps' : 'endpoint';
      throw new ConfigurationError(
        `Input '${input}': the rollout record's tag ${name} would be ${value.length} characters, over ARM's ${TAG_VALUE_MAX} for a tag value. ` +
          (input === 'steps'
            ? 'Use fewer steps.'
            : 'Retire some of the deployments that take traffic first.'),
        input,
      );
    }
  }
  return tags;
}

/** Tag changes that remove the record (setTraffic's `tags`: null removes a tag). */
export function clearedRecordTags(): Record<string, null> {
  return Object.fromEntries(Object.values(RECORD_TAGS).map((t) => [t, null]));
}

function percentJson(text: string | undefined, tag: string): TrafficMap {
  const value: unknown = JSON.parse(text ?? '{}');
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new Error(`${tag} is not a JSON object`);
  for (const [k, v] of Object.entries(value)) {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 100)
      throw new Error(`${tag} gives ${k} ${JSON.stringify(v)}, not a percentage`);
  }
  return value as TrafficMap;
}

/**
 * The record in an endpoint's tags: undefined when there is none; an Error naming the tag when one is damaged
 * (edited by hand), which promote reports with the way out (mode: reject, or remove the tags).
 */
export function parseRecord(tags: Record<string, string>): RolloutRecord | undefined {
  const run = tags[RECORD_TAGS.run];
  if (run === undefined) return undefined;
  try {
    const candidate = tags[RECORD_TAGS.candidate];
    if (!candidate) throw new Error(`${RECORD_TAGS.candidate} is missing`);
    const steps = parseSteps(tags[RECORD_TAGS.steps] ?? '', RECORD_TAGS.steps);
    const step = Number(tags[RECORD_TAGS.step]);
    if (!Number.isInteger(step) || step < 1 || step > steps.length)
      throw new Error(`${RECORD_TAGS.step} is not a step from 1 to ${steps.length}`);
    return {
      run,
      candidate,
      baselines: (tags[RECORD_TAGS.baselines] ?? '').split(',').filter(Boolean),
      traffic: percentJson(tags[RECORD_TAGS.traffic], RECORD_TAGS.traffic),
      mirrorTraffic: percentJson(tags[RECORD_TAGS.mirror], RECORD_TAGS.mirror),
      steps,
      step,
      startedAt: tags[RECORD_TAGS.startedAt] ?? '',
    };
  } catch (error) {
    throw new Error(
      `The endpoint's rollout record is damaged (${(error as Error).message}). Run promote with mode: reject to ` +
        `take the traffic back by hand, or remove the ${Object.values(RECORD_TAGS).join(', ')} tags.`,
    );
  }
}

/**
 * What a record means against the endpoint's maps:
 * - `interrupted`: the maps are those of the recorded step (a run stopped mid-rollout, or one still running);
 * - `finished`: the candidate takes all the traffic and nothing is mirrored (its old deployments not yet retired);
 * - `stale`: the maps are the ones before the rollout, or were changed by another writer after the recorded step.
 */
export type RecordState = 'interrupted' | 'finished' | 'stale';

export function recordState(
  record: RolloutRecord,
  maps: { traffic: TrafficMap; mirrorTraffic: TrafficMap },
): RecordState {
  const at = (m: { traffic: TrafficMap; mirrorTraffic: TrafficMap }): boolean =>
    sameTraffic(m.traffic, maps.traffic) && sameTraffic(m.mirrorTraffic, maps.mirrorTraffic);
  if (at({ traffic: { [record.candidate]: 100 }, mirrorTraffic: {} })) return 'finished';
  if (at({ traffic: record.traffic, mirrorTraffic: record.mirrorTraffic })) return 'stale';
  const step = record.steps[record.step - 1]!;
  return at(stepMaps(record.traffic, record.candidate, step)) ? 'interrupted' : 'stale';
}

/** `green, step 2/3 (50%), started 2026-11-30T10:00:00Z by run 99.1-ab12cd`. */
export function describeRecord(record: RolloutRecord): string {
  const step = record.steps[record.step - 1]!;
  return (
    `${record.candidate}, step ${record.step}/${record.steps.length} (${describeStep(step)}), ` +
    `started ${record.startedAt} by run ${record.run}; before it: traffic ${describeTraffic(record.traffic)}, ` +
    `mirror ${describeTraffic(record.mirrorTraffic)}`
  );
}

/**
 * The line every action logs (as a warning) about an endpoint that carries a rollout record, or undefined when
 * it carries none. It never throws: a damaged record is named too.
 */
export function midRolloutNotice(endpoint: {
  name: string;
  tags: Record<string, string>;
  traffic: TrafficMap;
  mirrorTraffic: TrafficMap;
}): string | undefined {
  let record: RolloutRecord | undefined;
  try {
    record = parseRecord(endpoint.tags);
  } catch (error) {
    return `Endpoint ${endpoint.name} carries a rollout record: ${(error as Error).message}`;
  }
  if (!record) return undefined;
  const state = recordState(record, endpoint);
  const what =
    state === 'interrupted'
      ? 'is mid-rollout'
      : state === 'finished'
        ? 'has finished a rollout whose old deployments are not yet retired'
        : 'carries the record of a rollout whose traffic was changed since';
  return (
    `Endpoint ${endpoint.name} ${what}: ${describeRecord(record)}. Now: traffic ${describeTraffic(endpoint.traffic)}, ` +
    `mirror ${describeTraffic(endpoint.mirrorTraffic)}. A promote run finishes it (on-interrupted: resume) or rolls it back (on-interrupted: rollback).`
  );
}
