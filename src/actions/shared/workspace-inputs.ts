import * as core from '@actions/core';
import type { CredentialSettings } from '../../azureml/credentials.js';
import { ConfigurationError } from '../../errors.js';
import {
  normalizeArmEndpoint,
  parseWorkspaceId,
  PUBLIC_ARM_ENDPOINT,
  validateResourceGroup,
  validateSubscriptionId,
  validateWorkspaceName,
  type WorkspaceAddress,
} from '../../azureml/workspace.js';

/** The workspace an action talks to and the credentials it uses (shared by every Azure ML action). */
export interface WorkspaceSettings {
  /** `subscription-id`, `resource-group`, `workspace` (a name or an ARM id), `arm-endpoint`. */
  address: WorkspaceAddress;
  /** `client-id`, `tenant-id` and the AZUREML_ACCESS_TOKEN variable. */
  credential: CredentialSettings;
}

/** Each workspace/credential input and the environment variable it defaults from. */
export const WORKSPACE_INPUT_DEFAULTS = {
  'subscription-id': 'AZURE_SUBSCRIPTION_ID',
  'resource-group': 'AZUREML_RESOURCE_GROUP',
  workspace: 'AZUREML_WORKSPACE',
  'arm-endpoint': 'AZUREML_ARM_ENDPOINT',
  'client-id': 'AZURE_CLIENT_ID',
  'tenant-id': 'AZURE_TENANT_ID',
} as const;
/** A bearer token used as is; an environment variable only (never an input, so it is never in a workflow file). */
export const ACCESS_TOKEN_VARIABLE = 'AZUREML_ACCESS_TOKEN';

type WorkspaceInput = keyof typeof WORKSPACE_INPUT_DEFAULTS;

interface Sourced {
  value: string;
  /** The environment variable it came from, when the input was empty. */
  variable?: string;
}

function read(name: WorkspaceInput, env: NodeJS.ProcessEnv): Sourced | undefined {
  const input = core.getInput(name);
  if (input) return { value: input };
  const variable = WORKSPACE_INPUT_DEFAULTS[name];
  const fromEnv = env[variable]?.trim();
  return fromEnv ? { value: fromEnv, variable } : undefined;
}

/** Runs a validation; when the value came from a variable, the message says so. */
function check<T>(source: Sourced, fn: (value: string) => T): T {
  try {
    return fn(source.value);
  } catch (error) {
    if (error instanceof ConfigurationError && source.variable) {
      throw new ConfigurationError(`${error.message} (The value came from ${source.variable}.)`, error.input);
    }
    throw error;
  }
}

function missing(name: WorkspaceInput, what: string): ConfigurationError {
  return new ConfigurationError(
    `Input '${name}' is required: give ${what}, or set ${WORKSPACE_INPUT_DEFAULTS[name]} in the job's env.`,
    name,
  );
}

/**
 * Reads the workspace and credential inputs, each defaulting from its environment variable, and validates
 * them. `workspace` may be a workspace's ARM id, which then also gives the subscription and resource group.
 * The access token is masked as soon as it is read.
 */
export function getWorkspaceInputs(env: NodeJS.ProcessEnv = process.env): WorkspaceSettings {
  const accessToken = env[ACCESS_TOKEN_VARIABLE]?.trim() || undefined;
  if (accessToken) core.setSecret(accessToken);

  const workspaceIn = read('workspace', env);
  if (!workspaceIn) throw missing('workspace', 'the Azure ML workspace name (or its ARM id)');
  const fromId = parseWorkspaceId(workspaceIn.value);
  const subscriptionIn = read('subscription-id', env);
  const groupIn = read('resource-group', env);

  let subscriptionId: string;
  let resourceGroup: string;
  let workspace: string;
  if (fromId) {
    workspace = check({ ...workspaceIn, value: fromId.workspace }, (v) =>
      validateWorkspaceName(v, 'workspace'),
    );
    subscriptionId = check({ ...workspaceIn, value: fromId.subscriptionId }, (v) =>
      validateSubscriptionId(v, 'workspace'),
    );
    resourceGroup = check({ ...workspaceIn, value: fromId.resourceGroup }, (v) =>
      validateResourceGroup(v, 'workspace'),
    );
    // An explicit input that contradicts the id is a mistake; a default from the environment is not.
    for (const [input, source, value] of [
      ['subscription-id', subscriptionIn, subscriptionId],
      ['resource-group', groupIn, resourceGroup],
    ] as const) {
      if (source && !source.variable && source.value.toLowerCase() !== value.toLowerCase()) {
        throw new ConfigurationError(
          `Input '${input}' is '${source.value}', but the workspace id in 'workspace' says '${value}'. ` +
            `Give one or the other, or make them agree.`,
          input,
        );
      }
    }
  } else {
    workspace = check(workspaceIn, (v) => validateWorkspaceName(v, 'workspace'));
    if (!subscriptionIn) throw missing('subscription-id', "the workspace's subscription id");
    if (!groupIn) throw missing('resource-group', "the workspace's resource group");
    subscriptionId = check(subscriptionIn, (v) => validateSubscriptionId(v, 'subscription-id'));
    resourceGroup = check(groupIn, (v) => validateResourceGroup(v, 'resource-group'));
  }

  const endpointIn = read('arm-endpoint', env);
  const armEndpoint = endpointIn
    ? check(endpointIn, (v) => normalizeArmEndpoint(v, 'arm-endpoint'))
    : PUBLIC_ARM_ENDPOINT;

  const clientId = read('client-id', env);
  const tenantId = read('tenant-id', env);
  const guid = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
  if (clientId) {
    check(clientId, (v) => {
      if (!guid.test(v)) {
        throw new ConfigurationError(
          `Input 'client-id': '${v}' is not an application (client) id. Give the GUID of the app registration or managed identity.`,
          'client-id',
        );
      }
    });
  }
  if (tenantId) {
    check(tenantId, (v) => {
      if (!guid.test(v) && !/^[a-zA-Z0-9][a-zA-Z0-9.-]*\.[a-zA-Z]{2,}$/.test(v)) {
        throw new ConfigurationError(
          `Input 'tenant-id': '${v}' is not a tenant id. Give the Microsoft Entra tenant's GUID (or its domain).`,
          'tenant-id',
        );
      }
    });
  }

  const settings: WorkspaceSettings = {
    address: { subscriptionId, resourceGroup, workspace, armEndpoint },
    credential: { accessToken, clientId: clientId?.value, tenantId: tenantId?.value },
  };
  core.debug(
    `workspace: ${workspace}, resource group: ${resourceGroup}, subscription: ${subscriptionId}, arm endpoint: ${armEndpoint}, ` +
      `client-id: ${clientId?.value ?? '-'}, tenant-id: ${tenantId?.value ?? '-'}, access token: ${accessToken ? 'set' : 'not set'}`,
  );
  return settings;
}
