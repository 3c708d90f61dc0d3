// The tests' own view of the emulator's registry and blobs: plain HTTPS calls that trust its CA,
// and Azurite through @azure/storage-blob. Nothing of the actions' client code is used here.
import { ContainerClient, StorageSharedKeyCredential } from '@azure/storage-blob';
import { readFileSync } from 'node:fs';
import { request } from 'node:https';
import { AZUREML_API_VERSION } from '../../src/contract/azureml-api.js';
import type { RunningEmulator } from '../../src/emulator/index.js';

const API = `api-version=${AZUREML_API_VERSION}`;

/** A model version's `properties` as the emulator answers them (tests index into them freely). */
export type VersionProperties = any; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface ArmAnswer {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export class EmulatorView {
  private readonly ca: Buffer;

  constructor(private readonly emu: RunningEmulator) {
    this.ca = readFileSync(emu.caCertPath);
  }

  /** One ARM call over HTTPS (api-version added), as `principal` (admin by default). */
  arm(method: string, path: string, token = this.emu.token): Promise<ArmAnswer> {
    const url = new URL(`${this.emu.armEndpoint}${path}${path.includes('?') ? '&' : '?'}${API}`);
    return new Promise((resolve, reject) => {
      const req = request(
        url,
        { method, ca: this.ca, headers: { authorization: `Bearer ${token}`, 'content-length': 0 } },
        (res) => {
          let text = '';
          res.on('data', (d: Buffer) => (text += d.toString()));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : undefined }),
          );
        },
      );
      req.on('error', reject);
      req.end();
    });
  }

  wsPath(ws = 'dev'): string {
    return `/subscriptions/${this.emu.subscriptionId}/resourceGroups/${this.emu.resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/${ws}`;
  }

  /** All versions of a model (following nextLink), as version -> properties; empty when the model does not exist. */
  async versions(name: string, ws = 'dev'): Promise<Map<string, VersionProperties>> {
    const out = new Map<string, VersionProperties>();
    let res = await this.arm('GET', `${this.wsPath(ws)}/models/${name}/versions`);
    if (res.status === 404) return out;
    for (;;) {
      if (res.status !== 200)
        throw new Error(`listing versions of ${name}: ${res.status} ${JSON.stringify(res.body)}`);
      for (const v of res.body.value) out.set(v.name, v.properties);
      if (!res.body.nextLink) return out;
      const next = new URL(res.body.nextLink);
      res = await this.arm('GET', `${next.pathname}${next.search}`.replace(/[?&]api-version=[^&]*/, ''));
    }
  }

  /** The account key of the workspace's default datastore (listSecrets). */
  async accountKey(ws = 'dev'): Promise<string> {
    const secrets = await this.arm('POST', `${this.wsPath(ws)}/datastores/workspaceblobstore/listSecrets`);
    if (secrets.status !== 200) throw new Error(`listSecrets: ${secrets.status}`);
    return secrets.body.key as string;
  }

  /** The workspace's blob container in Azurite. */
  container(ws: string, accountKey: string): ContainerClient {
    const { account, blobEndpoint } = this.emu.storageAccounts[ws]!;
    return new ContainerClient(
      `${blobEndpoint}/azureml-blobstore-${ws}`,
      new StorageSharedKeyCredential(account, accountKey),
    );
  }

  /**
   * Every blob name of a workspace's two datastores: the default blob store (`<name>`) and the artifact store
   * (`artifacts:<name>`, where job logs and ./outputs go).
   */
  async blobNames(ws = 'dev'): Promise<string[]> {
    const key = await this.accountKey(ws);
    const store = this.container(ws, key);
    const { account, blobEndpoint } = this.emu.storageAccounts[ws]!;
    const artifactStore = new ContainerClient(
      `${blobEndpoint}/azureml`,
      new StorageSharedKeyCredential(account, key),
    );
    const names: string[] = [];
    for await (const b of store.listBlobsFlat()) names.push(b.name);
    if (await artifactStore.exists())
      for await (const b of artifactStore.listBlobsFlat()) names.push(`artifacts:${b.name}`);
    return names;
  }
}
