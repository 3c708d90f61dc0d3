// What a job's (and a component's) references must name, checked when the job is created, before anything is
// stored: a 400 naming the property, as the service answers a job whose compute, code, environment, component or
// data does not exist (the job would otherwise fail later, or never start). Resolution itself is the engine's
// (jobs/job-data.ts): one place reads a URI, and the check here is that it resolves and its files exist.
import { ArmError, badRequest } from '../arm-error.js';
import { matchTemplate, PROVIDER, WORKSPACE_PATH } from '../arm-path.js';
import type { Context } from '../context.js';
import { assetVersion, JobInputError, resolveData } from '../jobs/job-data.js';
import type { ComputeRecord, WorkspaceState } from '../state.js';
import { resolveEnvironment } from './deployment-references.js';

const ARM_ID = (kind: string): string =>
  `/subscriptions/<sub>/resourceGroups/<rg>/providers/${PROVIDER}/workspaces/<ws>/${kind}/<name>`;

/** The compute a job names by its ARM id (azure-ai-ml sends the id; `azureml:<name>` is the CLI YAML's form). */
export function checkCompute(ws: WorkspaceState, id: unknown, target: string): ComputeRecord {
  const raw = typeof id === 'string' ? id.replace(/^azureml:/i, '') : '';
  const params = matchTemplate(`${WORKSPACE_PATH}/computes/{computeName}`, raw);
  const name = params?.computeName ?? (/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(raw) ? raw : undefined);
  if (!name) {
    throw badRequest(`'${String(id)}' is not the ARM id of a compute (${ARM_ID('computes')}).`, target);
  }
  if (params && params.workspaceName!.toLowerCase() !== ws.name.toLowerCase()) {
    throw badRequest(
      `The compute '${String(id)}' is in workspace '${params.workspaceName}'; the job is in '${ws.name}'.`,
      target,
    );
  }
  const found = Object.values(ws.computes ?? {}).find((c) => c.name.toLowerCase() === name.toLowerCase());
  if (!found) {
    const known = Object.keys(ws.computes ?? {}).sort();
    throw badRequest(
      `The compute '${name}' does not exist in workspace '${ws.name}'` +
        `${known.length > 0 ? ` (it has: ${known.join(', ')})` : ''}. Create it, name another, or leave the ` +
        'compute out for serverless (resources.instance_type).',
      target,
    );
  }
  return found;
}

/** A code, data or component version by its ARM id (with or without `azureml:`) or `azureml:<name>:<version>`. */
export function checkVersion(
  ws: WorkspaceState,
  kind: 'codes' | 'data' | 'components',
  ref: unknown,
  target: string,
): Record<string, unknown> {
  const what = { codes: 'code', data: 'data asset', components: 'component' }[kind];
  if (typeof ref !== 'string' || ref === '') throw badRequest(`The ${what} reference is missing.`, target);
  const found = assetVersion(ws, kind, ref);
  if (!found) {
    throw badRequest(
      `The ${what} '${ref}' does not exist in workspace '${ws.name}'. Register it first, or name an existing ` +
        `version (${ARM_ID(kind)}/versions/<version>, or azureml:<name>:<version>).`,
      target,
    );
  }
  return found;
}

/**
 * An environment: a workspace version (ARM id, with or without `azureml:`, or `azureml:<name>:<version>`), a
 * curated one (`AzureML-*` in the workspace, or the azureml registry). The deployments' rules, named at `target`.
 */
export function checkEnvironment(ctx: Context, ws: WorkspaceState, ref: unknown, target: string): void {
  if (typeof ref !== 'string' || ref === '')
    throw badRequest('The environment reference is missing.', target);
  const short = /^azureml:([^:/@]+):([^:/@]+)$/.exec(ref);
  const id = short
    ? `${ctx.wsId(ws)}/environments/${short[1]}/versions/${short[2]}`
    : ref.replace(/^azureml:(?=\/(?!\/))/i, '');
  try {
    resolveEnvironment(ws, id);
  } catch (error) {
    if (error instanceof ArmError) throw new ArmError(error.status, error.code, error.message, target);
    throw error;
  }
}

/** A job input's URI (data asset, datastore path, job output, blob URL): it resolves and its files exist. */
export async function checkInputUri(
  ctx: Context,
  ws: WorkspaceState,
  uri: string,
  target: string,
): Promise<void> {
  let where;
  try {
    where = resolveData(ctx, ws, uri);
  } catch (error) {
    if (error instanceof JobInputError) throw badRequest(error.message, target);
    throw error;
  }
  // A job output is written when that job finalizes: a job may be created before its input job has finished.
  if (/^azureml:\/\/jobs\//i.test(uri)) return;
  if (!(await ctx.storageOf(ws).exists(where.container, where.path))) {
    throw badRequest(
      `The input '${uri}' points at no files (nothing at or under '${where.path}' in its datastore). Upload the data first.`,
      target,
    );
  }
}

/** A job output's URI, when the job names one: a path in a datastore of the workspace. */
export function checkOutputUri(ctx: Context, ws: WorkspaceState, uri: string, target: string): void {
  if (!/^azureml:\/\/(datastores|subscriptions)\//i.test(uri)) {
    throw badRequest(
      `The output uri '${uri}' is not a datastore path; use azureml://datastores/<datastore>/paths/<path>/.`,
      target,
    );
  }
  try {
    resolveData(ctx, ws, uri);
  } catch (error) {
    if (error instanceof JobInputError) throw badRequest(error.message, target);
    throw error;
  }
}
