// One step of a pipeline's `jobs:`: a command node whose component is a file (`component: ./train.yml`), a
// registered component (`azureml:<name>:<version>` / `@latest`), a component written inline, or the step itself
// (`command:` + `environment:` + `code:` under the step, which the CLI turns into an anonymous component).
// azure-ai-ml _schema/pipeline/component_job.py CommandSchema; entities/_builders/command.py Command.
import { dirname, resolve } from 'node:path';
import { ASSET_NAME, ASSET_VERSION } from '../contract/asset-names.js';
import type { KeyPath, YamlReader } from '../deploy/yaml-reader.js';
import { loadYaml, present } from '../deploy/yaml-reader.js';
import { isInside } from '../paths.js';
import {
  readCommand,
  readDistribution,
  readResources,
  readTimeout,
  REFUSED_COMMAND_KEYS,
} from './command-yaml.js';
import { readComponent } from './component-yaml.js';
import { IO_NAME, readInputs, readOutputs } from './io-yaml.js';
import type { ComponentRef, ComponentSpec, StepSpec } from './job-spec.js';
import { requireCommandType } from './yaml-checks.js';

const NODE_KEYS = [
  'type',
  'component',
  'compute',
  'display_name',
  'inputs',
  'outputs',
  'environment_variables',
  'resources',
  'distribution',
  'limits',
];
const INLINE_KEYS = [...NODE_KEYS, 'command', 'code', 'environment'];

/** The folder a component file's paths must stay inside, and the input that names the job file. */
export interface StepContext {
  input: string;
  root: string;
}

async function readComponentRef(
  reader: YamlReader,
  value: unknown,
  path: KeyPath,
  here: string,
  context: StepContext,
): Promise<ComponentRef> {
  if (typeof value !== 'string')
    return { kind: 'inline', component: readComponent(reader, value, path, here) };
  const text = value.trim();
  if (text.startsWith('azureml:')) {
    const latest = /^azureml:([^:@/]+)@latest$/.exec(text);
    const pinned = /^azureml:([^:@/]+):([^:@/]+)$/.exec(text);
    const name = latest?.[1] ?? pinned?.[1];
    const version = latest ? 'latest' : pinned?.[2];
    if (!name || !version || !ASSET_NAME.test(name) || (version !== 'latest' && !ASSET_VERSION.test(version)))
      reader.fail(
        path,
        'expected azureml:<component name>:<version>, azureml:<name>@latest, or a component file (./train.yml).',
      );
    return { kind: 'registered', reader, key: path, name, version };
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(text))
    reader.fail(path, 'expected a component file (./train.yml) or azureml:<name>:<version>.');
  const file = resolve(here, text);
  if (!isInside(context.root, file))
    reader.fail(path, `the component file must be inside the workspace (${context.root}).`);
  const loaded = await loadYaml(file, context.input);
  return { kind: 'inline', component: readComponent(loaded.reader, loaded.root, [], dirname(file)) };
}

/** The anonymous component of a step that holds its own command (its inputs and outputs become the component's). */
function inlineCommandComponent(
  reader: YamlReader,
  path: KeyPath,
  step: Record<string, unknown>,
  here: string,
): ComponentSpec {
  return {
    reader,
    key: path,
    fromStep: true,
    tags: {},
    run: readCommand(reader, step, path, here),
    // Filled from the step's inputs and outputs once the pipeline is read (job-yaml.ts stepComponentIo).
    inputs: {},
    outputs: {},
  };
}

/** One step `name` of `jobs:`. */
export async function readStep(
  reader: YamlReader,
  value: unknown,
  name: string,
  here: string,
  context: StepContext,
): Promise<StepSpec> {
  const path = ['jobs', name];
  if (!IO_NAME.test(name))
    reader.fail(path, 'step names are letters, digits and underscores, not starting with a digit.');
  const step = reader.object(value, path);
  requireCommandType(reader, step, path, 'step');
  const inline = present(step.command) || !present(step.component);
  if (present(step.command) && present(step.component))
    reader.fail([...path, 'command'], 'give component or command (with environment), not both.');
  reader.keys(step, path, inline ? INLINE_KEYS : NODE_KEYS, {
    ...REFUSED_COMMAND_KEYS,
    ...(inline
      ? {}
      : {
          code: 'code belongs to the component (its file or inline definition), not to the step.',
          environment: 'environment belongs to the component, not to the step.',
        }),
  });
  const component = inline
    ? ({ kind: 'inline', component: inlineCommandComponent(reader, path, step, here) } as const)
    : await readComponentRef(reader, step.component, [...path, 'component'], here, context);
  const compute = reader.string(step, path, 'compute');
  const displayName = reader.string(step, path, 'display_name');
  const timeoutSeconds =
    !inline && present(step.limits) ? readTimeout(reader, step.limits, [...path, 'limits']) : undefined;
  return {
    reader,
    key: path,
    name,
    component,
    ...(compute ? { compute } : {}),
    ...(displayName ? { displayName } : {}),
    inputs: readInputs(reader, step, path, here, { bindings: true }),
    outputs: readOutputs(reader, step, path, { bindings: true }),
    // An inline step's environment_variables, resources, distribution and limits are its command's (read above).
    environmentVariables: inline ? {} : reader.stringMap(step, path, 'environment_variables'),
    ...(!inline && present(step.resources)
      ? { resources: readResources(reader, step.resources, [...path, 'resources']) }
      : {}),
    ...(!inline && present(step.distribution)
      ? { distribution: readDistribution(reader, step.distribution, [...path, 'distribution']) }
      : {}),
    ...(timeoutSeconds !== undefined ? { timeoutSeconds } : {}),
  };
}
