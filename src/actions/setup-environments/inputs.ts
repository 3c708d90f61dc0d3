import * as core from '@actions/core';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigurationError } from '../../errors.js';
import type { EnvironmentSettings } from '../../github/environments-config.js';
import { DEFAULT_CONFIG, settingsFromOptions } from '../../github/environments-settings.js';
import { parseRepo, type RepoRef } from '../../github/environments.js';
import { insideFile } from '../shared/path-inputs.js';

/** The settings of one setup-environments run, from its inputs. */
export interface SetupEnvironmentsInputs {
  /** `repo`: the repository whose environments are managed; GITHUB_REPOSITORY by default. */
  repo: RepoRef;
  /** `config`: absolute path of the YAML settings; .github/mlops-environments.yml when it exists. */
  configFile?: string;
  /** The wanted settings of each environment (defaults, then `config`, then `reviewers`). */
  settings: EnvironmentSettings[];
  /** `apply`: write the plan; false (the default) only prints it. */
  apply: boolean;
  /** `token`: a token with Administration: write on the repository (masked as soon as read). */
  token: string;
  /** GITHUB_API_URL (set by the runner, GHES too), else https://api.github.com. */
  apiUrl: string;
}

function optional(name: string): string | undefined {
  const v = core.getInput(name).trim();
  return v === '' ? undefined : v;
}

/** Parses and validates the inputs; every mistake is a ConfigurationError naming its input and the fix. */
export async function getInputs(): Promise<SetupEnvironmentsInputs> {
  const token = core.getInput('token').trim();
  if (token === '') {
    throw new ConfigurationError(
      "Input 'token' is required: give a personal access token or GitHub App token with Administration: write on the repository, for example token: ${{ secrets.ENVIRONMENTS_ADMIN_TOKEN }}. The workflow's GITHUB_TOKEN cannot create environments.",
      'token',
    );
  }
  core.setSecret(token);

  const repoText = optional('repo') ?? process.env.GITHUB_REPOSITORY;
  const repo = parseRepo(repoText, "Input 'repo'");
  core.debug(`repo = ${repo.owner}/${repo.repo}`);

  const applyText = (optional('apply') ?? 'false').toLowerCase();
  if (applyText !== 'true' && applyText !== 'false') {
    throw new ConfigurationError(`Input 'apply': '${optional('apply')}' is not true or false.`, 'apply');
  }
  const apply = applyText === 'true';
  core.debug(`apply = ${apply}`);

  // The settings file, named or found at DEFAULT_CONFIG, must stay in the workspace once symlinks are resolved.
  const hint = `Keep the settings in the repository, e.g. ${DEFAULT_CONFIG}.`;
  const root = process.env.GITHUB_WORKSPACE || process.cwd();
  const configValue = optional('config');
  let config: string | undefined;
  if (configValue !== undefined) config = await insideFile('config', configValue, hint);
  else if (existsSync(resolve(root, DEFAULT_CONFIG)))
    config = await insideFile('config', DEFAULT_CONFIG, hint);

  const { settings, configFile } = settingsFromOptions(
    { config, reviewers: optional('reviewers') },
    {
      config: "Input 'config'",
      reviewers: "Input 'reviewers'",
      waitTimer: "Input 'wait-timer'",
      environments: "Input 'environments'",
      clientId: "Input 'client-id'",
      tenantId: "Input 'tenant-id'",
      subscriptionId: "Input 'subscription-id'",
      resourceGroup: "Input 'resource-group'",
    },
    process.env.GITHUB_WORKSPACE || process.cwd(),
  );
  core.debug(`config = ${configFile ?? '(none: defaults)'}`);
  const apiUrl = (process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  return { repo, ...(configFile && { configFile }), settings, apply, token, apiUrl };
}
