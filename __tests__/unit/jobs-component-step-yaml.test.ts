// readComponent and readStep on small files: the checks they share (yaml-checks.ts: `type:` and given keys) and a
// component's inputs and outputs, each name checked, one case per rule.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadYaml } from '../../src/deploy/yaml-reader.js';
import { readComponent } from '../../src/jobs/component-yaml.js';
import { readStep } from '../../src/jobs/step-yaml.js';
import { rejectedConfigurationError } from '../helpers/errors.js';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'component-step-yaml-'));
});
afterAll(async () => rm(root, { recursive: true, force: true }));

const ENV = 'environment: azureml://registries/azureml/environments/sklearn-1.5/labels/latest';

async function load(yaml: string) {
  const file = join(root, 'part.yml');
  await writeFile(file, yaml);
  return loadYaml(file, 'job-file');
}

async function component(yaml: string) {
  const { root: doc, reader } = await load(yaml);
  return readComponent(reader, doc, [], root);
}

async function step(yaml: string) {
  const { root: doc, reader } = await load(yaml);
  const jobs = doc.jobs as Record<string, unknown>;
  const name = Object.keys(jobs)[0]!;
  return readStep(reader, jobs[name], name, root, { input: 'job-file', root });
}

/** The ConfigurationError message of a read that must fail. */
async function refused(read: Promise<unknown>): Promise<string> {
  return (await rejectedConfigurationError(read)).message;
}

describe('readComponent', () => {
  it('reads inputs and outputs: a given input keeps its fields, an empty output is a uri_folder', async () => {
    const c = await component(
      [
        'command: python train.py',
        ENV,
        'inputs:',
        '  lr: {type: number, default: 0.01, min: 0, max: 1, optional: true}',
        '  data: {type: uri_folder, description: training rows}',
        'outputs:',
        '  model:',
        '  report: {type: uri_file, description: the scores}',
      ].join('\n'),
    );
    expect(c.inputs).toEqual({
      lr: { type: 'number', default: '0.01', min: '0', max: '1', optional: true },
      data: { type: 'uri_folder', description: 'training rows' },
    });
    expect(c.outputs).toEqual({
      model: { type: 'uri_folder' },
      report: { type: 'uri_file', description: 'the scores' },
    });
  });

  it('inputs: and outputs: given empty or not at all read as none', async () => {
    const c = await component(['command: echo hi', ENV, 'inputs:'].join('\n'));
    expect(c.inputs).toEqual({});
    expect(c.outputs).toEqual({});
  });

  it('a component type other than command is refused, naming type and its line', async () => {
    const message = await refused(component(['type: parallel', 'command: echo hi', ENV].join('\n')));
    expect(message).toContain(
      'line 1, type: run-job runs command components; a parallel component needs az ml. Use type: command.',
    );
  });

  it('an input name that azure-ai-ml refuses names the input and its line', async () => {
    const message = await refused(
      component(['command: echo hi', ENV, 'inputs:', '  2lr: {type: number}'].join('\n')),
    );
    expect(message).toContain(
      'line 4, inputs.2lr: input names are letters, digits and underscores, not starting with a digit.',
    );
  });

  it('an output name that azure-ai-ml refuses names the output and its line', async () => {
    const message = await refused(component(['command: echo hi', ENV, 'outputs:', '  my-model:'].join('\n')));
    expect(message).toContain(
      'line 4, outputs.my-model: output names are letters, digits and underscores, not starting with a digit.',
    );
  });

  it("an output's mode belongs to the step: refused with where to put it", async () => {
    const message = await refused(
      component(
        ['command: echo hi', ENV, 'outputs:', '  model: {type: uri_folder, mode: upload}'].join('\n'),
      ),
    );
    expect(message).toContain('outputs.model.mode: an output');
    expect(message).toContain('(jobs.<step>.outputs.<name>.mode)');
  });
});

describe('readStep', () => {
  it('a step type other than command is refused, naming type and its line', async () => {
    const message = await refused(
      step(['jobs:', '  tune:', '    type: sweep', '    command: echo hi', `    ${ENV}`].join('\n')),
    );
    expect(message).toContain(
      'line 3, jobs.tune.type: run-job runs command steps; a sweep step needs az ml. Use type: command.',
    );
  });

  it('a step without a type is a command step; command and component together are refused', async () => {
    const s = await step(['jobs:', '  train:', '    command: echo hi', `    ${ENV}`].join('\n'));
    expect(s.component.kind).toBe('inline');
    const message = await refused(
      step(['jobs:', '  train:', '    command: echo hi', '    component: ./c.yml', `    ${ENV}`].join('\n')),
    );
    expect(message).toContain('jobs.train.command: give component or command (with environment), not both.');
  });
});
