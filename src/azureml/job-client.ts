// Jobs, components and computes of one workspace, as the actions see them (run-job, register-model from a job).
import type { ArmPage } from './arm-models.js';
import type { ArmTransport } from './arm-transport.js';
import { jobOps } from './arm-operations-jobs.js';
import { unlessNotFound, type Call } from './errors.js';
import type {
  ArmJob,
  CommandComponentSpec,
  ComponentVersion,
  ComponentVersionBody,
  ComputeResource,
  JobBody,
} from './job-models.js';

export type { ArmJob } from './job-models.js';

/** A compute target of the workspace. */
export interface ComputeInfo {
  id: string;
  name: string;
  /** AmlCompute, ComputeInstance, Kubernetes, ... */
  computeType?: string;
  provisioningState?: string;
}

/** A component version: its ARM id (what a pipeline node's componentId names) and its definition. */
export interface ComponentVersionInfo {
  id: string;
  name: string;
  version: string;
  spec?: CommandComponentSpec;
}

/** Filters of Jobs_List (the spec's query parameters). */
export interface JobListOptions {
  jobType?: string;
  /** `tag` filter: jobs with this tag name. */
  tag?: string;
  listViewType?: 'ActiveOnly' | 'ArchivedOnly' | 'All';
  /** `properties` filter: comma-separated property names. */
  properties?: string;
}

/** The job operations of one workspace. */
export interface JobOperations {
  /** The job, or undefined when it does not exist. */
  getJob(name: string): Promise<ArmJob | undefined>;
  /** PUT of a job: creates it (the service starts it); the same name again answers the existing job. */
  createOrUpdateJob(name: string, body: JobBody): Promise<ArmJob>;
  /** Every job of the workspace (all pages), filtered as the spec allows. */
  listJobs(options?: JobListOptions): Promise<ArmJob[]>;
  /** Asks the service to cancel the job (Jobs_Cancel) without waiting: follow the job's status for Canceled. */
  cancelJob(name: string): Promise<void>;
  /** A component version (`latest`: the newest one), or undefined when it does not exist. */
  getComponentVersion(name: string, version: string | 'latest'): Promise<ComponentVersionInfo | undefined>;
  /** PUT of a component version (an anonymous one for a pipeline's inline step). */
  createComponentVersion(
    name: string,
    version: string,
    body: ComponentVersionBody,
  ): Promise<ComponentVersionInfo>;
  /** A compute target, or undefined when the workspace has none of that name. */
  getCompute(name: string): Promise<ComputeInfo | undefined>;
}

function toComponentInfo(name: string, resource: ComponentVersion): ComponentVersionInfo {
  return {
    id: resource.id ?? '',
    name,
    version: resource.name ?? '',
    ...(resource.properties?.componentSpec ? { spec: resource.properties.componentSpec } : {}),
  };
}

/** The job operations over one workspace's transport. */
export function jobOperations(deps: { arm: ArmTransport; call: Call }): JobOperations {
  const { arm, call } = deps;
  return {
    getJob: (name) =>
      call(`read job ${name}`, () => unlessNotFound(() => arm.send<ArmJob>(jobOps.Jobs_Get, { id: name }))),

    createOrUpdateJob: (name, body) =>
      call(`create job ${name}`, () => arm.send<ArmJob>(jobOps.Jobs_CreateOrUpdate, { id: name, body })),

    listJobs: (options = {}) =>
      call('list the jobs', () =>
        arm.list<ArmJob>(jobOps.Jobs_List, {
          query: {
            ...(options.jobType ? { jobType: options.jobType } : {}),
            ...(options.tag ? { tag: options.tag } : {}),
            ...(options.listViewType ? { listViewType: options.listViewType } : {}),
            ...(options.properties ? { properties: options.properties } : {}),
          },
        }),
      ),

    cancelJob: (name) =>
      call(`cancel job ${name}`, async () => {
        await arm.send(jobOps.Jobs_Cancel, { id: name });
      }),

    getComponentVersion: (name, version) =>
      call(`read component ${name} version ${version}`, async () => {
        if (version === 'latest') {
          // The newest first: the first item of the first page is the one (as for environments).
          const page = await unlessNotFound(() =>
            arm.send<ArmPage<ComponentVersion>>(jobOps.ComponentVersions_List, {
              name,
              query: { $orderBy: 'createdtime desc', $top: '1' },
            }),
          );
          const newest = page?.value?.[0];
          return newest && toComponentInfo(name, newest);
        }
        const found = await unlessNotFound(() =>
          arm.send<ComponentVersion>(jobOps.ComponentVersions_Get, { name, version }),
        );
        return found && toComponentInfo(name, found);
      }),

    createComponentVersion: (name, version, body) =>
      call(`create component ${name} version ${version}`, async () =>
        toComponentInfo(
          name,
          await arm.send<ComponentVersion>(jobOps.ComponentVersions_CreateOrUpdate, { name, version, body }),
        ),
      ),

    getCompute: (name) =>
      call(`read compute ${name}`, async () => {
        const found = await unlessNotFound(() =>
          arm.send<ComputeResource>(jobOps.Compute_Get, { computeName: name }),
        );
        if (!found) return undefined;
        return {
          id: found.id ?? '',
          name: found.name ?? name,
          ...(found.properties?.computeType ? { computeType: found.properties.computeType } : {}),
          ...(found.properties?.provisioningState
            ? { provisioningState: found.properties.provisioningState }
            : {}),
        };
      }),
  };
}
