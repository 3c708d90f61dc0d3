// The job engine of a Context no engine was attached to (unit tests of the job resources): jobs stay NotStarted
// until cancelled, which ends them Canceled at once. The emulator attaches the real one (src/emulator/jobs).
import { isTerminalJobStatus } from '../../contract/jobs.js';
import type { JobEngine } from '../jobs/engine-api.js';
import { RunTokens } from '../jobs/run-tokens.js';

export function idleJobEngine(): JobEngine {
  return {
    start: () => undefined,
    cancel: (ws, name) => {
      const job = ws.jobs?.[name];
      if (job && !isTerminalJobStatus(String(job.properties.status))) job.properties.status = 'Canceled';
      return Promise.resolve();
    },
    recover: () => undefined,
    stop: () => Promise.resolve(),
    runTokens: new RunTokens(),
  };
}
