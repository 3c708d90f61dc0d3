import * as core from '@actions/core';
import { runAction } from '../shared/run-action.js';
import { run } from './main.js';
import { post } from './post.js';
import { STATE } from './state.js';

// One bundle for both steps (action.yml runs it as main and as post), as actions/checkout does: the main step saves
// isPost, so the second run is the post step.
await runAction(core.getState(STATE.isPost) === 'true' ? post : run);
