// Written by scripts/build.js: the setup-environments action, run from the bundle of all actions (src/actions/index.ts).
import { runNamedAction } from '../actions/index.js';

await runNamedAction('setup-environments');
