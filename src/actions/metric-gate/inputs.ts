import * as core from '@actions/core';
import { lstat, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_JSON_INPUT_BYTES, readBoundedText } from '../../bounded-read.js';
import { validateOnlineName } from '../../deploy/references.js';
import { ConfigurationError } from '../../errors.js';
import { parseMetrics, type Metrics } from '../../model/metrics.js';
import { MANIFEST_FILE, parseManifest } from '../../model/manifest.js';
import { inputRoots, requireInsideRoots, resolveInputPath } from '../shared/path-inputs.js';
import { parseNumberInput } from '../shared/scalar-inputs.js';
import { getWorkspaceInputs, type WorkspaceSettings } from '../shared/workspace-inputs.js';
import type { GateRules, Goal } from './compare.js';

/** Every setting of metric-gate, parsed and checked before any Azure call. */
export interface GateInputs extends GateRules {
  /** `metrics`: where the candidate's metrics came from (a file, or a package folder). */
  metricsSource: string;
  /** The candidate's value of `metric`. */
  value: number;
  /** `endpoint`: the online endpoint whose serving model is the baseline; undefined: threshold only. */
  endpoint?: string;
  /** The baseline endpoint's workspace (only with `endpoint`). */
  workspace?: WorkspaceSettings;
}

/** The candidate's metrics: a metrics file, or the manifest of a package folder that package-model wrote. */
export async function readCandidateMetrics(value: string, input = 'metrics'): Promise<Metrics> {
  const path = resolveInputPath(value);
  const info = await stat(path).catch(() => undefined);
  if (!info) {
    throw new ConfigurationError(
      `Input '${input}': ${path} does not exist. Give the metrics file the training wrote, or the package folder package-model wrote.`,
      input,
    );
  }
  await requireInsideRoots(
    input,
    path,
    inputRoots(),
    'Gate on the metrics file the training wrote in the workspace, or the package below RUNNER_TEMP.',
  );
  if (info.isDirectory()) {
    // The manifest alone: register-model verifies the package's files; the gate needs only what it recorded.
    const manifestPath = join(path, MANIFEST_FILE);
    // package-model writes a regular file: a symlink here could lead out of the workspace.
    if (!(await lstat(manifestPath).catch(() => undefined))?.isFile()) {
      throw new ConfigurationError(
        `Input '${input}': ${path} is a folder without ${MANIFEST_FILE} (a regular file). Give a metrics file, or a folder package-model wrote.`,
        input,
      );
    }
    const text = await readBoundedText(manifestPath, input, MAX_JSON_INPUT_BYTES);
    const manifest = parseManifest(text, manifestPath, input);
    if (!manifest.metrics || Object.keys(manifest.metrics).length === 0) {
      throw new ConfigurationError(
        `Input '${input}': the package in ${path} has no metrics. Give package-model a metrics-file.`,
        input,
      );
    }
    return manifest.metrics;
  }
  return parseMetrics(await readBoundedText(path, input, MAX_JSON_INPUT_BYTES), path, input);
}

/** The value of `metric` in `metrics`, which must be a number. */
export function metricValue(metrics: Metrics, metric: string, source: string): number {
  const value = metrics[metric];
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    const has = Object.keys(metrics);
    throw new ConfigurationError(
      `Input 'metric': '${metric}' is ${value === undefined ? 'not in' : 'not a number in'} the metrics of ${source} ` +
        `(it has: ${has.length > 0 ? has.join(', ') : 'nothing'}).`,
      'metric',
    );
  }
  return value;
}

/** Parses and validates every input before any call. */
export async function getInputs(): Promise<GateInputs> {
  const metricsValue = core.getInput('metrics');
  if (!metricsValue) {
    throw new ConfigurationError(
      `Input 'metrics' is required: the metrics file the training wrote, or the package folder package-model wrote.`,
      'metrics',
    );
  }
  const metric = core.getInput('metric').trim();
  if (!metric)
    throw new ConfigurationError(`Input 'metric' is required: the metric to gate on, e.g. auc.`, 'metric');
  const goal = (core.getInput('goal') || 'maximize').trim().toLowerCase();
  if (goal !== 'maximize' && goal !== 'minimize') {
    throw new ConfigurationError(
      `Input 'goal': '${goal}' is not maximize (higher is better) or minimize (lower is better).`,
      'goal',
    );
  }
  const threshold = parseNumberInput(core.getInput('threshold'), 'threshold', -1e12, 1e12);
  const minImprovement =
    parseNumberInput(core.getInput('min-improvement'), 'min-improvement', -1e12, 1e12) ?? 0;
  const endpointValue = core.getInput('endpoint').trim();
  const endpoint = endpointValue ? validateOnlineName(endpointValue, 'endpoint', 'endpoint') : undefined;
  if (threshold === undefined && !endpoint) {
    throw new ConfigurationError(
      `Give the input 'threshold', 'endpoint' (the endpoint whose serving model is the baseline), or both: ` +
        `with neither there is nothing to gate on.`,
      'threshold',
    );
  }
  const metrics = await readCandidateMetrics(metricsValue);
  const value = metricValue(metrics, metric, metricsValue);
  const workspace = endpoint ? getWorkspaceInputs() : undefined;
  core.debug(
    `metric-gate: ${metric}=${value} (${goal}), threshold ${threshold ?? '-'}, endpoint ${endpoint ?? '-'}`,
  );
  return {
    metricsSource: metricsValue,
    metric,
    value,
    goal: goal as Goal,
    threshold,
    minImprovement,
    endpoint,
    workspace,
  };
}
