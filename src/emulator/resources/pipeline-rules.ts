// What a pipeline job's steps must be (properties.jobs, free-form in the spec; the nodes azure-ai-ml's
// pipeline `_to_rest_object` sends: {type: 'command', componentId, computeId?, inputs: {x: {job_input_type:
// 'literal', value: '${{parent.inputs.y}}'} | {job_input_type: 'uri_folder', uri, mode}}, outputs: {o: {type:
// 'literal', value: '${{parent.outputs.z}}'} | {job_output_type, mode, uri?}}, ...}), and the order they run in.
// Checked at PUT, before the job is stored: every binding names a pipeline input or output, or an output of another
// step, and the steps do not wait for each other in a cycle.
import { badRequest } from '../arm-error.js';
import type { Context } from '../context.js';
import type { WorkspaceState } from '../state.js';
import type { CommandComponentSpec } from './component-rules.js';
import { checkCompute, checkInputUri, checkOutputUri, checkVersion } from './job-references.js';
import { ARTIFACTS_OUTPUT } from '../jobs/job-data.js';
import { parseBinding, stepDependencies, type Binding, type PipelineNode } from '../jobs/pipeline-graph.js';

const JOBS = 'properties.jobs';
const STEP_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;
type Node = Record<string, unknown>;
type Port = Record<string, unknown>;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A port's literal value, or its uri when that is a binding (either way the engine reads the binding). An output
 * path with the service's own expressions (`azureml://datastores/.../paths/${{name}}/`, azureml-examples
 * hello-pipeline-customize-output-folder.yml) is a path, not a binding.
 */
const literalValue = (port: Port): string | undefined =>
  (port.job_input_type ?? port.jobInputType ?? port.type) === 'literal' && typeof port.value === 'string'
    ? port.value
    : typeof port.uri === 'string' && port.uri.includes('${{parent.')
      ? port.uri
      : undefined;

/** A literal port's binding (the whole value, as the engine reads it), or a 400 for a `${{...}}` it cannot read. */
function bindingOf(value: string, at: string): Binding | undefined {
  const binding = parseBinding(value);
  if (!binding && value.includes('${{')) {
    throw badRequest(
      `The binding '${value}' is not one a pipeline step can use: the whole value must be \${{parent.inputs.<name>}}, ` +
        '${{parent.outputs.<name>}} or ${{parent.jobs.<step>.outputs.<name>}}.',
      at,
    );
  }
  return binding;
}

/** Checks a pipeline job's steps, their components, computes, data and bindings. */
export async function checkPipelineJobs(
  ctx: Context,
  ws: WorkspaceState,
  props: Record<string, unknown>,
): Promise<void> {
  const jobs = props.jobs;
  if (!isObject(jobs) || Object.keys(jobs).length === 0) {
    throw badRequest('A pipeline job needs its steps in properties.jobs (step name -> command node).', JOBS);
  }
  const settings = isObject(props.settings) ? props.settings : {};
  if (typeof settings.default_compute === 'string' && settings.default_compute !== '') {
    checkCompute(ws, settings.default_compute, 'properties.settings.default_compute');
  }
  const pipelineInputs = (props.inputs ?? {}) as Record<string, unknown>;
  const pipelineOutputs = (props.outputs ?? {}) as Record<string, unknown>;
  const specs: Record<string, CommandComponentSpec> = {};
  for (const [step, node] of Object.entries(jobs)) {
    const at = `${JOBS}.${step}`;
    if (!STEP_NAME.test(step)) {
      throw badRequest(
        `The step name '${step}' is invalid: use letters, digits and '_', not starting with a digit.`,
        at,
      );
    }
    if (!isObject(node) || node.type !== 'command') {
      throw badRequest(
        `The step '${step}' must be a command node ({type: 'command', componentId, inputs, outputs}); got type '${String(isObject(node) ? node.type : node)}'.`,
        `${at}.type`,
      );
    }
    const declared = checkVersion(ws, 'components', node.componentId, `${at}.componentId`)
      .componentSpec as CommandComponentSpec;
    // A component may declare no inputs or outputs; every step has the `artifacts` output (jobs/job-data.ts).
    specs[step] = {
      ...declared,
      inputs: declared.inputs ?? {},
      outputs: { [ARTIFACTS_OUTPUT]: { type: 'uri_folder' }, ...(declared.outputs ?? {}) },
    };
    if (typeof node.computeId === 'string' && node.computeId !== '')
      checkCompute(ws, node.computeId, `${at}.computeId`);
  }
  for (const [step, node] of Object.entries(jobs) as Array<[string, Node]>) {
    const spec = specs[step]!;
    const at = `${JOBS}.${step}`;
    const inputs = (node.inputs ?? {}) as Record<string, Port>;
    for (const [name, port] of Object.entries(inputs)) {
      const here = `${at}.inputs.${name}`;
      if (!spec.inputs[name]) {
        throw badRequest(
          `The step '${step}' has no input '${name}' (its component declares: ${Object.keys(spec.inputs).join(', ') || 'none'}).`,
          here,
        );
      }
      if (!isObject(port)) throw badRequest(`The input '${name}' of step '${step}' must be an object.`, here);
      const value = literalValue(port);
      if (value !== undefined) {
        const b = bindingOf(value, here);
        if (b) {
          if (b.kind === 'parentOutput') {
            throw badRequest(
              `An input cannot be bound to a pipeline output (\${{parent.outputs.${b.name}}}).`,
              here,
            );
          }
          if (b.kind === 'parentInput' && !(b.name in pipelineInputs)) {
            throw badRequest(
              `The binding \${{parent.inputs.${b.name}}} names no input of the pipeline.`,
              here,
            );
          }
          if (b.kind === 'stepOutput') {
            if (!specs[b.step])
              throw badRequest(`The binding names step '${b.step}', which the pipeline does not have.`, here);
            if (!specs[b.step]!.outputs[b.output]) {
              throw badRequest(
                `The binding names output '${b.output}' of step '${b.step}', which its component does not declare.`,
                here,
              );
            }
          }
        }
      } else if (typeof port.uri === 'string') {
        await checkInputUri(ctx, ws, port.uri, `${here}.uri`);
      } else {
        throw badRequest(`The input '${name}' of step '${step}' needs a literal value or a uri.`, here);
      }
    }
    for (const [name, decl] of Object.entries(spec.inputs)) {
      if (!(name in inputs) && !decl.optional && decl.default === undefined) {
        throw badRequest(
          `The step '${step}' does not give its component's required input '${name}'.`,
          `${at}.inputs`,
        );
      }
    }
    for (const [name, port] of Object.entries((node.outputs ?? {}) as Record<string, Port>)) {
      const here = `${at}.outputs.${name}`;
      if (!spec.outputs[name]) throw badRequest(`The step '${step}' has no output '${name}'.`, here);
      const value = isObject(port) ? literalValue(port) : undefined;
      const b = value === undefined ? undefined : bindingOf(value, here);
      if (value !== undefined) {
        if (b?.kind !== 'parentOutput' || !(b.name in pipelineOutputs)) {
          throw badRequest(
            `A step output can only be bound to an output of the pipeline (\${{parent.outputs.<name>}} it declares).`,
            here,
          );
        }
      }
      if (isObject(port) && typeof port.uri === 'string') checkOutputUri(ctx, ws, port.uri, `${here}.uri`);
    }
  }
  try {
    stepDependencies(jobs as Record<string, PipelineNode>);
  } catch (error) {
    throw badRequest((error as Error).message, JOBS);
  }
}
