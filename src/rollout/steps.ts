import { ConfigurationError } from '../errors.js';
import { planTraffic, type TrafficMap } from './traffic.js';

/** One step of a rollout: mirror a share of live traffic to the new deployment, or give it a live share. */
export type RolloutStep = { kind: 'mirror'; share: number } | { kind: 'traffic'; share: number };

/**
 * The `steps` input: comma-separated shares in order, `mirror:N` for a mirror step (1 to 50), a plain N for
 * a live share (1 to 100, increasing), ending at 100. For example `mirror:20,10,50,100`.
 */
export function parseSteps(value: string, input = 'steps'): RolloutStep[] {
  const text = value.trim() || '100';
  const fail = (why: string): never => {
    throw new ConfigurationError(
      `Input '${input}': '${value}' ${why}. Write shares in order ending at 100, with optional mirror steps first, e.g. mirror:20,10,50,100.`,
      input,
    );
  };
  const steps: RolloutStep[] = [];
  for (const raw of text.split(',').map((s) => s.trim())) {
    const mirror = /^mirror:(\d{1,3})%?$/i.exec(raw);
    const live = /^(\d{1,3})%?$/.exec(raw);
    if (mirror) {
      const share = Number(mirror[1]);
      if (share < 1 || share > 50) fail(`has mirror:${share}; Azure ML mirrors 1 to 50 percent`);
      if (steps.some((s) => s.kind === 'traffic')) fail('has a mirror step after a live one');
      steps.push({ kind: 'mirror', share });
    } else if (live) {
      const share = Number(live[1]);
      if (share < 1 || share > 100) fail(`has ${share}, not a share from 1 to 100`);
      const last = [...steps].reverse().find((s) => s.kind === 'traffic');
      if (last && share <= last.share) fail(`goes from ${last.share} to ${share}; live shares must increase`);
      steps.push({ kind: 'traffic', share });
    } else {
      fail(`has '${raw}', which is neither N nor mirror:N`);
    }
  }
  const final = steps[steps.length - 1]!;
  if (final.kind !== 'traffic' || final.share !== 100) fail('does not end at 100');
  return steps;
}

/** The endpoint's traffic and mirror maps at a step, from the maps the rollout started with. */
export function stepMaps(
  start: TrafficMap,
  deployment: string,
  step: RolloutStep,
): { traffic: TrafficMap; mirrorTraffic: TrafficMap } {
  if (step.kind === 'mirror')
    return { traffic: { ...start, [deployment]: 0 }, mirrorTraffic: { [deployment]: step.share } };
  return { traffic: planTraffic({ ...start, [deployment]: 0 }, deployment, step.share), mirrorTraffic: {} };
}

/** `mirror 20%`, `10%`. */
export function describeStep(step: RolloutStep): string {
  return step.kind === 'mirror' ? `mirror ${step.share}%` : `${step.share}%`;
}
