import { isIP } from 'node:net';
import type { WorkspaceAddress } from './workspace.js';

/** The parts of an Azure Blob datastore that locate its container. */
export interface BlobDatastoreLocation {
  accountName: string;
  containerName: string;
  /** Storage endpoint suffix (`core.windows.net`) or, for an emulator, `host:port` (`127.0.0.1:10000`). */
  endpoint: string;
  /** `https` (default) or `http`. */
  protocol?: string;
}

/** The host part of `host[:port]`, with IPv6 brackets removed. */
function hostOf(endpoint: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(endpoint);
  if (bracketed) return bracketed[1]!;
  if (isIP(endpoint) === 6) return endpoint;
  return endpoint.replace(/:\d+$/, '');
}

/**
 * True when the endpoint is an IP address or localhost (with an optional port): Azure Storage's SDKs
 * then use path-style URLs (`http://127.0.0.1:10000/account/container`), as Azurite expects.
 */
export function isIpStyleEndpoint(endpoint: string): boolean {
  const host = hostOf(endpoint.trim()).toLowerCase();
  return isIP(host) !== 0 || host === 'localhost';
}

/** The URL of the datastore's blob container, without a trailing slash. */
export function containerUrl(location: BlobDatastoreLocation): string {
  const protocol = (location.protocol || 'https').toLowerCase().replace(/:$/, '');
  const endpoint = location.endpoint
    .trim()
    .replace(/^[a-z]+:\/\//i, '')
    .replace(/\/+$/, '');
  const container = encodeURIComponent(location.containerName);
  if (isIpStyleEndpoint(endpoint)) {
    return `${protocol}://${endpoint}/${encodeURIComponent(location.accountName)}/${container}`;
  }
  return `${protocol}://${location.accountName}.blob.${endpoint}/${container}`;
}

/**
 * The datastore URI of an uploaded folder (a model version's modelUri, a code version's codeUri), or of one blob
 * with `folder: false` (a single-file model). A folder's URI ends with `/`: the CLI writes it without one
 * (azure-ai-ml Model._update_path), and Azure resolves both alike; the slash tells a reader it is a folder without
 * listing blobs (the emulator's storage initializer mounts such a folder under AZUREML_MODEL_DIR by its name).
 */
export function datastoreUri(
  address: WorkspaceAddress,
  datastore: string,
  path: string,
  folder = true,
): string {
  return (
    `azureml://subscriptions/${address.subscriptionId}/resourcegroups/${address.resourceGroup}` +
    `/workspaces/${address.workspace}/datastores/${datastore}/paths/${path}${folder ? '/' : ''}`
  );
}

/** Datastore paths, short (`azureml://datastores/<ds>/paths/<p>`, as azure-ai-ml writes a data asset's path) or long. */
const DATASTORE_URI =
  /^azureml:\/\/(?:subscriptions\/[^/]+\/resource[gG]roups\/[^/]+\/workspaces\/[^/]+\/)?datastores\/([A-Za-z0-9_]+)\/paths\/(.+)$/;

/** The datastore and path of a datastore URI (short or long form); undefined for other URIs. */
export function datastoreOf(uri: string): { datastore: string; path: string } | undefined {
  const m = DATASTORE_URI.exec(uri.trim());
  return m ? { datastore: m[1]!, path: m[2]! } : undefined;
}
