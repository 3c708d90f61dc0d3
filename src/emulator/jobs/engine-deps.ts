// What a running job needs from the engine: the emulator's context, where job folders go, the local python, the
// compute slots, the run tokens, and the one way a job's status changes (saved at once).
import type { JobStatus } from '../../contract/jobs.js';
import type { Context } from '../context.js';
import type { WorkspaceState } from '../state.js';
import type { LocalPython } from '../user-environment.js';
import type { ComputeSlots } from './compute-slots.js';
import type { RunTokens } from './run-tokens.js';

export interface EngineDeps {
  ctx: Context;
  /** Job folders go below it (the system's temporary folder). */
  root: string;
  /** The emulator's tag in its folders' names (deployment-folders.ts). */
  tag: string;
  caCertPath: string;
  python(): Promise<LocalPython>;
  slots: ComputeSlots;
  runTokens: RunTokens;
  /** A compute's max nodes; undefined when the workspace has no such compute. */
  maxNodes(ws: WorkspaceState, compute: string): number | undefined;
  /** Moves a job to a status and saves the state (nothing once the emulator is stopping). */
  update(
    ws: WorkspaceState,
    name: string,
    status: JobStatus,
    error?: { code: string; message: string },
  ): void;
}
