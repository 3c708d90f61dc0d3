import type { GitLineage, RunLineage } from './manifest.js';

export interface Lineage {
  git?: GitLineage;
  run?: RunLineage;
}

/**
 * Lineage from the variables the GitHub runner sets: GITHUB_SHA, GITHUB_REF, GITHUB_REPOSITORY,
 * GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT, GITHUB_SERVER_URL and GITHUB_WORKFLOW. Parts whose key
 * variable (GITHUB_SHA, GITHUB_RUN_ID) is unset are left out.
 */
export function lineageFromEnv(env: NodeJS.ProcessEnv = process.env): Lineage {
  const value = (name: string): string | undefined => {
    const v = env[name]?.trim();
    return v ? v : undefined;
  };
  const out: Lineage = {};
  const commit = value('GITHUB_SHA');
  if (commit) {
    out.git = { commit };
    const ref = value('GITHUB_REF');
    const repository = value('GITHUB_REPOSITORY');
    if (ref) out.git.ref = ref;
    if (repository) out.git.repository = repository;
  }
  const id = value('GITHUB_RUN_ID');
  if (id) {
    out.run = { id };
    const attempt = value('GITHUB_RUN_ATTEMPT');
    const server = (value('GITHUB_SERVER_URL') ?? 'https://github.com').replace(/\/+$/, '');
    const repository = value('GITHUB_REPOSITORY');
    const workflow = value('GITHUB_WORKFLOW');
    if (attempt) out.run.attempt = attempt;
    if (repository)
      out.run.url = `${server}/${repository}/actions/runs/${id}${attempt ? `/attempts/${attempt}` : ''}`;
    if (workflow) out.run.workflow = workflow;
  }
  return out;
}

/** A link to the commit on the server, when the repository is known. */
export function commitUrl(git: GitLineage, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (!git.repository) return undefined;
  const server = (env.GITHUB_SERVER_URL?.trim() || 'https://github.com').replace(/\/+$/, '');
  return `${server}/${git.repository}/commit/${git.commit}`;
}
