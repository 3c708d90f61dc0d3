// The one bundle of every action (dist/actions/index.js). The file each action.yml runs, dist/<name>/index.js, is a
// two-line module that scripts/build.js writes: it calls runNamedAction('<name>'). Each action's code is its own
// chunk, loaded when that action runs. (One bundle instead of one per action: the actions share most of their code,
// and each ncc build costs about 20 CPU-seconds, in every `npm run build` and in CI's check of dist/.)
import * as core from '@actions/core';
import { runAction } from './shared/run-action.js';

type Step = () => Promise<void>;

/** Every action of actions/, by its folder name (a unit test checks the two lists are the same). */
export const ACTIONS: Record<string, () => Promise<{ step: Step }>> = {
  'deploy-endpoint': () => import('./deploy-endpoint/index.js'),
  'metric-gate': () => import('./metric-gate/index.js'),
  'package-model': () => import('./package-model/index.js'),
  promote: () => import('./promote/index.js'),
  'register-data': () => import('./register-data/index.js'),
  'register-model': () => import('./register-model/index.js'),
  'run-job': () => import('./run-job/index.js'),
  'setup-environments': () => import('./setup-environments/index.js'),
  'smoke-test': () => import('./smoke-test/index.js'),
};

/** Runs the named action's step, reporting what it throws as runAction does. */
export async function runNamedAction(name: string): Promise<void> {
  const load = Object.hasOwn(ACTIONS, name) ? ACTIONS[name] : undefined;
  if (!load) {
    core.setFailed(
      `No action is named '${name}' in this bundle (known: ${Object.keys(ACTIONS).join(', ')}).`,
    );
    return;
  }
  const { step } = await load();
  await runAction(step);
}
