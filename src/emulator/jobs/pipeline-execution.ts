// A pipeline job: its steps become child jobs of their own in the workspace (fresh names, the step in displayName
// and properties['azureml.nodeid'], the parent in properties['azureml.parentrunid']), started in dependency order
// and side by side when independent. A failed step fails the pipeline and cancels the steps still running (unless
// settings.continue_on_step_failure: then only the steps that need its outputs are skipped).
import { randomUUID } from 'node:crypto';
import { jobResource } from '../resources/job-rules.js';
import type { WorkspaceState } from '../state.js';
import type { EngineDeps } from './engine-deps.js';
import { ARTIFACTS_OUTPUT, artifactsUri, assetVersion, JobInputError } from './job-data.js';
import { childJobProperties } from './pipeline-child.js';
import { stepDependencies, type PipelineNode } from './pipeline-graph.js';
import { jobsOf, runOf } from './run-record.js';

/** What a pipeline asks of the engine for its children. */
export interface ChildRunner {
  /** Runs a stored job to its end. */
  execute(ws: WorkspaceState, name: string): Promise<void>;
  cancel(ws: WorkspaceState, name: string): Promise<void>;
}

export class PipelineExecution {
  private cancelled = false;
  private readonly running = new Map<string, Promise<string>>();
  private readonly children = new Map<string, string>();

  constructor(
    private readonly deps: EngineDeps,
    private readonly runner: ChildRunner,
    private readonly ws: WorkspaceState,
    private readonly name: string,
  ) {}

  async cancel(): Promise<void> {
    this.cancelled = true;
    await Promise.all(
      [...this.running.keys()].map((step) => this.runner.cancel(this.ws, this.children.get(step)!)),
    );
  }

  async run(): Promise<void> {
    const { deps, ws, name } = this;
    try {
      const props = jobsOf(ws)[name]!.properties;
      const jobs = (props.jobs ?? {}) as Record<string, PipelineNode>;
      let order: Map<string, Set<string>>;
      try {
        order = stepDependencies(jobs);
      } catch (error) {
        throw new JobInputError((error as Error).message);
      }
      const settings = (props.settings ?? {}) as Record<string, unknown>;
      const keepGoing = settings.continue_on_step_failure === true || settings.continueOnStepFailure === true;
      deps.update(ws, name, 'Running');
      const done = new Map<string, string>();
      const stepOutputs: Record<string, Record<string, string>> = {};
      let failed: string | undefined;
      for (;;) {
        if (this.cancelled) break;
        for (const [step, needs] of order) {
          if (done.has(step) || this.running.has(step)) continue;
          if ([...needs].some((n) => done.has(n) && done.get(n) !== 'Completed')) {
            done.set(step, 'Skipped');
            continue;
          }
          if (failed && !keepGoing) continue;
          if (![...needs].every((n) => done.get(n) === 'Completed')) continue;
          const child = this.createChild(step, jobs[step]!, props, stepOutputs);
          this.running.set(
            step,
            this.runner.execute(ws, child).then(() => runOf(ws, child).status),
          );
        }
        if (this.running.size === 0) break;
        const [step, status] = await Promise.race(
          [...this.running].map(([s, p]) => p.then((st) => [s, st] as const)),
        );
        this.running.delete(step);
        done.set(step, status);
        if (status !== 'Completed' && !failed) {
          failed = step;
          if (!keepGoing) await this.cancelRunning();
        }
      }
      if (this.cancelled) {
        deps.update(ws, name, 'Canceled', { code: 'Canceled', message: 'The pipeline job was canceled.' });
      } else if (failed) {
        const child = this.children.get(failed)!;
        const childRun = runOf(ws, child);
        deps.update(ws, name, 'Failed', {
          code: childRun.error?.code ?? 'UserError',
          message: `Pipeline step '${failed}' (job ${child}) ended ${childRun.status}: ${childRun.error?.message ?? 'no error recorded'}`,
        });
      } else {
        deps.update(ws, name, 'Completed');
      }
    } catch (error) {
      await this.cancelRunning();
      const code = error instanceof JobInputError ? 'UserError' : 'SystemError';
      deps.update(ws, name, this.cancelled ? 'Canceled' : 'Failed', {
        code,
        message: (error as Error).message,
      });
    }
  }

  private async cancelRunning(): Promise<void> {
    const steps = [...this.running.keys()];
    await Promise.all(steps.map((s) => this.runner.cancel(this.ws, this.children.get(s)!)));
    await Promise.all(steps.map((s) => this.running.get(s)));
  }

  private createChild(
    step: string,
    node: PipelineNode,
    parentProps: Record<string, unknown>,
    stepOutputs: Record<string, Record<string, string>>,
  ): string {
    const { deps, ws, name } = this;
    const componentId = String(node.componentId ?? node.component ?? '');
    const component = assetVersion(ws, 'components', componentId)?.componentSpec as
      Record<string, unknown> | undefined;
    if (!component)
      throw new JobInputError(`Step '${step}' names component '${componentId}', which does not exist.`);
    const child = randomUUID();
    let properties: Record<string, unknown>;
    try {
      properties = childJobProperties({
        wsId: deps.ctx.wsId(ws),
        parent: name,
        parentProps,
        step,
        node,
        component,
        child,
        stepOutputs,
      });
    } catch (error) {
      throw new JobInputError((error as Error).message);
    }
    stepOutputs[step] = {
      [ARTIFACTS_OUTPUT]: artifactsUri(child),
      ...Object.fromEntries(
        Object.entries(properties.outputs as Record<string, { uri: string }>).map(([o, v]) => [o, v.uri]),
      ),
    };
    const parent = jobsOf(ws)[name]!;
    jobsOf(ws)[child] = jobResource(deps.ctx, ws, child, properties, parent.systemData.createdBy);
    const run = runOf(ws, child);
    run.parent = name;
    run.step = step;
    runOf(ws, name).children.push(child);
    this.children.set(step, child);
    deps.ctx.persist();
    return child;
  }
}
