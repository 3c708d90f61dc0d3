import { describe, expect, it } from '@jest/globals';
import type { OnlineEndpoint } from '../../src/azureml/arm-models.js';
import { endpointUpdateBody, type EndpointInfo } from '../../src/azureml/online-client.js';
import { planRollout, stepsAbove } from '../../src/rollout/promote-plan.js';
import type { PromoteSettings } from '../../src/rollout/promote-report.js';
import { diffMaps, guardDiff } from '../../src/rollout/rollout-guard.js';
import {
  clearedRecordTags,
  midRolloutNotice,
  parseRecord,
  recordState,
  recordTags,
  rolloutRunId,
  type RolloutRecord,
} from '../../src/rollout/rollout-record.js';
import { parseSteps } from '../../src/rollout/steps.js';
import { configurationErrorOf } from '../helpers/errors.js';

const record: RolloutRecord = {
  run: '99.1-ab12cd',
  candidate: 'green',
  baselines: ['blue'],
  traffic: { blue: 100, green: 0 },
  mirrorTraffic: {},
  steps: parseSteps('mirror:20,50,100'),
  step: 2,
  startedAt: '2026-11-30T10:00:00.000Z',
};
const endpoint = (
  traffic: Record<string, number>,
  mirrorTraffic: Record<string, number> = {},
  tags: Record<string, string> = recordTags(record),
): EndpointInfo => ({ id: '', name: 'ep', location: 'local', authMode: 'Key', tags, traffic, mirrorTraffic });
const settings = (over: Partial<PromoteSettings> = {}): PromoteSettings => ({
  endpoint: 'ep',
  deployment: 'green',
  mode: 'promote',
  steps: parseSteps('mirror:10,100'),
  stepIntervalMs: 1000,
  requests: [],
  analysis: { maxErrorRate: 0.01, maxLatencyRatio: 1.5, onNoData: 'fail' },
  onInterrupted: 'rollback',
  keepOld: false,
  timeoutMs: 60_000,
  runId: '100.1-ffffff',
  ...over,
});

describe('the rollout record', () => {
  it('round-trips through tags, one compact value per tag within ARM limits', () => {
    const tags = recordTags(record);
    expect(tags).toEqual({
      'mlops.rollout.run': '99.1-ab12cd',
      'mlops.rollout.candidate': 'green',
      'mlops.rollout.baselines': 'blue',
      'mlops.rollout.traffic': '{"blue":100}',
      'mlops.rollout.mirror': '{}',
      'mlops.rollout.steps': 'mirror:20,50,100',
      'mlops.rollout.step': '2',
      'mlops.rollout.started-at': '2026-11-30T10:00:00.000Z',
    });
    expect(parseRecord({ other: 'x', ...tags })).toEqual({ ...record, traffic: { blue: 100 } });
    expect(parseRecord({ other: 'x' })).toBeUndefined();
    expect(Object.keys(clearedRecordTags()).sort()).toEqual(Object.keys(tags).sort());
  });

  it('is written in the same PUT as the traffic: tags set and removed, the others kept', () => {
    const current = {
      location: 'local',
      tags: { team: 'ml', ...recordTags(record) },
      properties: { authMode: 'Key', traffic: { blue: 50, green: 50 } },
    } as unknown as OnlineEndpoint;
    const cleared = endpointUpdateBody(current, {
      traffic: { blue: 100 },
      mirrorTraffic: {},
      tags: clearedRecordTags(),
    });
    expect(cleared.tags).toEqual({ team: 'ml' });
    expect(cleared.properties.traffic).toEqual({ blue: 100 });
    const next = recordTags({ ...record, step: 3 });
    expect(endpointUpdateBody(current, { traffic: {}, mirrorTraffic: {}, tags: next }).tags).toEqual({
      team: 'ml',
      ...next,
    });
  });

  it('refuses, before any write, a value over 256 characters, naming the input', () => {
    const steps = parseSteps(Array.from({ length: 99 }, (_, i) => i + 1).join(',') + ',100');
    const error = configurationErrorOf(() => recordTags({ ...record, steps }));
    expect(error.input).toBe('steps');
    expect(error.message).toMatch(/over ARM's 256/);
  });

  it('says which tag of a damaged record is wrong and how to get out', () => {
    expect(() => parseRecord({ ...recordTags(record), 'mlops.rollout.step': '7' })).toThrow(
      /mlops\.rollout\.step is not a step from 1 to 3.*mode: reject/,
    );
    expect(() => parseRecord({ ...recordTags(record), 'mlops.rollout.traffic': '{"blue":"all"}' })).toThrow(
      /mlops\.rollout\.traffic gives blue "all"/,
    );
  });

  it.each([
    [{ blue: 50, green: 50 }, {}, 'interrupted'],
    [{ green: 100, blue: 0 }, {}, 'finished'],
    [{ blue: 100 }, {}, 'stale'],
    [{ blue: 70, green: 30 }, {}, 'stale'],
    [{ blue: 50, green: 50 }, { green: 10 }, 'stale'],
  ])('with traffic %j and mirror %j the endpoint is %s', (traffic, mirror, state) => {
    expect(recordState(record, endpoint(traffic, mirror))).toBe(state);
  });

  it('is named in every action by endpoint, candidate, step and start; nothing without a record', () => {
    expect(midRolloutNotice(endpoint({ blue: 50, green: 50 }))).toMatch(
      /^Endpoint ep is mid-rollout: green, step 2\/3 \(50%\), started 2026-11-30T10:00:00.000Z by run 99.1-ab12cd/,
    );
    expect(midRolloutNotice(endpoint({ blue: 100 }, {}, { team: 'ml' }))).toBeUndefined();
    expect(midRolloutNotice(endpoint({ blue: 100 }, {}, { 'mlops.rollout.run': 'x' }))).toMatch(/damaged/);
  });

  it('gets a run id from the GitHub run and attempt, unique by its random part', () => {
    expect(rolloutRunId({ GITHUB_RUN_ID: '42', GITHUB_RUN_ATTEMPT: '3' }, 'abc123')).toBe('42.3-abc123');
    expect(rolloutRunId({}, 'abc123')).toBe('local.1-abc123');
  });
});

describe('the guard', () => {
  const expected = { traffic: { blue: 100 }, mirrorTraffic: { green: 20 }, recordRun: '99.1-ab12cd' };
  it('sees nothing when the maps and the record are as expected (zero entries aside)', () => {
    expect(guardDiff(expected, endpoint({ blue: 100, green: 0 }, { green: 20 }))).toBeUndefined();
  });
  it('names each deployment whose traffic or mirror changed, from what to what, and a foreign record', () => {
    expect(diffMaps({ blue: 50, green: 50 }, { green: 100 })).toBe('blue 50% -> 0%, green 50% -> 100%');
    expect(guardDiff(expected, endpoint({ blue: 100 }, {}))).toBe('mirror green 20% -> 0%');
    expect(guardDiff(expected, endpoint({ lime: 100 }, { green: 20 }))).toBe(
      'traffic blue 100% -> 0%, lime 0% -> 100%',
    );
    const other = recordTags({ ...record, run: '7.1-000000', candidate: 'lime' });
    expect(guardDiff(expected, endpoint({ blue: 100 }, { green: 20 }, other))).toBe(
      'rollout record run 99.1-ab12cd -> run 7.1-000000 (candidate lime)',
    );
  });
});

describe('planRollout', () => {
  const now = '2026-11-30T11:00:00.000Z';
  it('starts from the endpoint as found when it carries no record', () => {
    const plan = planRollout(endpoint({ blue: 100 }, {}, {}), undefined, settings(), now);
    expect(plan).toMatchObject({ restore: false, firstStep: 0, baselines: ['blue'], startedAt: now });
    expect(plan.steps).toEqual(parseSteps('mirror:10,100'));
  });
  it('moves nothing when the deployment already takes all the traffic with nothing mirrored', () => {
    expect(planRollout(endpoint({ green: 100 }, {}, {}), undefined, settings(), now).steps).toEqual([]);
    expect(planRollout(endpoint({ green: 100 }, { blue: 10 }, {}), undefined, settings(), now).steps).toEqual(
      [{ kind: 'traffic', share: 100 }],
    );
  });
  it('rolls an interrupted rollout back, then runs its own steps (on-interrupted: rollback)', () => {
    const plan = planRollout(endpoint({ blue: 50, green: 50 }), record, settings(), now);
    expect(plan).toMatchObject({ restore: true, firstStep: 0, start: { traffic: record.traffic } });
    expect(plan.steps).toEqual(parseSteps('mirror:10,100'));
    expect(plan.recovery).toMatch(/^Rolling back run 99.1-ab12cd's rollout of green, step 2\/3 \(50%\)/);
  });
  it('resumes the recorded steps from the one reached (on-interrupted: resume)', () => {
    const plan = planRollout(
      endpoint({ blue: 50, green: 50 }),
      record,
      settings({ onInterrupted: 'resume' }),
      now,
    );
    expect(plan).toMatchObject({ restore: false, firstStep: 1, steps: record.steps, baselines: ['blue'] });
    expect(plan.startedAt).toBe(record.startedAt);
  });
  it("rolls back instead of resuming another deployment's rollout, and says why", () => {
    const plan = planRollout(
      endpoint({ blue: 50, green: 50 }),
      record,
      settings({ onInterrupted: 'resume', deployment: 'lime' }),
      now,
    );
    expect(plan.restore).toBe(true);
    expect(plan.recovery).toMatch(/on-interrupted is resume, but that rollout is of green, not lime/);
  });
  it('finishes a rollout whose traffic was moved: retire and clear only', () => {
    const plan = planRollout(endpoint({ green: 100 }), record, settings(), now);
    expect(plan).toMatchObject({ restore: false, steps: [], baselines: ['blue'] });
  });
  it('starts from the endpoint as found, with a warning, when the record no longer describes it', () => {
    const plan = planRollout(endpoint({ blue: 70, green: 30 }), record, settings(), now);
    expect(plan.restore).toBe(false);
    expect(plan.warning).toMatch(/was set since by another writer/);
    expect(plan.steps).toEqual([{ kind: 'traffic', share: 100 }]);
  });
  it('keeps only the steps that still move traffic when the candidate already has a share', () => {
    expect(stepsAbove(parseSteps('mirror:20,10,50,100'), 30)).toEqual(parseSteps('50,100'));
    expect(stepsAbove(parseSteps('mirror:20,100'), 0)).toEqual(parseSteps('mirror:20,100'));
  });
});
