// Written by scripts/build.js: the metric-gate action, run from the bundle of all actions (src/actions/index.ts).
import { runNamedAction } from '../actions/index.js';

await runNamedAction('metric-gate');
