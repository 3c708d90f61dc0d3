import { parseDocument } from 'yaml';
import { ConfigurationError } from '../errors.js';

/** The GitHub environments this tool manages, in deployment order. */
export const ENVIRONMENT_NAMES = ['dev', 'preprod', 'prod'] as const;
export type EnvironmentName = (typeof ENVIRONMENT_NAMES)[number];

/** The variables the workflows read from each environment (OIDC login and the workspace). */
export const STANDARD_VARIABLES = [
  'AZURE_CLIENT_ID',
  'AZURE_TENANT_ID',
  'AZURE_SUBSCRIPTION_ID',
  'AZUREML_RESOURCE_GROUP',
  'AZUREML_WORKSPACE',
] as const;

/** GitHub's limits: at most six reviewers, a wait timer of at most 43,200 minutes (30 days). */
export const MAX_REVIEWERS = 6;
export const MAX_WAIT_TIMER = 43_200;

/** A reviewer as written: a user login (`alice`) or a team (`my-org/ml-approvers`). */
export type ReviewerRef = { type: 'User'; login: string } | { type: 'Team'; org: string; slug: string };

/** Which branches may deploy: any, those with protection rules, or those matching name patterns. */
export type BranchRule =
  | { kind: 'all' }
  | { kind: 'protected' }
  | { kind: 'custom'; patterns: Array<{ name: string; type: 'branch' | 'tag' }> };

/** The wanted settings of one environment, reviewers not yet resolved to ids. */
export interface EnvironmentSettings {
  name: EnvironmentName;
  /** Minutes a job waits before it runs (after approval). */
  waitTimer: number;
  /** Whether the person who started the run may not approve it. */
  preventSelfReview: boolean;
  reviewers: ReviewerRef[];
  branches: BranchRule;
  /** Environment variables, by name. */
  variables: Record<string, string>;
}

/** Values given on the command line (or by the action); each overrides the config file. */
export interface EnvironmentFlags {
  /** `--environments dev,prod`: manage only these. */
  environments?: EnvironmentName[];
  /** `--reviewers a,org/team`: prod's reviewers. */
  reviewers?: ReviewerRef[];
  /** `--wait-timer N`: prod's wait timer in minutes. */
  waitTimer?: number;
  /** Variables set in every environment (`--client-id`, `--tenant-id`, `--subscription-id`, `--resource-group`). */
  variables?: Record<string, string>;
}

/** Where a value came from, for messages: `.github/mlops-environments.yml: environments.prod.wait-timer`. */
type Where = (field: string) => string;

const DEFAULTS: Record<EnvironmentName, Omit<EnvironmentSettings, 'name' | 'reviewers' | 'variables'>> = {
  dev: { waitTimer: 0, preventSelfReview: false, branches: { kind: 'all' } },
  preprod: {
    waitTimer: 0,
    preventSelfReview: false,
    branches: { kind: 'custom', patterns: [{ name: 'main', type: 'branch' }] },
  },
  prod: {
    waitTimer: 5,
    preventSelfReview: true,
    branches: { kind: 'custom', patterns: [{ name: 'main', type: 'branch' }] },
  },
};

const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const SLUG = /^[A-Za-z0-9_.-]{1,100}$/;
const VARIABLE = /^[A-Z_][A-Z0-9_]*$/;

/** Parses `alice` (a user) or `org/team-slug` (a team); a leading `@` is allowed. */
export function parseReviewer(text: string, where: string, input?: string): ReviewerRef {
  const value = text.trim().replace(/^@/, '');
  const slash = value.indexOf('/');
  if (slash === -1) {
    if (LOGIN.test(value)) return { type: 'User', login: value };
  } else {
    const org = value.slice(0, slash);
    const slug = value.slice(slash + 1);
    if (LOGIN.test(org) && SLUG.test(slug)) return { type: 'Team', org, slug };
  }
  throw new ConfigurationError(
    `${where}: '${text}' is not a reviewer. Write a user login (alice) or a team as org/team-slug (my-org/ml-approvers).`,
    input,
  );
}

/** A variable name GitHub accepts: upper-case letters, digits and _, not starting with a digit or GITHUB_. */
export function checkVariableName(name: string, where: string, input?: string): string {
  if (!VARIABLE.test(name) || name.startsWith('GITHUB_')) {
    throw new ConfigurationError(
      `${where}: '${name}' is not a variable name GitHub accepts. Use upper-case letters, digits and _ (not starting with a digit or GITHUB_), for example AZURE_CLIENT_ID.`,
      input,
    );
  }
  return name;
}

/** Checks a wait timer in minutes: a whole number from 0 to 43,200. */
export function checkWaitTimer(value: unknown, where: string, input?: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_WAIT_TIMER) {
    throw new ConfigurationError(
      `${where}: ${JSON.stringify(value)} is not a wait timer. Give whole minutes from 0 to ${MAX_WAIT_TIMER} (30 days), for example 5.`,
      input,
    );
  }
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkKeys(value: Record<string, unknown>, allowed: string[], where: Where, field: string): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) {
      throw new ConfigurationError(
        `${where(field ? `${field}.${key}` : key)}: unknown field. Allowed here: ${allowed.join(', ')}.`,
      );
    }
  }
}

function parseVariables(value: unknown, where: Where, field: string): Record<string, string> {
  if (value === undefined || value === null) return {};
  if (!isRecord(value)) {
    throw new ConfigurationError(
      `${where(field)}: must be a mapping of NAME: value, for example AZURE_CLIENT_ID: 00000000-0000-0000-0000-000000000000.`,
    );
  }
  const out: Record<string, string> = {};
  for (const [name, v] of Object.entries(value)) {
    checkVariableName(name, where(`${field}.${name}`));
    if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') {
      throw new ConfigurationError(
        `${where(`${field}.${name}`)}: must be a text value, not ${JSON.stringify(v)}.`,
      );
    }
    const text = String(v);
    if (text === '') {
      throw new ConfigurationError(
        `${where(`${field}.${name}`)}: is empty. GitHub does not store empty variables: give a value or remove the line.`,
      );
    }
    out[name] = text;
  }
  return out;
}

function parseBranches(value: unknown, where: Where, field: string): BranchRule {
  if (value === 'all') return { kind: 'all' };
  if (value === 'protected') return { kind: 'protected' };
  const fix = `Write all (any branch), protected (branches with protection rules) or a list of name patterns such as [main, release/*] (tag:v* for tags).`;
  if (!Array.isArray(value) || value.length === 0) {
    throw new ConfigurationError(`${where(field)}: ${JSON.stringify(value)} is not a branch rule. ${fix}`);
  }
  const patterns = value.map((item, i) => {
    if (typeof item !== 'string' || item.trim() === '') {
      throw new ConfigurationError(
        `${where(`${field}[${i}]`)}: ${JSON.stringify(item)} is not a name pattern. ${fix}`,
      );
    }
    const tag = item.startsWith('tag:');
    return { name: (tag ? item.slice(4) : item).trim(), type: tag ? ('tag' as const) : ('branch' as const) };
  });
  const seen = new Set<string>();
  for (const p of patterns) {
    const key = `${p.type}:${p.name}`;
    if (seen.has(key))
      throw new ConfigurationError(`${where(field)}: '${p.name}' is listed twice. List each pattern once.`);
    seen.add(key);
  }
  return { kind: 'custom', patterns };
}

function parseReviewers(value: unknown, where: Where, field: string): ReviewerRef[] {
  if (!Array.isArray(value)) {
    throw new ConfigurationError(
      `${where(field)}: must be a list of user logins and org/team-slug teams, for example [alice, my-org/ml-approvers].`,
    );
  }
  return value.map((item, i) => {
    if (typeof item !== 'string') {
      throw new ConfigurationError(
        `${where(`${field}[${i}]`)}: ${JSON.stringify(item)} is not a login or org/team-slug.`,
      );
    }
    return parseReviewer(item, where(`${field}[${i}]`));
  });
}

/** The parsed config file: per-environment overrides and shared variables. */
export interface EnvironmentsConfig {
  variables: Record<string, string>;
  environments: Partial<
    Record<
      EnvironmentName,
      Partial<Omit<EnvironmentSettings, 'name'>> & { variables: Record<string, string> }
    >
  >;
}

/**
 * Parses and checks the YAML config (`.github/mlops-environments.yml`). Every mistake is a
 * ConfigurationError naming the file, the field and the fix.
 */
export function parseEnvironmentsConfig(text: string, file: string): EnvironmentsConfig {
  const document = parseDocument(text);
  if (document.errors.length > 0) {
    const first = document.errors[0]!;
    throw new ConfigurationError(`${file}: not valid YAML: ${first.message.split('\n')[0]}`);
  }
  const root: unknown = document.toJS() ?? {};
  const where: Where = (field) => `${file}: ${field}`;
  if (!isRecord(root)) {
    throw new ConfigurationError(
      `${file}: must be a mapping with 'variables' and 'environments' (see docs/environments.md).`,
    );
  }
  checkKeys(root, ['variables', 'environments'], where, '');
  const config: EnvironmentsConfig = {
    variables: parseVariables(root.variables, where, 'variables'),
    environments: {},
  };
  if (root.environments === undefined || root.environments === null) return config;
  if (!isRecord(root.environments)) {
    throw new ConfigurationError(
      `${where('environments')}: must be a mapping with dev, preprod and/or prod.`,
    );
  }
  for (const [name, value] of Object.entries(root.environments)) {
    const field = `environments.${name}`;
    if (!(ENVIRONMENT_NAMES as readonly string[]).includes(name)) {
      throw new ConfigurationError(
        `${where(field)}: unknown environment. Use ${ENVIRONMENT_NAMES.join(', ')}.`,
      );
    }
    const env = value ?? {};
    if (!isRecord(env)) throw new ConfigurationError(`${where(field)}: must be a mapping of settings.`);
    checkKeys(env, ['wait-timer', 'prevent-self-review', 'reviewers', 'branches', 'variables'], where, field);
    const parsed: EnvironmentsConfig['environments'][EnvironmentName] = {
      variables: parseVariables(env.variables, where, `${field}.variables`),
    };
    if (env['wait-timer'] !== undefined)
      parsed.waitTimer = checkWaitTimer(env['wait-timer'], where(`${field}.wait-timer`));
    if (env['prevent-self-review'] !== undefined) {
      if (typeof env['prevent-self-review'] !== 'boolean') {
        throw new ConfigurationError(`${where(`${field}.prevent-self-review`)}: must be true or false.`);
      }
      parsed.preventSelfReview = env['prevent-self-review'];
    }
    if (env.reviewers !== undefined)
      parsed.reviewers = parseReviewers(env.reviewers, where, `${field}.reviewers`);
    if (env.branches !== undefined) parsed.branches = parseBranches(env.branches, where, `${field}.branches`);
    config.environments[name as EnvironmentName] = parsed;
  }
  return config;
}

/**
 * The wanted settings of each managed environment: the defaults (prod: reviewers, prevent-self-review,
 * a 5-minute wait; preprod and prod deploy from main only; dev from any branch), then the config file,
 * then the flags. `source` names the config file for messages.
 */
export function resolveSettings(
  config: EnvironmentsConfig | undefined,
  flags: EnvironmentFlags,
  source = 'the config file',
): EnvironmentSettings[] {
  const names = flags.environments ?? [...ENVIRONMENT_NAMES];
  return names.map((name) => {
    const own = config?.environments[name];
    const settings: EnvironmentSettings = {
      name,
      ...DEFAULTS[name],
      reviewers: [],
      ...(own?.waitTimer !== undefined && { waitTimer: own.waitTimer }),
      ...(own?.preventSelfReview !== undefined && { preventSelfReview: own.preventSelfReview }),
      ...(own?.reviewers && { reviewers: own.reviewers }),
      ...(own?.branches && { branches: own.branches }),
      variables: {
        ...config?.variables,
        ...own?.variables,
        ...flags.variables,
      },
    };
    if (name === 'prod') {
      if (flags.reviewers) settings.reviewers = flags.reviewers;
      if (flags.waitTimer !== undefined) settings.waitTimer = flags.waitTimer;
      if (settings.reviewers.length === 0) {
        throw new ConfigurationError(
          `prod needs at least one required reviewer: pass --reviewers alice,my-org/ml-approvers (input 'reviewers' of the action) or set environments.prod.reviewers in ${source}.`,
          'reviewers',
        );
      }
    }
    if (settings.reviewers.length > MAX_REVIEWERS) {
      throw new ConfigurationError(
        `${name} has ${settings.reviewers.length} reviewers; GitHub allows at most ${MAX_REVIEWERS}. Use a team (org/team-slug) to cover more people.`,
        'reviewers',
      );
    }
    return settings;
  });
}

/** The standard variables an environment does not set (the workflows need them). */
export function missingVariables(settings: EnvironmentSettings): string[] {
  return STANDARD_VARIABLES.filter((name) => settings.variables[name] === undefined);
}
