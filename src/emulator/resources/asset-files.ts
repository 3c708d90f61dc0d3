// Where an asset version's files are (modelUri, codeUri, dataUri): a datastore of this workspace, with blobs at or
// under the path, as the service checks on create; an mltable folder also has its MLTable file.
import { badRequest } from '../arm-error.js';
import type { Context } from '../context.js';
import { parseDatastoreUri } from '../datastore-uri.js';
import type { WorkspaceState } from '../state.js';
import { datastoreContainers } from './datastores.js';

/** An asset URI in a datastore of this workspace must name existing blobs, as the service checks on create. */
export async function checkFilesExist(
  ctx: Context,
  ws: WorkspaceState,
  field: string,
  uri: string,
  dataType: unknown,
): Promise<void> {
  const target = `properties.${field}`;
  const parsed = parseDatastoreUri(uri);
  const { subscriptionId, resourceGroup } = ctx.state;
  if (!parsed) {
    // Code and data may also be a Blob URL (`az ml data create --path https://<account>.blob.core.windows.net/...`).
    if ((field === 'codeUri' || field === 'dataUri') && /^https?:\/\//i.test(uri)) return;
    throw badRequest(
      `The ${field} '${uri}' is not a datastore URI. Use ` +
        `azureml://subscriptions/<sub>/resourcegroups/<rg>/workspaces/<ws>/datastores/<datastore>/paths/<path>.`,
      target,
    );
  }
  if (
    parsed.workspace !== undefined &&
    (parsed.subscriptionId!.toLowerCase() !== subscriptionId ||
      parsed.resourceGroup!.toLowerCase() !== resourceGroup.toLowerCase() ||
      parsed.workspace.toLowerCase() !== ws.name.toLowerCase())
  ) {
    throw badRequest(
      `The ${field} '${uri}' points at workspace '${parsed.workspace}' in resource group '${parsed.resourceGroup}'; ` +
        `it must be a datastore of workspace '${ws.name}' in '${resourceGroup}'.`,
      target,
    );
  }
  const store = datastoreContainers(ws)[parsed.datastore];
  if (!store) {
    throw badRequest(
      `The ${field} '${uri}' names datastore '${parsed.datastore}', which does not exist.`,
      target,
    );
  }
  if (!(await ctx.storageOf(ws).exists(store.container, parsed.path))) {
    throw badRequest(
      `The ${field} '${uri}' points at no files: datastore '${parsed.datastore}' has no blob at or under '${parsed.path}'. Upload the files first.`,
      target,
    );
  }
  // An mltable data asset is a folder with its MLTable file (concept-data, "mltable").
  const mltable = `${parsed.path.replace(/\/+$/, '')}/MLTable`;
  if (dataType === 'mltable' && !(await ctx.storageOf(ws).exists(store.container, mltable))) {
    throw badRequest(
      `The ${field} '${uri}' is an mltable but the folder has no MLTable file ('${mltable}'). Upload the folder with its MLTable file.`,
      target,
    );
  }
}
