import { ConfigurationError } from '../errors.js';

/** Where an Azure ML workspace lives: enough to address every ARM call. */
export interface WorkspaceAddress {
  subscriptionId: string;
  resourceGroup: string;
  workspace: string;
  /** ARM endpoint without a trailing slash, e.g. `https://management.azure.com`. */
  armEndpoint: string;
}

/** The public cloud's ARM endpoint, the default of `arm-endpoint`. */
export const PUBLIC_ARM_ENDPOINT = 'https://management.azure.com';

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
// Resource group: 1-90 letters (any script), digits, `_`, `-`, `.`, `(`, `)`; not ending in `.`.
// https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules#microsoftresources
const RESOURCE_GROUP = /^[\p{L}\p{N}_\-.()]{1,90}$/u;
// Workspace: 3-33 characters, letters, digits, `-`, `_`, starting with a letter or digit
// (the workspace name pattern of Microsoft.MachineLearningServices).
const WORKSPACE = /^[a-zA-Z0-9][a-zA-Z0-9_-]{2,32}$/;
const WORKSPACE_ID =
  /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/Microsoft\.MachineLearningServices\/workspaces\/([^/]+)\/?$/i;

export function validateSubscriptionId(value: string, inputName: string): string {
  if (!GUID.test(value)) {
    throw new ConfigurationError(
      `Input '${inputName}': '${value}' is not a subscription id. Give the subscription's GUID ` +
        `(xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx), e.g. from \`az account show --query id\`.`,
      inputName,
    );
  }
  return value;
}

export function validateResourceGroup(value: string, inputName: string): string {
  if (!RESOURCE_GROUP.test(value) || value.endsWith('.')) {
    throw new ConfigurationError(
      `Input '${inputName}': '${value}' is not a valid resource group name. Use 1-90 letters, digits, ` +
        `'_', '-', '.', '(' or ')', not ending with '.'.`,
      inputName,
    );
  }
  return value;
}

export function validateWorkspaceName(value: string, inputName: string): string {
  if (!WORKSPACE.test(value)) {
    throw new ConfigurationError(
      `Input '${inputName}': '${value}' is not a valid Azure ML workspace name. Use 3-33 letters, digits, ` +
        `'-' or '_', starting with a letter or digit (or give the workspace's ARM id).`,
      inputName,
    );
  }
  return value;
}

/** Checks an ARM endpoint (an https URL) and returns it without a trailing slash. */
export function normalizeArmEndpoint(value: string, inputName: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigurationError(
      `Input '${inputName}': '${value}' is not a URL. Give the ARM endpoint, e.g. ${PUBLIC_ARM_ENDPOINT}.`,
      inputName,
    );
  }
  if (url.protocol !== 'https:' || url.search || url.hash || url.username || url.password) {
    throw new ConfigurationError(
      `Input '${inputName}': '${value}' must be a plain https URL (bearer tokens are only sent over https), ` +
        `e.g. ${PUBLIC_ARM_ENDPOINT}.`,
      inputName,
    );
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

/** The parts of a workspace's ARM id, or undefined when `value` is not one. */
export function parseWorkspaceId(
  value: string,
): { subscriptionId: string; resourceGroup: string; workspace: string } | undefined {
  const m = WORKSPACE_ID.exec(value.trim());
  if (!m) return undefined;
  return { subscriptionId: m[1]!, resourceGroup: m[2]!, workspace: m[3]! };
}

/** The workspace's ARM id. */
export function workspaceResourceId(address: Omit<WorkspaceAddress, 'armEndpoint'>): string {
  return (
    `/subscriptions/${address.subscriptionId}/resourceGroups/${address.resourceGroup}` +
    `/providers/Microsoft.MachineLearningServices/workspaces/${address.workspace}`
  );
}

/** A model version's ARM id. */
export function modelVersionResourceId(address: WorkspaceAddress, name: string, version: string): string {
  return `${workspaceResourceId(address)}/models/${name}/versions/${version}`;
}

/** Names the workspace for messages: `workspace 'dev' (resource group 'rg', subscription '...')`. */
export function describeWorkspace(address: WorkspaceAddress): string {
  return `workspace '${address.workspace}' (resource group '${address.resourceGroup}', subscription '${address.subscriptionId}')`;
}

/**
 * The Azure ML studio page of a model version, for the public cloud only
 * (sovereign clouds and the local emulator have no studio at ml.azure.com).
 */
export function studioModelUrl(
  address: WorkspaceAddress,
  name: string,
  version: string,
  tenantId?: string,
): string | undefined {
  if (address.armEndpoint !== PUBLIC_ARM_ENDPOINT) return undefined;
  const params = new URLSearchParams({ wsid: workspaceResourceId(address) });
  if (tenantId) params.set('tid', tenantId);
  return `https://ml.azure.com/model/${encodeURIComponent(name)}:${encodeURIComponent(version)}/details?${params}`;
}
