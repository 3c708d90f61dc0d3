// The function the setup-environments action's step runs (src/actions/index.ts runs it).
export { run as step } from './main.js';
