// One command job from Queued to its end: a slot on its compute, Preparing (code and inputs into its folder),
// Running (its processes, each logging to run history live), Finalizing (outputs to their datastore paths), then
// Completed, Failed (with its traceback) or Canceled (process groups killed).
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:net';
import type { JobStatus } from '../../contract/jobs.js';
import { durationMs } from '../resources/provisioning.js';
import type { WorkspaceState } from '../state.js';
import { userEnvironment } from '../user-environment.js';
import { substituteCommand } from './command-line.js';
import { planProcesses, processCount, type Distribution } from './distribution.js';
import type { EngineDeps } from './engine-deps.js';
import { userErrorMessage } from './error-tail.js';
import { JobInputError, uploadOutput } from './job-data.js';
import { jobVariables } from './job-environment.js';
import { makeJobFolder, removeJobFolder, type JobFolder } from './job-folder.js';
import { downloadCode, prepareData } from './job-prepare.js';
import { ARTIFACT_CONTAINER, LogSink, runLogBlob } from './log-sink.js';
import { spawnGroup, type GroupProcess } from './process-group.js';
import { jobsOf, runOf } from './run-record.js';

class Cancelled extends Error {}

const ARTIFACT_FOLDERS = ['outputs', 'logs'];

function commandOf(
  command: string,
  values: { inputs: Record<string, string>; outputs: Record<string, string> },
): string {
  try {
    return substituteCommand(command, values);
  } catch (error) {
    throw new JobInputError((error as Error).message);
  }
}

/** Free ports on 127.0.0.1 (MASTER_PORT, TF_CONFIG addresses). */
async function freePorts(count: number): Promise<number[]> {
  const ports: number[] = [];
  for (let i = 0; i < count; i++) {
    ports.push(
      await new Promise<number>((resolve, reject) => {
        const server = createServer();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
          const { port } = server.address() as { port: number };
          server.close(() => resolve(port));
        });
      }),
    );
  }
  return ports;
}

/** A compute's name from its ARM id (or a bare name); undefined: serverless. */
export function computeName(computeId: unknown): string | undefined {
  if (typeof computeId !== 'string' || computeId === '') return undefined;
  return computeId
    .replace(/^azureml:/i, '')
    .split('/')
    .pop()!;
}

export class CommandExecution {
  private cancelled = false;
  private timedOut = false;
  private processes: GroupProcess[] = [];
  private withdraw: () => void = () => undefined;
  private wake: () => void = () => undefined;
  private readonly woken = new Promise<void>((resolve) => (this.wake = resolve));

  constructor(
    private readonly deps: EngineDeps,
    private readonly ws: WorkspaceState,
    private readonly name: string,
  ) {}

  async cancel(): Promise<void> {
    this.cancelled = true;
    this.withdraw();
    this.wake();
    await Promise.all(this.processes.map((p) => p.kill()));
  }

  /** Runs the job to its end; never throws. */
  async run(): Promise<void> {
    const { deps, ws, name } = this;
    const props = jobsOf(ws)[name]!.properties;
    const compute = computeName(props.computeId);
    const resources = (props.resources ?? {}) as { instanceCount?: number };
    const instances =
      Number.isInteger(resources.instanceCount) && resources.instanceCount! > 0
        ? resources.instanceCount!
        : 1;
    runOf(ws, name).target = compute;
    let release = (): void => undefined;
    let folder: JobFolder | undefined;
    const sinks: LogSink[] = [];
    let token: string | undefined;
    try {
      deps.update(ws, name, 'Queued');
      if (compute !== undefined) {
        const max = deps.maxNodes(ws, compute);
        if (max === undefined)
          throw new JobInputError(`The compute '${compute}' does not exist in workspace '${ws.name}'.`);
        if (instances > max) {
          throw new JobInputError(
            `The job asks for ${instances} instances; compute '${compute}' has at most ${max} nodes. Lower resources.instance_count or raise the cluster's max_instances.`,
          );
        }
      }
      const slot = deps.slots.acquire(compute, instances, () => deps.maxNodes(ws, compute!) ?? 0);
      this.withdraw = slot.withdraw;
      release = await Promise.race([slot.ready, this.woken.then(() => () => undefined)]);
      // Cancelled while Queued: a slot granted meanwhile goes back (a withdrawn request is never granted).
      if (this.cancelled) void slot.ready.then((give) => give());
      this.check();
      deps.update(ws, name, 'Preparing');
      const python = await deps.python();
      folder = makeJobFolder(deps.root, deps.tag, ws.name, name, python.executable, deps.caCertPath);
      await downloadCode(deps.ctx, ws, props.codeId, folder);
      this.check();
      const data = await prepareData(deps.ctx, ws, name, props, folder);
      this.check();
      const command = commandOf(String(props.command ?? ''), data);
      const run = runOf(ws, name);
      token = deps.runTokens.issue(ws.name, name);
      const vars = jobVariables(
        {
          subscriptionId: deps.ctx.state.subscriptionId,
          resourceGroup: deps.ctx.state.resourceGroup,
          workspace: ws.name,
          runId: name,
          experimentName: run.experimentName,
          armEndpoint: deps.ctx.config.armEndpoint,
          token,
          caCertFile: folder.caCertFile,
        },
        data.inputs,
        data.outputs,
        (props.environmentVariables ?? {}) as Record<string, string>,
      );
      const distribution = props.distribution as Distribution | undefined;
      const plans = planProcesses(
        distribution,
        instances,
        // Only PyTorch (MASTER_PORT) and TensorFlow (TF_CONFIG addresses) need ports.
        /^(pytorch|tensorflow)$/i.test(distribution?.distributionType ?? '')
          ? await freePorts(processCount(distribution, instances))
          : [],
      );
      const storage = deps.ctx.storageOf(ws);
      await storage.ensureContainer(ARTIFACT_CONTAINER);
      const container = storage.service.getContainerClient(ARTIFACT_CONTAINER);
      for (const plan of plans) {
        const sink = new LogSink(container, name, plan.log);
        await sink.open();
        sinks.push(sink);
        if (!run.logFiles.includes(plan.log)) run.logFiles.push(plan.log);
      }
      // Azure ML's working directory has ./outputs and ./logs, uploaded with the run's files when it ends.
      for (const sub of ARTIFACT_FOLDERS) mkdirSync(join(folder.code, sub), { recursive: true });
      this.check();
      deps.update(ws, name, 'Running');
      const env = (rank: number): NodeJS.ProcessEnv =>
        userEnvironment(process.env, python, folder!, {
          ...vars,
          ...plans[rank]!.env,
          PATH: `${folder!.bin}:${process.env.PATH ?? '/usr/bin:/bin'}`,
        });
      this.processes = plans.map((plan) =>
        spawnGroup(command, { cwd: folder!.code, env: env(plan.rank) }, (chunk) =>
          sinks[plan.rank]!.write(chunk),
        ),
      );
      const timeout = durationMs((props.limits as { timeout?: string } | undefined)?.timeout, 0);
      const timer = timeout > 0 ? setTimeout(() => void this.timeOut(), timeout) : undefined;
      const results = await Promise.all(
        this.processes.map(async (p) => {
          const result = await p.exited;
          // One failed process fails the job: the others are stopped, as Azure ML stops a failed distributed job.
          if (result.code !== 0 && !this.cancelled) void Promise.all(this.processes.map((q) => q.kill()));
          return result;
        }),
      );
      if (timer) clearTimeout(timer);
      await Promise.all(sinks.map((s) => s.close()));
      this.check();
      const failed = results.findIndex((r) => r.code !== 0);
      if (failed >= 0) {
        const r = results[failed]!;
        const program = command.trim().split(/\s+/)[0] ?? 'sh';
        deps.update(ws, name, 'Failed', {
          code: 'UserError',
          message: userErrorMessage(program, r.code, r.signal, plans[failed]!.log, sinks[failed]!.tail),
        });
        return;
      }
      deps.update(ws, name, 'Finalizing');
      for (const upload of data.uploads) {
        if (existsSync(upload.local)) await uploadOutput(deps.ctx, ws, upload.local, upload.where);
      }
      for (const sub of ARTIFACT_FOLDERS) {
        const path = `${runLogBlob(name, sub)}/`;
        await uploadOutput(deps.ctx, ws, join(folder.code, sub), {
          container: ARTIFACT_CONTAINER,
          path,
          uri: path,
        });
      }
      deps.update(ws, name, 'Completed');
    } catch (error) {
      await Promise.all(sinks.map((s) => s.close()));
      this.settle(error);
    } finally {
      release();
      if (token) deps.runTokens.revoke(token);
      if (folder) removeJobFolder(folder);
    }
  }

  private async timeOut(): Promise<void> {
    this.timedOut = true;
    await this.cancel();
  }

  private check(): void {
    if (this.cancelled) throw new Cancelled();
  }

  private settle(error: unknown): void {
    const { deps, ws, name } = this;
    let status: JobStatus = 'Failed';
    let why: { code: string; message: string };
    if (error instanceof Cancelled || this.cancelled) {
      status = 'Canceled';
      why = this.timedOut
        ? { code: 'JobTimeout', message: 'The job ran longer than its limits.timeout and was canceled.' }
        : { code: 'Canceled', message: 'The job was canceled.' };
    } else if (error instanceof JobInputError) {
      why = { code: 'UserError', message: error.message };
    } else {
      why = {
        code: 'SystemError',
        message: `The emulator failed to run the job: ${(error as Error)?.message ?? String(error)}`,
      };
    }
    deps.update(ws, name, status, why);
  }
}
