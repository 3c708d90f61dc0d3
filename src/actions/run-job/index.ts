import * as core from '@actions/core';
import { STATE } from './state.js';

/**
 * The function the run-job action's step runs (src/actions/index.ts runs it): one bundle for both steps (action.yml
 * runs it as main and as post), as actions/checkout does: the main step saves isPost, so the second run is the post
 * step.
 */
export async function step(): Promise<void> {
  if (core.getState(STATE.isPost) === 'true') await (await import('./post.js')).post();
  else await (await import('./main.js')).run();
}
