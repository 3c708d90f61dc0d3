/** Which way a metric improves. */
export type Goal = 'maximize' | 'minimize';

/** The model serving the baseline endpoint, and its value of the gated metric. */
export interface BaselineModel {
  endpoint: string;
  deployment: string;
  /** The deployment's share of the endpoint's live traffic, in percent. */
  traffic: number;
  /** The model version's ARM id. */
  modelId: string;
  value: number;
}

/** What the candidate is compared with: a threshold, the baseline model, or both. */
export interface GateRules {
  metric: string;
  goal: Goal;
  threshold?: number;
  /** How much better than the baseline the candidate must be (negative: a tolerated regression). */
  minImprovement: number;
}

/** One comparison: the value the candidate needs, and whether it has it. */
export interface GateCheck {
  against: 'threshold' | 'baseline';
  needs: number;
  passed: boolean;
}

export interface GateVerdict {
  metric: string;
  goal: Goal;
  value: number;
  checks: GateCheck[];
  passed: boolean;
}

/** `>=` when higher is better, `<=` when lower is. */
export const comparator = (goal: Goal): string => (goal === 'maximize' ? '>=' : '<=');

/**
 * The gate as ml-ci's evaluate job had it: the value must reach the threshold (at least, or at most with
 * minimize), and the baseline moved by min-improvement in the goal's direction
 * (maximize: baseline + min-improvement; minimize: baseline - min-improvement).
 */
export function judge(rules: GateRules, value: number, baseline?: BaselineModel): GateVerdict {
  const sign = rules.goal === 'maximize' ? 1 : -1;
  const reaches = (needs: number): boolean => (sign > 0 ? value >= needs : value <= needs);
  const checks: GateCheck[] = [];
  if (rules.threshold !== undefined) {
    checks.push({ against: 'threshold', needs: rules.threshold, passed: reaches(rules.threshold) });
  }
  if (baseline) {
    const needs = baseline.value + sign * rules.minImprovement;
    checks.push({ against: 'baseline', needs, passed: reaches(needs) });
  }
  return {
    metric: rules.metric,
    goal: rules.goal,
    value,
    checks,
    passed: checks.every((c) => c.passed),
  };
}
