import * as core from '@actions/core';
import type { AzureMLClient, ModelVersionInfo } from '../azureml/client.js';
import { listStoredBlobs } from '../azureml/model-blobs.js';
import { registerModel } from '../azureml/model-registration.js';
import { ConfigurationError } from '../errors.js';
import { DIGEST_TAG } from '../model/digest.js';
import { checkDigest, describeMismatch } from '../model/digest-check.js';
import { showReference } from './references.js';
import type { ModelSetting } from './settings.js';

/** The model a deployment names: its ARM id (or registry id) and how to show it. */
export interface DeployedModel {
  id: string;
  /** `azureml:<name>:<version>`, or the registry id. */
  label: string;
  modelType?: string;
  /** True when deploy-endpoint registered it (an inline model). */
  registered?: boolean;
  /** True when an inline model's files were already registered (nothing uploaded). */
  reused?: boolean;
}

export type CheckedModel =
  | { kind: 'found'; model: DeployedModel }
  | { kind: 'inline'; setting: Extract<ModelSetting, { kind: 'inline' }>; name: string };

/**
 * The name of an inline model without one. `az ml` gives such a model a random name (azure-ai-ml Asset: a uuid4,
 * version 1, is_anonymous), reusing the one already registered for the same upload hash. Ours is derived from the
 * files' digest instead, so the same files are registered once and the name says where it came from.
 */
export function inlineModelName(digest: string): string {
  return `model-${digest.replace(/^sha256:/, '').slice(0, 32)}`;
}

/** The newest integer version of a model, or undefined (the CLI's `@latest`: the highest version). */
async function latestVersion(client: AzureMLClient, name: string): Promise<string | undefined> {
  let best: bigint | undefined;
  for (const v of await client.listModelVersions(name)) {
    if (/^[0-9]+$/.test(v.version) && (best === undefined || BigInt(v.version) > best))
      best = BigInt(v.version);
  }
  return best?.toString();
}

/**
 * Checks the model without writing: a workspace model must be registered; a registry model goes to ARM unchanged
 * (the service resolves it, as for `az ml`); an inline model's files were read by the inputs and are registered by
 * ensureModel, after every check passed.
 */
export async function checkModel(
  client: AzureMLClient,
  setting: ModelSetting,
  input: string,
  where = `Input '${input}'`,
): Promise<CheckedModel> {
  if (setting.kind === 'registry') return { kind: 'found', model: { id: setting.id, label: setting.id } };
  if (setting.kind === 'inline') {
    return { kind: 'inline', setting, name: setting.name ?? inlineModelName(setting.source.digest) };
  }
  const { name } = setting.ref;
  const version = setting.ref.version === 'latest' ? await latestVersion(client, name) : setting.ref.version;
  const model = version === undefined ? undefined : await client.getModelVersion(name, version);
  if (!model) {
    throw new ConfigurationError(
      `${where}: model ${showReference(setting.ref)} is not registered in workspace '${client.address.workspace}'. ` +
        `Register it with register-model first (its model-uri output is what this input takes), or give the model's folder inline in the deployment file.`,
      input,
    );
  }
  await verifyModelFiles(client, model, input, where);
  return {
    kind: 'found',
    model: {
      id: model.id,
      label: `azureml:${model.name}:${model.version}`,
      ...(model.modelType ? { modelType: model.modelType } : {}),
    },
  };
}

/**
 * A version registered with a digest (mlops.digest) is deployed only while its files still make up that digest:
 * its blobs are listed (paths, sizes, sha256 metadata; no download) and the digest recomputed, so a file deleted,
 * added or overwritten after registration fails here, naming the version and what differs, before any endpoint
 * write. A version without the tag (registered by other tools) is deployed as is.
 */
async function verifyModelFiles(
  client: AzureMLClient,
  model: ModelVersionInfo,
  input: string,
  where: string,
): Promise<void> {
  const digest = model.tags[DIGEST_TAG];
  if (!digest || !model.modelUri) return;
  const stored = await listStoredBlobs(client, model.modelUri);
  const check = checkDigest(stored.files, digest);
  if (!check.ok) {
    throw new ConfigurationError(
      `${where}: ${describeMismatch(`model ${model.name}:${model.version} (${model.modelUri})`, digest, check)}. ` +
        `Nothing was deployed. Run register-model on the model's files again (it uploads missing files again), ` +
        `or deploy another version.`,
      input,
    );
  }
  core.info(`The ${check.files} files of ${model.name}:${model.version} match its digest ${digest}.`);
}

/** The model to deploy: found, or an inline model registered now (helper A's registerModel: upload, then PUT). */
export async function ensureModel(client: AzureMLClient, checked: CheckedModel): Promise<DeployedModel> {
  if (checked.kind === 'found') return checked.model;
  const { setting, name } = checked;
  const result = await registerModel(client, {
    name,
    ...(setting.version ? { version: setting.version } : {}),
    userTags: setting.tags,
    ...(setting.description !== undefined ? { description: setting.description } : {}),
    source: setting.source,
  });
  return {
    id: result.id,
    label: result.uri,
    modelType: setting.source.modelType,
    registered: true,
    reused: result.reused,
  };
}
