import * as core from '@actions/core';
import { warnIfMidRollout } from '../shared/rollout-notice.js';
import { signIn } from '../shared/sign-in.js';
import { readBaseline, type BaselineLookup } from './baseline.js';
import { comparator, judge } from './compare.js';
import { getInputs } from './inputs.js';
import { renderSummary } from './summary.js';

/** The gate said no: the message names the metric, its value and each comparison that failed. */
export class GateFailedError extends Error {}

/**
 * metric-gate: compares the candidate's metric with a threshold and with the model serving an endpoint (the
 * deployment taking the most traffic, its model version's `metric.<name>` property). Only a missing endpoint
 * or live deployment means "no baseline"; any other failure to read it fails the step.
 */
export async function run(): Promise<void> {
  const inputs = await core.group('Read inputs', getInputs);
  let lookup: BaselineLookup | undefined;
  if (inputs.endpoint && inputs.workspace) {
    const endpoint = inputs.endpoint;
    const { client, clientFor } = await signIn(inputs.workspace);
    await warnIfMidRollout(client, endpoint);
    const source = { client, clientFor, address: inputs.workspace.address };
    lookup = await core.group(`Read the baseline: the model serving ${endpoint}`, () =>
      readBaseline(source, endpoint, inputs.metric, (line) => core.info(line)),
    );
    // A notice, so the run's page says it too.
    if ('none' in lookup) {
      const left =
        inputs.threshold === undefined ? 'nothing to compare with' : 'compared with the threshold only';
      core.notice(`No baseline: ${lookup.none}; ${left}.`);
    } else core.info(`Baseline: ${lookup.found.modelId} has ${inputs.metric}=${lookup.found.value}.`);
  }
  const baseline = lookup && 'found' in lookup ? lookup.found : undefined;
  const verdict = judge(inputs, inputs.value, baseline);
  core.setOutput('passed', String(verdict.passed));
  core.setOutput('metric', String(verdict.value));
  core.setOutput('baseline', baseline ? String(baseline.value) : '');
  core.setOutput('baseline-model', baseline?.modelId ?? '');
  core.setOutput('baseline-deployment', baseline?.deployment ?? '');
  await core.summary.addRaw(renderSummary(verdict, lookup)).write();
  const op = comparator(verdict.goal);
  const lines = verdict.checks.map(
    (c) => `${c.against}: needs ${op} ${c.needs}, ${c.passed ? 'pass' : 'FAIL'}`,
  );
  core.info(`${verdict.metric}=${verdict.value}: ${lines.join('; ')}`);
  if (!verdict.passed) {
    throw new GateFailedError(
      `The metric gate failed: ${verdict.metric}=${verdict.value} (${verdict.goal}); ` +
        verdict.checks
          .filter((c) => !c.passed)
          .map((c) => `${c.against} needs ${op} ${c.needs}`)
          .join(', ') +
        '.',
    );
  }
}
