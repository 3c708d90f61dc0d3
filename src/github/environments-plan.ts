import type { BranchRule, EnvironmentName, EnvironmentSettings } from './environments-config.js';

/** A reviewer resolved to GitHub's id (what the environment API takes). */
export interface Reviewer {
  type: 'User' | 'Team';
  id: number;
  /** login or org/slug, for messages. */
  name: string;
}

/** The wanted state of one environment, reviewers resolved. */
export interface DesiredEnvironment extends Omit<EnvironmentSettings, 'reviewers'> {
  reviewers: Reviewer[];
}

/** What exists on GitHub for one environment (read with GETs). */
export interface CurrentEnvironment {
  exists: boolean;
  waitTimer: number;
  preventSelfReview: boolean;
  reviewers: Reviewer[];
  branchPolicy: { protected_branches: boolean; custom_branch_policies: boolean } | null;
  branchPolicies: Array<{ id: number; name: string; type: 'branch' | 'tag' }>;
  variables: Record<string, string>;
}

/** The body of PUT /repos/{owner}/{repo}/environments/{environment_name}. */
export interface EnvironmentBody {
  wait_timer: number;
  prevent_self_review: boolean;
  reviewers: Array<{ type: 'User' | 'Team'; id: number }>;
  deployment_branch_policy: { protected_branches: boolean; custom_branch_policies: boolean } | null;
}

export type Action = 'create' | 'update' | 'unchanged';

/** One item of the plan. Only `create` and `update` items are written. */
export type Change =
  | {
      kind: 'environment';
      environment: EnvironmentName;
      action: Action;
      body: EnvironmentBody;
      /** For updates: what differs, in words. */
      differences: string[];
    }
  | {
      kind: 'branch-policy';
      environment: EnvironmentName;
      action: Action;
      name: string;
      type: 'branch' | 'tag';
    }
  | {
      kind: 'variable';
      environment: EnvironmentName;
      action: Action;
      name: string;
      value: string;
      previous?: string;
    };

/** An environment that does not exist yet, as GET would describe it after a bare create. */
export const ABSENT: CurrentEnvironment = {
  exists: false,
  waitTimer: 0,
  preventSelfReview: false,
  reviewers: [],
  branchPolicy: null,
  branchPolicies: [],
  variables: {},
};

export function branchPolicySetting(rule: BranchRule): EnvironmentBody['deployment_branch_policy'] {
  if (rule.kind === 'all') return null;
  return { protected_branches: rule.kind === 'protected', custom_branch_policies: rule.kind === 'custom' };
}

function describeBranchPolicy(policy: EnvironmentBody['deployment_branch_policy']): string {
  if (!policy) return 'any branch';
  return policy.protected_branches ? 'protected branches' : 'selected branches';
}

function describeReviewers(reviewers: Reviewer[]): string {
  return reviewers.length === 0 ? 'none' : reviewers.map((r) => r.name).join(', ');
}

/** The environment's settings in words: `wait 5 min, reviewers alice, no self-review, selected branches`. */
export function describeBody(body: EnvironmentBody, reviewers: Reviewer[]): string {
  return [
    `wait timer ${body.wait_timer} min`,
    `reviewers ${describeReviewers(reviewers)}`,
    ...(reviewers.length > 0 ? [body.prevent_self_review ? 'no self-review' : 'self-review allowed'] : []),
    describeBranchPolicy(body.deployment_branch_policy),
  ].join(', ');
}

const reviewerKey = (r: { type: string; id: number }): string => `${r.type}:${r.id}`;

/**
 * Compares the wanted state with what exists and lists every item: environment settings, each
 * custom branch policy, each variable. Pure: no I/O. Branch policies and variables that exist but are
 * not wanted are left alone (not listed).
 */
export function planEnvironment(desired: DesiredEnvironment, current: CurrentEnvironment): Change[] {
  const changes: Change[] = [];
  const environment = desired.name;
  // GitHub keeps prevent_self_review inside the required-reviewers rule: without reviewers it reads false.
  const preventSelfReview = desired.reviewers.length > 0 && desired.preventSelfReview;
  const body: EnvironmentBody = {
    wait_timer: desired.waitTimer,
    prevent_self_review: preventSelfReview,
    reviewers: desired.reviewers.map((r) => ({ type: r.type, id: r.id })),
    deployment_branch_policy: branchPolicySetting(desired.branches),
  };
  const differences: string[] = [];
  if (current.exists) {
    if (current.waitTimer !== body.wait_timer)
      differences.push(`wait timer ${current.waitTimer} -> ${body.wait_timer} min`);
    const have = current.reviewers.map(reviewerKey).sort().join(',');
    const want = body.reviewers.map(reviewerKey).sort().join(',');
    if (have !== want)
      differences.push(
        `reviewers ${describeReviewers(current.reviewers)} -> ${describeReviewers(desired.reviewers)}`,
      );
    const currentSelfReview = current.reviewers.length > 0 && current.preventSelfReview;
    if (currentSelfReview !== preventSelfReview)
      differences.push(`prevent self-review ${currentSelfReview} -> ${preventSelfReview}`);
    const haveBranches = describeBranchPolicy(current.branchPolicy);
    const wantBranches = describeBranchPolicy(body.deployment_branch_policy);
    if (haveBranches !== wantBranches) differences.push(`deploys from ${haveBranches} -> ${wantBranches}`);
  }
  changes.push({
    kind: 'environment',
    environment,
    action: !current.exists ? 'create' : differences.length > 0 ? 'update' : 'unchanged',
    body,
    differences,
  });

  if (desired.branches.kind === 'custom') {
    // Switching the environment to custom policies keeps the patterns already there.
    for (const pattern of desired.branches.patterns) {
      const exists = current.branchPolicies.some((p) => p.name === pattern.name && p.type === pattern.type);
      changes.push({
        kind: 'branch-policy',
        environment,
        action: exists ? 'unchanged' : 'create',
        name: pattern.name,
        type: pattern.type,
      });
    }
  }

  for (const [name, value] of Object.entries(desired.variables).sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  )) {
    const previous = current.variables[name];
    changes.push({
      kind: 'variable',
      environment,
      action: previous === undefined ? 'create' : previous === value ? 'unchanged' : 'update',
      name,
      value,
      ...(previous !== undefined && previous !== value && { previous }),
    });
  }
  return changes;
}

/** The items to write (create and update), in the order they must be written. */
export function writes(changes: Change[]): Change[] {
  return changes.filter((c) => c.action !== 'unchanged');
}

/** Counts by action. */
export function countChanges(changes: Change[]): Record<Action, number> {
  const counts: Record<Action, number> = { create: 0, update: 0, unchanged: 0 };
  for (const c of changes) counts[c.action]++;
  return counts;
}

const SYMBOL: Record<Action, string> = { create: '+', update: '~', unchanged: '=' };

/** One line of the plan for an item. */
export function describeChange(change: Change, reviewers: Reviewer[] = []): string {
  const verb = change.action === 'unchanged' ? 'unchanged' : change.action;
  switch (change.kind) {
    case 'environment':
      if (change.action === 'create')
        return `${SYMBOL.create} create environment ${change.environment} (${describeBody(change.body, reviewers)})`;
      if (change.action === 'update')
        return `${SYMBOL.update} update environment ${change.environment}: ${change.differences.join('; ')}`;
      return `${SYMBOL.unchanged} environment ${change.environment} unchanged`;
    case 'branch-policy':
      return `${SYMBOL[change.action]} ${verb === 'unchanged' ? '' : `${verb} `}deployment ${change.type} policy '${change.name}'${verb === 'unchanged' ? ' unchanged' : ''}`;
    case 'variable':
      if (change.action === 'update')
        return `${SYMBOL.update} update variable ${change.name}: '${change.previous}' -> '${change.value}'`;
      return `${SYMBOL[change.action]} ${change.action === 'create' ? 'create ' : ''}variable ${change.name} = '${change.value}'${change.action === 'unchanged' ? ' unchanged' : ''}`;
  }
}
