// A job's named output and where it is (register-model and package-model from azureml://jobs/<job>/outputs/<o>),
// and the job's lineage: its code version, environment and the data asset versions it read (pure).
import {
  DEFAULT_DATASTORE,
  defaultOutputPath,
  isTerminalJobStatus,
  jobOutputUri,
  type JobOutputRef,
} from '../contract/jobs.js';
import { ConfigurationError } from '../errors.js';
import type { JobLineage } from '../model/manifest.js';
import { datastoreOf } from './datastore-url.js';
import type { ArmJob, PipelineNodeBody } from './job-models.js';

/** Where an output's files are in the workspace: a datastore and the path inside it. */
export interface JobOutputLocation {
  datastore: string;
  /** The path inside the datastore, no leading '/'; a folder ends with '/'. */
  path: string;
  /** The output's type (uri_folder, uri_file, mlflow_model, custom_model, ...). */
  outputType: string;
}

export type { JobLineage } from '../model/manifest.js';

type Outputs = Record<string, { jobOutputType?: string; uri?: string | null } | null | undefined>;

/**
 * The location of `ref` in `job`: the output's uri (a datastore path), else Azure's default
 * `azureml://datastores/workspaceblobstore/paths/azureml/<job>/<output>/`, plus `ref.path` inside it. The job must
 * have Completed (a running job's output is not final); errors name `input`.
 */
export function jobOutputLocation(job: ArmJob, ref: JobOutputRef, input: string): JobOutputLocation {
  const status = job.properties.status;
  if (status !== 'Completed') {
    const why = isTerminalJobStatus(status)
      ? `it ended ${status}: its outputs are not a trained model`
      : `it is ${status ?? 'not started'}: wait for it to complete (run-job waits by default)`;
    throw new ConfigurationError(`Input '${input}': job '${ref.job}' has not completed, ${why}.`, input);
  }
  const outputs = (job.properties.outputs ?? {}) as Outputs;
  const output = outputs[ref.output];
  if (!output) {
    const names = Object.keys(outputs);
    throw new ConfigurationError(
      `Input '${input}': job '${ref.job}' has no output '${ref.output}'` +
        `${names.length ? ` (its outputs: ${names.join(', ')})` : ' (it declares no outputs)'}. Check the output name.`,
      input,
    );
  }
  // ${{name}} and ${{output_name}} in an output path (how-to-read-write-data-v2) name the job and the output.
  const uri = output.uri
    ?.replace(/\$\{\{\s*name\s*\}\}/g, ref.job)
    .replace(/\$\{\{\s*output_name\s*\}\}/g, ref.output);
  const where = uri
    ? datastoreOf(uri)
    : { datastore: DEFAULT_DATASTORE, path: defaultOutputPath(ref.job, ref.output) };
  if (!where) {
    throw new ConfigurationError(
      `Input '${input}': output '${ref.output}' of job '${ref.job}' is written to ${output.uri}, not a datastore path: register it from there.`,
      input,
    );
  }
  const outputType = output.jobOutputType ?? 'uri_folder';
  let path = where.path.replace(/^\/+/, '');
  if (ref.path) path = `${path.replace(/\/+$/, '')}/${ref.path}`;
  else if (outputType !== 'uri_file' && !path.endsWith('/')) path = `${path}/`;
  return { datastore: where.datastore, path, outputType };
}

/**
 * `name:version` of an asset reference as jobs carry them: an ARM id (optionally `azureml:`-prefixed),
 * `azureml://subscriptions/.../<kind>/<n>/versions/<v>`, `azureml://registries/<r>/<kind>/<n>/versions/<v>`
 * or `azureml:<n>:<v>`. Undefined for anything else (a datastore path, a URL).
 */
export function assetVersionOf(
  reference: string,
  kind: 'data' | 'codes' | 'environments',
): string | undefined {
  const value = reference.trim();
  const byId = new RegExp(`/${kind}/([^/]+)/versions/([^/]+)/?$`, 'i').exec(value);
  if (byId) return `${byId[1]}:${byId[2]}`;
  const short = /^azureml:([^/:@]+):([^/:@]+)$/.exec(value);
  return short ? `${short[1]}:${short[2]}` : undefined;
}

/** Data asset versions among job inputs (JobInput or a pipeline node's input). */
function dataInputs(inputs: Record<string, unknown> | null | undefined): string[] {
  const out: string[] = [];
  for (const input of Object.values(inputs ?? {})) {
    const uri = (input as { uri?: unknown } | null)?.uri;
    if (typeof uri !== 'string') continue;
    const asset = assetVersionOf(uri, 'data');
    if (asset) out.push(asset);
  }
  return out;
}

/** The step of a pipeline whose output is bound to the parent's output `output` (`${{parent.outputs.<o>}}`). */
export function producingStep(jobs: Record<string, PipelineNodeBody>, output: string): string | undefined {
  const binding = new RegExp(`^\\$\\{\\{\\s*parent\\.outputs\\.${output}\\s*\\}\\}$`);
  for (const [step, node] of Object.entries(jobs)) {
    for (const out of Object.values(node.outputs ?? {})) {
      const value = (out as { value?: unknown }).value;
      if (typeof value === 'string' && binding.test(value.trim())) return step;
    }
  }
  return undefined;
}

/** What a component version says of its code and environment (ComponentVersions_Get), for a pipeline's step. */
export type ComponentLookup = (
  componentId: string,
) => Promise<{ code?: string; environment?: string } | undefined>;

/**
 * The lineage of the job that wrote `ref`: for a command job its codeId and environmentId; for a pipeline, those of
 * the step's component that writes the output; the data asset versions of every input (the pipeline's and its
 * steps').
 */
export async function jobLineage(
  job: ArmJob,
  ref: JobOutputRef,
  component: ComponentLookup,
): Promise<JobLineage> {
  const p = job.properties;
  const data = new Set(dataInputs(p.inputs as Record<string, unknown> | undefined));
  const output = jobOutputUri(ref.job, ref.output) + (ref.path ? `/paths/${ref.path}` : '');
  const lineage: JobLineage = { name: ref.job, output, data: [] };
  let code: string | undefined;
  let environment: string | undefined;
  if (p.jobType === 'Pipeline') {
    for (const node of Object.values(p.jobs ?? {})) for (const d of dataInputs(node.inputs)) data.add(d);
    const step = producingStep(p.jobs ?? {}, ref.output);
    if (step) {
      lineage.step = step;
      const found = await component(p.jobs[step]!.componentId);
      code = found?.code;
      environment = found?.environment;
    }
  } else {
    code = p.codeId ?? undefined;
    environment = p.environmentId;
  }
  if (code) lineage.code = assetVersionOf(code, 'codes') ?? code;
  if (environment) lineage.environment = assetVersionOf(environment, 'environments') ?? environment;
  lineage.data = [...data].sort();
  return lineage;
}

/** Lineage tags of a model registered from a job (the digest and git/run tags are LINEAGE's). */
export const JOB_LINEAGE = {
  job: 'mlops.job',
  code: 'mlops.job-code',
  environment: 'mlops.job-environment',
  data: 'mlops.job-data',
  step: 'mlops.job-step',
  output: 'mlops.job-output',
} as const;

/** The lineage as tags: the job, code, environment, data and step. */
export function jobLineageTags(l: JobLineage): Record<string, string> {
  const tags: Record<string, string> = { [JOB_LINEAGE.job]: l.name, [JOB_LINEAGE.output]: l.output };
  if (l.code) tags[JOB_LINEAGE.code] = l.code;
  if (l.environment) tags[JOB_LINEAGE.environment] = l.environment;
  if (l.data.length > 0) tags[JOB_LINEAGE.data] = l.data.join(',');
  if (l.step) tags[JOB_LINEAGE.step] = l.step;
  return tags;
}
