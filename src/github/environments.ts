import { ConfigurationError } from '../errors.js';
import { GitHubApiError, type GitHubClient } from './client.js';
import { missingVariables, type EnvironmentSettings, type ReviewerRef } from './environments-config.js';
import {
  ABSENT,
  countChanges,
  describeChange,
  planEnvironment,
  writes,
  type Change,
  type CurrentEnvironment,
  type DesiredEnvironment,
  type Reviewer,
} from './environments-plan.js';

/** A repository, `owner/name`. */
export interface RepoRef {
  owner: string;
  repo: string;
}

/** Parses `OWNER/NAME`; a mistake names `input` and shows the expected form. */
export function parseRepo(text: string | undefined, input: string): RepoRef {
  const match = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/.exec((text ?? '').trim());
  if (!match || match[2] === '.' || match[2] === '..') {
    throw new ConfigurationError(
      `${input}: '${text ?? ''}' is not a repository. Expected OWNER/NAME, for example my-org/churn-model.`,
      input,
    );
  }
  return { owner: match[1]!, repo: match[2]!.replace(/\.git$/, '') };
}

const enc = encodeURIComponent;

function environmentPath(repo: RepoRef, name: string): string {
  return `/repos/${enc(repo.owner)}/${enc(repo.repo)}/environments/${enc(name)}`;
}

function reviewerName(ref: ReviewerRef): string {
  return ref.type === 'User' ? ref.login : `${ref.org}/${ref.slug}`;
}

/** Resolves user logins and org/team slugs to ids (GET /users/{username}, GET /orgs/{org}/teams/{team_slug}). */
export async function resolveReviewers(
  client: GitHubClient,
  refs: ReviewerRef[],
  cache = new Map<string, Reviewer>(),
): Promise<Reviewer[]> {
  const out: Reviewer[] = [];
  for (const ref of refs) {
    const name = reviewerName(ref);
    const key = `${ref.type}:${name.toLowerCase()}`;
    let reviewer = cache.get(key);
    if (!reviewer) {
      try {
        if (ref.type === 'User') {
          const { data } = await client.request<{ id: number; login: string; type?: string }>(
            'GET',
            `/users/${enc(ref.login)}`,
            { what: `look up the reviewer '${name}'` },
          );
          if (data.type && data.type !== 'User') {
            throw new ConfigurationError(
              `Reviewer '${name}' is ${data.type === 'Organization' ? 'an organization' : `a ${data.type}`}, not a user. Name a user, or a team as ${name}/team-slug.`,
              'reviewers',
            );
          }
          reviewer = { type: 'User', id: data.id, name: data.login };
        } else {
          const { data } = await client.request<{ id: number; slug: string }>(
            'GET',
            `/orgs/${enc(ref.org)}/teams/${enc(ref.slug)}`,
            { what: `look up the reviewer team '${name}'` },
          );
          reviewer = { type: 'Team', id: data.id, name: `${ref.org}/${data.slug}` };
        }
      } catch (error) {
        if (error instanceof GitHubApiError && error.status === 404) {
          throw new ConfigurationError(
            ref.type === 'User'
              ? `Reviewer '${name}': no GitHub user has this login. Check the spelling of --reviewers / reviewers.`
              : `Reviewer team '${name}': the organization ${ref.org} has no team with the slug '${ref.slug}', or the token cannot see it (it needs Members: read on the organization). Use the team's slug as in https://github.com/orgs/${ref.org}/teams.`,
            'reviewers',
          );
        }
        throw error;
      }
      cache.set(key, reviewer);
    }
    out.push(reviewer);
  }
  return out;
}

interface EnvironmentResponse {
  protection_rules?: Array<{
    type: string;
    wait_timer?: number;
    prevent_self_review?: boolean;
    reviewers?: Array<{ type?: 'User' | 'Team'; reviewer?: { id: number; login?: string; slug?: string } }>;
  }>;
  deployment_branch_policy?: { protected_branches: boolean; custom_branch_policies: boolean } | null;
}

/** Reads an environment, its custom branch policies and its variables; ABSENT when it does not exist. */
export async function readEnvironment(
  client: GitHubClient,
  repo: RepoRef,
  name: string,
): Promise<CurrentEnvironment> {
  const path = environmentPath(repo, name);
  let env: EnvironmentResponse;
  try {
    env = (await client.request<EnvironmentResponse>('GET', path, { what: `read the environment ${name}` }))
      .data;
  } catch (error) {
    if (error instanceof GitHubApiError && error.status === 404) {
      // The repository itself must be visible, or every environment would look absent.
      await client.request('GET', `/repos/${enc(repo.owner)}/${enc(repo.repo)}/environments?per_page=1`, {
        what: `list the environments of ${repo.owner}/${repo.repo}`,
      });
      return { ...ABSENT };
    }
    throw error;
  }
  const rules = env.protection_rules ?? [];
  const reviewersRule = rules.find((r) => r.type === 'required_reviewers');
  const current: CurrentEnvironment = {
    exists: true,
    waitTimer: rules.find((r) => r.type === 'wait_timer')?.wait_timer ?? 0,
    preventSelfReview: reviewersRule?.prevent_self_review ?? false,
    reviewers: (reviewersRule?.reviewers ?? [])
      .filter((r) => r.reviewer && r.type)
      .map((r) => ({
        type: r.type!,
        id: r.reviewer!.id,
        name: r.reviewer!.login ?? r.reviewer!.slug ?? String(r.reviewer!.id),
      })),
    branchPolicy: env.deployment_branch_policy ?? null,
    branchPolicies: [],
    variables: {},
  };
  if (current.branchPolicy?.custom_branch_policies) {
    for (let page = 1; ; page++) {
      const { data } = await client.request<{
        total_count: number;
        branch_policies: Array<{ id: number; name: string; type?: 'branch' | 'tag' }>;
      }>('GET', `${path}/deployment-branch-policies?per_page=100&page=${page}`, {
        what: `list the deployment branch policies of ${name}`,
      });
      for (const p of data.branch_policies)
        current.branchPolicies.push({ id: p.id, name: p.name, type: p.type ?? 'branch' });
      if (data.branch_policies.length === 0 || current.branchPolicies.length >= data.total_count) break;
    }
  }
  let seen = 0;
  for (let page = 1; ; page++) {
    const { data } = await client.request<{
      total_count: number;
      variables: Array<{ name: string; value: string }>;
    }>('GET', `${path}/variables?per_page=30&page=${page}`, { what: `list the variables of ${name}` });
    for (const v of data.variables) current.variables[v.name] = v.value;
    seen += data.variables.length;
    if (data.variables.length === 0 || seen >= data.total_count) break;
  }
  return current;
}

/** Writes one planned item. */
export async function applyChange(client: GitHubClient, repo: RepoRef, change: Change): Promise<void> {
  const path = environmentPath(repo, change.environment);
  switch (change.kind) {
    case 'environment':
      await client.request('PUT', path, {
        body: change.body,
        what: `${change.action} the environment ${change.environment}`,
      });
      return;
    case 'branch-policy':
      await client.request('POST', `${path}/deployment-branch-policies`, {
        body: { name: change.name, type: change.type },
        what: `add the deployment ${change.type} policy '${change.name}' to ${change.environment}`,
      });
      return;
    case 'variable':
      if (change.action === 'create') {
        await client.request('POST', `${path}/variables`, {
          body: { name: change.name, value: change.value },
          what: `create the variable ${change.name} in ${change.environment}`,
        });
      } else {
        await client.request('PATCH', `${path}/variables/${enc(change.name)}`, {
          body: { name: change.name, value: change.value },
          what: `update the variable ${change.name} in ${change.environment}`,
        });
      }
      return;
  }
}

/** The plan for one environment. */
export interface EnvironmentPlan {
  name: string;
  desired: DesiredEnvironment;
  current: CurrentEnvironment;
  changes: Change[];
  /** Standard variables the environment leaves unset. */
  missing: string[];
}

/** The plan for a repository. */
export interface EnvironmentsPlan {
  repository: string;
  environments: EnvironmentPlan[];
}

/** Resolves reviewers, reads what exists and compares: reads only, never writes. */
export async function planEnvironments(
  client: GitHubClient,
  repo: RepoRef,
  settings: EnvironmentSettings[],
): Promise<EnvironmentsPlan> {
  const cache = new Map<string, Reviewer>();
  const environments: EnvironmentPlan[] = [];
  for (const s of settings) {
    const desired: DesiredEnvironment = {
      ...s,
      reviewers: await resolveReviewers(client, s.reviewers, cache),
    };
    const current = await readEnvironment(client, repo, s.name);
    environments.push({
      name: s.name,
      desired,
      current,
      changes: planEnvironment(desired, current),
      missing: missingVariables(s),
    });
  }
  return { repository: `${repo.owner}/${repo.repo}`, environments };
}

/** Writes every create/update item of the plan, in order; `onWrite` hears each one once it is done. */
export async function applyPlan(
  client: GitHubClient,
  repo: RepoRef,
  plan: EnvironmentsPlan,
  onWrite: (change: Change) => void = () => {},
): Promise<Change[]> {
  const done: Change[] = [];
  for (const env of plan.environments) {
    for (const change of writes(env.changes)) {
      await applyChange(client, repo, change);
      done.push(change);
      onWrite(change);
    }
  }
  return done;
}

/** All items of the plan, in order. */
export function allChanges(plan: EnvironmentsPlan): Change[] {
  return plan.environments.flatMap((e) => e.changes);
}

/** The plan as text lines, one block per environment; unchanged items are folded into one line. */
export function renderPlanText(plan: EnvironmentsPlan): string {
  const lines: string[] = [];
  for (const env of plan.environments) {
    lines.push(`${env.name}:`);
    const unchanged: string[] = [];
    for (const change of env.changes) {
      if (change.action === 'unchanged') {
        unchanged.push(
          change.kind === 'environment'
            ? 'settings'
            : change.kind === 'variable'
              ? change.name
              : `${change.type} policy ${change.name}`,
        );
      } else lines.push(`  ${describeChange(change, env.desired.reviewers)}`);
    }
    if (unchanged.length > 0) lines.push(`  = unchanged: ${unchanged.join(', ')}`);
    if (env.missing.length > 0)
      lines.push(`  ! not set (the workflows read them): ${env.missing.join(', ')}`);
  }
  const counts = countChanges(allChanges(plan));
  lines.push(`${counts.create} to create, ${counts.update} to update, ${counts.unchanged} unchanged.`);
  return `${lines.join('\n')}\n`;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** The plan as a Markdown job summary. */
export function renderPlanMarkdown(plan: EnvironmentsPlan, applied: boolean): string {
  const counts = countChanges(allChanges(plan));
  const out = [
    `## GitHub environments of ${plan.repository}`,
    '',
    applied
      ? `Applied: ${counts.create} created, ${counts.update} updated, ${counts.unchanged} unchanged.`
      : `Dry run (nothing written): ${counts.create} to create, ${counts.update} to update, ${counts.unchanged} unchanged. Set \`apply: true\` to write.`,
    '',
    '| Environment | Item | Action | Detail |',
    '| --- | --- | --- | --- |',
  ];
  for (const env of plan.environments) {
    for (const c of env.changes) {
      const item =
        c.kind === 'environment'
          ? 'settings'
          : c.kind === 'variable'
            ? `variable ${c.name}`
            : `${c.type} policy ${c.name}`;
      const detail =
        c.kind === 'environment'
          ? c.action === 'update'
            ? c.differences.join('; ')
            : describeChange(c, env.desired.reviewers)
                .replace(/^. [^(]*\(?/, '')
                .replace(/\)$/, '')
          : c.kind === 'variable'
            ? c.action === 'update'
              ? `${c.previous} -> ${c.value}`
              : c.value
            : '';
      out.push(`| ${env.name} | ${escapeCell(item)} | ${c.action} | ${escapeCell(detail)} |`);
    }
    if (env.missing.length > 0)
      out.push(`| ${env.name} | ${env.missing.join(', ')} | not set | the workflows read these |`);
  }
  return `${out.join('\n')}\n`;
}

/** The plan as JSON (for `--json` and the action's `plan` output). */
export function planToJson(plan: EnvironmentsPlan): {
  repository: string;
  counts: ReturnType<typeof countChanges>;
  changes: Change[];
  missing: Record<string, string[]>;
} {
  return {
    repository: plan.repository,
    counts: countChanges(allChanges(plan)),
    changes: allChanges(plan),
    missing: Object.fromEntries(plan.environments.map((e) => [e.name, e.missing])),
  };
}
