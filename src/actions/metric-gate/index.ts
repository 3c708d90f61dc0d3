// The function the metric-gate action's step runs (src/actions/index.ts runs it).
export { run as step } from './main.js';
