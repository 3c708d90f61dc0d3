import * as core from '@actions/core';
import type { AzureMLClient } from '../../azureml/client.js';
import type { EndpointInfo } from '../../azureml/online-client.js';
import { getErrorMessage } from '../../errors.js';
import { midRolloutNotice } from '../../rollout/rollout-record.js';

/**
 * Names an endpoint that carries a rollout record (promote's mlops.rollout.* tags) as mid-rollout, with its
 * candidate, step and start, in a warning on the run's page. Given a name, it reads the endpoint first; it never
 * fails the action (a read that fails is left to the action's own calls, and said in the debug log only).
 */
export async function warnIfMidRollout(
  client: Pick<AzureMLClient, 'getEndpoint'>,
  endpoint: string | EndpointInfo,
): Promise<void> {
  try {
    const info = typeof endpoint === 'string' ? await client.getEndpoint(endpoint) : endpoint;
    const notice = info && midRolloutNotice(info);
    if (notice) core.warning(notice);
  } catch (error) {
    core.debug(`Could not check whether endpoint is mid-rollout: ${getErrorMessage(error)}`);
  }
}
