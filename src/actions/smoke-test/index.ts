// The function the smoke-test action's step runs (src/actions/index.ts runs it).
export { run as step } from './main.js';
