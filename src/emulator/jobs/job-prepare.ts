// Preparing a command job: its code snapshot, inputs and output folders in its job folder, and the values its
// command's ${{inputs.x}} / ${{outputs.y}} stand for.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Context } from '../context.js';
import type { WorkspaceState } from '../state.js';
import {
  ARTIFACTS_OUTPUT,
  assetVersion,
  defaultOutputUri,
  expandOutputUri,
  downloadInput,
  JobInputError,
  resolveData,
  type DataLocation,
} from './job-data.js';
import type { JobFolder } from './job-folder.js';

interface WireInput {
  jobInputType?: string;
  value?: string;
  uri?: string;
  mode?: string;
}
interface WireOutput {
  jobOutputType?: string;
  uri?: string;
  mode?: string;
}

export interface PreparedOutput {
  /** What the command writes: a folder, or the file of a uri_file output. */
  local: string;
  where: DataLocation;
}

export interface Prepared {
  inputs: Record<string, string>;
  outputs: Record<string, string>;
  uploads: PreparedOutput[];
}

/** Downloads the code into folder.code (the working directory). */
export async function downloadCode(
  ctx: Context,
  ws: WorkspaceState,
  codeId: unknown,
  folder: JobFolder,
): Promise<void> {
  if (typeof codeId !== 'string' || codeId === '') return;
  const code = assetVersion(ws, 'codes', codeId);
  if (!code || typeof code.codeUri !== 'string') {
    throw new JobInputError(`The code '${codeId}' does not exist in workspace '${ws.name}'.`);
  }
  const where = resolveData(ctx, ws, code.codeUri);
  const got = await ctx.storageOf(ws).download(where.container, where.path, folder.code);
  if (got.files.length === 0) throw new JobInputError(`The code '${codeId}' has no files.`);
}

/** Downloads every input and makes the output folders. */
export async function prepareData(
  ctx: Context,
  ws: WorkspaceState,
  job: string,
  props: Record<string, unknown>,
  folder: JobFolder,
): Promise<Prepared> {
  const prepared: Prepared = { inputs: {}, outputs: {}, uploads: [] };
  const inputs = (props.inputs ?? {}) as Record<string, WireInput>;
  for (const [name, input] of Object.entries(inputs)) {
    const type = input.jobInputType ?? 'literal';
    if (type === 'literal') {
      prepared.inputs[name] = String(input.value ?? '');
      continue;
    }
    if (typeof input.uri !== 'string') throw new JobInputError(`The input '${name}' has no uri.`);
    const where = resolveData(ctx, ws, input.uri);
    const dir = join(folder.inputs, name);
    // ro_mount and download are read-only copies here; rw_mount a writable one.
    prepared.inputs[name] = await downloadInput(ctx, ws, type, where, dir, input.mode === 'ReadWriteMount');
  }
  const outputs = (props.outputs ?? {}) as Record<string, WireOutput>;
  for (const [name, output] of Object.entries(outputs)) {
    // ./outputs and ./logs of the working directory: uploaded with the run's files (command-execution.ts).
    if (name === ARTIFACTS_OUTPUT) {
      prepared.outputs[name] = folder.code;
      continue;
    }
    const uri = expandOutputUri(output.uri ?? defaultOutputUri(job, name), job, name);
    const where = resolveData(ctx, ws, uri);
    const dir = join(folder.outputs, name);
    mkdirSync(dir, { recursive: true });
    let local = dir;
    if (output.jobOutputType === 'uri_file') {
      const file = where.path.endsWith('/') ? name : where.path.split('/').pop()!;
      local = join(dir, file);
      if (where.path.endsWith('/')) where.path += file;
    }
    prepared.outputs[name] = local;
    prepared.uploads.push({ local, where });
  }
  return prepared;
}
