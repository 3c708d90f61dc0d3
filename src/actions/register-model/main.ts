import { jobMetricsOrWarn, openDataPlane } from '../../azureml/job-metrics.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { ConfigurationError } from '../../errors.js';
import { validateModelName } from '../../model/names.js';
import { signIn } from '../shared/sign-in.js';
import { getInputs, type RegisterModelInputs } from './inputs.js';
import { promoteModelVersion } from './promotion.js';
import { workspaceOf, type ModelVersionAddress } from '../../azureml/model-reference.js';
import { readModelSource } from '../../model/model-source.js';
import { registerModel } from '../../azureml/model-registration.js';
import { readJobOutputModel, registerJobOutputModel } from '../../azureml/model-from-job.js';
import type { JobOutputRef } from '../../contract/jobs.js';
import { renderPromotionSummary, renderSummary } from './summary.js';

/** register-model: registers a package (or plain model folder) as a model version, idempotently. */
export async function run(): Promise<void> {
  const inputs = await core.group('Read inputs', getInputs);
  if (inputs.source) return promote(inputs, inputs.source);
  if (inputs.jobOutput) return fromJob(inputs, inputs.jobOutput);
  const modelPath = inputs.modelPath!;

  const source = await core.group('Read the model', async () => {
    const source = await readModelSource(modelPath, { inputName: 'model-path' });
    const mb = (source.bytes / (1024 * 1024)).toFixed(1);
    core.info(`${modelPath}: ${source.kind}, ${source.files.length} files, ${mb} MB`);
    core.info(`model type ${source.modelType}, layout ${source.layout}, digest ${source.digest}`);
    for (const warning of source.warnings) core.warning(warning);
    return source;
  });

  const name = inputs.name ?? source.manifest?.name;
  if (!name) {
    throw new ConfigurationError(
      `Input 'name' is required for a plain model folder or file (${modelPath} has no mlops-package.json). Set it, e.g. name: diabetes-classifier.`,
      'name',
    );
  }
  validateModelName(name, inputs.name ? 'name' : 'model-path');
  if (inputs.name && source.manifest && source.manifest.name !== inputs.name) {
    core.info(
      `Registering the package of '${source.manifest.name}' under the name '${inputs.name}' (input name).`,
    );
  }

  const { address } = inputs.workspace;
  const { client } = await signIn(inputs.workspace);

  const result = await registerModel(client, {
    name,
    version: inputs.version,
    userTags: inputs.tags,
    description: inputs.description,
    source,
  });

  setOutputs(name, result);
  await core.summary.addRaw(renderSummary(result, address, inputs.workspace.credential.tenantId)).write();
}

/** register-model with `source`: promotes a version from another workspace (same credential, same ARM endpoint). */
async function promote(inputs: RegisterModelInputs, ref: ModelVersionAddress): Promise<void> {
  const { client: target, clientFor } = await signIn(inputs.workspace);
  const source = clientFor(workspaceOf(ref, inputs.workspace.address));
  const result = await promoteModelVersion(target, source, ref, {
    env: process.env,
    approver: inputs.approvedBy,
  });
  setOutputs(result.version.name, result);
  await core.summary.addRaw(renderPromotionSummary(result, ref, inputs.workspace.address.workspace)).write();
}

/** register-model with `source: azureml://jobs/<job>/outputs/<o>`: registers the job's output where it is, with its lineage. */
async function fromJob(inputs: RegisterModelInputs, ref: JobOutputRef): Promise<void> {
  const name = inputs.name!;
  const { client, credential } = await signIn(inputs.workspace);
  const read = await core.group(`Read output '${ref.output}' of job ${ref.job}`, async () => {
    const read = await readJobOutputModel(client, ref, {
      input: 'source',
      downloadRoot: join(process.env.RUNNER_TEMP || tmpdir(), 'mlops-job-outputs'),
      log: (line) => core.info(line),
    });
    const { source, lineage } = read;
    core.info(
      `${read.modelUri}: ${source.kind}, ${source.files.length} files, model type ${source.modelType}, digest ${source.digest}`,
    );
    core.info(
      `lineage: job ${lineage.name}${lineage.step ? ` (step ${lineage.step})` : ''}, code ${lineage.code ?? '-'}, ` +
        `environment ${lineage.environment ?? '-'}, data ${lineage.data.join(', ') || '-'}`,
    );
    for (const warning of source.warnings) core.warning(warning);
    return read;
  });
  // What the job logged with MLflow (for a pipeline, every step), kept on the version as metric.<name>: the
  // baseline metric-gate reads from the model an endpoint serves.
  const metrics = await core.group(`Read the metrics job ${ref.job} logged`, async () => {
    const { dataPlane } = await openDataPlane(client, credential);
    const found = await jobMetricsOrWarn(dataPlane, ref.job, (message) => core.warning(message));
    core.info(
      Object.keys(found).length > 0
        ? `metrics: ${Object.entries(found)
            .map(([k, v]) => `${k}=${v}`)
            .join(', ')}`
        : 'The job logged no metrics.',
    );
    return found;
  });
  const result = await core.group(`Register ${name}`, () =>
    registerJobOutputModel(
      client,
      {
        name,
        ...(inputs.version ? { version: inputs.version } : {}),
        userTags: inputs.tags,
        ...(inputs.description !== undefined ? { description: inputs.description } : {}),
        ref,
        metrics,
      },
      read,
      (line) => core.info(line),
    ),
  );
  setOutputs(name, result);
  await core.summary
    .addRaw(renderSummary(result, inputs.workspace.address, inputs.workspace.credential.tenantId))
    .write();
}

/** The step's outputs, the same whichever way the version was registered. */
function setOutputs(
  name: string,
  result: { version: { version: string }; id: string; uri: string; digest: string; reused: boolean },
): void {
  core.setOutput('model-name', name);
  core.setOutput('model-version', result.version.version);
  core.setOutput('model-id', result.id);
  core.setOutput('model-uri', result.uri);
  core.setOutput('digest', result.digest);
  core.setOutput('reused', result.reused ? 'true' : 'false');
}
