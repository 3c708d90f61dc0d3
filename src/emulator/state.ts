import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_WORKSPACES, defaultPrincipals, newToken, type Principal } from './principals.js';

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
export const ASSET_KINDS = ['models', 'codes', 'environments'] as const;
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

export interface WorkspaceState {
  name: string;
  workspaceId: string;
  createdAt: string;
  assets: Record<AssetKind, Record<string, AssetContainer>>;
  /** Absent in states written before online endpoints existed. */
  onlineEndpoints?: Record<string, OnlineEndpointState>;
}

export interface EmulatorState {
  schemaVersion: 1;
  subscriptionId: string;
  resourceGroup: string;
  storage: { account: string; key: string };
  principals: Array<Principal & { token: string }>;
  workspaces: Record<string, WorkspaceState>;
  /** The scoring gateway's port, reused at the next start (absent until the gateway first listened). */
  gatewayPort?: number;
}

export const SUBSCRIPTION_ID = '00000000-0000-4000-8000-000000000000';
export const RESOURCE_GROUP = 'mlops-local';
export const STORAGE_ACCOUNT = 'mlopslocal';
export const STATE_FILE = 'state.json';

function newWorkspace(name: string): WorkspaceState {
  return {
    name,
    workspaceId: randomUUID(),
    createdAt: new Date().toISOString(),
    assets: { models: {}, codes: {}, environments: {} },
    onlineEndpoints: {},
  };
}

export function initialState(): EmulatorState {
  return {
    schemaVersion: 1,
    subscriptionId: SUBSCRIPTION_ID,
    resourceGroup: RESOURCE_GROUP,
    storage: { account: STORAGE_ACCOUNT, key: randomBytes(32).toString('base64') },
    principals: defaultPrincipals().map((p) => ({ ...p, token: newToken() })),
    workspaces: Object.fromEntries(DEFAULT_WORKSPACES.map((w) => [w, newWorkspace(w)])),
  };
}

/** Reads the state kept in `dataDir`, or undefined when there is none yet. */
export function readState(dataDir: string): EmulatorState | undefined {
  const file = join(dataDir, STATE_FILE);
  if (!existsSync(file)) return undefined;
  const state = JSON.parse(readFileSync(file, 'utf8')) as EmulatorState;
  if (state.schemaVersion !== 1)
    throw new Error(`${file} has schema version ${state.schemaVersion}; expected 1.`);
  return state;
}

/** Writes the state atomically (temp file, then rename), readable by its owner only: it holds tokens and keys. */
export function writeState(dataDir: string, state: EmulatorState): void {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, STATE_FILE);
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(state, null, 1), { mode: 0o600 });
  renameSync(temp, file);
}
