// The function the register-data action's step runs (src/actions/index.ts runs it).
export { run as step } from './main.js';
