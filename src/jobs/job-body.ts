// The PUT body of Jobs_CreateOrUpdate for a checked job whose writes are done, as azure-ai-ml builds it
// (CommandJob._to_rest_object, PipelineJob._to_rest_object and the node shape of BaseNode._to_rest_object).
import type {
  CommandJobProperties,
  JobBody,
  JobInputBody,
  JobOutputBody,
  NodeInputBody,
  NodeOutputBody,
  PipelineJobProperties,
  PipelineNodeBody,
} from '../azureml/job-models.js';
import { isoDuration } from '../deploy/deployment-yaml-parts.js';
import type { CheckedInput, CommandJobPlan, PipelineJobPlan } from './job-plan.js';
import type { JobCommon, OutputSpec } from './job-spec.js';
import type { RunIds } from './job-writes.js';

/** Inputs whose data URIs are known (JobWriter.inputs). */
export type ResolvedInputs = Record<string, CheckedInput & { uri?: string }>;

/** What every job body carries beside its type's fields. */
export interface JobExtras {
  experimentName?: string;
  /** Added to the file's properties (the definition digest). */
  properties: Record<string, string>;
}

function jobInputs(inputs: ResolvedInputs): Record<string, JobInputBody> {
  const out: Record<string, JobInputBody> = {};
  for (const [name, i] of Object.entries(inputs)) {
    if (i.kind === 'data')
      out[name] = {
        jobInputType: i.type,
        uri: i.uri!,
        ...(i.mode ? { mode: i.mode } : {}),
        ...(i.description ? { description: i.description } : {}),
      };
    else out[name] = { jobInputType: 'literal', value: i.value };
  }
  return out;
}

function jobOutputs(outputs: Record<string, OutputSpec>): Record<string, JobOutputBody> {
  const out: Record<string, JobOutputBody> = {};
  for (const [name, o] of Object.entries(outputs)) {
    if (o.kind !== 'data') continue;
    out[name] = {
      jobOutputType: o.type,
      ...(o.uri ? { uri: o.uri } : {}),
      ...(o.mode ? { mode: o.mode } : {}),
      ...(o.description ? { description: o.description } : {}),
    };
  }
  return out;
}

function common(
  spec: JobCommon,
  extras: JobExtras,
): Omit<CommandJobProperties, 'jobType' | 'command' | 'environmentId'> {
  const experimentName = extras.experimentName ?? spec.experimentName;
  return {
    ...(spec.displayName ? { displayName: spec.displayName } : {}),
    ...(experimentName ? { experimentName } : {}),
    ...(spec.description ? { description: spec.description } : {}),
    tags: spec.tags,
    properties: { ...spec.properties, ...extras.properties },
  };
}

/** A command job's body. */
export function commandJobBody(
  plan: CommandJobPlan,
  ids: RunIds,
  inputs: ResolvedInputs,
  extras: JobExtras,
): JobBody {
  const { spec } = plan;
  const run = spec.run;
  const resources = run.resources;
  const properties: CommandJobProperties = {
    jobType: 'Command',
    ...common(spec, extras),
    command: run.command,
    environmentId: ids.environmentId,
    ...(ids.codeId ? { codeId: ids.codeId } : {}),
    ...(plan.computeId ? { computeId: plan.computeId } : {}),
    environmentVariables: run.environmentVariables,
    inputs: jobInputs(inputs),
    outputs: jobOutputs(spec.outputs),
    ...(resources && Object.keys(resources).length ? { resources } : {}),
    ...(run.distribution ? { distribution: run.distribution } : {}),
    ...(run.timeoutSeconds !== undefined
      ? { limits: { jobLimitsType: 'Command', timeout: isoDuration(run.timeoutSeconds * 1000) } }
      : {}),
  };
  return { properties };
}

function nodeInputs(inputs: ResolvedInputs): Record<string, NodeInputBody> {
  const out: Record<string, NodeInputBody> = {};
  for (const [name, i] of Object.entries(inputs)) {
    if (i.kind === 'data')
      out[name] = { job_input_type: i.type, uri: i.uri!, ...(i.mode ? { mode: i.mode } : {}) };
    else out[name] = { job_input_type: 'literal', value: i.value };
  }
  return out;
}

function nodeOutputs(outputs: Record<string, OutputSpec>): Record<string, NodeOutputBody> {
  const out: Record<string, NodeOutputBody> = {};
  for (const [name, o] of Object.entries(outputs)) {
    out[name] =
      o.kind === 'binding'
        ? { type: 'literal', value: o.value }
        : { job_output_type: o.type, ...(o.mode ? { mode: o.mode } : {}), ...(o.uri ? { uri: o.uri } : {}) };
  }
  return out;
}

const DISTRIBUTION_KEYS = {
  distributionType: 'distribution_type',
  processCountPerInstance: 'process_count_per_instance',
  workerCount: 'worker_count',
  parameterServerCount: 'parameter_server_count',
} as const;

/** A pipeline job's body: `componentIds` and `inputs` by step, `pipelineInputs` for its own inputs. */
export function pipelineJobBody(
  plan: PipelineJobPlan,
  componentIds: Record<string, string>,
  inputs: Record<string, ResolvedInputs>,
  pipelineInputs: ResolvedInputs,
  extras: JobExtras,
): JobBody {
  const { spec } = plan;
  const jobs: Record<string, PipelineNodeBody> = {};
  for (const name of Object.keys(spec.jobs)) {
    const s = plan.steps[name]!;
    const step = s.step;
    const run = s.component.kind === 'new' && s.component.spec.fromStep ? s.component.run.run : undefined;
    const env = { ...(run?.environmentVariables ?? {}), ...step.environmentVariables };
    const resources = step.resources ?? run?.resources;
    const distribution = step.distribution ?? run?.distribution;
    const timeout = step.timeoutSeconds ?? run?.timeoutSeconds;
    jobs[name] = {
      type: 'command',
      name,
      componentId: componentIds[name]!,
      ...(s.computeId ? { computeId: s.computeId } : {}),
      ...(step.displayName ? { display_name: step.displayName } : {}),
      inputs: nodeInputs(inputs[name] ?? {}),
      outputs: nodeOutputs(step.outputs),
      ...(Object.keys(env).length ? { environment_variables: env } : {}),
      ...(resources && (resources.instanceCount !== undefined || resources.instanceType)
        ? {
            resources: {
              ...(resources.instanceCount !== undefined ? { instance_count: resources.instanceCount } : {}),
              ...(resources.instanceType ? { instance_type: resources.instanceType } : {}),
            },
          }
        : {}),
      ...(distribution
        ? {
            distribution: Object.fromEntries(
              Object.entries(distribution).map(([k, v]) => [
                DISTRIBUTION_KEYS[k as keyof typeof DISTRIBUTION_KEYS],
                v,
              ]),
            ) as PipelineNodeBody['distribution'],
          }
        : {}),
      ...(timeout !== undefined
        ? { limits: { job_limits_type: 'Command', timeout: isoDuration(timeout * 1000) } }
        : {}),
      _source: 'YAML.JOB',
    };
  }
  const settings = spec.settings;
  const properties: PipelineJobProperties = {
    jobType: 'Pipeline',
    ...common(spec, extras),
    inputs: jobInputs(pipelineInputs),
    outputs: jobOutputs(spec.outputs),
    jobs,
    settings: {
      ...(plan.defaultComputeId ? { default_compute: plan.defaultComputeId } : {}),
      ...(settings.defaultDatastore ? { default_datastore: settings.defaultDatastore } : {}),
      ...(settings.continueOnStepFailure !== undefined
        ? { continue_on_step_failure: settings.continueOnStepFailure }
        : {}),
      _source: 'YAML.JOB',
    },
  };
  return { properties };
}
