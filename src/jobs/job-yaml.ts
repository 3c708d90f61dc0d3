// An Azure ML CLI v2 job file, `type: command` or `type: pipeline`, read as azure-ai-ml reads it
// (_schema/job/command_job.py CommandJobSchema, _schema/pipeline/pipeline_job.py PipelineJobSchema and the node
// schemas of _schema/pipeline/component_job.py), with the CLI's --set overrides laid over it first.
import { dirname, resolve } from 'node:path';
import type { YamlObject, YamlReader } from '../deploy/yaml-reader.js';
import { loadYaml, present } from '../deploy/yaml-reader.js';
import { readCommand, REFUSED_COMMAND_KEYS } from './command-yaml.js';
import { ARTIFACTS_OUTPUT, readInputs, readOutputs } from './io-yaml.js';
import type { CommandJobSpec, JobCommon, JobSpec, PipelineJobSpec, StepSpec } from './job-spec.js';
import { applySetOverrides, type SetOverride } from './set-overrides.js';
import { readStep } from './step-yaml.js';

const COMMON_KEYS = [
  '$schema',
  'type',
  'name',
  'display_name',
  'experiment_name',
  'description',
  'tags',
  'properties',
  'inputs',
  'outputs',
  'compute',
];

const COMMAND_KEYS = [
  ...COMMON_KEYS,
  'command',
  'code',
  'environment',
  'environment_variables',
  'resources',
  'distribution',
  'limits',
];

const PIPELINE_KEYS = [...COMMON_KEYS, 'settings', 'jobs'];

/** Job names: azure-ai-ml's job name rule (a letter or digit, then letters, digits, '-' and '_'; 255 at most). */
export const JOB_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_-]{0,254}$/;

/** Experiment names (the service's rule for run history experiments: letters, digits, - and _). */
export const EXPERIMENT_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_-]{0,254}$/;

/** Where the file's relative paths may go: every local path must resolve inside `root`. */
export interface ReadOptions {
  /** The action input naming the job file. */
  input: string;
  /** The --set overrides, applied in order before the file is read. */
  overrides: readonly SetOverride[];
  /** The input naming the overrides. */
  setInput: string;
  /** The folder every local path must be inside (the workspace checkout). */
  root: string;
}

/** Reads a job file: its type, then every key of that type (unknown keys refused with the list of known ones). */
export async function readJobFile(path: string, options: ReadOptions): Promise<JobSpec> {
  const { root, reader } = await loadYaml(resolve(path), options.input, (doc) =>
    applySetOverrides(doc, options.overrides, options.setInput),
  );
  return jobFromYaml(root, reader, dirname(resolve(path)), options);
}

function readCommon(root: YamlObject, reader: YamlReader, here: string, pipeline: boolean): JobCommon {
  const name = reader.string(root, [], 'name');
  if (name !== undefined && !JOB_NAME.test(name))
    reader.fail(
      ['name'],
      'a job name is 1 to 255 letters, digits, - and _, starting with a letter or digit. Remove name to have one generated.',
    );
  const displayName = reader.string(root, [], 'display_name');
  const experimentName = reader.string(root, [], 'experiment_name');
  if (experimentName !== undefined && !EXPERIMENT_NAME.test(experimentName))
    reader.fail(
      ['experiment_name'],
      'an experiment name is 1 to 255 letters, digits, - and _, starting with a letter or digit.',
    );
  const description = reader.string(root, [], 'description');
  return {
    reader,
    ...(name ? { name } : {}),
    ...(displayName ? { displayName } : {}),
    ...(experimentName ? { experimentName } : {}),
    ...(description ? { description } : {}),
    tags: reader.stringMap(root, [], 'tags'),
    properties: reader.stringMap(root, [], 'properties'),
    inputs: readInputs(reader, root, [], here, { bindings: false, dotted: pipeline }),
    outputs: readOutputs(reader, root, [], { bindings: false }),
  };
}

/** The job of a parsed file (exported for unit tests). */
export async function jobFromYaml(
  root: YamlObject,
  reader: YamlReader,
  here: string,
  options: ReadOptions,
): Promise<JobSpec> {
  const type = reader.string(root, [], 'type') ?? 'command';
  if (type === 'command') {
    reader.keys(root, [], COMMAND_KEYS, REFUSED_COMMAND_KEYS);
    const compute = reader.string(root, [], 'compute');
    const job: CommandJobSpec = {
      type: 'command',
      ...readCommon(root, reader, here, false),
      run: readCommand(reader, root, [], here),
      ...(compute ? { compute } : {}),
    };
    return job;
  }
  if (type !== 'pipeline')
    reader.fail(
      ['type'],
      `run-job runs command and pipeline jobs; a ${type} job needs az ml job create. Use type: command or type: pipeline.`,
    );
  reader.keys(root, [], PIPELINE_KEYS, {
    ...REFUSED_COMMAND_KEYS,
    command: 'a pipeline runs its steps under jobs:; put the command in a step (jobs.<step>.command).',
  });
  const settings: PipelineJobSpec['settings'] = {};
  if (present(root.settings)) {
    const s = reader.object(root.settings, ['settings']);
    reader.keys(s, ['settings'], ['default_compute', 'default_datastore', 'continue_on_step_failure'], {
      force_rerun: 'force_rerun is not set by run-job (every submission runs every step). Remove it.',
      default_environment: 'give each step its environment. Remove default_environment.',
    });
    const defaultCompute = reader.string(s, ['settings'], 'default_compute');
    const defaultDatastore = reader.string(s, ['settings'], 'default_datastore');
    const continueOnStepFailure = reader.boolean(s, ['settings'], 'continue_on_step_failure');
    if (defaultCompute) settings.defaultCompute = defaultCompute;
    if (defaultDatastore) settings.defaultDatastore = defaultDatastore;
    if (continueOnStepFailure !== undefined) settings.continueOnStepFailure = continueOnStepFailure;
  }
  // `compute:` at the pipeline's top is its default compute (PipelineJob.compute), settings win.
  const compute = reader.string(root, [], 'compute');
  if (compute && !settings.defaultCompute) settings.defaultCompute = compute;
  if (!present(root.jobs)) reader.fail(['jobs'], 'required: the steps of the pipeline.');
  const jobsMap = reader.object(root.jobs, ['jobs']);
  if (Object.keys(jobsMap).length === 0) reader.fail(['jobs'], 'a pipeline needs at least one step.');
  const jobs: PipelineJobSpec['jobs'] = {};
  for (const [name, value] of Object.entries(jobsMap)) {
    jobs[name] = await readStep(reader, value, name, here, options);
  }
  const pipeline: PipelineJobSpec = {
    type: 'pipeline',
    ...readCommon(root, reader, here, true),
    settings,
    jobs,
  };
  for (const step of Object.values(jobs)) stepComponentIo(pipeline, step);
  return pipeline;
}

/** A literal's parameter type, as azure-ai-ml infers it from the Python value (int, float, bool, str). */
export function literalType(value: string): 'integer' | 'number' | 'boolean' | 'string' {
  if (/^-?\d+$/.test(value)) return 'integer';
  if (/^-?(\d+\.\d*|\.\d+|\d+)(e[-+]?\d+)?$/i.test(value)) return 'number';
  if (value === 'True' || value === 'False') return 'boolean';
  return 'string';
}

const PARENT_INPUT = /^\$\{\{\s*parent\.inputs\.([\w.]+)\s*\}\}$/;
const PARENT_OUTPUT = /^\$\{\{\s*parent\.outputs\.(\w+)\s*\}\}$/;

/**
 * The inputs and outputs of the component a step with its own command becomes: one per input and output the step
 * gives, typed from what it is bound to (Command._to_component of azure-ai-ml infers them the same way).
 */
function stepComponentIo(pipeline: PipelineJobSpec, step: StepSpec): void {
  if (step.component.kind !== 'inline' || !step.component.component.fromStep) return;
  const component = step.component.component;
  for (const [name, input] of Object.entries(step.inputs)) {
    if (input.kind === 'literal') component.inputs[name] = { type: literalType(input.value) };
    else if (input.kind === 'data') component.inputs[name] = { type: input.type };
    else {
      const parentInput = PARENT_INPUT.exec(input.value)?.[1];
      const bound = parentInput ? pipeline.inputs[parentInput] : undefined;
      component.inputs[name] = {
        type:
          bound?.kind === 'literal'
            ? literalType(bound.value)
            : bound?.kind === 'data'
              ? bound.type
              : 'uri_folder',
      };
    }
  }
  for (const [name, output] of Object.entries(step.outputs)) {
    // `artifacts` is every command's own output (its ./outputs and ./logs), not one the component declares.
    if (name === ARTIFACTS_OUTPUT) continue;
    if (output.kind === 'data') component.outputs[name] = { type: output.type };
    else {
      const parentOutput = PARENT_OUTPUT.exec(output.value)?.[1];
      const bound = parentOutput ? pipeline.outputs[parentOutput] : undefined;
      component.outputs[name] = { type: bound?.kind === 'data' ? bound.type : 'uri_folder' };
    }
  }
}
