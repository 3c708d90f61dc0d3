import * as core from '@actions/core';
import { ConfigurationError } from '../../errors.js';
import { listFiles } from '../../model/files.js';
import { detectLayout } from '../../model/layout.js';
import { lineageFromEnv } from '../../model/lineage.js';
import { writePackage } from '../../model/package.js';
import { getInputs, type PackageModelInputs } from './inputs.js';
import type { JobOutputRef } from '../../contract/jobs.js';
import { signIn } from '../shared/sign-in.js';
import { countFiles, formatBytes, renderModelCard } from './summary.js';

/** package-model: validates a model folder and writes a verified package with a manifest. */
export async function run(): Promise<void> {
  const inputs = await core.group('Read inputs', getInputs);
  if (inputs.jobOutput) await downloadModel(inputs, inputs.jobOutput);

  const { modelFiles, detected, codeFiles } = await core.group('Detect the model layout', async () => {
    const modelFiles = await listFiles(inputs.modelPath, 'model-path');
    const detected = await detectLayout(inputs.modelPath, modelFiles, inputs.modelType);
    const total = modelFiles.reduce((sum, f) => sum + f.size, 0);
    core.info(`${inputs.modelPath}: ${countFiles(modelFiles.length)}, ${formatBytes(total)}`);
    core.info(
      `model type ${detected.modelType}, layout ${detected.layout}${detected.flavors ? `, flavors ${detected.flavors.join(', ')}` : ''}`,
    );
    for (const warning of detected.warnings) core.warning(warning);
    let codeFiles;
    if (inputs.codePath) {
      codeFiles = await listFiles(inputs.codePath, 'code-path');
      if (codeFiles.length === 0) {
        throw new ConfigurationError(
          `Input 'code-path': ${inputs.codePath} has no files. Point it at the folder holding score.py.`,
          'code-path',
        );
      }
      core.info(`${inputs.codePath}: ${countFiles(codeFiles.length)} of scoring code`);
    }
    return { modelFiles, detected, codeFiles };
  });

  const lineage = lineageFromEnv();
  const { packagePath, manifest } = await core.group('Write the package', async () => {
    const started = Date.now();
    const written = await writePackage({
      outputPath: inputs.outputPath,
      name: inputs.name,
      modelType: detected.modelType,
      layout: detected.layout,
      modelFiles,
      ...(codeFiles && { codeFiles }),
      ...(inputs.environmentFile && { environmentFile: inputs.environmentFile }),
      ...(inputs.metrics && { metrics: inputs.metrics }),
      ...lineage,
      ...(inputs.jobLineage && { job: inputs.jobLineage }),
    });
    core.info(`wrote ${written.packagePath} in ${Date.now() - started} ms`);
    core.info(`digest ${written.manifest.digest}`);
    return written;
  });

  core.setOutput('package-path', packagePath);
  core.setOutput('digest', manifest.digest);
  core.setOutput('model-type', manifest.modelType);
  await core.summary.addRaw(renderModelCard(manifest, detected, packagePath)).write();
}

/** model-path is a job output: signs in, downloads it (once) below RUNNER_TEMP and packages that folder. */
async function downloadModel(inputs: PackageModelInputs, ref: JobOutputRef): Promise<void> {
  const { client } = await signIn(inputs.workspace!);
  // Loaded only here: packaging a local folder never loads the storage client.
  const { downloadJobOutput, jobLineageOf } = await import('../../azureml/model-from-job.js');
  const out = await core.group(`Download output '${ref.output}' of job ${ref.job}`, () =>
    downloadJobOutput(client, ref, {
      input: 'model-path',
      downloadRoot: inputs.downloadRoot!,
      log: (line) => core.info(line),
    }),
  );
  if (!out.downloaded.folder) {
    throw new ConfigurationError(
      `Input 'model-path': ${out.modelUri} is one file; package-model packages a model folder. ` +
        `Point model-path at the folder holding it (the output, or /paths/<folder>).`,
      'model-path',
    );
  }
  inputs.modelPath = out.localPath;
  inputs.jobLineage = await jobLineageOf(client, out.job, ref);
}
