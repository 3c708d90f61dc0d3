import * as core from '@actions/core';
import { registerData } from '../../azureml/data-registration.js';
import { uploadFiles } from '../../azureml/blob-upload.js';
import { readLocalData, readUriData, type DataSource } from '../../data/data-source.js';
import { signIn } from '../shared/sign-in.js';
import { getInputs } from './inputs.js';
import { renderDataSummary } from './summary.js';

/** register-data: registers a data asset version from local files (uploaded) or a URI, idempotently. */
export async function run(): Promise<void> {
  const inputs = await core.group('Read inputs', () => getInputs());

  const source: DataSource = await core.group('Read the data', async () => {
    if (inputs.uri) {
      const data = readUriData(inputs.uri, inputs.dataType, 'path');
      core.info(`${data.uri}: ${data.dataType}, registered where it is (nothing uploaded)`);
      return data;
    }
    const data = await readLocalData(inputs.localPath!, inputs.dataType, 'path');
    core.info(
      `${data.path}: ${data.dataType}, ${data.files.length} file(s), ${(data.bytes / (1024 * 1024)).toFixed(1)} MB, digest ${data.digest}`,
    );
    if (data.ignored > 0)
      core.info(`${data.ignored} file(s) left out by the folder's ignore file (as az ml does).`);
    return data;
  });

  const { client } = await signIn(inputs.workspace);
  const result = await core.group(`Register data asset ${inputs.name}`, () =>
    registerData(
      client,
      {
        name: inputs.name,
        ...(inputs.version ? { version: inputs.version } : {}),
        ...(inputs.description ? { description: inputs.description } : {}),
        userTags: inputs.tags,
        source,
      },
      { upload: uploadFiles, log: (line) => core.info(line), env: process.env },
    ),
  );
  core.info(`${result.reused ? 'Reused' : 'Registered'} ${result.uri} (${result.version.dataUri})`);

  core.setOutput('data-id', result.id);
  core.setOutput('name', inputs.name);
  core.setOutput('version', result.version.version);
  core.setOutput('uri', result.uri);
  core.setOutput('data-uri', result.version.dataUri);
  core.setOutput('digest', result.digest);
  core.setOutput('reused', result.reused ? 'true' : 'false');
  await core.summary.addRaw(renderDataSummary(result, inputs.workspace.address)).write();
}
