// register-model's blob layout against the Azure ML CLI's (azure-ai-ml), computed by the restatement of the SDK in
// __tests__/fixtures/azure-ai-ml/az_ml_layout.py: same hash, same blob names, for a folder and for a single file.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { blobName } from '../../src/azureml/blob-upload.js';
import { modelBlobLayout } from '../../src/azureml/model-registration.js';
import { azMlObjectHash, cliOrder } from '../../src/model/az-ml-hash.js';
import { readModelSource } from '../../src/model/model-source.js';
import { ConfigurationError } from '../../src/errors.js';
import { azMlLayout, layoutFixture } from '../helpers/az-ml-layout.js';

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'az-ml-hash-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function ourLayout(path: string): Promise<{ hash: string; path: string; blobs: string[] }> {
  const source = await readModelSource(path, { inputName: 'model-path' });
  const layout = modelBlobLayout(source);
  return {
    hash: source.uploadHash,
    path: layout.assetPath,
    blobs: source.files.map((f) => blobName(layout.prefix, f.path)).sort(),
  };
}

describe('the az ml layout', () => {
  it('a folder: the same hash and blob names as az ml model create (nested, empty, case-differing names)', async () => {
    const dir = layoutFixture(work);
    const cli = azMlLayout(dir);
    expect(cli.blobs).toContain(`LocalUpload/${cli.hash}/model/a/b/c/deep.json`);
    expect(await ourLayout(dir)).toEqual(cli);
  });

  it('a single file: LocalUpload/<hash>/<file name>', async () => {
    const file = join(work, 'sklearn_regression_model.pkl');
    writeFileSync(file, 'pickled');
    const cli = azMlLayout(file);
    expect(cli.path).toBe(`LocalUpload/${cli.hash}/sklearn_regression_model.pkl`);
    expect(await ourLayout(file)).toEqual(cli);
  });

  it('a folder with an .amlignore: the same files left out, the same hash (first matching pattern decides)', async () => {
    const dir = layoutFixture(work, 'amlignored');
    writeFileSync(join(dir, 'keep.bin'), 'k');
    writeFileSync(join(dir, 'trace.log'), 'log');
    writeFileSync(
      join(dir, '.amlignore'),
      [
        '# comment, then a blank line',
        '',
        '*.bin',
        '!keep.bin',
        '/A2',
        'a/b/',
        'données/',
        '?odel.txt',
        'sub dir/with\\ space.txt',
        '**/deep.json',
        '[st]race.log',
        '',
      ].join('\n'),
    );
    writeFileSync(join(dir, '.gitignore'), '*\n'); // not read: .amlignore comes first
    const cli = azMlLayout(dir);
    expect(cli.blobs.map((b) => b.split('/amlignored/')[1]).sort()).toEqual([
      '.amlignore',
      '.gitignore',
      'MODEL.TXT',
      'a/B.txt',
      'sklearn_regression_model.pkl',
    ]);
    const ours = await ourLayout(dir);
    expect(ours).toEqual(cli);
  });

  it('a folder with a .gitignore only: applied, a leading ! pattern keeps a file', async () => {
    const dir = layoutFixture(work, 'gitignored');
    writeFileSync(join(dir, 'important.log'), 'i');
    writeFileSync(join(dir, 'noise.log'), 'n');
    writeFileSync(join(dir, '.gitignore'), '!important.log\n*.log\na/\n**/*.txt\n');
    const cli = azMlLayout(dir);
    expect(cli.blobs.some((b) => b.endsWith('/important.log'))).toBe(true);
    expect(cli.blobs.some((b) => b.endsWith('/noise.log') || b.includes('/a/'))).toBe(false);
    expect(await ourLayout(dir)).toEqual(cli);
  });

  it('pins the hash (a change of algorithm is a change of every blob name)', async () => {
    const file = join(work, 'pinned.txt');
    writeFileSync(file, 'abc');
    // md5("Initialize for october 2021 AML CLI version" + "abc")
    expect(await azMlObjectHash(file)).toBe('3dd4b37a5b6c38dd3ff9b4d192fbe46b');
    expect(azMlLayout(file).hash).toBe('3dd4b37a5b6c38dd3ff9b4d192fbe46b');
  });

  it('orders names as Python sorts str.lower(): by code point, ties in directory order', () => {
    expect(cliOrder(['b', 'A', 'a', '_', 'Z', 'é', 'e'])).toEqual(['_', 'A', 'a', 'b', 'e', 'Z', 'é']);
  });

  it('hashes folder names: renaming an inner folder changes the hash, an excluded entry does not count', async () => {
    const dir = layoutFixture(work, 'other');
    const all = await azMlObjectHash(dir);
    expect(await azMlObjectHash(dir, (p) => p === 'empty')).not.toBe(all);
    expect(await azMlObjectHash(dir, () => false)).toBe(all);
  });
});

describe('readModelSource', () => {
  it('reads a single file as a custom_model under its own name', async () => {
    const file = join(work, 'weights.pkl');
    writeFileSync(file, 'w');
    const s = await readModelSource(file, { inputName: 'model.path' });
    expect(s).toMatchObject({ kind: 'file', rootName: 'weights.pkl', modelType: 'custom_model' });
    expect(s.files.map((f) => f.path)).toEqual(['weights.pkl']);
  });

  it.each(['mlflow_model', 'triton_model'] as const)(
    'refuses %s for a single file, naming the type key',
    async (type) => {
      const file = join(work, 'one.pkl');
      writeFileSync(file, 'w');
      const error = await readModelSource(file, {
        inputName: 'model.path',
        modelType: type,
        typeInputName: 'model.type',
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as ConfigurationError).input).toBe('model.type');
    },
  );

  it('checks a requested type against a folder (mlflow_model without MLmodel)', async () => {
    const dir = layoutFixture(work, 'notmlflow');
    const error = await readModelSource(dir, { inputName: 'model.path', modelType: 'mlflow_model' }).catch(
      (e: unknown) => e,
    );
    expect((error as ConfigurationError).input).toBe('model.path');
  });

  it('names the input for a missing path', async () => {
    const error = await readModelSource(join(work, 'nope'), { inputName: 'model.path' }).catch(
      (e: unknown) => e,
    );
    expect((error as ConfigurationError).message).toMatch(/^Input 'model\.path': .* does not exist/);
  });

  it('says how many files the ignore file left out', async () => {
    const dir = layoutFixture(work, 'ignored');
    writeFileSync(join(dir, '.amlignore'), '*.txt\n');
    const s = await readModelSource(dir);
    expect(s.warnings.join('\n')).toMatch(/^6 file\(s\) of .* left out, as its \.amlignore says/);
    expect(s.files.map((f) => f.path).sort()).toEqual([
      '.amlignore',
      'MODEL.TXT',
      'a/b.bin',
      'a/b/c/deep.json',
      'sklearn_regression_model.pkl',
    ]);
  });

  it('refuses an ignore file the CLI refuses, naming the input and the line', async () => {
    const dir = layoutFixture(work, 'badignore');
    writeFileSync(join(dir, '.amlignore'), '*.txt\n!\n');
    const error = await readModelSource(dir, { inputName: 'model.path' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(/^Input 'model\.path': .*\.amlignore line 2: /);
  });
});
