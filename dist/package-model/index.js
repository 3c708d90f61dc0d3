// Written by scripts/build.js: the package-model action, run from the bundle of all actions (src/actions/index.ts).
import { runNamedAction } from '../actions/index.js';

await runNamedAction('package-model');
