import type { AzureMLClient } from '../azureml/client.js';

/** `name:version` of a model version's ARM id. */
function modelOf(id: string | undefined): { name: string; version: string } | undefined {
  const m = /\/models\/([^/]+)\/versions\/([^/]+)$/.exec(id ?? '');
  return m ? { name: m[1]!, version: m[2]! } : undefined;
}

/**
 * Tags the model version a promoted deployment serves with the environment, the endpoint/deployment and the
 * time; returns its `name:version`, or undefined when the deployment serves no workspace model.
 */
export async function tagServingModel(
  client: AzureMLClient,
  modelId: string | undefined,
  endpoint: string,
  deployment: string,
  log: (line: string) => void,
): Promise<string | undefined> {
  const model = modelOf(modelId);
  if (!model) return undefined;
  const version = await client.getModelVersion(model.name, model.version);
  if (!version?.modelUri || !version.modelType) return undefined;
  await client.createOrUpdateModelVersion(model.name, model.version, {
    modelUri: version.modelUri,
    modelType: version.modelType,
    description: version.description,
    properties: version.properties,
    // A PUT replaces the version's mutable properties: keep the training job it was registered from.
    ...(version.jobName !== undefined ? { jobName: version.jobName } : {}),
    tags: {
      ...version.tags,
      'mlops.environment': client.address.workspace,
      'mlops.serving': `${endpoint}/${deployment}`,
      'mlops.promoted-at': new Date().toISOString(),
    },
  });
  const named = `${model.name}:${model.version}`;
  log(`Tagged ${named} as serving ${endpoint}/${deployment} in ${client.address.workspace}.`);
  return named;
}
