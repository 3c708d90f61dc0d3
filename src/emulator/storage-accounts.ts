// Each workspace keeps its files in its own storage account, as every Azure ML workspace has its own (its
// `storageAccount` property, concept-workspace "Associated resources"), so the key a workspace's datastore gives
// (listSecrets) opens nothing of another workspace. Azurite serves them all: AZURITE_ACCOUNTS lists every
// account and key when it starts (azurite README, "Customized Storage Accounts & Keys").
import type { Readable } from 'node:stream';
import { datastoreContainers } from './resources/datastores.js';
import { accountOf, newStorageAccount, type EmulatorState, type StorageAccount } from './state.js';
import type { Storage, StorageAccounts } from './storage.js';

/** Gives each workspace without an account its own; true when one was added (the state needs saving). */
export function assignAccounts(state: EmulatorState): boolean {
  let added = false;
  for (const ws of Object.values(state.workspaces)) {
    if (ws.storage) continue;
    ws.storage = newStorageAccount(ws.name);
    added = true;
  }
  return added;
}

/** Every account Azurite must serve: the workspaces', and the shared one of an older state until it is moved. */
export function azuriteAccounts(state: EmulatorState): StorageAccount[] {
  const accounts = Object.values(state.workspaces).map(accountOf);
  if (state.storage) accounts.push(state.storage);
  return accounts;
}

/** Creates every workspace's datastore containers in its account. */
export async function ensureContainers(state: EmulatorState, accounts: StorageAccounts): Promise<void> {
  for (const ws of Object.values(state.workspaces)) {
    const storage = accounts.of(accountOf(ws));
    for (const { container } of Object.values(datastoreContainers(ws)))
      await storage.ensureContainer(container);
  }
}

/**
 * A state written when all workspaces shared one account: copies each workspace's containers from it into the
 * workspace's own account (blobs, metadata, content headers), then drops the shared account from the state. A
 * copy cut short is done again at the next start (the shared account stays until every copy finished).
 */
export async function moveSharedAccount(
  state: EmulatorState,
  accounts: StorageAccounts,
  log: (line: string) => void,
): Promise<void> {
  const shared = state.storage;
  if (!shared) return;
  const from = accounts.of(shared);
  let blobs = 0;
  for (const ws of Object.values(state.workspaces)) {
    const to = accounts.of(accountOf(ws));
    for (const { container } of Object.values(datastoreContainers(ws)))
      blobs += await copyContainer(from, to, container);
  }
  delete state.storage;
  log(
    `Storage: moved ${blobs} blobs from the shared account '${shared.account}' to the workspaces' own accounts.`,
  );
}

async function copyContainer(from: Storage, to: Storage, name: string): Promise<number> {
  const source = from.service.getContainerClient(name);
  if (!(await source.exists())) return 0;
  const target = to.service.getContainerClient(name);
  await target.createIfNotExists();
  let count = 0;
  for await (const item of source.listBlobsFlat({ includeMetadata: true })) {
    const download = await source.getBlobClient(item.name).download();
    const p = item.properties;
    await target
      .getBlockBlobClient(item.name)
      .uploadStream(download.readableStreamBody! as Readable, 4 * 1024 * 1024, 4, {
        metadata: item.metadata,
        blobHTTPHeaders: {
          blobContentType: p.contentType,
          blobContentEncoding: p.contentEncoding,
          blobContentMD5: p.contentMD5,
          blobCacheControl: p.cacheControl,
          blobContentDisposition: p.contentDisposition,
          blobContentLanguage: p.contentLanguage,
        },
      });
    count++;
  }
  return count;
}
