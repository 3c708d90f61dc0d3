// The emulator's job engine: runs the jobs resources/jobs.ts stores, as local processes (command-execution.ts) or
// as child jobs (pipeline-execution.ts), one status at a time through run-record.ts, saved at each change.
import { isTerminalJobStatus, type JobStatus } from '../../contract/jobs.js';
import type { Context } from '../context.js';
import { maxNodes } from '../resources/compute-rules.js';
import type { WorkspaceState } from '../state.js';
import { locatePython, type LocalPython } from '../user-environment.js';
import { CommandExecution } from './command-execution.js';
import { ComputeSlots } from './compute-slots.js';
import type { EngineDeps } from './engine-deps.js';
import type { JobEngine } from './engine-api.js';
import { PipelineExecution } from './pipeline-execution.js';
import { jobsOf, runOf, setStatus } from './run-record.js';
import { RunTokens } from './run-tokens.js';

export const RESTART_REASON = 'The emulator restarted while the job was running';

export interface EngineOptions {
  /** Job folders go below it (the system's temporary folder). */
  root: string;
  /** The emulator's tag (state.runtimeTag). */
  tag: string;
  /** The emulator's CA certificate, given to jobs as SSL_CERT_FILE. */
  caCertPath: string;
  /** The python user code runs with (MLOPS_EMULATOR_PYTHON, else python3). */
  python?: string;
}

interface Active {
  cancel(): Promise<void>;
  done: Promise<void>;
}

export class LocalJobEngine implements JobEngine {
  readonly runTokens = new RunTokens();
  private readonly active = new Map<string, Active>();
  private readonly slots = new ComputeSlots();
  private stopping = false;
  private located?: Promise<LocalPython>;
  private readonly deps: EngineDeps;

  constructor(
    private readonly ctx: Context,
    options: EngineOptions,
  ) {
    const python = options.python ?? (process.env.MLOPS_EMULATOR_PYTHON || 'python3');
    this.deps = {
      ctx,
      root: options.root,
      tag: options.tag,
      caCertPath: options.caCertPath,
      python: () => (this.located ??= locatePython(python)),
      slots: this.slots,
      runTokens: this.runTokens,
      maxNodes: (ws, compute) => computeMaxNodes(ws, compute),
      update: (ws, name, status, error) => this.update(ws, name, status, error),
    };
  }

  start(ws: WorkspaceState, name: string): void {
    if (this.stopping || this.active.has(key(ws, name))) return;
    const job = jobsOf(ws)[name];
    if (!job || isTerminalJobStatus(runOf(ws, name).status) || runOf(ws, name).status !== 'NotStarted')
      return;
    void this.execute(ws, name);
  }

  /** Runs a stored job to its end (pipelines call it for their children). */
  execute(ws: WorkspaceState, name: string): Promise<void> {
    const k = key(ws, name);
    const existing = this.active.get(k);
    if (existing) return existing.done;
    const type = String(jobsOf(ws)[name]?.properties.jobType ?? '');
    const execution =
      type === 'Pipeline'
        ? new PipelineExecution(this.deps, this, ws, name)
        : new CommandExecution(this.deps, ws, name);
    const done = execution
      .run()
      .catch((error: unknown) => {
        this.update(ws, name, 'Failed', {
          code: 'SystemError',
          message: String((error as Error)?.message ?? error),
        });
      })
      .finally(() => this.active.delete(k));
    this.active.set(k, { cancel: () => execution.cancel(), done });
    return done;
  }

  async cancel(ws: WorkspaceState, name: string): Promise<void> {
    const active = this.active.get(key(ws, name));
    if (active) {
      this.update(ws, name, 'CancelRequested');
      await active.cancel();
      await active.done;
      return;
    }
    // Not running here (stored but never started): canceled at once.
    this.update(ws, name, 'Canceled', { code: 'Canceled', message: 'The job was canceled.' });
  }

  recover(): void {
    for (const ws of Object.values(this.ctx.state.workspaces)) {
      for (const name of Object.keys(jobsOf(ws))) {
        if (isTerminalJobStatus(runOf(ws, name).status)) continue;
        setStatus(ws, name, 'Failed', { code: 'SystemError', message: `${RESTART_REASON}.` });
      }
    }
    this.ctx.persist();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    const all = [...this.active.values()];
    await Promise.all(all.map((a) => a.cancel()));
    await Promise.all(all.map((a) => a.done));
  }

  private update(
    ws: WorkspaceState,
    name: string,
    status: JobStatus,
    error?: { code: string; message: string },
  ): void {
    // Once stopping, a job keeps the status it had: the next start's recover() tells why it ended.
    if (this.stopping) return;
    if (setStatus(ws, name, status, error)) this.ctx.persist();
  }
}

const key = (ws: WorkspaceState, name: string): string => `${ws.name.toLowerCase()}/${name}`;

/** The max nodes of a compute of the workspace (by name, any case); undefined when it has none by that name. */
function computeMaxNodes(ws: WorkspaceState, compute: string): number | undefined {
  const found = Object.entries(ws.computes ?? {}).find(
    ([n]) => n.toLowerCase() === compute.toLowerCase(),
  )?.[1];
  return found && maxNodes(found);
}
