// What a component version must be for the emulator to run it as a pipeline step: a command component
// (azure-ai-ml CommandComponent._to_rest_object: componentSpec = {type: 'command', command, environment, code?,
// inputs: {name: {type, optional?, default?}}, outputs: {name: {type}}, ...}) whose command names only inputs and
// outputs it declares, and whose code and environment exist. Checked when the version is created.
import { badRequest } from '../arm-error.js';
import type { Context } from '../context.js';
import type { WorkspaceState } from '../state.js';
import { checkEnvironment, checkVersion } from './job-references.js';

const SPEC = 'properties.componentSpec';
const IO_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Input types of a component (literal and asset), and the asset types an output may have. */
export const LITERAL_TYPES = ['string', 'integer', 'number', 'boolean'];
export const ASSET_TYPES = [
  'uri_file',
  'uri_folder',
  'mltable',
  'custom_model',
  'mlflow_model',
  'triton_model',
];

export interface CommandComponentSpec {
  type: 'command';
  command: string;
  environment: string;
  code?: string;
  inputs: Record<string, { type: string; optional?: boolean; default?: unknown }>;
  outputs: Record<string, { type: string }>;
  [key: string]: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function ports(spec: Record<string, unknown>, key: 'inputs' | 'outputs'): Record<string, { type: string }> {
  const value = spec[key] ?? {};
  if (!isObject(value)) throw badRequest(`'${key}' must be an object of names to ${key}.`, `${SPEC}.${key}`);
  const allowed = key === 'inputs' ? [...LITERAL_TYPES, ...ASSET_TYPES] : ASSET_TYPES;
  for (const [name, port] of Object.entries(value)) {
    const at = `${SPEC}.${key}.${name}`;
    if (!IO_NAME.test(name)) {
      throw badRequest(`The ${key.slice(0, -1)} name '${name}' is invalid: use letters, digits and '_'.`, at);
    }
    const type = isObject(port) ? port.type : undefined;
    if (typeof type !== 'string' || !allowed.includes(type)) {
      throw badRequest(
        `The ${key.slice(0, -1)} '${name}' needs a type: one of ${allowed.join(', ')}.`,
        `${at}.type`,
      );
    }
  }
  return value as Record<string, { type: string }>;
}

/** The `${{inputs.x}}` / `${{outputs.y}}` names a command uses. */
export function commandBindings(command: string): Array<{ kind: 'inputs' | 'outputs'; name: string }> {
  return [...command.matchAll(/\$\{\{\s*(inputs|outputs)\.([A-Za-z0-9_]+)\s*\}\}/g)].map((m) => ({
    kind: m[1] as 'inputs' | 'outputs',
    name: m[2]!,
  }));
}

/** The component spec as stored: checked, unchanged. */
export function componentSpec(spec: unknown): CommandComponentSpec {
  if (!isObject(spec)) throw badRequest('A component version needs its componentSpec (an object).', SPEC);
  if (spec.type !== 'command') {
    throw badRequest(
      `The component type '${String(spec.type)}' is not one the local emulator runs; it runs command components ` +
        '(type: command). Write the step as a command component.',
      `${SPEC}.type`,
    );
  }
  if (typeof spec.command !== 'string' || spec.command.trim() === '') {
    throw badRequest("A command component needs 'command'.", `${SPEC}.command`);
  }
  if (typeof spec.environment !== 'string' || spec.environment === '') {
    throw badRequest("A command component needs 'environment'.", `${SPEC}.environment`);
  }
  const inputs = ports(spec, 'inputs');
  const outputs = ports(spec, 'outputs');
  for (const { kind, name } of commandBindings(spec.command)) {
    if (!(kind === 'inputs' ? inputs : outputs)[name]) {
      throw badRequest(
        `The command uses \${{${kind}.${name}}}, but the component declares no ${kind.slice(0, -1)} '${name}'.`,
        `${SPEC}.command`,
      );
    }
  }
  return spec as CommandComponentSpec;
}

/** The component's code and environment exist in the workspace. */
export function checkComponentReferences(ctx: Context, ws: WorkspaceState, spec: unknown): void {
  const s = spec as CommandComponentSpec;
  if (s.code !== undefined && s.code !== null) checkVersion(ws, 'codes', s.code, `${SPEC}.code`);
  checkEnvironment(ctx, ws, s.environment, `${SPEC}.environment`);
}
