// registerModel's decisions (reuse, versions, conflicts, order of calls) with an in-memory client
// that answers as the service does; uploads are recorded, not sent.
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import type { uploadFiles, UploadResult } from '../../src/azureml/blob-upload.js';
import type { listStoredBlobs } from '../../src/azureml/model-blobs.js';
import type { RepairIO } from '../../src/azureml/model-files-repair.js';
import type { StoredFile } from '../../src/model/digest-check.js';
import type { ModelRegistryClient, ModelVersionInfo, ModelVersionSpec } from '../../src/azureml/client.js';
import { AzureMLError } from '../../src/azureml/errors.js';
import type { ModelSource } from '../../src/model/model-source.js';
import { MAX_VERSION_ATTEMPTS, registerModel } from '../../src/azureml/model-registration.js';
import { ConfigurationError } from '../../src/errors.js';

const SUB = '00000000-0000-4000-8000-000000000000';
const DIGEST = `sha256:${'1'.repeat(64)}`;
const OTHER = `sha256:${'2'.repeat(64)}`;
const HASH = 'a'.repeat(32);

const source: ModelSource = {
  kind: 'folder',
  path: '/m',
  rootName: 'm',
  uploadHash: HASH,
  digest: DIGEST,
  modelType: 'custom_model',
  layout: 'custom',
  files: [{ path: 'model.pkl', absolutePath: '/m/model.pkl', size: 3, sha256: 'abc' }],
  bytes: 3,
  warnings: [],
};

class FakeClient implements ModelRegistryClient {
  readonly address = {
    subscriptionId: SUB,
    resourceGroup: 'rg',
    workspace: 'dev',
    armEndpoint: 'https://127.0.0.1:1',
  };
  readonly versions = new Map<string, ModelVersionInfo>();
  readonly calls: string[] = [];
  /** The blobs under each modelUri (a seeded version of DIGEST has all of source's files). */
  readonly blobs = new Map<string, StoredFile[]>();
  /** Runs before each PUT: lets a test play a concurrent run. */
  beforePut: (version: string) => void = () => undefined;

  seed(version: string, digest: string, createdAt?: Date): void {
    this.versions.set(version, {
      id: `id/${version}`,
      name: 'm',
      version,
      modelUri: `uri-${digest}`,
      tags: { 'mlops.digest': digest },
      properties: {},
      ...(createdAt && { createdAt }),
    });
    if (digest === DIGEST && !this.blobs.has(`uri-${digest}`)) {
      this.blobs.set(
        `uri-${digest}`,
        source.files.map(({ path, size, sha256 }) => ({ path, size, sha256 })),
      );
    }
  }
  async getWorkspace() {
    this.calls.push('getWorkspace');
    return { id: 'ws', name: 'dev' };
  }
  async getDefaultDatastore() {
    this.calls.push('getDefaultDatastore');
    return {
      name: 'workspaceblobstore',
      accountName: 'acct',
      containerName: 'c',
      endpoint: '127.0.0.1:1',
      protocol: 'http',
    };
  }
  async getDatastoreSecrets() {
    this.calls.push('getDatastoreSecrets');
    return { kind: 'account-key' as const, accountKey: 'key' };
  }
  async listModelVersions(_name: string, options: { tags?: Record<string, string | undefined> } = {}) {
    this.calls.push(options.tags ? 'listModelVersions(tags)' : 'listModelVersions');
    const all = [...this.versions.values()];
    const want = options.tags?.['mlops.digest'];
    return want ? all.filter((v) => v.tags['mlops.digest'] === want) : all;
  }
  async getModelVersion(_name: string, version: string) {
    this.calls.push(`get ${version}`);
    return this.versions.get(version);
  }
  async createOrUpdateModelVersion(name: string, version: string, spec: ModelVersionSpec) {
    this.beforePut(version);
    this.calls.push(`put ${version}`);
    const existing = this.versions.get(version);
    if (existing && existing.modelUri !== spec.modelUri) throw new AzureMLError('conflict', 409, 'Conflict');
    const v: ModelVersionInfo = { id: `id/${version}`, name, version, ...spec, createdAt: new Date() };
    this.versions.set(version, v);
    return v;
  }
  async deleteModelVersion(_name: string, version: string): Promise<void> {
    this.calls.push(`delete ${version}`);
    this.versions.delete(version);
  }
}

const uploadResult: UploadResult = {
  files: 1,
  bytes: 3,
  uploadedFiles: 1,
  uploadedBytes: 3,
  skippedFiles: 0,
  skippedBytes: 0,
  seconds: 0,
};
let client: FakeClient;
let upload: jest.Mock<typeof uploadFiles>;
let listBlobs: jest.Mock<typeof listStoredBlobs>;
let io: RepairIO;

beforeEach(() => {
  client = new FakeClient();
  upload = jest.fn<typeof uploadFiles>(async () => uploadResult);
  listBlobs = jest.fn<typeof listStoredBlobs>(async (_client, modelUri) => ({
    target: {
      containerUrl: 'http://c',
      accountName: 'acct',
      secret: { kind: 'sas', sasToken: 's' },
      prefix: 'p',
    },
    folder: true,
    files: client.blobs.get(modelUri) ?? [],
  }));
  io = { upload, listBlobs };
  jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
});

const request = { name: 'm', userTags: { team: 'fraud' }, source };

describe('registerModel', () => {
  it('uploads as az ml lays a folder out (LocalUpload/<CLI hash>/<folder name>), then creates version 1 with lineage and user tags', async () => {
    const r = await registerModel(client, request, io);
    expect(r).toMatchObject({ reused: false, uri: 'azureml:m:1', digest: DIGEST, upload: uploadResult });
    expect(upload).toHaveBeenCalledTimes(1);
    expect(upload.mock.calls[0]![1]).toMatchObject({
      containerUrl: 'http://127.0.0.1:1/acct/c',
      prefix: `LocalUpload/${HASH}/m`,
    });
    const v = client.versions.get('1')!;
    expect(v.modelUri).toBe(
      `azureml://subscriptions/${SUB}/resourcegroups/rg/workspaces/dev/datastores/workspaceblobstore/paths/LocalUpload/${HASH}/m/`,
    );
    expect(v.tags).toMatchObject({ team: 'fraud', 'mlops.digest': DIGEST, 'mlops.source': 'folder' });
    // The version is created only after the upload.
    expect(client.calls.indexOf('getDatastoreSecrets')).toBeLessThan(client.calls.indexOf('put 1'));
  });

  it('returns an existing version with the same digest and uploads nothing', async () => {
    client.seed('1', OTHER);
    client.seed('4', DIGEST);
    const r = await registerModel(client, request, io);
    expect(r).toMatchObject({ reused: true, uri: 'azureml:m:4', upload: undefined });
    expect(upload).not.toHaveBeenCalled();
    expect(client.calls).toEqual(['getWorkspace', 'listModelVersions(tags)']);
  });

  it('takes the next integer after the highest', async () => {
    client.seed('1', OTHER);
    client.seed('7', OTHER);
    client.seed('latest', OTHER);
    expect((await registerModel(client, request, io)).version.version).toBe('8');
  });

  it('moves on when a concurrent run takes the version between GET and PUT (409), never overwriting', async () => {
    client.seed('1', OTHER);
    client.beforePut = (version) => {
      if (version === '2') client.seed('2', `sha256:${'3'.repeat(64)}`);
    };
    const r = await registerModel(client, request, io);
    expect(r.version.version).toBe('3');
    expect(client.versions.get('2')!.tags['mlops.digest']).toBe(`sha256:${'3'.repeat(64)}`);
  });

  it('reuses the version a concurrent run created with the same files', async () => {
    client.seed('1', OTHER);
    let listed = false;
    const list = client.listModelVersions.bind(client);
    client.listModelVersions = async (name, options) => {
      const out = await list(name, options);
      if (!options?.tags && !listed) {
        listed = true;
        client.seed('2', DIGEST); // appears right after our listing
      }
      return out;
    };
    const r = await registerModel(client, request, io);
    expect(r).toMatchObject({ reused: true, uri: 'azureml:m:2' });
    expect(client.calls).not.toContain('put 2');
  });

  it(`gives up after ${MAX_VERSION_ATTEMPTS} taken versions`, async () => {
    client.beforePut = (version) => client.seed(version, OTHER);
    await expect(registerModel(client, request, io)).rejects.toThrow(/versions in a row were taken/);
  });

  it('creates a pinned version', async () => {
    client.seed('1', OTHER);
    const r = await registerModel(client, { ...request, version: '5' }, io);
    expect(r).toMatchObject({ reused: false, uri: 'azureml:m:5' });
  });

  it('lays a single file out as LocalUpload/<CLI hash>/<file name>, the modelUri naming the file', async () => {
    const file: ModelSource = {
      ...source,
      kind: 'file',
      path: '/x/sklearn_regression_model.pkl',
      rootName: 'sklearn_regression_model.pkl',
      files: [{ ...source.files[0]!, path: 'sklearn_regression_model.pkl' }],
    };
    await registerModel(client, { ...request, source: file }, io);
    expect(upload.mock.calls[0]![1]).toMatchObject({ prefix: `LocalUpload/${HASH}` });
    expect(upload.mock.calls[0]![0].map((f) => f.path)).toEqual(['sklearn_regression_model.pkl']);
    expect(client.versions.get('1')!.modelUri).toMatch(
      new RegExp(`/paths/LocalUpload/${HASH}/sklearn_regression_model\\.pkl$`),
    );
  });

  it('returns a pinned version that exists with the same files (reused)', async () => {
    client.seed('5', DIGEST);
    const r = await registerModel(client, { ...request, version: '5' }, io);
    expect(r).toMatchObject({ reused: true, uri: 'azureml:m:5', upload: undefined });
    expect(upload).not.toHaveBeenCalled();
    expect(client.calls.some((c) => c.startsWith('put'))).toBe(false);
  });

  it('creates a pinned version on the blobs of another version with the same files, uploading nothing', async () => {
    client.seed('1', DIGEST);
    const r = await registerModel(client, { ...request, version: '2' }, io);
    expect(r).toMatchObject({ reused: false, uri: 'azureml:m:2', upload: undefined, sharedFilesOf: '1' });
    expect(upload).not.toHaveBeenCalled();
    expect(client.calls).not.toContain('getDatastoreSecrets');
    const v = client.versions.get('2')!;
    expect(v.modelUri).toBe(`uri-${DIGEST}`);
    expect(v.tags).toMatchObject({ team: 'fraud', 'mlops.digest': DIGEST });
  });

  it('refuses a pinned version that exists with other files, before uploading anything', async () => {
    client.seed('5', OTHER);
    const error = await registerModel(client, { ...request, version: '5' }, io).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).input).toBe('version');
    expect((error as Error).message).toMatch(
      /^Input 'version': m version 5 exists already .* with other files/,
    );
    expect(upload).not.toHaveBeenCalled();
    expect(client.versions.get('5')!.tags['mlops.digest']).toBe(OTHER);
  });

  it('refuses a pinned version taken by a concurrent run (409)', async () => {
    client.beforePut = (version) => client.seed(version, OTHER);
    const error = await registerModel(client, { ...request, version: '5' }, io).catch((e: unknown) => e);
    expect((error as ConfigurationError).input).toBe('version');
  });

  it('creates no version when the upload fails', async () => {
    upload.mockRejectedValueOnce(new Error('Could not upload model.pkl'));
    await expect(registerModel(client, request, io)).rejects.toThrow('Could not upload model.pkl');
    expect(client.versions.size).toBe(0);
    expect(client.calls.some((c) => c.startsWith('put'))).toBe(false);
  });
});

describe('registerModel: a reused version never outlives its files', () => {
  it('checks the files of the version it reuses, uploading nothing when all are there', async () => {
    client.seed('4', DIGEST);
    const r = await registerModel(client, request, io);
    expect(r).toMatchObject({ reused: true, files: { files: 1, restored: 0 } });
    expect(listBlobs).toHaveBeenCalledWith(client, `uri-${DIGEST}`, undefined);
    expect(upload).not.toHaveBeenCalled();
  });

  it('uploads the missing and different files again, from the local files, before reporting reuse', async () => {
    const two: ModelSource = {
      ...source,
      files: [
        { path: 'a.pkl', absolutePath: '/m/a.pkl', size: 3, sha256: 'aaa' },
        { path: 'b.json', absolutePath: '/m/b.json', size: 2, sha256: 'bbb' },
        { path: 'c.txt', absolutePath: '/m/c.txt', size: 1, sha256: 'ccc' },
      ],
    };
    client.seed('4', DIGEST);
    client.blobs.set(`uri-${DIGEST}`, [
      { path: 'a.pkl', size: 3, sha256: 'aaa' },
      { path: 'b.json', size: 2 }, // no sha256 metadata: written by something else
    ]);
    upload.mockResolvedValueOnce({ ...uploadResult, files: 2, uploadedFiles: 2, uploadedBytes: 3 });
    const r = await registerModel(client, { ...request, source: two }, io);
    expect(upload.mock.calls[0]![0].map((f) => f.path)).toEqual(['b.json', 'c.txt']);
    expect(upload.mock.calls[0]![1]).toMatchObject({ prefix: 'p' });
    expect(r).toMatchObject({
      reused: true,
      uri: 'azureml:m:4',
      files: { files: 3, restored: 2, restoredBytes: 3 },
    });
    expect(client.calls.some((c) => c.startsWith('put'))).toBe(false);
  });

  it('lists a folder modelUri (trailing slash) as a folder, and one naming the single file as that blob', async () => {
    client.seed('4', DIGEST);
    client.versions.get('4')!.modelUri = 'azureml://x/paths/LocalUpload/h/m/';
    client.blobs.set('azureml://x/paths/LocalUpload/h/m/', client.blobs.get(`uri-${DIGEST}`)!);
    await registerModel(client, request, io);
    expect(listBlobs.mock.calls.at(-1)![2]).toBe('folder');
    client.versions.get('4')!.modelUri = 'azureml://x/paths/LocalUpload/h/model.pkl';
    await registerModel(client, request, io);
    expect(listBlobs.mock.calls.at(-1)![2]).toBe('file');
  });

  it('refuses a reused version whose folder holds files these do not (they would be served), naming them', async () => {
    client.seed('4', DIGEST);
    client.blobs.get(`uri-${DIGEST}`)!.push({ path: 'evil.py', size: 9, sha256: 'e' });
    await expect(registerModel(client, request, io)).rejects.toThrow(
      /m version 4 holds these files .* also has evil\.py, which they do not/,
    );
    expect(upload).not.toHaveBeenCalled();
  });

  it('checks the files of the version a pinned version shares, before creating it', async () => {
    client.seed('1', DIGEST);
    client.blobs.set(`uri-${DIGEST}`, []);
    const r = await registerModel(client, { ...request, version: '2' }, io);
    expect(upload).toHaveBeenCalledTimes(1);
    expect(r).toMatchObject({ sharedFilesOf: '1', files: { restored: 1 } });
  });
});

describe('registerModel: concurrent runs of the same files converge on one version', () => {
  it('reuses a version that appears between its upload and its PUT (re-listed right before the PUT)', async () => {
    upload.mockImplementationOnce(async () => {
      client.seed('1', DIGEST);
      return uploadResult;
    });
    const r = await registerModel(client, request, io);
    expect(r).toMatchObject({ reused: true, uri: 'azureml:m:1' });
    expect(client.calls.some((c) => c.startsWith('put'))).toBe(false);
  });

  it('deletes the version it created when another holding the digest was registered first, and reports that one', async () => {
    // A concurrent run's version 3 (registered earlier) becomes visible only after our PUT of version 2.
    client.beforePut = (version) => {
      if (version === '2') client.seed('3', DIGEST, new Date(Date.now() - 1000));
    };
    client.seed('1', OTHER);
    const r = await registerModel(client, request, io);
    expect(r).toMatchObject({ reused: true, uri: 'azureml:m:3', deletedDuplicate: '2' });
    expect(client.calls).toContain('delete 2');
    expect([...client.versions.keys()].sort()).toEqual(['1', '3']);
  });

  it('keeps its version when it was registered first; the later one is its creator’s to delete', async () => {
    client.beforePut = (version) => {
      if (version === '1') client.seed('2', DIGEST, new Date(Date.now() + 60_000));
    };
    const r = await registerModel(client, request, io);
    expect(r).toMatchObject({ reused: false, uri: 'azureml:m:1' });
    expect(r.deletedDuplicate).toBeUndefined();
    expect(client.calls.some((c) => c.startsWith('delete'))).toBe(false);
  });
});
