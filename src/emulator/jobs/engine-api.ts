// What the ARM job resources (resources/jobs.ts) call once a job is stored or cancelled, and what the data plane
// reads: the engine's interface, apart from how it runs jobs (engine.ts).
import type { WorkspaceState } from '../state.js';
import type { RunTokens } from './run-tokens.js';

export interface JobEngine {
  /** Runs a job stored with status NotStarted; a job already running or ended is left as it is. */
  start(ws: WorkspaceState, name: string): void;
  /** Cancels a job (a pipeline: its running children too); resolves once it is Canceled (or had already ended). */
  cancel(ws: WorkspaceState, name: string): Promise<void>;
  /** At start: jobs a previous emulator left unfinished are Failed ("The emulator restarted ..."). */
  recover(): void;
  /** Kills every job's processes (their statuses stay, for recover() at the next start). */
  stop(): Promise<void>;
  /** The bearer tokens of running jobs (MLFLOW_TRACKING_TOKEN), each good for its own run only. */
  readonly runTokens: RunTokens;
}
