import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { MAX_SETTINGS_YAML_BYTES, readBoundedTextSync } from '../bounded-read.js';
import { ConfigurationError } from '../errors.js';
import {
  checkWaitTimer,
  ENVIRONMENT_NAMES,
  parseEnvironmentsConfig,
  parseReviewer,
  resolveSettings,
  type EnvironmentFlags,
  type EnvironmentName,
  type EnvironmentSettings,
} from './environments-config.js';

/** Where the config is looked for when none is named. */
export const DEFAULT_CONFIG = '.github/mlops-environments.yml';

/** Raw text values of the options shared by the CLI and the action; `names` maps each to its flag or input. */
export interface RawEnvironmentOptions {
  config?: string;
  reviewers?: string;
  waitTimer?: string;
  environments?: string;
  clientId?: string;
  tenantId?: string;
  subscriptionId?: string;
  resourceGroup?: string;
}

/** The flag or input name of each option, for messages (`--wait-timer` or `wait-timer`). */
export type OptionNames = Record<keyof RawEnvironmentOptions, string>;

/**
 * Reads the config file (the named one, else DEFAULT_CONFIG under `cwd` when it exists) and applies
 * the options over it. Every mistake is a ConfigurationError naming the option or the file's field.
 */
export function settingsFromOptions(
  raw: RawEnvironmentOptions,
  names: OptionNames,
  cwd: string,
): { settings: EnvironmentSettings[]; configFile?: string } {
  let configFile: string | undefined;
  if (raw.config !== undefined) {
    configFile = isAbsolute(raw.config) ? raw.config : resolve(cwd, raw.config);
    if (!existsSync(configFile)) {
      throw new ConfigurationError(
        `${names.config}: ${raw.config} does not exist. Point it at a YAML file such as ${DEFAULT_CONFIG} (see docs/environments.md).`,
        names.config,
      );
    }
  } else if (existsSync(resolve(cwd, DEFAULT_CONFIG))) {
    configFile = resolve(cwd, DEFAULT_CONFIG);
  }
  const shown = configFile ? relative(cwd, configFile) || configFile : undefined;
  const config = configFile
    ? parseEnvironmentsConfig(
        readBoundedTextSync(configFile, names.config, MAX_SETTINGS_YAML_BYTES, names.config),
        shown!,
      )
    : undefined;

  const flags: EnvironmentFlags = {};
  if (raw.environments !== undefined) {
    const list = raw.environments
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const bad = list.filter((n) => !(ENVIRONMENT_NAMES as readonly string[]).includes(n));
    if (list.length === 0 || bad.length > 0) {
      throw new ConfigurationError(
        `${names.environments}: '${raw.environments}' must be a comma-separated list of ${ENVIRONMENT_NAMES.join(', ')}.`,
        names.environments,
      );
    }
    flags.environments = ENVIRONMENT_NAMES.filter((n) => list.includes(n)) as EnvironmentName[];
  }
  if (raw.reviewers !== undefined) {
    const items = raw.reviewers
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (items.length === 0) {
      throw new ConfigurationError(
        `${names.reviewers}: give at least one login or org/team-slug, for example alice,my-org/ml-approvers.`,
        names.reviewers,
      );
    }
    flags.reviewers = items.map((item) => parseReviewer(item, names.reviewers, names.reviewers));
  }
  if (raw.waitTimer !== undefined) {
    const n = /^\d+$/.test(raw.waitTimer.trim()) ? Number(raw.waitTimer.trim()) : raw.waitTimer;
    flags.waitTimer = checkWaitTimer(n, names.waitTimer, names.waitTimer);
  }
  const variables: Record<string, string> = {};
  for (const [key, variable] of [
    ['clientId', 'AZURE_CLIENT_ID'],
    ['tenantId', 'AZURE_TENANT_ID'],
    ['subscriptionId', 'AZURE_SUBSCRIPTION_ID'],
    ['resourceGroup', 'AZUREML_RESOURCE_GROUP'],
  ] as const) {
    const value = raw[key]?.trim();
    if (value === undefined) continue;
    if (value === '')
      throw new ConfigurationError(`${names[key]}: is empty; give the ${variable} value.`, names[key]);
    variables[variable] = value;
  }
  if (Object.keys(variables).length > 0) flags.variables = variables;
  return {
    settings: resolveSettings(config, flags, shown ?? DEFAULT_CONFIG),
    ...(configFile && { configFile }),
  };
}
