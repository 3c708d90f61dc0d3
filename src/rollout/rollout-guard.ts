// The guard of a rollout: every write to the endpoint (a step, a rollback, a retirement, clearing the record) is
// made only if the endpoint is still as this run last wrote it (or found it at the start): the same traffic, the
// same mirror traffic, and the same rollout record.
//
// Why a re-check and not a conditional write: in the 2026-07-01 spec an OnlineEndpoint has no etag and its PUT
// and PATCH take no If-Match, so ARM cannot refuse a write made against a stale read. The re-check runs on the
// very GET whose body setTraffic PUTs back, which narrows the window to that GET->PUT gap, but cannot close it:
// two runs can both pass their checks and both write. That is still safe enough because (1) every write is a
// whole valid map (shares summing to 100 over deployments that exist), so the endpoint always serves; (2) each
// write carries the writer's record, so the run that lost the race sees the other's record (or maps) at its next
// check and aborts without writing; (3) a run reports `promoted` only after reading the endpoint back after its
// last write and finding its deployment at 100% with nothing mirrored (verifyPromoted).
import { AzureMLError, isConflict, isNotFound } from '../azureml/errors.js';
import type { AzureMLClient } from '../azureml/client.js';
import type { EndpointInfo, WaitOptions } from '../azureml/online-client.js';
import { clearedRecordTags, recordTags, RECORD_TAGS, type RolloutRecord } from './rollout-record.js';
import { describeTraffic, liveShares, sameTraffic, type TrafficMap } from './traffic.js';

/** What the guard expects of the endpoint: its maps and the run whose record it carries (undefined: none). */
export interface EndpointExpectation {
  traffic: TrafficMap;
  mirrorTraffic: TrafficMap;
  recordRun?: string;
}

/** The endpoint was changed by a writer other than this run; `diff` says how, `found` is what it is now. */
export class EndpointChangedError extends Error {
  constructor(
    readonly diff: string,
    readonly found: EndpointInfo,
  ) {
    super(`Endpoint ${found.name} was changed by another writer: ${diff}`);
    this.name = 'EndpointChangedError';
  }
}

/** `blue 100% -> 50%, green 0% -> 50%` (the deployments whose share differs), or '' when none does. */
export function diffMaps(before: TrafficMap, after: TrafficMap): string {
  const a = Object.fromEntries(liveShares(before));
  const b = Object.fromEntries(liveShares(after));
  return [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .sort()
    .filter((k) => (a[k] ?? 0) !== (b[k] ?? 0))
    .map((k) => `${k} ${a[k] ?? 0}% -> ${b[k] ?? 0}%`)
    .join(', ');
}

const recordRunOf = (tags: Record<string, string>): string | undefined => tags[RECORD_TAGS.run];

function describeRun(tags: Record<string, string>): string {
  const run = recordRunOf(tags);
  return run ? `run ${run} (candidate ${tags[RECORD_TAGS.candidate] ?? '?'})` : 'none';
}

/** How the endpoint differs from the expectation, or undefined when it does not. */
export function guardDiff(expected: EndpointExpectation, found: EndpointInfo): string | undefined {
  const parts: string[] = [];
  if (!sameTraffic(expected.traffic, found.traffic))
    parts.push(`traffic ${diffMaps(expected.traffic, found.traffic)}`);
  if (!sameTraffic(expected.mirrorTraffic, found.mirrorTraffic))
    parts.push(`mirror ${diffMaps(expected.mirrorTraffic, found.mirrorTraffic)}`);
  if (expected.recordRun !== recordRunOf(found.tags)) {
    const before = expected.recordRun ? `run ${expected.recordRun}` : 'none';
    parts.push(`rollout record ${before} -> ${describeRun(found.tags)}`);
  }
  return parts.length > 0 ? parts.join('; ') : undefined;
}

/** The endpoint of one rollout, written only through the guard. */
export class GuardedEndpoint {
  private expected: EndpointExpectation;

  constructor(
    private readonly client: Pick<AzureMLClient, 'getEndpoint' | 'setTraffic' | 'deleteDeployment'>,
    private readonly name: string,
    found: EndpointInfo,
    private readonly wait: () => WaitOptions,
  ) {
    this.expected = {
      traffic: found.traffic,
      mirrorTraffic: found.mirrorTraffic,
      recordRun: recordRunOf(found.tags),
    };
  }

  private check(found: EndpointInfo): void {
    const diff = guardDiff(this.expected, found);
    if (diff) throw new EndpointChangedError(diff, found);
  }

  /** A fresh read of the endpoint, checked against the expectation. */
  async recheck(): Promise<EndpointInfo> {
    const found = await this.client.getEndpoint(this.name);
    if (!found) throw new AzureMLError(`Endpoint ${this.name} is gone.`, 404);
    this.check(found);
    return found;
  }

  /**
   * Sets both maps and the record (undefined removes it) in one PUT, if the endpoint is still as expected. A 409
   * (another operation on the endpoint) is another writer too when the endpoint then differs.
   */
  async write(
    maps: { traffic: TrafficMap; mirrorTraffic: TrafficMap },
    record: RolloutRecord | undefined,
  ): Promise<EndpointInfo> {
    const tags = record ? recordTags(record) : clearedRecordTags();
    try {
      const after = await this.client.setTraffic(this.name, { ...maps, tags }, this.wait(), (current) =>
        this.check(current),
      );
      this.expected = { ...maps, recordRun: record?.run };
      return after;
    } catch (error) {
      if (isConflict(error)) await this.recheck();
      throw error;
    }
  }

  /** Removes this run's record (the maps stay as last written), if the endpoint carries one and is as expected. */
  async clearRecord(): Promise<void> {
    if (this.expected.recordRun === undefined) return;
    // Live shares only: a retired deployment's 0 entry would name a deployment that no longer exists.
    const live = (map: TrafficMap): TrafficMap => Object.fromEntries(liveShares(map));
    await this.write(
      { traffic: live(this.expected.traffic), mirrorTraffic: live(this.expected.mirrorTraffic) },
      undefined,
    );
  }

  /** Deletes a deployment (one with no traffic left), if the endpoint is still as expected; gone already is done. */
  async retire(deployment: string): Promise<void> {
    await this.recheck();
    try {
      await this.client.deleteDeployment(this.name, deployment, this.wait());
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }

  /**
   * The endpoint read back after the last write: undefined when `deployment` takes 100% with nothing mirrored,
   * else what was found, as a sentence.
   */
  async verifyPromoted(deployment: string): Promise<{ found: EndpointInfo; problem?: string }> {
    const found = await this.client.getEndpoint(this.name);
    if (!found) throw new AzureMLError(`Endpoint ${this.name} is gone.`, 404);
    const ok =
      sameTraffic(found.traffic, { [deployment]: 100 }) && liveShares(found.mirrorTraffic).length === 0;
    if (ok) return { found };
    return {
      found,
      problem: `read back after the last write, the endpoint has traffic ${describeTraffic(found.traffic)} and mirror ${describeTraffic(found.mirrorTraffic)}, not ${deployment} 100% with nothing mirrored`,
    };
  }
}
