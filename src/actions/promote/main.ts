import * as core from '@actions/core';
import {
  AbortedError,
  promoteDeployment,
  RolledBackError,
  type PromoteReport,
} from '../../rollout/promote.js';
import { signIn } from '../shared/sign-in.js';
import { getInputs } from './inputs.js';
import { renderSummary } from './summary.js';

function publish(report: PromoteReport): void {
  core.setOutput('decision', report.decision);
  core.setOutput('traffic', JSON.stringify(report.traffic));
  core.setOutput('report', JSON.stringify(report));
}

/** promote: moves an endpoint's traffic to a new deployment in steps with analysis, or rolls it back. */
export async function run(): Promise<void> {
  const inputs = await core.group('Read inputs', getInputs);
  const { client } = await signIn(inputs.workspace);
  try {
    const report = await promoteDeployment(
      client,
      inputs,
      (line) => core.info(line),
      (line) => core.warning(line),
    );
    publish(report);
    await core.summary.addRaw(renderSummary(report)).write();
    core.info(`Decision: ${report.decision}. Traffic ${JSON.stringify(report.traffic)}.`);
  } catch (error) {
    if (error instanceof RolledBackError || error instanceof AbortedError) {
      publish(error.report);
      await core.summary.addRaw(renderSummary(error.report)).write();
    }
    throw error;
  }
}
