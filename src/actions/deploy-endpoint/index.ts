// The function the deploy-endpoint action's step runs (src/actions/index.ts runs it).
export { run as step } from './main.js';
