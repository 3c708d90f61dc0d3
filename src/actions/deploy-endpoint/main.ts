import * as core from '@actions/core';
import { deployToEndpoint, DeploymentFailedError } from '../../deploy/deploy.js';
import { warnIfMidRollout } from '../shared/rollout-notice.js';
import { signIn } from '../shared/sign-in.js';
import { getInputs } from './inputs.js';
import { renderFailureSummary, renderSummary } from './summary.js';

/** deploy-endpoint: deploys a model (registered, in a registry, or inline in a CLI v2 deployment file) to an online endpoint without moving live traffic unless told to. */
export async function run(): Promise<void> {
  const inputs = await core.group('Read inputs', getInputs);
  const { client } = await signIn(inputs.workspace);
  await warnIfMidRollout(client, inputs.endpoint);
  try {
    const result = await deployToEndpoint(client, inputs);
    core.setOutput('endpoint', result.endpoint.name);
    core.setOutput('deployment', result.deployment.name);
    core.setOutput('scoring-uri', result.endpoint.scoringUri ?? '');
    core.setOutput('previous-traffic', JSON.stringify(result.previousTraffic));
    core.setOutput('traffic', JSON.stringify(result.endpoint.traffic));
    core.setOutput('mirror-traffic', JSON.stringify(result.endpoint.mirrorTraffic));
    await core.summary.addRaw(renderSummary(result, inputs)).write();
  } catch (error) {
    if (error instanceof DeploymentFailedError) {
      await core.summary.addRaw(renderFailureSummary(error, inputs)).write();
    }
    throw error;
  }
}
