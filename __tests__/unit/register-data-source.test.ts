// Reading what a data asset is registered from: local files (as az ml data create uploads them) or a URI.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localDataLayout } from '../../src/azureml/data-registration.js';
import { datastoreOf } from '../../src/azureml/datastore-url.js';
import { parseDataType, readLocalData, readUriData } from '../../src/data/data-source.js';
import { azMlObjectHash } from '../../src/model/az-ml-hash.js';
import { configurationErrorOf, rejectedConfigurationError } from '../helpers/errors.js';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'data-source-'));
  mkdirSync(join(root, 'folder', 'sub'), { recursive: true });
  writeFileSync(join(root, 'folder', 'a.csv'), 'x,y\n1,2\n');
  writeFileSync(join(root, 'folder', 'sub', 'b.csv'), 'x,y\n3,4\n');
  writeFileSync(join(root, 'folder', '.amlignore'), 'sub/\n');
  writeFileSync(join(root, 'data.csv'), 'x,y\n1,2\n');
  mkdirSync(join(root, 'table'));
  writeFileSync(join(root, 'table', 'MLTable'), 'paths:\n  - file: ./data.csv\n  - pattern: ./*.parquet\n');
  writeFileSync(join(root, 'table', 'data.csv'), 'x\n1\n');
  mkdirSync(join(root, 'empty'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('parseDataType', () => {
  it('takes the three types and auto', () => {
    expect(parseDataType('uri_folder', 'type')).toBe('uri_folder');
    expect(parseDataType('mltable', 'type')).toBe('mltable');
    expect(parseDataType('auto', 'type')).toBeUndefined();
    expect(parseDataType('', 'type')).toBeUndefined();
  });
  it('refuses another, naming the input', () => {
    const error = configurationErrorOf(() => parseDataType('csv', 'type'));
    expect(error.input).toBe('type');
    expect(error.message).toContain('uri_file, uri_folder, mltable');
  });
});

describe('readLocalData', () => {
  it('reads a file as uri_file, hashed as the CLI hashes it', async () => {
    const data = await readLocalData(join(root, 'data.csv'), undefined, 'path');
    expect(data).toMatchObject({
      kind: 'local',
      dataType: 'uri_file',
      rootName: 'data.csv',
      bytes: 8,
      ignored: 0,
    });
    expect(data.files.map((f) => f.path)).toEqual(['data.csv']);
    expect(data.uploadHash).toBe(await azMlObjectHash(join(root, 'data.csv')));
    expect(data.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('reads a folder as uri_folder, without what its .amlignore excludes', async () => {
    const data = await readLocalData(join(root, 'folder'), undefined, 'path');
    expect(data.dataType).toBe('uri_folder');
    expect(data.files.map((f) => f.path).sort()).toEqual(['.amlignore', 'a.csv']);
    expect(data.ignored).toBe(1);
    const again = await readLocalData(join(root, 'folder'), 'uri_folder', 'path');
    expect(again.digest).toBe(data.digest);
  });

  it('reads an mltable folder with the paths its MLTable file reads', async () => {
    const data = await readLocalData(join(root, 'table'), 'mltable', 'path');
    expect(data.dataType).toBe('mltable');
    expect(data.referencedUris).toEqual(['./data.csv', './*.parquet']);
  });

  it('refuses a type that does not fit the path', async () => {
    const file = await rejectedConfigurationError(
      readLocalData(join(root, 'data.csv'), 'uri_folder', 'path'),
    );
    expect(file.input).toBe('path');
    expect(file.message).toContain('is a file, but type is uri_folder');
    const folder = await rejectedConfigurationError(readLocalData(join(root, 'folder'), 'uri_file', 'path'));
    expect(folder.message).toContain('is a folder, but type is uri_file');
    const noTable = await rejectedConfigurationError(readLocalData(join(root, 'folder'), 'mltable', 'path'));
    expect(noTable.message).toContain('has no MLTable file');
  });

  it('refuses a missing path and an empty folder', async () => {
    expect(
      (await rejectedConfigurationError(readLocalData(join(root, 'nope'), undefined, 'path'))).message,
    ).toContain('is not a file or folder');
    expect(
      (await rejectedConfigurationError(readLocalData(join(root, 'empty'), undefined, 'path'))).message,
    ).toContain('has no files');
  });
});

describe('readUriData', () => {
  it('takes datastore paths (short and long) and https URLs, typed by the trailing slash', () => {
    expect(
      readUriData('azureml://datastores/workspaceblobstore/paths/data/', undefined, 'path').dataType,
    ).toBe('uri_folder');
    expect(readUriData('https://acct.blob.core.windows.net/c/data.csv', undefined, 'path').dataType).toBe(
      'uri_file',
    );
    const long =
      'azureml://subscriptions/s/resourcegroups/rg/workspaces/dev/datastores/workspaceblobstore/paths/d/x.csv';
    expect(readUriData(long, 'uri_file', 'path').uri).toBe(long);
    expect(datastoreOf(long)).toEqual({ datastore: 'workspaceblobstore', path: 'd/x.csv' });
  });

  it('gives the same URI and type the same digest, another type another one', () => {
    const a = readUriData('azureml://datastores/ds/paths/d/', undefined, 'path');
    expect(readUriData('azureml://datastores/ds/paths/d/', 'uri_folder', 'path').digest).toBe(a.digest);
    expect(readUriData('azureml://datastores/ds/paths/d/', 'mltable', 'path').digest).not.toBe(a.digest);
  });

  it.each([
    ['http://acct.blob.core.windows.net/c/x.csv', 'is http'],
    ['https://acct.blob.core.windows.net/c/x.csv?sv=1&sig=secret', 'has a query string'],
    ['azureml://jobs/j1/outputs/model', 'is not a datastore path'],
    ['azureml://datastores/ds/paths/a/../b', "has a '..' segment"],
  ])('refuses %s', (uri, why) => {
    const error = configurationErrorOf(() => readUriData(uri, undefined, 'path'));
    expect(error.input).toBe('path');
    expect(error.message).toContain(why);
    expect(error.message).not.toContain('secret');
  });
});

describe('localDataLayout', () => {
  it('lays data out as azure-ai-ml does: a folder with a trailing slash, a file and an mltable without', () => {
    const hash = 'f'.repeat(32);
    expect(
      localDataLayout({ dataType: 'uri_folder', uploadHash: hash, rootName: 'data' }, 'workspaceblobstore'),
    ).toEqual({
      prefix: `LocalUpload/${hash}/data`,
      dataUri: `azureml://datastores/workspaceblobstore/paths/LocalUpload/${hash}/data/`,
    });
    expect(localDataLayout({ dataType: 'uri_file', uploadHash: hash, rootName: 'd.csv' }, 'ws')).toEqual({
      prefix: `LocalUpload/${hash}`,
      dataUri: `azureml://datastores/ws/paths/LocalUpload/${hash}/d.csv`,
    });
    expect(localDataLayout({ dataType: 'mltable', uploadHash: hash, rootName: 't' }, 'ws').dataUri).toBe(
      `azureml://datastores/ws/paths/LocalUpload/${hash}/t`,
    );
  });
});
