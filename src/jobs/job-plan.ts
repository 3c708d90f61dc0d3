// Every check of a job file against the workspace and the disk, made before anything is written: the result is a
// plan that job-writes.ts carries out (uploads, registrations) and job-body.ts turns into the PUT body.
import { createHash } from 'node:crypto';
import type { ComponentVersionInfo } from '../azureml/job-client.js';
import type { DataIoType, InputDeliveryMode } from '../azureml/job-models.js';
import type { CheckedEnvironment } from '../deploy/environment-asset.js';
import { checkCommandExpressions, checkPipeline, type ComponentIo } from './bindings.js';
import {
  checkCode,
  checkCompute,
  checkDataPath,
  checkRegisteredComponent,
  checkRunEnvironment,
  type CheckContext,
  type CheckedCode,
  type CheckedData,
} from './check-references.js';
import type {
  CommandJobSpec,
  CommandSpec,
  ComponentSpec,
  InputSpec,
  JobSpec,
  PipelineJobSpec,
  StepSpec,
} from './job-spec.js';

/** A command's checked environment and code. */
export interface RunPlan {
  run: CommandSpec;
  environment: CheckedEnvironment;
  code?: CheckedCode;
}

/** An input, checked: data inputs know what to send (or what to upload). */
export type CheckedInput =
  | { kind: 'literal'; value: string }
  | { kind: 'binding'; value: string; mode?: InputDeliveryMode }
  | { kind: 'data'; type: DataIoType; mode?: InputDeliveryMode; description?: string; data: CheckedData };

export interface CommandJobPlan {
  kind: 'command';
  spec: CommandJobSpec;
  run: RunPlan;
  computeId?: string;
  inputs: Record<string, CheckedInput>;
}

/** A step's component: one to register (from a file, inline, or the step's own command), or a registered one. */
export type ComponentPlan =
  { kind: 'new'; spec: ComponentSpec; run: RunPlan } | { kind: 'registered'; info: ComponentVersionInfo };

export interface StepPlan {
  step: StepSpec;
  component: ComponentPlan;
  computeId?: string;
  inputs: Record<string, CheckedInput>;
}

export interface PipelineJobPlan {
  kind: 'pipeline';
  spec: PipelineJobSpec;
  inputs: Record<string, CheckedInput>;
  defaultComputeId?: string;
  steps: Record<string, StepPlan>;
  /** The steps, each after those it reads from. */
  order: string[];
}

export type JobPlan = CommandJobPlan | PipelineJobPlan;

async function checkRun(ctx: CheckContext, run: CommandSpec): Promise<RunPlan> {
  const environment = await checkRunEnvironment(ctx, run);
  const code = run.code ? await checkCode(ctx, run.code) : undefined;
  return { run, environment, ...(code ? { code } : {}) };
}

/** The `path` key of a data input written as a mapping, else the input's own key. */
function pathKey(input: InputSpec): { reader: InputSpec['reader']; key: InputSpec['key'] } {
  const path = [...input.key, 'path'];
  return { reader: input.reader, key: input.reader.lineOf(path, true) === undefined ? input.key : path };
}

async function checkInputs(
  ctx: CheckContext,
  inputs: Record<string, InputSpec>,
): Promise<Record<string, CheckedInput>> {
  const out: Record<string, CheckedInput> = {};
  for (const [name, input] of Object.entries(inputs)) {
    if (input.kind !== 'data') {
      out[name] =
        input.kind === 'literal'
          ? { kind: 'literal', value: input.value }
          : { kind: 'binding', value: input.value, ...(input.mode ? { mode: input.mode } : {}) };
      continue;
    }
    out[name] = {
      kind: 'data',
      type: input.type,
      ...(input.mode ? { mode: input.mode } : {}),
      ...(input.description ? { description: input.description } : {}),
      data: await checkDataPath(ctx, pathKey(input), input.path, input.type),
    };
  }
  return out;
}

async function planCommand(ctx: CheckContext, spec: CommandJobSpec): Promise<CommandJobPlan> {
  checkCommandExpressions(
    { reader: spec.reader, key: ['command'] },
    spec.run.command,
    spec.inputs,
    spec.outputs,
  );
  const computeId = await checkCompute(ctx, { reader: spec.reader, key: ['compute'] }, spec.compute);
  const run = await checkRun(ctx, spec.run);
  const inputs = await checkInputs(ctx, spec.inputs);
  return { kind: 'command', spec, run, inputs, ...(computeId ? { computeId } : {}) };
}

async function planPipeline(ctx: CheckContext, spec: PipelineJobSpec): Promise<PipelineJobPlan> {
  const components: Record<string, ComponentPlan> = {};
  const io: Record<string, ComponentIo> = {};
  for (const step of Object.values(spec.jobs)) {
    const ref = step.component;
    if (ref.kind === 'registered') {
      const info = await checkRegisteredComponent(ctx, ref);
      components[step.name] = { kind: 'registered', info };
      io[step.name] = { inputs: info.spec?.inputs ?? {}, outputs: info.spec?.outputs ?? {} };
    } else {
      const c = ref.component;
      checkCommandExpressions(
        { reader: c.reader, key: [...c.key, 'command'] },
        c.run.command,
        c.inputs,
        c.outputs,
      );
      components[step.name] = { kind: 'new', spec: c, run: await checkRun(ctx, c.run) };
      io[step.name] = { inputs: c.inputs, outputs: c.outputs };
    }
  }
  const order = checkPipeline(spec, io);
  const defaultComputeId = await checkCompute(
    ctx,
    { reader: spec.reader, key: ['settings', 'default_compute'] },
    spec.settings.defaultCompute,
  );
  const steps: Record<string, StepPlan> = {};
  for (const step of Object.values(spec.jobs)) {
    const computeId = step.compute
      ? await checkCompute(ctx, { reader: step.reader, key: [...step.key, 'compute'] }, step.compute)
      : defaultComputeId;
    steps[step.name] = {
      step,
      component: components[step.name]!,
      inputs: await checkInputs(ctx, step.inputs),
      ...(computeId ? { computeId } : {}),
    };
  }
  return {
    kind: 'pipeline',
    spec,
    inputs: await checkInputs(ctx, spec.inputs),
    steps,
    order,
    ...(defaultComputeId ? { defaultComputeId } : {}),
  };
}

/** Checks a job against the workspace; throws the first problem (file, key, line), writes nothing. */
export function planJob(ctx: CheckContext, spec: JobSpec): Promise<JobPlan> {
  return spec.type === 'command' ? planCommand(ctx, spec) : planPipeline(ctx, spec);
}

/**
 * A digest of what the job would run, known before any write: the file's settings after --set, the code folders'
 * digests, the environments and data as resolved. Two submissions with the same digest are the same job.
 */
export function planDigest(plan: JobPlan): string {
  const seen = new WeakSet<object>();
  const text = JSON.stringify(plan, (key, value: unknown) => {
    if (key === 'reader' || key === 'key' || key === 'existing' || key === 'existingId') return undefined;
    if (key === 'folder' && value && typeof value === 'object' && 'digest' in value)
      return (value as { digest: string }).digest;
    if (value && typeof value === 'object') {
      if (seen.has(value)) return undefined;
      seen.add(value);
    }
    return value;
  });
  return `sha256:${createHash('sha256').update(text).digest('hex')}`;
}
