// The command job a pipeline step becomes: its component's command, code and environment, its inputs bound to the
// parent's inputs or to earlier steps' outputs, its outputs at the parent's outputs it binds (else at its own
// default path), its compute (the node's, the pipeline's default_compute, or the pipeline's own).
import { ARTIFACTS_OUTPUT, artifactsUri, defaultOutputUri, expandOutputUri } from './job-data.js';
import { nodeInputValue, parseBinding, type PipelineNode } from './pipeline-graph.js';

type Dict = Record<string, unknown>;

export interface ChildContext {
  wsId: string;
  parent: string;
  parentProps: Dict;
  step: string;
  node: PipelineNode;
  /** The component version's componentSpec (azure-ai-ml's component dict). */
  component: Dict;
  child: string;
  /** The output URIs of the steps that ran before (step -> output -> uri). */
  stepOutputs: Record<string, Record<string, string>>;
}

const pick = (d: Dict, ...keys: string[]): unknown => keys.map((k) => d[k]).find((v) => v !== undefined);
const armId = (ref: unknown): string | undefined =>
  typeof ref === 'string' && ref !== '' ? ref.replace(/^azureml:(?=\/(?!\/))/i, '') : undefined;

/** A compute reference (ARM id, azureml:<name>, or a name) as the compute's ARM id in the workspace. */
export function computeArmId(wsId: string, ref: unknown): string | undefined {
  if (typeof ref !== 'string' || ref === '') return undefined;
  if (ref.startsWith('/')) return ref;
  return `${wsId}/computes/${ref.replace(/^azureml:/i, '')}`;
}

const DISTRIBUTIONS: Record<string, string> = { pytorch: 'PyTorch', mpi: 'Mpi', tensorflow: 'TensorFlow' };

function distribution(d: unknown): Dict | undefined {
  if (!d || typeof d !== 'object') return undefined;
  const x = d as Dict;
  const type =
    DISTRIBUTIONS[String(pick(x, 'distributionType', 'distribution_type', 'type') ?? '').toLowerCase()];
  if (!type) return undefined;
  const out: Dict = { distributionType: type };
  const per = pick(x, 'processCountPerInstance', 'process_count_per_instance');
  if (per !== undefined) out.processCountPerInstance = Number(per);
  const workers = pick(x, 'workerCount', 'worker_count');
  if (workers !== undefined) out.workerCount = Number(workers);
  const ps = pick(x, 'parameterServerCount', 'parameter_server_count');
  if (ps !== undefined) out.parameterServerCount = Number(ps);
  return out;
}

function inputs(c: ChildContext): Dict {
  const parentInputs = (c.parentProps.inputs ?? {}) as Record<string, Dict>;
  const declared = (c.component.inputs ?? {}) as Record<string, Dict>;
  const out: Dict = {};
  for (const [name, spec] of Object.entries(declared)) {
    if (spec && spec.default !== undefined)
      out[name] = { jobInputType: 'literal', value: String(spec.default) };
  }
  for (const [name, raw] of Object.entries((c.node.inputs ?? {}) as Record<string, Dict>)) {
    const input = raw ?? {};
    const value = nodeInputValue(input);
    const binding = parseBinding(value);
    if (binding?.kind === 'parentInput') {
      const bound = parentInputs[binding.name];
      if (!bound)
        throw new Error(
          `Step '${c.step}' input '${name}' binds parent input '${binding.name}', which the pipeline does not have.`,
        );
      out[name] = { ...bound };
    } else if (binding?.kind === 'stepOutput') {
      const uri = c.stepOutputs[binding.step]?.[binding.output];
      if (!uri)
        throw new Error(
          `Step '${c.step}' input '${name}' binds ${binding.step}.outputs.${binding.output}, which that step does not have.`,
        );
      out[name] = { jobInputType: 'uri_folder', uri, mode: 'ReadOnlyMount' };
    } else {
      const type = String(pick(input, 'jobInputType', 'job_input_type') ?? 'literal');
      out[name] =
        type === 'literal'
          ? { jobInputType: 'literal', value: String(value ?? '') }
          : { jobInputType: type, uri: String(value), ...(input.mode ? { mode: input.mode } : {}) };
    }
  }
  return out;
}

function outputs(c: ChildContext): Record<string, { jobOutputType: string; uri: string; mode?: string }> {
  const parentOutputs = (c.parentProps.outputs ?? {}) as Record<string, Dict>;
  const declared = (c.component.outputs ?? {}) as Record<string, Dict>;
  const nodeOutputs = (c.node.outputs ?? {}) as Record<string, Dict>;
  const out: Record<string, { jobOutputType: string; uri: string; mode?: string }> = {};
  for (const name of new Set([...Object.keys(declared), ...Object.keys(nodeOutputs)])) {
    const node = nodeOutputs[name] ?? {};
    const type = String(
      pick(node, 'jobOutputType', 'job_output_type') ?? declared[name]?.type ?? 'uri_folder',
    );
    const binding = parseBinding(node.value);
    if (name === ARTIFACTS_OUTPUT) {
      out[name] = { jobOutputType: 'uri_folder', uri: artifactsUri(c.child) };
    } else if (binding?.kind === 'parentOutput') {
      const bound = parentOutputs[binding.name];
      if (!bound)
        throw new Error(
          `Step '${c.step}' output '${name}' binds parent output '${binding.name}', which the pipeline does not have.`,
        );
      out[name] = {
        jobOutputType: String(bound.jobOutputType ?? type),
        uri: typeof bound.uri === 'string' ? bound.uri : defaultOutputUri(c.parent, binding.name),
      };
    } else {
      const uri = expandOutputUri(
        typeof node.uri === 'string' ? node.uri : defaultOutputUri(c.child, name),
        c.child,
        name,
      );
      out[name] = { jobOutputType: type === 'literal' ? 'uri_folder' : type, uri };
    }
  }
  return out;
}

/** The CommandJob properties of a step's child job. */
export function childJobProperties(c: ChildContext): Dict {
  const settings = (c.parentProps.settings ?? {}) as Dict;
  const component = c.component;
  const env = {
    ...((component.environment_variables ?? {}) as Dict),
    ...((pick(c.node, 'environment_variables', 'environmentVariables') ?? {}) as Dict),
  };
  const resources = (c.node.resources ?? component.resources) as Dict | undefined;
  const instanceCount = resources && pick(resources, 'instance_count', 'instanceCount');
  const dist = distribution(c.node.distribution) ?? distribution(component.distribution);
  const limits = (c.node.limits ?? {}) as Dict;
  const timeout = pick(limits, 'timeout');
  const computeId =
    computeArmId(c.wsId, pick(c.node, 'computeId', 'compute')) ??
    computeArmId(c.wsId, pick(settings, 'default_compute', 'defaultCompute')) ??
    computeArmId(c.wsId, c.parentProps.computeId);
  const props: Dict = {
    jobType: 'Command',
    displayName: c.step,
    experimentName: c.parentProps.experimentName ?? 'Default',
    command: String(component.command ?? ''),
    environmentId: armId(component.environment) ?? '',
    ...(armId(component.code) ? { codeId: armId(component.code) } : {}),
    ...(computeId ? { computeId } : {}),
    inputs: inputs(c),
    outputs: outputs(c),
    environmentVariables: Object.fromEntries(Object.entries(env).map(([k, v]) => [k, String(v)])),
    ...(instanceCount !== undefined ? { resources: { instanceCount: Number(instanceCount) } } : {}),
    ...(dist ? { distribution: dist } : {}),
    ...(timeout !== undefined ? { limits: { jobLimitsType: 'Command', timeout: String(timeout) } } : {}),
    properties: { 'azureml.parentrunid': c.parent, 'azureml.nodeid': c.step },
  };
  return props;
}
