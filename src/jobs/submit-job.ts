// Submits an Azure ML CLI v2 job file as `az ml job create --file <f> --set ...` does: read it (with the
// overrides), check everything against the disk and the workspace, then write what it needs (code, environments,
// local inputs, anonymous components) and PUT the job. Nothing is written before every check passed.
import { resolve } from 'node:path';
import type { AzureMLClient } from '../azureml/client.js';
import type { ArmJob } from '../azureml/job-models.js';
import { ConfigurationError } from '../errors.js';
import { isInside } from '../paths.js';
import { commandJobBody, pipelineJobBody, type JobExtras, type ResolvedInputs } from './job-body.js';
import { generateJobName } from './job-name.js';
import { planDigest, planJob } from './job-plan.js';
import { EXPERIMENT_NAME, readJobFile } from './job-yaml.js';
import { JobWriter } from './job-writes.js';
import { parseSetOverrides } from './set-overrides.js';
import type { ensureCodeAsset } from '../deploy/code-asset.js';

/** The job property that records what was submitted (planDigest), so a resubmission under the same name is known. */
export const DEFINITION_PROPERTY = 'mlops.definition';

/** What to submit. */
export interface SubmitJobSettings {
  /** The job YAML (absolute, or relative to the working directory). */
  jobFile: string;
  /** Local paths of the YAML (code, inputs, component and conda files) must resolve inside it; default: cwd. */
  workspaceRoot?: string;
  /** The CLI's --set overrides, in order: `key.path=value`. */
  set?: string[];
  /** Replaces the file's experiment_name. */
  experimentName?: string;
  /** The action input names that errors name (defaults: job-file, set, experiment-name). */
  inputs?: { jobFile?: string; set?: string; experimentName?: string };
}

/** The job as created (or found). */
export interface SubmittedJob {
  name: string;
  job: ArmJob;
  /** False when a job of that name with the same definition already existed (nothing was written). */
  created: boolean;
}

/** Reads, checks, writes and PUTs a job file; throws a ConfigurationError (file, key, line) before any write. */
export async function submitJob(
  client: AzureMLClient,
  settings: SubmitJobSettings,
  log: (line: string) => void,
  /** What registers a local code folder (code-asset.ts); replaced in unit tests, which upload nothing. */
  ensureCode?: typeof ensureCodeAsset,
): Promise<SubmittedJob> {
  const input = settings.inputs?.jobFile ?? 'job-file';
  const setInput = settings.inputs?.set ?? 'set';
  const experimentInput = settings.inputs?.experimentName ?? 'experiment-name';
  const root = resolve(settings.workspaceRoot ?? process.cwd());
  const file = resolve(settings.jobFile);
  if (!isInside(root, file))
    throw new ConfigurationError(
      `Input '${input}': ${settings.jobFile} is outside the workspace (${root}).`,
      input,
    );
  if (settings.experimentName !== undefined && !EXPERIMENT_NAME.test(settings.experimentName))
    throw new ConfigurationError(
      `Input '${experimentInput}': '${settings.experimentName}' is not an experiment name: 1 to 255 letters, digits, - and _, starting with a letter or digit.`,
      experimentInput,
    );
  const overrides = parseSetOverrides(settings.set ?? [], setInput);
  const spec = await readJobFile(file, { input, overrides, setInput, root });
  const plan = await planJob({ client, root, input }, spec);
  const digest = planDigest(plan);
  const name = spec.name ?? generateJobName();
  if (spec.name) {
    const existing = await client.getJob(name);
    if (existing) {
      const recorded = (existing.properties.properties as Record<string, string> | undefined)?.[
        DEFINITION_PROPERTY
      ];
      if (recorded === digest) {
        log(
          `Job ${name} already exists with this definition (status ${existing.properties.status ?? 'unknown'}): nothing submitted.`,
        );
        return { name, job: existing, created: false };
      }
      spec.reader.fail(
        ['name'],
        `a job named ${name} already exists in workspace '${client.address.workspace}' with another definition. Job names are unique: change name, or remove it to have one generated.`,
      );
    }
  }

  const extras: JobExtras = {
    ...(settings.experimentName !== undefined ? { experimentName: settings.experimentName } : {}),
    properties: { [DEFINITION_PROPERTY]: digest },
  };
  const writer = new JobWriter(client, log, ensureCode);
  let body;
  if (plan.kind === 'command') {
    const ids = await writer.run(plan.run);
    body = commandJobBody(plan, ids, await writer.inputs(plan.inputs), extras);
  } else {
    const componentIds: Record<string, string> = {};
    const inputs: Record<string, ResolvedInputs> = {};
    for (const step of plan.order) {
      componentIds[step] = await writer.component(plan.steps[step]!.component);
      inputs[step] = await writer.inputs(plan.steps[step]!.inputs);
    }
    body = pipelineJobBody(plan, componentIds, inputs, await writer.inputs(plan.inputs), extras);
  }
  const job = await client.createOrUpdateJob(name, body);
  log(
    `Created ${plan.kind} job ${name}${plan.kind === 'pipeline' ? ` (${plan.order.length} steps: ${plan.order.join(', ')})` : ''}.`,
  );
  return { name, job, created: true };
}
