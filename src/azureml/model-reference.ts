import { ConfigurationError } from '../errors.js';
import type { WorkspaceAddress } from './workspace.js';

/** A model version in some workspace. */
export interface ModelVersionAddress {
  subscriptionId: string;
  resourceGroup: string;
  workspace: string;
  name: string;
  version: string;
}

const ARM_ID =
  /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/Microsoft\.MachineLearningServices\/workspaces\/([^/]+)\/models\/([^/]+)\/versions\/([^/]+)\/?$/i;
const AZUREML =
  /^azureml:\/\/subscriptions\/([^/]+)\/resource[gG]roups\/([^/]+)\/workspaces\/([^/]+)\/models\/([^/]+)\/versions\/([^/]+)\/?$/;

/**
 * A model version's ARM id, or its `azureml://subscriptions/<sub>/resourcegroups/<rg>/workspaces/<ws>/models/<name>/versions/<v>`
 * address; a ConfigurationError naming `input` otherwise.
 */
export function parseModelVersionAddress(value: string, input: string): ModelVersionAddress {
  const m = ARM_ID.exec(value.trim()) ?? AZUREML.exec(value.trim());
  if (!m) {
    throw new ConfigurationError(
      `Input '${input}': '${value}' is not a model version in a workspace. Give its ARM id ` +
        `(/subscriptions/<sub>/resourceGroups/<rg>/providers/Microsoft.MachineLearningServices/workspaces/<ws>/models/<name>/versions/<v>, ` +
        `register-model's model-id output) or azureml://subscriptions/<sub>/resourcegroups/<rg>/workspaces/<ws>/models/<name>/versions/<v>.`,
      input,
    );
  }
  return { subscriptionId: m[1]!, resourceGroup: m[2]!, workspace: m[3]!, name: m[4]!, version: m[5]! };
}

/** The workspace address of a model version (same ARM endpoint as `like`). */
export function workspaceOf(model: ModelVersionAddress, like: WorkspaceAddress): WorkspaceAddress {
  return {
    subscriptionId: model.subscriptionId,
    resourceGroup: model.resourceGroup,
    workspace: model.workspace,
    armEndpoint: like.armEndpoint,
  };
}

/** A datastore path: `azureml://subscriptions/../workspaces/<ws>/datastores/<ds>/paths/<path>`. */
export function parseDatastorePath(
  uri: string,
): { workspace: string; datastore: string; path: string } | undefined {
  const m =
    /^azureml:\/\/subscriptions\/[^/]+\/resource[gG]roups\/[^/]+\/workspaces\/([^/]+)\/datastores\/([^/]+)\/paths\/(.*)$/.exec(
      uri,
    );
  return m ? { workspace: m[1]!, datastore: m[2]!, path: m[3]! } : undefined;
}
