// Jobs (Jobs_List, Jobs_Get, Jobs_CreateOrUpdate, Jobs_Cancel, Jobs_Delete): the ARM side of the jobs the engine
// (src/emulator/jobs) runs. A job is checked whole before it is stored (job-rules.ts), stored NotStarted, then handed
// to the engine; cancel and delete are long-running operations (202 + Location, final-state-via location).
import { isTerminalJobStatus } from '../../contract/jobs.js';
import { notFound } from '../arm-error.js';
import { PROVIDER, type Params } from '../arm-path.js';
import type { Context, ResourceOperation } from '../context.js';
import { matchesFilter, matchesViewType, paginate, parseKeyValueFilter } from '../listing.js';
import { JobBase, JobPage } from '../schemas/jobs.js';
import type { Resource, WorkspaceState } from '../state.js';
import { checkJob, checkJobName, checkSameJob, jobResource } from './job-rules.js';

/** The property the service sets on a pipeline step's job: its parent's name. */
export const PARENT_RUN_ID = 'azureml.parentrunid';

const jobsIn = (ws: WorkspaceState): Record<string, Resource> => (ws.jobs ??= {});

function job(ctx: Context, params: Params): { ws: WorkspaceState; job: Resource } {
  const ws = ctx.workspace(params);
  const found = jobsIn(ws)[params.id!];
  if (!found) throw notFound(`${PROVIDER}/workspaces/${ws.name}/jobs`, params.id!, params.resourceGroupName!);
  return { ws, job: found };
}

const parentOf = (j: Resource): string | undefined =>
  ((j.properties.properties ?? {}) as Record<string, string | undefined>)[PARENT_RUN_ID];

export const list: ResourceOperation = {
  what: 'Jobs_List',
  response: JobPage,
  handle: (ctx, req) => {
    const ws = ctx.workspace(req.params);
    const q = req.url.searchParams;
    const jobType = q.get('jobType');
    const tag = q.get('tag');
    const view = q.get('listViewType');
    const properties = parseKeyValueFilter(q.get('properties'), 'properties');
    // Pipeline steps' jobs are listed only when asked for by their parent (as azure-ai-ml's
    // jobs.list(parent_job_name=) asks), as the service lists top-level jobs.
    const children = properties?.some((f) => f.key === PARENT_RUN_ID) ?? false;
    const items = Object.values(jobsIn(ws))
      .filter((j) => {
        const p = j.properties;
        return (
          (children || parentOf(j) === undefined) &&
          (jobType === null || String(p.jobType).toLowerCase() === jobType.toLowerCase()) &&
          (tag === null || Object.hasOwn((p.tags ?? {}) as object, tag)) &&
          matchesViewType(p.isArchived, view) &&
          matchesFilter(p.properties as Record<string, unknown>, properties)
        );
      })
      .sort((a, b) => (a.systemData.createdAt < b.systemData.createdAt ? 1 : -1));
    return { status: 200, body: paginate(items, req.url, ctx.config.pageSize) };
  },
};

export const get: ResourceOperation = {
  what: 'Job',
  response: JobBase,
  handle: (ctx, req) => ({ status: 200, body: job(ctx, req.params).job }),
};

export const put: ResourceOperation = {
  what: 'Job',
  request: JobBase,
  response: JobBase,
  handle: async (ctx, req) => {
    const name = req.params.id!;
    checkJobName(name);
    const wire = (req.body as { properties: Record<string, unknown> }).properties;
    let ws = ctx.workspace(req.params);
    const before = jobsIn(ws)[name];
    if (before) return same(ctx, ws, before, wire, req.principal.name);
    await checkJob(ctx, ws, wire);
    // The checks read blobs: a retry of the same PUT may have stored the job meanwhile.
    ws = ctx.workspace(req.params);
    const raced = jobsIn(ws)[name];
    if (raced) return same(ctx, ws, raced, wire, req.principal.name);
    const resource = jobResource(ctx, ws, name, wire, req.principal.name);
    jobsIn(ws)[name] = resource;
    ctx.persist();
    // The answer is the job as created; the engine moves the stored one on from here.
    const body = structuredClone(resource);
    ctx.jobs.start(ws, name);
    return { status: 201, body };
  },
};

/** A PUT of a job that exists: the same job (a retry) updates what may change; another job is a 409. */
function same(
  ctx: Context,
  ws: WorkspaceState,
  existing: Resource,
  wire: Record<string, unknown>,
  by: string,
) {
  const next = jobResource(ctx, ws, existing.name, wire, by, existing);
  checkSameJob(existing, next);
  for (const key of ['description', 'tags', 'isArchived'] as const) {
    if (wire[key] !== undefined) existing.properties[key] = wire[key];
  }
  existing.systemData = next.systemData;
  ctx.persist();
  return { status: 200, body: existing };
}

/** Marks a job that has not ended CancelRequested, then has the engine end it. */
async function cancelJob(ctx: Context, ws: WorkspaceState, name: string): Promise<void> {
  const j = jobsIn(ws)[name];
  if (!j || isTerminalJobStatus(String(j.properties.status))) return;
  j.properties.status = 'CancelRequested';
  ctx.persist();
  await ctx.jobs.cancel(ws, name);
  ctx.persist();
}

export const cancel: ResourceOperation = {
  what: 'Jobs_Cancel',
  handle: (ctx, req) => {
    const { ws, job: j } = job(ctx, req.params);
    const op = ctx.operations.start();
    if (isTerminalJobStatus(String(j.properties.status))) {
      ctx.operations.finish(op);
    } else {
      j.properties.status = 'CancelRequested';
      ctx.persist();
      ctx.operations.run(op, async () => {
        await cancelJob(ctx, ws, j.name);
        ctx.operations.finish(op);
      });
    }
    return ctx.operations.accepted(op);
  },
};

export const remove: ResourceOperation = {
  what: 'Jobs_Delete',
  handle: (ctx, req) => {
    const ws = ctx.workspace(req.params);
    const name = req.params.id!;
    if (!jobsIn(ws)[name]) return { status: 204 };
    const op = ctx.operations.start();
    ctx.operations.run(op, async () => {
      await cancelJob(ctx, ws, name);
      const doomed = [
        name,
        ...Object.values(jobsIn(ws))
          .filter((j) => parentOf(j) === name)
          .map((j) => j.name),
      ];
      for (const n of doomed) {
        delete jobsIn(ws)[n];
        if (ws.runs) delete ws.runs[n];
      }
      ctx.persist();
      ctx.operations.finish(op);
    });
    return ctx.operations.accepted(op);
  },
};
