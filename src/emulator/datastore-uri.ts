/** A file or folder in a workspace datastore, as an `azureml://` URI names it. */
export interface DatastorePath {
  subscriptionId?: string;
  resourceGroup?: string;
  workspace?: string;
  datastore: string;
  /** The blob path inside the datastore's container, without leading slash. */
  path: string;
}

const LONG =
  /^azureml:\/\/subscriptions\/([^/]+)\/resourcegroups\/([^/]+)\/workspaces\/([^/]+)\/datastores\/([^/]+)\/paths\/(.+)$/i;
const SHORT = /^azureml:\/\/datastores\/([^/]+)\/paths\/(.+)$/i;

/**
 * Parses the datastore forms of an asset URI: the full
 * `azureml://subscriptions/<sub>/resourcegroups/<rg>/workspaces/<ws>/datastores/<ds>/paths/<path>` and the
 * workspace-relative `azureml://datastores/<ds>/paths/<path>`. Undefined for anything else.
 */
export function parseDatastoreUri(uri: string): DatastorePath | undefined {
  const long = LONG.exec(uri);
  if (long) {
    const [, subscriptionId, resourceGroup, workspace, datastore, path] = long;
    return {
      subscriptionId,
      resourceGroup,
      workspace,
      datastore: datastore!,
      path: path!.replace(/^\/+/, ''),
    };
  }
  const short = SHORT.exec(uri);
  if (short) return { datastore: short[1]!, path: short[2]!.replace(/^\/+/, '') };
  return undefined;
}
