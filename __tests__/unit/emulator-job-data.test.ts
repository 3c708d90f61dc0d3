// Where a job's inputs and outputs are: every URI form a job body may carry, resolved to the workspace's storage.
import { describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Context } from '../../src/emulator/context.js';
import { removeFolder } from '../../src/emulator/deployment-folders.js';
import {
  artifactsUri,
  expandOutputUri,
  JobInputError,
  readOnly,
  resolveData,
} from '../../src/emulator/jobs/job-data.js';
import { initialState } from '../../src/emulator/state.js';

const state = initialState();
const ws = state.workspaces.dev!;
const wsId = `/subscriptions/${state.subscriptionId}/resourceGroups/${state.resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/dev`;
const ctx = {} as Context;
const BLOBSTORE = 'azureml-blobstore-dev';
const version = (kind: 'data' | 'models', name: string, properties: Record<string, unknown>) => {
  const r = {
    id: `${wsId}/${kind}/${name}/versions/1`,
    name: '1',
    type: kind,
    properties,
    systemData: {} as never,
  };
  ws.assets[kind][name] = { resource: r, versions: { '1': r } };
};
version('data', 'rows', {
  dataType: 'uri_file',
  dataUri: 'azureml://datastores/workspaceblobstore/paths/data/rows.csv',
});
version('models', 'm', { modelUri: 'azureml://datastores/workspaceblobstore/paths/LocalUpload/h/model/' });
ws.jobs!.done = {
  id: `${wsId}/jobs/done`,
  name: 'done',
  type: 'jobs',
  properties: { outputs: { model: { jobOutputType: 'uri_folder' } } },
  systemData: {} as never,
};

describe('resolveData', () => {
  it('data and model versions by ARM id or name:version', () => {
    expect(resolveData(ctx, ws, `azureml:${wsId}/data/rows/versions/1`)).toMatchObject({
      container: BLOBSTORE,
      path: 'data/rows.csv',
    });
    expect(resolveData(ctx, ws, 'azureml:rows:1')).toMatchObject({
      container: BLOBSTORE,
      path: 'data/rows.csv',
    });
    expect(resolveData(ctx, ws, `${wsId}/models/m/versions/1`.replace(/^/, 'azureml:'))).toMatchObject({
      container: BLOBSTORE,
      path: 'LocalUpload/h/model/',
    });
  });

  it('datastore URIs (short and long), job outputs with paths, and blob URLs of the workspace', () => {
    expect(resolveData(ctx, ws, 'azureml://datastores/workspaceartifactstore/paths/x/')).toMatchObject({
      container: 'azureml',
      path: 'x/',
    });
    expect(
      resolveData(
        ctx,
        ws,
        `azureml://subscriptions/s/resourcegroups/rg/workspaces/dev/datastores/workspaceblobstore/paths/a/b`,
      ),
    ).toMatchObject({ container: BLOBSTORE, path: 'a/b' });
    expect(resolveData(ctx, ws, 'azureml://jobs/done/outputs/model/paths/sub/f.txt')).toMatchObject({
      container: BLOBSTORE,
      path: 'azureml/done/model/sub/f.txt',
    });
    expect(
      resolveData(ctx, ws, `http://127.0.0.1:10000/${ws.storage!.account}/${BLOBSTORE}/d/x.csv`),
    ).toMatchObject({
      container: BLOBSTORE,
      path: 'd/x.csv',
    });
  });

  it('names what does not resolve', () => {
    const fails = (uri: string, message: RegExp) => {
      expect(() => resolveData(ctx, ws, uri)).toThrow(JobInputError);
      expect(() => resolveData(ctx, ws, uri)).toThrow(message);
    };
    fails('azureml:nope:1', /The data asset 'azureml:nope:1' does not exist in workspace 'dev'/);
    fails('azureml://datastores/other/paths/x', /names datastore 'other', which does not exist/);
    fails('azureml://jobs/ghost/outputs/model', /no job 'ghost' with that output/);
    fails('http://127.0.0.1:10000/someoneelse/c/x', /not in the storage account of workspace 'dev'/);
    fails('s3://bucket/x', /is not one a job input can use/);
  });
});

describe('output paths', () => {
  it('expands ${{name}} and ${{output_name}}, and the artifacts are the run files', () => {
    expect(
      expandOutputUri(
        'azureml://datastores/workspaceblobstore/paths/${{name}}/${{ output_name }}/',
        'j1',
        'out',
      ),
    ).toBe('azureml://datastores/workspaceblobstore/paths/j1/out/');
    expect(artifactsUri('j1')).toBe(
      'azureml://datastores/workspaceartifactstore/paths/ExperimentRun/dcid.j1/',
    );
  });
});

describe('read-only inputs', () => {
  it('files 0444, folders 0555, and the job folder still goes away (as any user: folders are opened first)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'job-data-'));
    const input = join(dir, 'inputs', 'data');
    mkdirSync(join(input, 'sub'), { recursive: true });
    writeFileSync(join(input, 'sub', 'a.csv'), 'x');
    readOnly(input);
    expect(statSync(join(input, 'sub', 'a.csv')).mode & 0o777).toBe(0o444);
    expect(statSync(join(input, 'sub')).mode & 0o777).toBe(0o555);
    expect(statSync(input).mode & 0o777).toBe(0o555);
    removeFolder(dir);
    expect(existsSync(dir)).toBe(false);
  });
});
