import * as core from '@actions/core';
import { randomBytes } from 'node:crypto';
import { validateOnlineName } from '../../deploy/references.js';
import { ConfigurationError } from '../../errors.js';
import type { PromoteSettings } from '../../rollout/promote.js';
import { rolloutRunId } from '../../rollout/rollout-record.js';
import { parseSteps } from '../../rollout/steps.js';
import type { TrafficMap } from '../../rollout/traffic.js';
import { parseJsonInput, readRequestCases } from '../../smoke/request-files.js';
import { parseBooleanInput, parseIntegerInput, parseNumberInput } from '../shared/scalar-inputs.js';
import { getWorkspaceInputs, type WorkspaceSettings } from '../shared/workspace-inputs.js';

export interface PromoteInputs extends PromoteSettings {
  workspace: WorkspaceSettings;
}

/** `expected-traffic`: a JSON map of deployment to whole percentage, e.g. {"blue":100}. */
export function parseExpectedTraffic(value: string, input = 'expected-traffic'): TrafficMap | undefined {
  if (value.trim() === '') return undefined;
  const parsed = parseJsonInput(value, 'the value', input);
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new ConfigurationError(
      `Input '${input}': give a JSON object such as {"blue":100} (the deploy-endpoint traffic output).`,
      input,
    );
  }
  const map: TrafficMap = {};
  for (const [k, v] of Object.entries(parsed)) {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 100) {
      throw new ConfigurationError(
        `Input '${input}': '${k}' has ${JSON.stringify(v)}, not a whole percentage.`,
        input,
      );
    }
    map[k] = v;
  }
  return map;
}

/** Parses and validates every input before any call. */
export async function getInputs(): Promise<PromoteInputs> {
  const root = process.env.GITHUB_WORKSPACE || process.cwd();
  const endpointValue = core.getInput('endpoint');
  if (!endpointValue) throw new ConfigurationError(`Input 'endpoint' is required.`, 'endpoint');
  const deploymentValue = core.getInput('deployment');
  if (!deploymentValue)
    throw new ConfigurationError(
      `Input 'deployment' is required: the new deployment to promote (or reject).`,
      'deployment',
    );
  const modeValue = (core.getInput('mode') || 'promote').trim().toLowerCase();
  if (modeValue !== 'promote' && modeValue !== 'reject') {
    throw new ConfigurationError(`Input 'mode': '${modeValue}' is not promote or reject.`, 'mode');
  }
  const onNoData = (core.getInput('on-no-data') || 'fail').trim().toLowerCase();
  if (onNoData !== 'fail' && onNoData !== 'pass') {
    throw new ConfigurationError(`Input 'on-no-data': '${onNoData}' is not fail or pass.`, 'on-no-data');
  }
  const onInterrupted = (core.getInput('on-interrupted') || 'rollback').trim().toLowerCase();
  if (onInterrupted !== 'resume' && onInterrupted !== 'rollback') {
    throw new ConfigurationError(
      `Input 'on-interrupted': '${onInterrupted}' is not resume or rollback.`,
      'on-interrupted',
    );
  }
  const requestsValue = core.getInput('requests');
  const cases = requestsValue ? await readRequestCases(requestsValue, undefined, root) : [];
  return {
    endpoint: validateOnlineName(endpointValue, 'endpoint', 'endpoint'),
    deployment: validateOnlineName(deploymentValue, 'deployment', 'deployment'),
    mode: modeValue,
    steps: parseSteps(core.getInput('steps'), 'steps'),
    stepIntervalMs:
      parseIntegerInput(core.getInput('step-interval-seconds'), 'step-interval-seconds', 0, 3600, 60) * 1000,
    requests: cases.map((c) => ({ name: c.name, body: c.body })),
    analysis: {
      maxErrorRate: parseNumberInput(core.getInput('max-error-rate'), 'max-error-rate', 0, 1) ?? 0.01,
      maxLatencyRatio:
        parseNumberInput(core.getInput('max-latency-ratio'), 'max-latency-ratio', 1, 100) ?? 1.5,
      onNoData,
    },
    expectedTraffic: parseExpectedTraffic(core.getInput('expected-traffic')),
    onInterrupted,
    keepOld: parseBooleanInput(core.getInput('keep-old'), 'keep-old', false),
    timeoutMs: parseIntegerInput(core.getInput('timeout-minutes'), 'timeout-minutes', 1, 720, 60) * 60_000,
    workspace: getWorkspaceInputs(),
    runId: rolloutRunId(process.env, randomBytes(3).toString('hex')),
  };
}
