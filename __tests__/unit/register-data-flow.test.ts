// registerData's decisions (reuse by digest, next version, pinned versions, conflicts) with an in-memory client
// that answers as the service does; uploads are recorded, not sent.
import { beforeEach, describe, expect, it } from '@jest/globals';
import type { UploadResult } from '../../src/azureml/blob-upload.js';
import type { BlobDatastore, DatastoreSecret, WorkspaceInfo } from '../../src/azureml/client.js';
import type { DataVersionInfo, DataVersionSpec } from '../../src/azureml/data-client.js';
import {
  registerData,
  type DataRegistrationIO,
  type DataRegistryClient,
} from '../../src/azureml/data-registration.js';
import { AzureMLError } from '../../src/azureml/errors.js';
import type { LocalData } from '../../src/data/data-source.js';
import { readUriData } from '../../src/data/data-source.js';
import { ConfigurationError } from '../../src/errors.js';

const DIGEST = `sha256:${'1'.repeat(64)}`;
const OTHER = `sha256:${'2'.repeat(64)}`;
const HASH = 'a'.repeat(32);

const local: LocalData = {
  kind: 'local',
  dataType: 'uri_file',
  path: '/w/diabetes.csv',
  rootName: 'diabetes.csv',
  uploadHash: HASH,
  digest: DIGEST,
  files: [{ path: 'diabetes.csv', absolutePath: '/w/diabetes.csv', size: 3, sha256: 'abc' }],
  bytes: 3,
  ignored: 0,
};

class FakeClient implements DataRegistryClient {
  readonly address = {
    subscriptionId: 's',
    resourceGroup: 'rg',
    workspace: 'dev',
    armEndpoint: 'https://127.0.0.1:1',
  };
  readonly versions = new Map<string, DataVersionInfo>();
  readonly calls: string[] = [];
  /** Versions another run creates right before our PUT of that number. */
  readonly racing = new Set<string>();

  getWorkspace = async (): Promise<WorkspaceInfo> => ({ id: '/ws', name: 'dev' });
  getDefaultDatastore = async (): Promise<BlobDatastore> => ({
    name: 'workspaceblobstore',
    accountName: 'acct',
    containerName: 'c',
    endpoint: '127.0.0.1:10000',
    protocol: 'http',
  });
  getDatastoreSecrets = async (): Promise<DatastoreSecret> => ({ kind: 'account-key', accountKey: 'k' });
  listDataVersions = async (
    name: string,
    options: { tags?: Record<string, string | undefined> } = {},
  ): Promise<DataVersionInfo[]> => {
    this.calls.push(`list ${name}${options.tags ? ' tagged' : ''}`);
    return [...this.versions.values()];
  };
  getDataVersion = async (name: string, version: string): Promise<DataVersionInfo | undefined> => {
    this.calls.push(`get ${name}:${version}`);
    return this.versions.get(version);
  };
  createDataVersion = async (
    name: string,
    version: string,
    spec: DataVersionSpec,
  ): Promise<DataVersionInfo> => {
    this.calls.push(`put ${name}:${version}`);
    if (this.racing.delete(version)) {
      this.add(version, OTHER);
      throw new AzureMLError('conflict', 409, 'Conflict');
    }
    const created = {
      id: `/ws/data/${name}/versions/${version}`,
      name,
      version,
      ...spec,
      createdAt: new Date(),
    };
    this.versions.set(version, created);
    if (this.concurrentFirst) {
      // Another run registered the same data a moment before our PUT landed.
      this.add('7', spec.tags['mlops.digest']!);
      this.versions.get('7')!.createdAt = new Date(0);
      this.concurrentFirst = false;
    }
    return created;
  };
  deleteDataVersion = async (name: string, version: string): Promise<void> => {
    this.calls.push(`delete ${name}:${version}`);
    this.versions.delete(version);
  };
  concurrentFirst = false;

  add(version: string, digest: string, dataType: DataVersionInfo['dataType'] = 'uri_file'): void {
    this.versions.set(version, {
      id: `/ws/data/d/versions/${version}`,
      name: 'd',
      version,
      dataType,
      dataUri: `azureml://datastores/workspaceblobstore/paths/LocalUpload/${version}/diabetes.csv`,
      tags: { 'mlops.digest': digest },
      properties: {},
    });
  }
}

let client: FakeClient;
let uploads: string[];
let io: DataRegistrationIO;
beforeEach(() => {
  client = new FakeClient();
  uploads = [];
  io = {
    upload: async (items, target) => {
      uploads.push(...items.map((i) => `${target.prefix}/${i.path}`));
      return {
        files: items.length,
        bytes: 3,
        uploadedFiles: items.length,
        uploadedBytes: 3,
        skippedFiles: 0,
        skippedBytes: 0,
        seconds: 0.1,
      } satisfies UploadResult;
    },
    log: () => undefined,
    env: { GITHUB_SHA: 'c0ffee', GITHUB_REPOSITORY: 'o/r' },
  };
});

describe('registerData', () => {
  it('uploads local data as az ml lays it out and creates version 1 with its lineage', async () => {
    const result = await registerData(client, { name: 'd', userTags: { team: 'ml' }, source: local }, io);
    expect(uploads).toEqual([`LocalUpload/${HASH}/diabetes.csv`]);
    expect(result).toMatchObject({ uri: 'azureml:d:1', reused: false, digest: DIGEST });
    expect(result.version).toMatchObject({
      dataType: 'uri_file',
      dataUri: `azureml://datastores/workspaceblobstore/paths/LocalUpload/${HASH}/diabetes.csv`,
      tags: { team: 'ml', 'mlops.digest': DIGEST, 'mlops.source': 'local', 'mlops.git-commit': 'c0ffee' },
    });
  });

  it('returns the version holding the digest, uploading nothing and creating nothing', async () => {
    client.add('1', OTHER);
    client.add('2', DIGEST);
    const result = await registerData(client, { name: 'd', userTags: {}, source: local }, io);
    expect(result).toMatchObject({ reused: true, uri: 'azureml:d:2' });
    expect(uploads).toEqual([]);
    expect(client.calls.some((c) => c.startsWith('put'))).toBe(false);
  });

  it('does not reuse a version of the same digest but another type', async () => {
    client.add('1', DIGEST, 'uri_folder');
    const result = await registerData(client, { name: 'd', userTags: {}, source: local }, io);
    expect(result).toMatchObject({ reused: false, uri: 'azureml:d:2' });
  });

  it('takes the next number when a concurrent run takes the candidate', async () => {
    client.add('1', OTHER);
    client.racing.add('2');
    const result = await registerData(client, { name: 'd', userTags: {}, source: local }, io);
    expect(result.version.version).toBe('3');
    expect(client.calls.filter((c) => c.startsWith('put'))).toEqual(['put d:2', 'put d:3']);
  });

  it('converges on the first version holding the data when a concurrent run registered it too', async () => {
    client.concurrentFirst = true;
    const result = await registerData(client, { name: 'd', userTags: {}, source: local }, io);
    expect(result).toMatchObject({ reused: true, uri: 'azureml:d:7', deletedDuplicate: '1' });
    expect(client.calls).toContain('delete d:1');
    expect([...client.versions.keys()]).toEqual(['7']);
  });

  it('registers a URI where it is, nothing uploaded', async () => {
    const uri = readUriData('azureml://datastores/workspaceblobstore/paths/raw/diabetes/', undefined, 'path');
    const result = await registerData(client, { name: 'd', userTags: {}, source: uri }, io);
    expect(uploads).toEqual([]);
    expect(result.version).toMatchObject({
      dataType: 'uri_folder',
      dataUri: uri.uri,
      tags: { 'mlops.source': 'uri' },
    });
  });

  describe('with a pinned version', () => {
    it('returns it when it holds the data', async () => {
      client.add('2024.1', DIGEST);
      const result = await registerData(
        client,
        { name: 'd', version: '2024.1', userTags: {}, source: local },
        io,
      );
      expect(result).toMatchObject({ reused: true, uri: 'azureml:d:2024.1' });
      expect(uploads).toEqual([]);
    });

    it('refuses it when it holds other data, naming the version input, before any upload', async () => {
      client.add('1', OTHER);
      const error = await registerData(
        client,
        { name: 'd', version: '1', userTags: {}, source: local },
        io,
      ).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as ConfigurationError).input).toBe('version');
      expect(uploads).toEqual([]);
    });

    it('points a new pinned version at the blobs of the version holding the data', async () => {
      client.add('1', DIGEST);
      const result = await registerData(
        client,
        { name: 'd', version: 'v2', userTags: {}, source: local },
        io,
      );
      expect(result).toMatchObject({ reused: false, uri: 'azureml:d:v2' });
      expect(result.version.dataUri).toBe(client.versions.get('1')!.dataUri);
      expect(uploads).toEqual([]);
    });
  });
});

describe('renderDataSummary', () => {
  it('says what was registered, reused or uploaded', async () => {
    const { renderDataSummary } = await import('../../src/actions/register-data/summary.js');
    const result = await registerData(
      client,
      { name: 'd', userTags: { note: '<b>x</b>' }, source: local },
      io,
    );
    const html = renderDataSummary(result, client.address);
    expect(html).toContain('<code>azureml:d:1</code>');
    expect(html).toContain('1 (new)');
    expect(html).toContain(`LocalUpload/${HASH}/diabetes.csv`);
    expect(html).toContain('1 files (0.0 MB) uploaded, 0 already there');
    const again = renderDataSummary(
      await registerData(client, { name: 'd', userTags: {}, source: local }, io),
      client.address,
    );
    expect(again).toContain('reused: this data was already registered');
    expect(again).toContain('<td>Upload</td><td>nothing</td>');
  });
});
