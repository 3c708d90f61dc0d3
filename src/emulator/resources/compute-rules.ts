// What a compute cluster is in the emulator: an AmlCompute resource whose scale settings bound how many job
// instances run at once (the engine reads maxNodeCount). The service's defaults and the default cluster live here,
// so state.ts (new and migrated workspaces) and computes.ts (Compute_*) build the same resource.
import { badRequest } from '../arm-error.js';
import { PROVIDER, workspaceId } from '../arm-path.js';
import type { ComputeRecord } from '../state.js';

/** The cluster every emulator workspace starts with (the name azureml-examples' job YAMLs use: azureml:cpu-cluster). */
export const DEFAULT_COMPUTE = 'cpu-cluster';
export const COMPUTE_TYPE = `${PROVIDER}/workspaces/computes`;
const DEFAULT_VM_SIZE = 'STANDARD_DS3_V2';
const LOCATION = 'local';

/** The `properties.properties` of an AmlCompute as answered: the request's, with the service's defaults. */
export function amlComputeProperties(wire: Record<string, unknown>): Record<string, unknown> {
  const scale = (wire.scaleSettings ?? {}) as Record<string, unknown>;
  const max = (scale.maxNodeCount as number | undefined) ?? 1;
  const min = (scale.minNodeCount as number | undefined) ?? 0;
  checkScale(min, max, 'properties.properties.scaleSettings');
  return {
    osType: 'Linux',
    vmSize: DEFAULT_VM_SIZE,
    vmPriority: 'Dedicated',
    isolatedNetwork: false,
    remoteLoginPortPublicAccess: 'NotSpecified',
    enableNodePublicIp: true,
    ...wire,
    // The credentials' secrets are create-only (x-ms-secret): never answered.
    ...(wire.userAccountCredentials
      ? {
          userAccountCredentials: {
            adminUserName: (wire.userAccountCredentials as { adminUserName: string }).adminUserName,
          },
        }
      : {}),
    scaleSettings: {
      nodeIdleTimeBeforeScaleDown: 'PT120S',
      ...scale,
      minNodeCount: min,
      maxNodeCount: max,
    },
    allocationState: 'Steady',
    allocationStateTransitionTime: new Date().toISOString(),
    errors: null,
    currentNodeCount: min,
    targetNodeCount: min,
    nodeStateCounts: {
      idleNodeCount: min,
      runningNodeCount: 0,
      preparingNodeCount: 0,
      unusableNodeCount: 0,
      leavingNodeCount: 0,
      preemptedNodeCount: 0,
    },
  };
}

/** The service refuses a cluster whose minimum exceeds its maximum, or a maximum below 1 (the CLI's min/max_instances). */
export function checkScale(min: number, max: number, target: string): void {
  if (max < 1) throw badRequest(`maxNodeCount must be at least 1; got ${max}.`, `${target}.maxNodeCount`);
  if (min < 0 || min > max) {
    throw badRequest(
      `minNodeCount must be between 0 and maxNodeCount (${max}); got ${min}.`,
      `${target}.minNodeCount`,
    );
  }
}

/** The AmlCompute resource of a workspace, from the request's `properties` (Compute). */
export function computeResource(
  wsArmId: string,
  name: string,
  compute: Record<string, unknown>,
  by: { at: string; createdOn?: string; systemData: ComputeRecord['systemData'] },
): ComputeRecord {
  return {
    id: `${wsArmId}/computes/${name}`,
    name,
    type: COMPUTE_TYPE,
    location: LOCATION,
    tags: {},
    properties: {
      description: null,
      disableLocalAuth: true,
      ...compute,
      computeType: 'AmlCompute',
      computeLocation: LOCATION,
      provisioningState: 'Succeeded',
      createdOn: by.createdOn ?? by.at,
      modifiedOn: by.at,
      resourceId: null,
      provisioningErrors: null,
      isAttachedCompute: false,
      properties: amlComputeProperties((compute.properties ?? {}) as Record<string, unknown>),
    },
    systemData: by.systemData,
  };
}

/** The computes a new workspace has: `cpu-cluster`, min 0 and max 4 nodes. */
export function defaultComputes(
  subscriptionId: string,
  resourceGroup: string,
  workspace: string,
  createdAt: string,
): Record<string, ComputeRecord> {
  const systemData: ComputeRecord['systemData'] = {
    createdAt,
    createdBy: 'emulator',
    createdByType: 'User',
    lastModifiedAt: createdAt,
    lastModifiedBy: 'emulator',
    lastModifiedByType: 'User',
  };
  const compute = computeResource(
    workspaceId(subscriptionId, resourceGroup, workspace),
    DEFAULT_COMPUTE,
    {
      description: 'The default CPU cluster of the local emulator.',
      properties: { scaleSettings: { minNodeCount: 0, maxNodeCount: 4 } },
    },
    { at: createdAt, systemData },
  );
  return { [DEFAULT_COMPUTE]: compute };
}

/** A cluster's node limit: how many job instances it runs at once. */
export function maxNodes(compute: ComputeRecord): number {
  const props = compute.properties.properties as { scaleSettings?: { maxNodeCount?: number } } | undefined;
  return props?.scaleSettings?.maxNodeCount ?? 1;
}
