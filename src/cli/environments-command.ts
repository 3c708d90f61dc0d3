import { ConfigurationError } from '../errors.js';
import { apiUrlFrom, createGitHubClient } from '../github/client.js';
import { describeChange } from '../github/environments-plan.js';
import { settingsFromOptions } from '../github/environments-settings.js';
import {
  applyPlan,
  parseRepo,
  planEnvironments,
  planToJson,
  renderPlanText,
} from '../github/environments.js';
import { parseArgs, UsageError } from './args.js';

export const ENVIRONMENTS_USAGE = `  mlops environments --repo OWNER/NAME [--config FILE] [--apply] [--json] [--reviewers a,org/team]
      [--wait-timer MINUTES] [--environments dev,preprod,prod] [--client-id ID] [--tenant-id ID]
      [--subscription-id ID] [--resource-group NAME] [--api-url URL] [--token TOKEN]
      Plan (dry run, the default) or --apply the GitHub environments dev, preprod and prod: reviewers and
      a wait timer on prod, deployment branch policies, the Azure variables. Settings from --config
      (default .github/mlops-environments.yml when it exists) and the flags. Token: --token, GITHUB_TOKEN
      or GH_TOKEN (needs Administration: write on the repository). See docs/environments.md.
`;

const VALUE_OPTIONS = [
  'repo',
  'config',
  'reviewers',
  'wait-timer',
  'environments',
  'client-id',
  'tenant-id',
  'subscription-id',
  'resource-group',
  'api-url',
  'token',
];

/** Where the command writes; a test or another caller can capture it. */
export interface EnvironmentsIo {
  stdout: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/**
 * `mlops environments ...`: a mistake in the command line is a ConfigurationError naming the flag
 * (exit 1). The token is never printed.
 */
export async function runEnvironmentsCommand(
  argv: string[],
  io: EnvironmentsIo = {
    stdout: (text) => process.stdout.write(text),
    env: process.env,
    cwd: process.cwd(),
  },
): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs(argv, VALUE_OPTIONS, ['apply', 'json']);
  } catch (error) {
    if (error instanceof UsageError) throw new ConfigurationError(`mlops environments: ${error.message}`);
    throw error;
  }
  if (parsed.command.length > 0) {
    throw new ConfigurationError(`mlops environments: unexpected argument '${parsed.command[0]}'.`);
  }
  const opt = (name: string): string | undefined => parsed.options[name] as string | undefined;
  if (!opt('repo')) {
    throw new ConfigurationError(
      '--repo is required: name the repository as OWNER/NAME, for example --repo my-org/churn-model.',
      '--repo',
    );
  }
  const repo = parseRepo(opt('repo'), '--repo');
  const apiUrl = apiUrlFrom(opt('api-url'), io.env);
  if (!/^https?:\/\/[^/]+/.test(apiUrl)) {
    throw new ConfigurationError(
      `--api-url: '${apiUrl}' is not an http(s) URL, for example https://api.github.com.`,
      '--api-url',
    );
  }
  const { settings, configFile } = settingsFromOptions(
    {
      config: opt('config'),
      reviewers: opt('reviewers'),
      waitTimer: opt('wait-timer'),
      environments: opt('environments'),
      clientId: opt('client-id'),
      tenantId: opt('tenant-id'),
      subscriptionId: opt('subscription-id'),
      resourceGroup: opt('resource-group'),
    },
    {
      config: '--config',
      reviewers: '--reviewers',
      waitTimer: '--wait-timer',
      environments: '--environments',
      clientId: '--client-id',
      tenantId: '--tenant-id',
      subscriptionId: '--subscription-id',
      resourceGroup: '--resource-group',
    },
    io.cwd,
  );
  const token = opt('token') ?? (io.env.GITHUB_TOKEN || io.env.GH_TOKEN || undefined);
  if (!token) {
    throw new ConfigurationError(
      'No GitHub token: pass --token, or set GITHUB_TOKEN or GH_TOKEN (for example GH_TOKEN=$(gh auth token)). It needs Administration: write on the repository.',
      '--token',
    );
  }
  const apply = parsed.options.apply === true;
  const json = parsed.options.json === true;
  const client = createGitHubClient({ apiUrl, token });
  const plan = await planEnvironments(client, repo, settings);
  if (!json) {
    io.stdout(
      `Plan for the environments of ${plan.repository} (${apiUrl}${configFile ? `, settings from ${configFile}` : ''}):\n`,
    );
    io.stdout(renderPlanText(plan));
  }
  if (!apply) {
    if (json) io.stdout(`${JSON.stringify({ applied: false, ...planToJson(plan) }, null, 2)}\n`);
    else io.stdout('Dry run: nothing was written. Run again with --apply to write these changes.\n');
    return;
  }
  const done = await applyPlan(client, repo, plan, (change) => {
    if (!json) io.stdout(`wrote ${change.environment}: ${describeChange(change).slice(2)}\n`);
  });
  if (json)
    io.stdout(`${JSON.stringify({ applied: true, written: done.length, ...planToJson(plan) }, null, 2)}\n`);
  else io.stdout(`Applied: ${done.length} change(s) written.\n`);
}
