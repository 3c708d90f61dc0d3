// What a job must be when it is created, and the resource stored for it. Checked before anything is stored (a 400
// naming the property): a Command or Pipeline job whose compute, code, environment, component and data exist,
// whose command names only its own inputs and outputs, and that fits its cluster. Stored: the request's properties
// with the service's defaults, status NotStarted, `services`, and every output's uri resolved (the default
// azureml/<job>/<output>/ of the workspace's blob store when the request names none).
import { ArmError, badRequest } from '../arm-error.js';
import { PROVIDER } from '../arm-path.js';
import type { Context } from '../context.js';
import { defaultOutputUri } from '../jobs/job-data.js';
import { jobServices } from '../jobs/job-services.js';
import type { Resource, WorkspaceState } from '../state.js';
import { commandBindings } from './component-rules.js';
import { maxNodes } from './compute-rules.js';
import {
  checkCompute,
  checkEnvironment,
  checkInputUri,
  checkOutputUri,
  checkVersion,
} from './job-references.js';
import { checkPipelineJobs } from './pipeline-rules.js';

/** Job names as the service takes them (the CLI's generated names: lowercase words, '_' and digits). */
const JOB_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,254}$/;
/** What may change on an existing job (x-ms-mutability includes update); everything else is create-only. */
const MUTABLE = ['description', 'tags', 'properties', 'isArchived', 'services', 'status'];

type Ports = Record<string, Record<string, unknown> | null>;

export function checkJobName(name: string): void {
  if (!JOB_NAME.test(name)) {
    throw badRequest(
      `The job name '${name}' is invalid: it must start with a letter or digit and contain only letters, digits, '-' and '_' (255 characters at most).`,
      'name',
    );
  }
}

/** Asset inputs resolve and their files exist; literal inputs need nothing. */
async function checkInputs(ctx: Context, ws: WorkspaceState, inputs: Ports): Promise<void> {
  for (const [name, input] of Object.entries(inputs)) {
    if (input && input.jobInputType !== 'literal') {
      await checkInputUri(ctx, ws, String(input.uri), `properties.inputs.${name}.uri`);
    }
  }
}

function checkOutputs(ctx: Context, ws: WorkspaceState, outputs: Ports): void {
  for (const [name, output] of Object.entries(outputs)) {
    if (typeof output?.uri === 'string')
      checkOutputUri(ctx, ws, output.uri, `properties.outputs.${name}.uri`);
  }
}

async function checkCommandJob(ctx: Context, ws: WorkspaceState, p: Record<string, unknown>): Promise<void> {
  const resources = (p.resources ?? {}) as { instanceCount?: number };
  const instances = resources.instanceCount ?? 1;
  if (instances < 1) {
    throw badRequest(
      `instanceCount must be at least 1; got ${instances}.`,
      'properties.resources.instanceCount',
    );
  }
  if (typeof p.computeId === 'string' && p.computeId !== '') {
    const compute = checkCompute(ws, p.computeId, 'properties.computeId');
    if (instances > maxNodes(compute)) {
      throw badRequest(
        `The job asks for ${instances} instances, but compute '${compute.name}' has at most ${maxNodes(compute)} nodes. ` +
          "Lower resources.instance_count, or raise the cluster's max_instances.",
        'properties.resources.instanceCount',
      );
    }
  }
  const distribution = (p.distribution ?? {}) as { processCountPerInstance?: number | null };
  if (typeof distribution.processCountPerInstance === 'number' && distribution.processCountPerInstance < 1) {
    throw badRequest(
      `processCountPerInstance must be at least 1; got ${distribution.processCountPerInstance}.`,
      'properties.distribution.processCountPerInstance',
    );
  }
  if (p.codeId !== undefined && p.codeId !== null) checkVersion(ws, 'codes', p.codeId, 'properties.codeId');
  if (p.componentId !== undefined && p.componentId !== null) {
    checkVersion(ws, 'components', p.componentId, 'properties.componentId');
  }
  checkEnvironment(ctx, ws, p.environmentId, 'properties.environmentId');
  const inputs = (p.inputs ?? {}) as Ports;
  const outputs = (p.outputs ?? {}) as Ports;
  // Optional parts ($[[...]]) may name inputs the job leaves out, as the CLI's optional inputs do.
  for (const { kind, name } of commandBindings(String(p.command).replace(/\$\[\[[\s\S]*?\]\]/g, ''))) {
    if (!(kind === 'inputs' ? inputs : outputs)[name]) {
      throw badRequest(
        `The command uses \${{${kind}.${name}}}, but the job has no ${kind.slice(0, -1)} '${name}'. Add it to ${kind}, or fix the command.`,
        'properties.command',
      );
    }
  }
  await checkInputs(ctx, ws, inputs);
  checkOutputs(ctx, ws, outputs);
}

/** Every check of a new job; throws the 400 of the first that fails. */
export async function checkJob(ctx: Context, ws: WorkspaceState, p: Record<string, unknown>): Promise<void> {
  if (p.jobType === 'Command') return checkCommandJob(ctx, ws, p);
  if (typeof p.computeId === 'string' && p.computeId !== '')
    checkCompute(ws, p.computeId, 'properties.computeId');
  await checkInputs(ctx, ws, (p.inputs ?? {}) as Ports);
  checkOutputs(ctx, ws, (p.outputs ?? {}) as Ports);
  await checkPipelineJobs(ctx, ws, p);
}

/** Outputs as stored: each with its uri (the default path when the request names none) and delivery mode. */
function resolvedOutputs(name: string, outputs: unknown): Ports | undefined {
  if (outputs === undefined || outputs === null) return undefined;
  return Object.fromEntries(
    Object.entries(outputs as Ports).map(([o, out]) => [
      o,
      out && { ...out, uri: out.uri ?? defaultOutputUri(name, o), mode: out.mode ?? 'ReadWriteMount' },
    ]),
  );
}

/** The job resource stored for a request's properties. */
export function jobResource(
  ctx: Context,
  ws: WorkspaceState,
  name: string,
  wire: Record<string, unknown>,
  by: string,
  existing?: Resource,
): Resource {
  const outputs = resolvedOutputs(name, wire.outputs);
  return {
    id: `${ctx.wsId(ws)}/jobs/${name}`,
    name,
    type: `${PROVIDER}/workspaces/jobs`,
    properties: {
      ...wire,
      displayName: wire.displayName ?? name,
      experimentName: wire.experimentName ?? 'Default',
      isArchived: wire.isArchived ?? false,
      tags: wire.tags ?? {},
      properties: wire.properties ?? {},
      ...(outputs ? { outputs } : {}),
      services: jobServices(ctx, ws, name),
      status: existing?.properties.status ?? 'NotStarted',
    },
    systemData: ctx.systemData(by, existing?.systemData),
  };
}

/**
 * A PUT on an existing job (a client's retry): the same job again answers it, updating only what may change;
 * a different job under the same name is a 409, as the service refuses to change a job's create-only properties.
 */
export function checkSameJob(existing: Resource, next: Resource): void {
  const keys = new Set([...Object.keys(existing.properties), ...Object.keys(next.properties)]);
  const changed = [...keys].filter(
    (k) =>
      !MUTABLE.includes(k) &&
      JSON.stringify(existing.properties[k] ?? null) !== JSON.stringify(next.properties[k] ?? null),
  );
  if (changed.length === 0) return;
  throw new ArmError(409, 'UserError', 'Conflict', undefined, {}, [
    {
      code: 'JobPropertyImmutable',
      message:
        `A job named '${existing.name}' already exists, with other ${changed.join(', ')}. A job's ${changed.join(', ')} ` +
        'cannot change once it is created: submit the new job under another name (or leave the name out).',
      target: `properties.${changed[0]}`,
    },
  ]);
}
