import { randomBytes, randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DEFAULT_WORKSPACES, defaultPrincipals, newToken, type Principal } from './principals.js';
import type { JobRun } from './jobs/run-record.js';
import { defaultComputes } from './resources/compute-rules.js';

/** An ARM resource as stored and answered. */
export interface Resource {
  id: string;
  name: string;
  type: string;
  properties: Record<string, unknown>;
  systemData: {
    createdAt: string;
    createdBy: string;
    createdByType: 'User';
    lastModifiedAt: string;
    lastModifiedBy: string;
    lastModifiedByType: 'User';
  };
}

/** The asset kinds with containers and versions. */
export const ASSET_KINDS = ['models', 'codes', 'environments', 'data', 'components'] as const;
export type AssetKind = (typeof ASSET_KINDS)[number];

export interface AssetContainer {
  resource: Resource;
  versions: Record<string, Resource>;
}

/** A tracked ARM resource (it has a location), as online endpoints and deployments are. */
export interface TrackedResource extends Resource {
  location: string;
  tags: Record<string, string>;
  kind?: string;
  identity?: unknown;
  sku?: { name: string; tier?: string; capacity?: number; size?: string; family?: string };
}

export interface OnlineEndpointState {
  resource: TrackedResource;
  /** The endpoint's auth keys (never in the resource: only listKeys answers them). */
  keys: { primaryKey: string; secondaryKey: string };
  deployments: Record<string, TrackedResource>;
}

/** An Azurite storage account: its name and key (the key only through a datastore's listSecrets). */
export interface StorageAccount {
  account: string;
  key: string;
}

/** A compute (Compute_*): ComputeResource, a proxy resource with a location. */
export interface ComputeRecord extends Resource {
  location: string;
  tags?: Record<string, string> | null;
  identity?: unknown;
  sku?: unknown;
}

export interface WorkspaceState {
  name: string;
  workspaceId: string;
  createdAt: string;
  /**
   * The workspace's own storage account (as each Azure ML workspace has one): its key opens no other workspace's
   * blobs. Absent in states written before per-workspace accounts (storage-accounts.ts assigns one at start).
   */
  storage?: StorageAccount;
  assets: Record<AssetKind, Record<string, AssetContainer>>;
  /** Absent in states written before online endpoints existed. */
  onlineEndpoints?: Record<string, OnlineEndpointState>;
  /**
   * Jobs_* resources (JobBase): the PUT's properties with `status` (which the engine moves), `services` and every
   * output's resolved `uri`. Absent in states written before jobs existed ({@link completeWorkspaces} adds them).
   */
  jobs?: Record<string, Resource>;
  /** Run history of the jobs (the engine's, src/emulator/jobs/run-record.ts). */
  runs?: Record<string, JobRun>;
  /** Absent in states written before computes existed ({@link completeWorkspaces} adds the default cluster). */
  computes?: Record<string, ComputeRecord>;
}

export interface EmulatorState {
  schemaVersion: 1;
  subscriptionId: string;
  resourceGroup: string;
  /**
   * The one account all workspaces shared in states written before per-workspace accounts: its blobs are moved to
   * the workspaces' own accounts at start (storage-accounts.ts), then it is dropped.
   */
  storage?: StorageAccount;
  principals: Array<Principal & { token: string }>;
  workspaces: Record<string, WorkspaceState>;
  /** The tag of the deployment folders of this data dir's emulator (deployment-folders.ts); absent in older states. */
  runtimeTag?: string;
  /** The scoring gateway's port, reused at the next start (absent until the gateway first listened). */
  gatewayPort?: number;
  /** The ARM endpoint's port, reused at the next start (absent until it first listened). */
  armPort?: number;
  /**
   * The long-running operations clients may still poll (operations.ts), so that a poll across a restart finds its
   * operation; absent in older states.
   */
  operations?: Record<string, StoredOperation>;
}

/** A long-running operation as kept in the state (what its status route answers). */
export interface StoredOperation {
  status: 'InProgress' | 'Succeeded' | 'Failed';
  startTime: string;
  endTime?: string;
  error?: { code: string; message: string };
  /** The ARM id (lower case) of the deployment the operation provisions, when it does. */
  target?: string;
  /** The ARM id of the resource whose GET the Location poll answers once the operation succeeded (PATCH). */
  resultOf?: string;
}

export const SUBSCRIPTION_ID = '00000000-0000-4000-8000-000000000000';
export const RESOURCE_GROUP = 'mlops-local';
export const STATE_FILE = 'state.json';
/** The folder of the state file below the data dir: owner-only, and never an ancestor of a deployment's files. */
export const STATE_DIR = 'state';

/** Where the state of `dataDir` is kept. */
export const stateFile = (dataDir: string): string => join(dataDir, STATE_DIR, STATE_FILE);

/** Azure Storage account names: 3 to 24 lower-case letters and digits. */
export function storageAccountName(workspace: string): string {
  return `mlops${workspace.toLowerCase().replace(/[^a-z0-9]/g, '')}`.slice(0, 24);
}

/** A new account for a workspace, with a fresh 512-bit key as Azure Storage's keys are. */
export function newStorageAccount(workspace: string): StorageAccount {
  return { account: storageAccountName(workspace), key: randomBytes(64).toString('base64') };
}

/** The workspace's account (every workspace has one once storage-accounts.ts assignAccounts ran at start). */
export function accountOf(ws: WorkspaceState): StorageAccount {
  if (!ws.storage) throw new Error(`Workspace '${ws.name}' has no storage account.`);
  return ws.storage;
}

function newWorkspace(name: string): WorkspaceState {
  return {
    name,
    workspaceId: randomUUID(),
    createdAt: new Date().toISOString(),
    storage: newStorageAccount(name),
    assets: { models: {}, codes: {}, environments: {}, data: {}, components: {} },
    onlineEndpoints: {},
  };
}

/**
 * Adds what states written by older emulators lack: the asset kinds, jobs and computes added since, and the default
 * compute cluster every workspace gets (once: a workspace whose owner deleted it keeps it deleted).
 */
export function completeWorkspaces(state: EmulatorState): EmulatorState {
  for (const ws of Object.values(state.workspaces)) {
    for (const kind of ASSET_KINDS) ws.assets[kind] ??= {};
    ws.onlineEndpoints ??= {};
    ws.jobs ??= {};
    ws.computes ??= defaultComputes(state.subscriptionId, state.resourceGroup, ws.name, ws.createdAt);
  }
  return state;
}

export function initialState(): EmulatorState {
  return completeWorkspaces({
    schemaVersion: 1,
    subscriptionId: SUBSCRIPTION_ID,
    resourceGroup: RESOURCE_GROUP,
    principals: defaultPrincipals().map((p) => ({ ...p, token: newToken() })),
    workspaces: Object.fromEntries(DEFAULT_WORKSPACES.map((w) => [w, newWorkspace(w)])),
  });
}

/**
 * Reads the state kept in `dataDir`, or undefined when there is none yet. A state written before it had its own
 * folder (`<dataDir>/state.json`) moves there, and the folder and file get owner-only modes.
 */
export function readState(dataDir: string): EmulatorState | undefined {
  const file = stateFile(dataDir);
  const legacy = join(dataDir, STATE_FILE);
  if (!existsSync(file) && existsSync(legacy)) {
    writeStateFile(file, readFileSync(legacy, 'utf8'));
    rmSync(legacy, { force: true });
  }
  if (!existsSync(file)) return undefined;
  chmodSync(join(dataDir, STATE_DIR), 0o700);
  chmodSync(file, 0o600);
  const state = JSON.parse(readFileSync(file, 'utf8')) as EmulatorState;
  if (state.schemaVersion !== 1)
    throw new Error(`${file} has schema version ${state.schemaVersion}; expected 1.`);
  return completeWorkspaces(state);
}

/** Writes the state atomically (temp file, then rename), readable by its owner only: it holds tokens and keys. */
export function writeState(dataDir: string, state: EmulatorState): void {
  writeStateFile(stateFile(dataDir), JSON.stringify(state, null, 1));
}

function writeStateFile(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, text, { mode: 0o600 });
  renameSync(temp, file);
}
