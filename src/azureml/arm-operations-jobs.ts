// The job operations of Microsoft.MachineLearningServices we call (Jobs_*, ComponentVersions_*, Compute_Get), built
// like every other operation (arm-operations.ts `operation()`) from what the 2026-07-01 spec says of each.
import { operation, queryParameter, type ArmOperation } from './arm-operations.js';

const JOB = '/jobs/{id}';
const COMPONENT_VERSION = '/components/{name}/versions/{version}';

/** The job operations, by the spec's operationId. */
export const jobOps = {
  Jobs_Get: operation('Jobs_Get', { method: 'GET', path: JOB, ok: [200] }),
  // Not long-running in the spec: the job is created at once and runs on its own.
  Jobs_CreateOrUpdate: operation('Jobs_CreateOrUpdate', {
    method: 'PUT',
    path: JOB,
    ok: [200, 201],
    body: 'required',
  }),
  Jobs_List: operation('Jobs_List', {
    method: 'GET',
    path: '/jobs',
    ok: [200],
    query: [
      queryParameter('jobType'),
      queryParameter('tag'),
      queryParameter('listViewType'),
      queryParameter('properties'),
    ],
  }),
  // x-ms-long-running-operation-options: {"final-state-via": "location"}. We send it and do not wait: the 202
  // means the service took the request; the job's own status says when it is Canceled.
  Jobs_Cancel: operation('Jobs_Cancel', {
    method: 'POST',
    path: `${JOB}/cancel`,
    ok: [200, 202],
    finalStateVia: 'location',
  }),

  ComponentVersions_List: operation('ComponentVersions_List', {
    method: 'GET',
    path: '/components/{name}/versions',
    ok: [200],
    query: [queryParameter('$orderBy'), queryParameter('$top')],
  }),
  ComponentVersions_Get: operation('ComponentVersions_Get', {
    method: 'GET',
    path: COMPONENT_VERSION,
    ok: [200],
  }),
  ComponentVersions_CreateOrUpdate: operation('ComponentVersions_CreateOrUpdate', {
    method: 'PUT',
    path: COMPONENT_VERSION,
    ok: [200, 201],
    body: 'required',
  }),

  Compute_Get: operation('Compute_Get', { method: 'GET', path: '/computes/{computeName}', ok: [200] }),
} satisfies Record<string, ArmOperation>;
