// One run's plan, drawn from its seed alone: the same seed gives the same plan (`--seed S --only K`).
import type { FaultRule } from '../src/emulator/faults.js';
import { createRng, type Rng } from './prng.js';

/** What happens while a step runs, besides the step itself. */
export type Disruption =
  | { kind: 'kill-action'; afterMs: number }
  | { kind: 'kill-emulator'; afterMs: number }
  | { kind: 'kill-azurite'; afterMs: number };

export interface ActionStep {
  action: 'run-job' | 'register-model' | 'deploy-endpoint' | 'smoke-test' | 'promote';
  /** run-job: how long the job's script runs, in seconds. */
  seconds?: number;
  /**
   * Two copies of the step at once: `same` inputs (register: the same files; promote: the same deployment), or
   * `rival` ones (deploy: two candidates; promote: each its own candidate, on one endpoint).
   */
  concurrent?: 'same' | 'rival';
  /** promote's steps input. */
  steps?: string;
  faults?: { name: string; rules: FaultRule[] };
  disruption?: Disruption;
}

export interface RunPlan {
  run: number;
  seed: number;
  /** A rollout run deploys a candidate beside the endpoint's live deployment and promotes it under client traffic. */
  rollout: boolean;
  steps: ActionStep[];
}

const ARM_PATHS: Record<ActionStep['action'], string> = {
  'run-job': '/(jobs|codes|environments)/',
  'register-model': '/(models|datastores)/',
  'deploy-endpoint': '/onlineEndpoints/',
  'smoke-test': '/onlineEndpoints/',
  promote: '/onlineEndpoints/',
};

/** Injected ARM faults the actions should ride out: throttling, server errors, resets, slow answers. */
function drawFaults(rng: Rng, action: ActionStep['action']): ActionStep['faults'] {
  const path = ARM_PATHS[action];
  const method = rng.chance(0.5)
    ? undefined
    : rng.pick([
        ['GET', 1],
        ['PUT', 1],
        ['POST', 1],
      ] as const);
  const count = rng.int(1, 3);
  const kind = rng.pick([
    ['429', 3],
    ['5xx', 3],
    ['reset', 2],
    ['delay', 2],
  ] as const);
  const base = { path, ...(method ? { method } : {}), count };
  switch (kind) {
    case '429':
      return {
        name: `429 Retry-After 1 x${count}${method ? ` on ${method}` : ''}`,
        rules: [{ ...base, status: 429, retryAfterSeconds: 1 }],
      };
    case '5xx': {
      const status = rng.pick([
        [500, 1],
        [502, 1],
        [503, 1],
      ] as const);
      return { name: `${status} x${count}${method ? ` on ${method}` : ''}`, rules: [{ ...base, status }] };
    }
    case 'reset':
      return { name: `reset x${count}${method ? ` on ${method}` : ''}`, rules: [{ ...base, reset: true }] };
    default: {
      const delayMs = rng.int(200, 1500);
      return {
        name: `delay ${delayMs} ms x${count}${method ? ` on ${method}` : ''}`,
        rules: [{ ...base, delayMs }],
      };
    }
  }
}

function drawDisruption(
  rng: Rng,
  odds: { action: number; emulator: number; azurite: number },
  maxMs: number,
): Disruption | undefined {
  const r = rng.next();
  const afterMs = rng.int(100, maxMs);
  if (r < odds.action) return { kind: 'kill-action', afterMs };
  if (r < odds.action + odds.emulator) return { kind: 'kill-emulator', afterMs };
  if (r < odds.action + odds.emulator + odds.azurite) return { kind: 'kill-azurite', afterMs };
  return undefined;
}

export function drawPlan(run: number, seed: number): RunPlan {
  const rng = createRng(seed);
  const rollout = rng.chance(0.5);
  const steps: ActionStep[] = [];
  steps.push({
    action: 'register-model',
    concurrent: rng.chance(0.25) ? 'same' : undefined,
    faults: rng.chance(0.3) ? drawFaults(rng, 'register-model') : undefined,
    disruption: drawDisruption(rng, { action: 0.12, emulator: 0.12, azurite: 0.06 }, 2500),
  });
  // A training job, in some runs. Drawn from a stream of its own, so that a seed's other steps are the ones drawn
  // before jobs joined the campaign (the 500-run counts in bench/README.md).
  const jobs = createRng(seed ^ 0x6a09e667);
  if (jobs.chance(0.35)) {
    steps.unshift({
      action: 'run-job',
      seconds: jobs.int(1, 4),
      faults: jobs.chance(0.3) ? drawFaults(jobs, 'run-job') : undefined,
      disruption: drawDisruption(jobs, { action: 0.2, emulator: 0.15, azurite: 0.05 }, 4000),
    });
  }
  if (rollout) {
    steps.push({
      action: 'deploy-endpoint',
      faults: rng.chance(0.25) ? drawFaults(rng, 'deploy-endpoint') : undefined,
      disruption: drawDisruption(rng, { action: 0.08, emulator: 0.05, azurite: 0.04 }, 4000),
    });
    if (rng.chance(0.6))
      steps.push({
        action: 'smoke-test',
        faults: rng.chance(0.2) ? drawFaults(rng, 'smoke-test') : undefined,
      });
    const concurrent = rng.chance(0.25)
      ? rng.pick([
          ['same', 1],
          ['rival', 1],
        ] as const)
      : undefined;
    steps.push({
      action: 'promote',
      steps: rng.pick([
        ['100', 1],
        ['50,100', 2],
        ['mirror:20,100', 2],
        ['mirror:20,50,100', 1],
      ] as const),
      concurrent,
      faults: rng.chance(0.3) ? drawFaults(rng, 'promote') : undefined,
      disruption: drawDisruption(rng, { action: 0.18, emulator: 0.07, azurite: 0.05 }, 5000),
    });
    // Rival promotes need two candidates: both deployed at once.
    if (concurrent === 'rival') steps.find((s) => s.action === 'deploy-endpoint')!.concurrent = 'rival';
  }
  return { run, seed, rollout, steps };
}

/** One line per step, for the log and the report. */
export function describePlan(plan: RunPlan): string {
  const parts = plan.steps.map((s) => {
    const bits: string[] = [s.action];
    if (s.steps) bits.push(`steps=${s.steps}`);
    if (s.seconds) bits.push(`${s.seconds} s`);
    if (s.concurrent) bits.push(`x2 (${s.concurrent})`);
    if (s.faults) bits.push(`faults: ${s.faults.name}`);
    if (s.disruption) bits.push(`${s.disruption.kind} at ${s.disruption.afterMs} ms`);
    return bits.join(' ');
  });
  return `run ${plan.run} (seed ${plan.seed}${plan.rollout ? ', rollout' : ''}): ${parts.join(' -> ')}`;
}
