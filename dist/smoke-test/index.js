// Written by scripts/build.js: the smoke-test action, run from the bundle of all actions (src/actions/index.ts).
import { runNamedAction } from '../actions/index.js';

await runNamedAction('smoke-test');
