// A workspace in memory for submitJob's unit tests: the AzureMLClient calls submitJob makes, answered from maps,
// every call recorded; any other call fails loudly. Local code folders answer as registered code versions with their
// files there (`ensureCode`, passed to submitJob: the check of a reused version's blobs, and uploads, are the
// integration tests'), and writes are recorded in order.
import type { AzureMLClient } from '../../src/azureml/client.js';
import type { ArmJob, JobBody } from '../../src/azureml/job-models.js';
import type { ComponentVersionInfo } from '../../src/azureml/job-client.js';
import { codeAssetName, type ensureCodeAsset } from '../../src/deploy/code-asset.js';
import { readLocalFolder } from '../../src/deploy/folder-upload.js';
import { ADDRESS } from './arm-stub.js';

const WS_ID = `/subscriptions/${ADDRESS.subscriptionId}/resourceGroups/${ADDRESS.resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/${ADDRESS.workspace}`;

export interface FakeWorkspace {
  client: AzureMLClient;
  /** submitJob's `ensureCode`: the code-<digest>:1 version of the folder, as registered with its files. */
  ensureCode: typeof ensureCodeAsset;
  /** Every call, `method(args...)` in order. */
  calls: string[];
  /** The writes only (create*, uploads), in order. */
  writes: string[];
  jobs: Map<string, ArmJob>;
  bodies: Map<string, JobBody>;
  components: Map<string, ComponentVersionInfo>;
}

export interface FakeOptions {
  computes?: string[];
  /** name -> versions (in creation order). */
  data?: Record<string, string[]>;
  environments?: string[];
  components?: Record<string, ComponentVersionInfo>;
}

export function fakeWorkspace(options: FakeOptions = {}): FakeWorkspace {
  const calls: string[] = [];
  const writes: string[] = [];
  const jobs = new Map<string, ArmJob>();
  const bodies = new Map<string, JobBody>();
  const components = new Map<string, ComponentVersionInfo>(Object.entries(options.components ?? {}));
  const environments = new Set(options.environments ?? []);
  const record = (call: string): void => void calls.push(call);
  const impl: Partial<AzureMLClient> = {
    address: ADDRESS,
    getCompute: async (name) => {
      record(`getCompute(${name})`);
      return (options.computes ?? ['cpu-cluster']).includes(name)
        ? { id: `${WS_ID}/computes/${name}`, name, computeType: 'AmlCompute' }
        : undefined;
    },
    getDataVersion: async (name, version) => {
      record(`getDataVersion(${name},${version})`);
      return options.data?.[name]?.includes(version)
        ? {
            id: `${WS_ID}/data/${name}/versions/${version}`,
            name,
            version,
            dataType: 'uri_folder',
            dataUri: 'azureml://datastores/workspaceblobstore/paths/x/',
            tags: {},
            properties: {},
          }
        : undefined;
    },
    listDataVersions: async (name) => {
      record(`listDataVersions(${name})`);
      return (options.data?.[name] ?? []).map((version, i) => ({
        id: `${WS_ID}/data/${name}/versions/${version}`,
        name,
        version,
        dataType: 'uri_folder' as const,
        dataUri: 'azureml://datastores/workspaceblobstore/paths/x/',
        tags: {},
        properties: {},
        createdAt: new Date(Date.UTC(2026, 0, 1 + i)),
      }));
    },
    getCodeVersion: async (name, version) => {
      record(`getCodeVersion(${name},${version})`);
      return name.startsWith('code-')
        ? { id: `${WS_ID}/codes/${name}/versions/${version}`, name, version, tags: {} }
        : undefined;
    },
    getEnvironmentVersion: async (name, version) => {
      record(`getEnvironmentVersion(${name},${version})`);
      return environments.has(`${name}:${version}`)
        ? { id: `${WS_ID}/environments/${name}/versions/${version}`, name, version, tags: {} }
        : undefined;
    },
    createEnvironmentVersion: async (name, version) => {
      record(`createEnvironmentVersion(${name},${version})`);
      writes.push(`environment ${name}:${version}`);
      environments.add(`${name}:${version}`);
      return { id: `${WS_ID}/environments/${name}/versions/${version}`, name, version, tags: {} };
    },
    getComponentVersion: async (name, version) => {
      record(`getComponentVersion(${name},${version})`);
      return components.get(`${name}:${version}`);
    },
    createComponentVersion: async (name, version, body) => {
      record(`createComponentVersion(${name},${version})`);
      writes.push(`component ${name}:${version}`);
      const info = {
        id: `${WS_ID}/components/${name}/versions/${version}`,
        name,
        version,
        spec: body.properties.componentSpec,
      };
      components.set(`${name}:${version}`, info);
      return info;
    },
    getJob: async (name) => {
      record(`getJob(${name})`);
      return jobs.get(name);
    },
    createOrUpdateJob: async (name, body) => {
      record(`createOrUpdateJob(${name})`);
      writes.push(`job ${name}`);
      bodies.set(name, body);
      const job = {
        id: `${WS_ID}/jobs/${name}`,
        name,
        properties: { ...body.properties, status: 'NotStarted' },
      } as ArmJob;
      jobs.set(name, job);
      return job;
    },
  };
  const client = new Proxy(impl, {
    get(target, prop) {
      if (prop in target) return target[prop as keyof typeof target];
      if (prop === 'then') return undefined;
      throw new Error(`fake workspace: unexpected call ${String(prop)}`);
    },
  }) as AzureMLClient;
  const ensureCode: typeof ensureCodeAsset = async (c, codePath, log) => {
    const { digest, files } = await readLocalFolder(codePath, 'code-path');
    const version = (await c.getCodeVersion(codeAssetName(digest), '1'))!;
    log(`Code ${version.name}:1 already holds these ${files.length} files (digest ${digest}).`);
    return { version, digest, files: files.length };
  };
  return { client, ensureCode, calls, writes, jobs, bodies, components };
}

export { WS_ID };
