// readInputs and readOutputs (a job's or a pipeline's own inputs and outputs) on small files: each name checked
// (dotted names only for a pipeline's inputs), an input given no value refused, one case per rule.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadYaml } from '../../src/deploy/yaml-reader.js';
import { readInputs, readOutputs } from '../../src/jobs/io-yaml.js';
import { rejectedConfigurationError } from '../helpers/errors.js';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'io-yaml-'));
});
afterAll(async () => rm(root, { recursive: true, force: true }));

async function load(lines: string[]) {
  const file = join(root, 'job.yml');
  await writeFile(file, lines.join('\n'));
  return loadYaml(file, 'job-file');
}

async function inputs(lines: string[], dotted = false) {
  const { root: doc, reader } = await load(lines);
  return readInputs(reader, doc, [], root, { bindings: false, dotted });
}

async function outputs(lines: string[]) {
  const { root: doc, reader } = await load(lines);
  return readOutputs(reader, doc, [], { bindings: false });
}

async function refused(read: Promise<unknown>): Promise<string> {
  return (await rejectedConfigurationError(read)).message;
}

describe('readInputs', () => {
  it('reads literals in file order; inputs: not given reads as none', async () => {
    const read = await inputs(['inputs:', '  lr: 0.1', '  flag: true']);
    expect(Object.keys(read)).toEqual(['lr', 'flag']);
    expect(read.lr).toMatchObject({ kind: 'literal', value: '0.1', key: ['inputs', 'lr'] });
    expect(read.flag).toMatchObject({ kind: 'literal', value: 'True' });
    expect(await inputs(['outputs:'])).toEqual({});
  });

  it('an input name that azure-ai-ml refuses names the input and its line', async () => {
    const message = await refused(inputs(['inputs:', '  lr: 0.1', '  my-data: 1']));
    expect(message).toContain(
      "Input 'job-file' (" +
        join(root, 'job.yml') +
        '): line 3, inputs.my-data: input names are letters, digits and underscores, not starting with a digit.',
    );
  });

  it("dotted names are a pipeline's: taken with dotted, refused without", async () => {
    const lines = ['inputs:', '  data.train: 1'];
    expect((await inputs(lines, true))['data.train']).toMatchObject({ kind: 'literal', value: '1' });
    expect(await refused(inputs(lines))).toContain(
      'line 2, inputs.data.train: input names are letters, digits and underscores, not starting with a digit.',
    );
    expect(await refused(inputs(['inputs:', '  data..train: 1'], true))).toContain(
      'line 2, inputs.data..train: input names are letters',
    );
  });

  it('an input given no value is refused, naming it and its line', async () => {
    const message = await refused(inputs(['inputs:', '  lr:']));
    expect(message).toContain('line 2, inputs.lr: give the input a value.');
  });
});

describe('readOutputs', () => {
  it('an output given nothing is a uri_folder; outputs: not given reads as none', async () => {
    expect((await outputs(['outputs:', '  model:'])).model).toMatchObject({
      kind: 'data',
      type: 'uri_folder',
    });
    expect(await outputs(['inputs:'])).toEqual({});
  });

  it('an output name that azure-ai-ml refuses names the output and its line', async () => {
    const message = await refused(outputs(['outputs:', '  my-model:']));
    expect(message).toContain(
      'line 2, outputs.my-model: output names are letters, digits and underscores, not starting with a digit.',
    );
  });
});
