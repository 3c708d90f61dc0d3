// What every resource module works with: the state, the configuration, the long-running operations and the
// lookups ARM does before any resource (subscription, resource group, workspace).
import { ArmError, notFound } from './arm-error.js';
import { PROVIDER, workspaceId, type Params } from './arm-path.js';
import type { DeploymentRuntime } from './deployment-runtime.js';
import type { JobEngine } from './jobs/engine-api.js';
import { idleJobEngine } from './resources/idle-job-engine.js';
import type { EndpointTokens } from './endpoint-tokens.js';
import type { Operations } from './operations.js';
import type { Principal } from './principals.js';
import type { Schema } from './schema.js';
import { accountOf, type EmulatorState, type Resource, type WorkspaceState } from './state.js';
import type { Storage, StorageAccounts } from './storage.js';

export const TENANT_ID = '00000000-0000-4000-9000-000000000000';
export const LOCATION = 'local';

export interface EmulatorConfig {
  /** https://127.0.0.1:<port>, known once the server listens. */
  armEndpoint: string;
  /** host:port of Azurite, the datastores' `endpoint`. */
  blobHost: string;
  /** Items per page of every list. */
  pageSize: number;
  /** http://127.0.0.1:<port> of the scoring gateway. */
  gatewayEndpoint: string;
}

/** The request as a resource handler sees it: authenticated, authorized, its body checked against the spec. */
export interface ArmRequest {
  method: string;
  url: URL;
  /** Path parameters by the spec's names. */
  params: Params;
  body: unknown;
  principal: Principal;
}

/** What a handler answers. */
export interface Answer {
  status: number;
  body?: unknown;
  /** Extra headers (a long-running operation's Azure-AsyncOperation or Location). */
  headers?: Record<string, string>;
}

export type Handler = (ctx: Context, req: ArmRequest) => Answer | Promise<Answer>;

/** One operation of a resource: its handler and the spec's schemas of its body and its answer. */
export interface ResourceOperation {
  handle: Handler;
  /** The request body's schema; the server answers 400 for a body that departs from it. */
  request?: Schema;
  /** The body may be absent (POST actions with an optional body). */
  optionalBody?: boolean;
  /** The answer's schema (2xx with a body); an answer that departs from it is an emulator bug (500). */
  response?: Schema;
  /** How messages call the body: "The OnlineEndpoint request has ...". */
  what: string;
}

export type SystemData = Resource['systemData'];

export class Context {
  /**
   * The job engine (src/emulator/jobs), attached by index.ts once built. The job resources (resources/jobs.ts) call
   * start() after storing a NotStarted job, and cancel() after marking it CancelRequested.
   */
  jobs: JobEngine = idleJobEngine();

  constructor(
    readonly state: EmulatorState,
    readonly config: EmulatorConfig,
    /** Azurite's accounts: {@link storageOf} opens a workspace's. */
    readonly accounts: StorageAccounts,
    /** Saves the state after a change. */
    readonly persist: () => void,
    readonly runtime: DeploymentRuntime,
    readonly operations: Operations,
    readonly tokens: EndpointTokens,
  ) {}

  /** ARM's 404s before the resource: the subscription, then the resource group. */
  checkScope(subscriptionId: string, resourceGroup?: string): void {
    if (subscriptionId.toLowerCase() !== this.state.subscriptionId) {
      throw new ArmError(
        404,
        'SubscriptionNotFound',
        `The subscription '${subscriptionId}' could not be found.`,
      );
    }
    if (
      resourceGroup !== undefined &&
      resourceGroup.toLowerCase() !== this.state.resourceGroup.toLowerCase()
    ) {
      throw new ArmError(
        404,
        'ResourceGroupNotFound',
        `Resource group '${resourceGroup}' could not be found.`,
      );
    }
  }

  /** The workspace a request's path names (workspaceName), after its subscription and resource group. */
  workspace(params: Params): WorkspaceState {
    this.checkScope(params.subscriptionId!, params.resourceGroupName);
    const name = params.workspaceName!;
    const found = Object.values(this.state.workspaces).find(
      (w) => w.name.toLowerCase() === name.toLowerCase(),
    );
    if (!found) throw notFound(`${PROVIDER}/workspaces`, name, params.resourceGroupName!);
    found.onlineEndpoints ??= {};
    found.jobs ??= {};
    found.computes ??= {};
    return found;
  }

  /** The workspace's own storage account (its datastores' containers). */
  storageOf(ws: WorkspaceState): Storage {
    return this.accounts.of(accountOf(ws));
  }

  wsId(ws: WorkspaceState): string {
    return workspaceId(this.state.subscriptionId, this.state.resourceGroup, ws.name);
  }

  systemData(by: string, created?: SystemData): SystemData {
    const at = new Date().toISOString();
    return {
      createdAt: created?.createdAt ?? at,
      createdBy: created?.createdBy ?? by,
      createdByType: 'User',
      lastModifiedAt: at,
      lastModifiedBy: by,
      lastModifiedByType: 'User',
    };
  }
}
