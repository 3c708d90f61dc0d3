import * as core from '@actions/core';
import { isTerminalJobStatus } from '../../contract/jobs.js';
import { signIn } from '../shared/sign-in.js';
import { getWorkspaceInputs } from '../shared/workspace-inputs.js';
import { cancelAndWait, sleep } from './cancel.js';
import { STATE } from './state.js';

/** How long the post step waits for Canceled after asking. */
export const POST_CANCEL_WAIT_MS = 15_000;

/**
 * The post step (post-if: cancelled() || failure()): when the main step was stopped before the job it followed
 * ended (the runner killed it, or its own cancel request did not go out), cancels the job.
 */
export async function post(): Promise<void> {
  const jobName = core.getState(STATE.jobName);
  if (!jobName || core.getState(STATE.done) === 'true') return;
  const { client } = await signIn(getWorkspaceInputs());
  const job = await client.getJob(jobName);
  const status = job?.properties.status;
  if (!job || isTerminalJobStatus(status)) {
    core.info(`Job ${jobName} ${job ? `has ended (${status})` : 'does not exist'}: nothing to cancel.`);
    return;
  }
  core.info(`Job ${jobName} is still ${status ?? 'NotStarted'} after the step ended: cancelling it.`);
  const final = await cancelAndWait(jobName, POST_CANCEL_WAIT_MS, {
    jobs: client,
    print: (line) => core.info(line),
    now: () => Date.now(),
    sleep: (ms) => sleep(ms),
  });
  if (isTerminalJobStatus(final)) core.info(`Job ${jobName} is ${final}.`);
  else
    core.warning(
      `Job ${jobName} is still ${final ?? 'unknown'}: Azure ML is cancelling it. Check it in the studio.`,
    );
}
