import { stat } from 'node:fs/promises';
import * as core from '@actions/core';
import { ASSET_NAME, ASSET_VERSION } from '../../contract/asset-names.js';
import type { DataType } from '../../azureml/data-client.js';
import { isRemoteUri, parseDataType, readUriData } from '../../data/data-source.js';
import { ConfigurationError } from '../../errors.js';
import { parseTags } from '../register-model/inputs.js';
import { inputRoots, requireInsideRoots, resolveInputPath } from '../shared/path-inputs.js';
import { getWorkspaceInputs, type WorkspaceSettings } from '../shared/workspace-inputs.js';

/** The settings of one register-data run, from its inputs. */
export interface RegisterDataInputs {
  /** `name`: the data asset's name. */
  name: string;
  /** `path`, when it is local: the absolute path of the file or folder to upload. */
  localPath?: string;
  /** `path`, when it is a URI: where the data already is (a datastore path or an https URL). */
  uri?: string;
  /** `type`: uri_file, uri_folder or mltable; undefined to take it from the path. */
  dataType?: DataType;
  /** `version`: a pinned version; undefined for the next integer. */
  version?: string;
  /** `description` of the version. */
  description?: string;
  /** `tags`: user tags, from key=value lines. */
  tags: Record<string, string>;
  /** The workspace inputs every action has. */
  workspace: WorkspaceSettings;
}

export function validateDataName(value: string, input = 'name'): string {
  if (!ASSET_NAME.test(value)) {
    throw new ConfigurationError(
      `Input '${input}': '${value}' is not a valid Azure ML data asset name. Use 1-255 letters, digits, '-' or '_', ` +
        `starting with a letter or digit (for example diabetes-data).`,
      input,
    );
  }
  return value;
}

export function validateDataVersion(value: string, input = 'version'): string {
  if (!ASSET_VERSION.test(value)) {
    throw new ConfigurationError(
      `Input '${input}': '${value}' is not a valid data asset version. Use up to 30 letters, digits, '-', '_' or '.', ` +
        `starting with a letter or digit (for example 1 or 2024.06.1); leave it empty for the next integer.`,
      input,
    );
  }
  return value;
}

/** Parses and validates every input before any call to Azure; each mistake names its input and the fix. */
export async function getInputs(env: NodeJS.ProcessEnv = process.env): Promise<RegisterDataInputs> {
  const nameValue = core.getInput('name').trim();
  if (nameValue === '') {
    throw new ConfigurationError(
      `Input 'name' is required: the data asset's name, e.g. diabetes-data.`,
      'name',
    );
  }
  const name = validateDataName(nameValue);
  const pathValue = core.getInput('path').trim();
  if (pathValue === '') {
    throw new ConfigurationError(
      `Input 'path' is required: a local file or folder (e.g. examples/diabetes/data/diabetes.csv), ` +
        `or where the data is (azureml://datastores/<datastore>/paths/<path>, an https URL).`,
      'path',
    );
  }
  const dataType = parseDataType(core.getInput('type'), 'type');
  let localPath: string | undefined;
  let uri: string | undefined;
  if (isRemoteUri(pathValue)) {
    uri = readUriData(pathValue, dataType, 'path').uri;
  } else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(pathValue) || pathValue.startsWith('azureml:')) {
    throw new ConfigurationError(
      `Input 'path': '${pathValue}' is neither a local path nor a URI Azure ML reads data from. ` +
        `Give a local file or folder, azureml://datastores/<datastore>/paths/<path>, or an https URL.`,
      'path',
    );
  } else {
    localPath = resolveInputPath(pathValue, env);
    if (!(await stat(localPath).catch(() => undefined))) {
      throw new ConfigurationError(
        `Input 'path': ${localPath} does not exist. Check the path (relative paths start at the workspace).`,
        'path',
      );
    }
    await requireInsideRoots(
      'path',
      localPath,
      inputRoots(env),
      'Register data from the repository (or RUNNER_TEMP), as uploaded files must be files of this run.',
    );
  }
  core.debug(`path = ${localPath ?? uri}, type = ${dataType ?? 'auto'}`);

  const versionValue = core.getInput('version').trim();
  const version = versionValue === '' ? undefined : validateDataVersion(versionValue);
  const tags = parseTags(core.getMultilineInput('tags'), 'tags');
  const descriptionValue = core.getInput('description').trim();
  if (descriptionValue.length > 5000) {
    throw new ConfigurationError(
      `Input 'description' is longer than 5000 characters. Shorten it.`,
      'description',
    );
  }
  const workspace = getWorkspaceInputs();
  return {
    name,
    ...(localPath ? { localPath } : {}),
    ...(uri ? { uri } : {}),
    ...(dataType ? { dataType } : {}),
    ...(version ? { version } : {}),
    ...(descriptionValue ? { description: descriptionValue } : {}),
    tags,
    workspace,
  };
}
