import type { AzureMLClient } from '../../azureml/client.js';
import { LINEAGE } from '../../azureml/model-registration.js';
import { parseModelVersionAddress, workspaceOf } from '../../azureml/model-reference.js';
import { describeWorkspace, type WorkspaceAddress } from '../../azureml/workspace.js';
import { ConfigurationError } from '../../errors.js';
import type { BaselineModel } from './compare.js';

/** A baseline, or the reason there is none (the endpoint or its live deployment does not exist). */
export type BaselineLookup = { found: BaselineModel } | { none: string };

/** What reading the baseline needs: the workspace's client, and one for another workspace if the model is there. */
export interface BaselineSource {
  client: AzureMLClient;
  address: WorkspaceAddress;
  clientFor(address: WorkspaceAddress): AzureMLClient;
}

/** The deployment taking the largest share of live traffic (ties: the first by name); mirror traffic is not live. */
export function liveDeployment(traffic: Record<string, number>): { name: string; share: number } | undefined {
  const [best] = Object.entries(traffic)
    .filter(([, share]) => share > 0)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  return best ? { name: best[0], share: best[1] } : undefined;
}

/**
 * Reads the gated metric of the model that serves `endpoint`: the deployment with the most traffic, its model
 * version, and that version's `metric.<name>` property (register-model records the metrics file there).
 * Only "not found" means no baseline: a missing endpoint, no deployment taking traffic, or a deployment the
 * traffic names that does not exist. Anything else (403, a missing or non-numeric metric, a model that cannot be
 * read) throws, so a gate never passes on the threshold alone because the baseline could not be read.
 */
export async function readBaseline(
  source: BaselineSource,
  endpoint: string,
  metric: string,
  log: (line: string) => void,
): Promise<BaselineLookup> {
  const where = describeWorkspace(source.address);
  const ep = await source.client.getEndpoint(endpoint);
  if (!ep) return { none: `endpoint '${endpoint}' does not exist in ${where}` };
  const live = liveDeployment(ep.traffic);
  if (!live) {
    return { none: `endpoint '${endpoint}' in ${where} has no deployment taking live traffic` };
  }
  log(`Endpoint '${endpoint}': deployment '${live.name}' takes ${live.share}% of the traffic.`);
  const deployment = await source.client.getDeployment(endpoint, live.name);
  if (!deployment) {
    return {
      none: `deployment '${live.name}' that the traffic of endpoint '${endpoint}' names does not exist in ${where}`,
    };
  }
  if (!deployment.model) {
    throw new ConfigurationError(
      `Deployment '${live.name}' of endpoint '${endpoint}' in ${where} serves no registered model, so it has no ` +
        `'${metric}' to compare with. Leave the input 'endpoint' empty to gate on the threshold alone.`,
      'endpoint',
    );
  }
  let model;
  try {
    model = parseModelVersionAddress(deployment.model, 'endpoint');
  } catch {
    throw new ConfigurationError(
      `Deployment '${live.name}' of endpoint '${endpoint}' serves ${deployment.model}, which is not a model version ` +
        `in a workspace (a registry's model has no metrics recorded by register-model). Leave the input ` +
        `'endpoint' empty to gate on the threshold alone.`,
      'endpoint',
    );
  }
  const modelWorkspace = workspaceOf(model, source.address);
  const sameWorkspace =
    model.subscriptionId.toLowerCase() === source.address.subscriptionId.toLowerCase() &&
    model.resourceGroup.toLowerCase() === source.address.resourceGroup.toLowerCase() &&
    model.workspace.toLowerCase() === source.address.workspace.toLowerCase();
  const client = sameWorkspace ? source.client : source.clientFor(modelWorkspace);
  const version = await client.getModelVersion(model.name, model.version);
  if (!version) {
    throw new ConfigurationError(
      `Deployment '${live.name}' of endpoint '${endpoint}' serves model ${model.name} version ${model.version}, ` +
        `which does not exist in ${describeWorkspace(modelWorkspace)}: the baseline cannot be read.`,
      'endpoint',
    );
  }
  const key = `${LINEAGE.metricPrefix}${metric}`;
  const raw = version.properties[key];
  if (raw === undefined) {
    const known = Object.keys(version.properties).filter((k) => k.startsWith(LINEAGE.metricPrefix));
    throw new ConfigurationError(
      `Model ${model.name} version ${model.version}, serving endpoint '${endpoint}', has no property '${key}' ` +
        `(${known.length > 0 ? `it has ${known.join(', ')}` : 'it has no metric.* properties'}). Register models with ` +
        `register-model from a package made with a metrics-file, or leave the input 'endpoint' empty to gate on ` +
        `the threshold alone.`,
      'metric',
    );
  }
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value)) {
    throw new ConfigurationError(
      `Model ${model.name} version ${model.version} records '${key}' as '${raw}', which is not a number.`,
      'metric',
    );
  }
  return {
    found: { endpoint, deployment: live.name, traffic: live.share, modelId: version.id, value },
  };
}
