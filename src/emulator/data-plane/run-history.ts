// Run history of the workspace's jobs, as azure-ai-ml reads it (RunOperations.get_run_details, jobs.list with
// parent_job_name): a run's details with its log files as blob SAS URLs (readable with a plain GET and
// `Range: bytes=<n>-`, no bearer), and a pipeline's children.
import { BlobSASPermissions } from '@azure/storage-blob';
import {
  RUN_CHILDREN_CONTINUATION,
  type RunChild,
  type RunChildrenPage,
  type RunDetails,
} from '../../contract/jobs.js';
import { ArmError } from '../arm-error.js';
import type { Context } from '../context.js';
import { ARTIFACT_CONTAINER, runLogBlob } from '../jobs/log-sink.js';
import { runOf } from '../jobs/run-record.js';
import type { WorkspaceState } from '../state.js';

/** How long a log file's SAS URL stays good (a client asks for the details again for a fresh one). */
const SAS_HOURS = 24;

export async function runDetails(
  ctx: Context,
  ws: WorkspaceState,
  runId: string,
): Promise<RunDetails & Record<string, unknown>> {
  const run = runOf(ws, runId);
  const job = ws.jobs?.[runId];
  const container = ctx.storageOf(ws).service.getContainerClient(ARTIFACT_CONTAINER);
  const expiresOn = new Date(Date.now() + SAS_HOURS * 3600_000);
  const logFiles: Record<string, string> = {};
  for (const name of run.logFiles) {
    logFiles[name] = await container
      .getBlobClient(runLogBlob(runId, name))
      .generateSasUrl({ permissions: BlobSASPermissions.parse('r'), expiresOn });
  }
  return {
    runId,
    runUuid: runId,
    parentRunId: run.parent ?? null,
    status: run.status,
    target: run.target ?? null,
    displayName: (job?.properties.displayName as string | undefined) ?? run.step ?? runId,
    experimentName: run.experimentName,
    createdTimeUtc: run.createdUtc,
    startTimeUtc: run.startTimeUtc ?? null,
    endTimeUtc: run.endTimeUtc ?? null,
    logFiles,
    error: run.error ? { error: { code: run.error.code, message: run.error.message } } : null,
    properties: (job?.properties.properties as Record<string, string> | undefined) ?? {},
    tags: run.tags,
  };
}

/**
 * A pipeline's child runs, in the order they started, a page at a time (`pageSize` long, as the emulator's ARM lists
 * are): the next page's token is the offset, in `continuationToken` and in `nextLink` (`link`, this route's URL,
 * with RUN_CHILDREN_CONTINUATION), which azure-ai-ml follows.
 */
export function runChildren(
  ws: WorkspaceState,
  runId: string,
  page: { token: string | null; pageSize: number; link: string },
): RunChildrenPage {
  const all = runOf(ws, runId).children;
  const { token, pageSize } = page;
  const from = token === null ? 0 : Number(token);
  if (!Number.isInteger(from) || from < 0 || from > all.length || (token !== null && !/^\d+$/.test(token))) {
    throw new ArmError(
      400,
      'BadRequest',
      `${RUN_CHILDREN_CONTINUATION} '${token}' is not a token this run gave.`,
    );
  }
  const value = all.slice(from, from + pageSize).map((child): RunChild & Record<string, unknown> => {
    const run = runOf(ws, child);
    return {
      runId: child,
      status: run.status,
      displayName: run.step ?? null,
      startTimeUtc: run.startTimeUtc ?? null,
      endTimeUtc: run.endTimeUtc ?? null,
      parentRunId: runId,
      properties: { 'azureml.nodeid': run.step ?? '', 'azureml.parentrunid': runId },
    };
  });
  const next = from + pageSize < all.length ? String(from + pageSize) : null;
  const nextUrl = new URL(page.link);
  if (next !== null) nextUrl.searchParams.set(RUN_CHILDREN_CONTINUATION, next);
  return { value, continuationToken: next, nextLink: next === null ? null : nextUrl.toString() };
}
