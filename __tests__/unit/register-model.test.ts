import { describe, expect, it } from '@jest/globals';
import { findByDigest, lineage, nextVersion } from '../../src/azureml/model-registration.js';
import type { ModelSource } from '../../src/model/model-source.js';
import { renderSummary } from '../../src/actions/register-model/summary.js';
import { tagsFilter, type ModelVersionInfo } from '../../src/azureml/client.js';
import { datastoreUri } from '../../src/azureml/datastore-url.js';
import { AzureMLError, translateError } from '../../src/azureml/errors.js';
import { PUBLIC_ARM_ENDPOINT } from '../../src/azureml/workspace.js';
import { ConfigurationError } from '../../src/errors.js';

const SUB = '00000000-0000-4000-8000-000000000000';
const address = {
  subscriptionId: SUB,
  resourceGroup: 'mlops-local',
  workspace: 'dev',
  armEndpoint: 'https://127.0.0.1:9443',
};
const DIGEST = `sha256:${'a'.repeat(64)}`;

function mv(version: string, tags: Record<string, string> = {}): ModelVersionInfo {
  return { id: `id-${version}`, name: 'm', version, tags, properties: {} };
}

describe('nextVersion', () => {
  it('is 1 for a new model', () => expect(nextVersion([])).toBe('1'));
  it('is one more than the highest integer, numerically', () =>
    expect(nextVersion(['1', '2', '10', '9'])).toBe('11'));
  it('ignores non-integer versions', () => expect(nextVersion(['3', 'latest', '1.5'])).toBe('4'));
  it('does not lose precision on big numbers', () =>
    expect(nextVersion(['9007199254740993'])).toBe('9007199254740994'));
});

describe('findByDigest', () => {
  it('finds the lowest version whose mlops.digest tag matches', () => {
    const versions = [
      mv('10', { 'mlops.digest': DIGEST }),
      mv('2', { 'mlops.digest': 'sha256:other' }),
      mv('9', { 'mlops.digest': DIGEST }),
    ];
    expect(findByDigest(versions, DIGEST)?.version).toBe('9');
  });
  it('checks the tag itself, whatever the server filtered', () => {
    expect(findByDigest([mv('1', {}), mv('2', { 'mlops.digest': 'x' })], DIGEST)).toBeUndefined();
  });
});

describe('tagsFilter', () => {
  it('writes key=value and bare keys, comma-separated', () => {
    expect(tagsFilter({ 'mlops.digest': DIGEST, stage: undefined })).toBe(`mlops.digest=${DIGEST},stage`);
  });
});

describe('datastoreUri', () => {
  it('is the azureml:// datastore form of the upload prefix', () => {
    expect(datastoreUri(address, 'workspaceblobstore', 'LocalUpload/abc/m')).toBe(
      `azureml://subscriptions/${SUB}/resourcegroups/mlops-local/workspaces/dev/datastores/workspaceblobstore/paths/LocalUpload/abc/m/`,
    );
  });
});

describe('lineage', () => {
  const base: ModelSource = {
    kind: 'folder',
    path: '/m',
    rootName: 'm',
    uploadHash: 'a'.repeat(32),
    digest: DIGEST,
    modelType: 'custom_model',
    layout: 'custom',
    files: [],
    bytes: 0,
    warnings: [],
  };
  it('takes git and run from the runner variables for a plain folder', () => {
    const l = lineage(base, {
      GITHUB_SHA: 'abc123',
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_RUN_ID: '77',
      GITHUB_RUN_ATTEMPT: '2',
      GITHUB_SERVER_URL: 'https://github.com',
    });
    expect(l.tags).toEqual({
      'mlops.digest': DIGEST,
      'mlops.source': 'folder',
      'mlops.git-commit': 'abc123',
      'mlops.repository': 'o/r',
      'mlops.run-url': 'https://github.com/o/r/actions/runs/77/attempts/2',
    });
    expect(l.properties).toEqual({ 'mlops.digest': DIGEST, 'mlops.layout': 'custom' });
  });
  it("prefers the package's manifest and records its metrics as properties", () => {
    const source: ModelSource = {
      ...base,
      kind: 'package',
      manifest: {
        schemaVersion: 1,
        name: 'm',
        modelType: 'custom_model',
        layout: 'custom',
        digest: DIGEST,
        files: [],
        git: { commit: 'fromManifest', repository: 'o/pkg' },
        run: { id: '5', url: 'https://github.com/o/pkg/actions/runs/5' },
        metrics: { accuracy: 0.91, dataset: 'v3' },
        createdAt: '2024-01-01T00:00:00.000Z',
        tool: { name: 'mlops-actions', version: '0.1.0' },
      },
    };
    const l = lineage(source, { GITHUB_SHA: 'fromEnv' });
    expect(l.tags['mlops.git-commit']).toBe('fromManifest');
    expect(l.tags['mlops.run-url']).toBe('https://github.com/o/pkg/actions/runs/5');
    expect(l.tags['mlops.source']).toBe('package');
    expect(l.properties).toMatchObject({ 'metric.accuracy': '0.91', 'metric.dataset': 'v3' });
  });
});

describe('translateError', () => {
  const ctx = {
    address,
    operation: 'create model m version 3',
    principal: 'the principal of the bearer token in AZUREML_ACCESS_TOKEN',
  };
  const rest = (statusCode: number | undefined, code: string, message: string, method = 'PUT'): Error =>
    Object.assign(new Error(message), { name: 'RestError', statusCode, code, request: { method } });

  it('403: names the principal, the workspace, the role and the ARM code and message', () => {
    const e = translateError(
      rest(403, 'AuthorizationFailed', "The client 'reader' does not have authorization"),
      ctx,
    );
    expect(e).toBeInstanceOf(ConfigurationError);
    expect(e.message).toContain('The principal of the bearer token');
    expect(e.message).toContain("workspace 'dev'");
    expect(e.message).toContain('403 AuthorizationFailed');
    expect(e.message).toContain('AzureML Data Scientist');
    expect((e as ConfigurationError).input).toBe('workspace');
  });
  it('403 on a read asks for Reader', () => {
    expect(translateError(rest(403, 'AuthorizationFailed', 'no', 'GET'), ctx).message).toContain(
      'at least Reader',
    );
  });
  it('401: says the credentials were rejected', () => {
    const e = translateError(rest(401, 'InvalidAuthenticationToken', 'bad token'), ctx);
    expect(e).toBeInstanceOf(ConfigurationError);
    expect(e.message).toContain('401 InvalidAuthenticationToken');
  });
  it('404 of the workspace: names the inputs', () => {
    const e = translateError(rest(404, 'ResourceNotFound', 'not found', 'GET'), {
      ...ctx,
      resource: 'workspace',
    });
    expect(e).toBeInstanceOf(ConfigurationError);
    expect(e.message).toMatch(/workspace, resource-group and subscription-id/);
  });
  it('other statuses keep the status and code', () => {
    const e = translateError(rest(500, 'InternalServerError', 'boom'), ctx);
    expect(e).toBeInstanceOf(AzureMLError);
    expect((e as AzureMLError).statusCode).toBe(500);
    expect(e.message).toBe(
      `Could not create model m version 3 in workspace 'dev' (resource group 'mlops-local', subscription '${SUB}'): 500 InternalServerError: boom`,
    );
  });
  it('says a transient failure was retried', () => {
    expect(translateError(rest(503, 'ServiceUnavailable', 'busy'), { ...ctx, retries: 5 }).message).toMatch(
      /503 ServiceUnavailable: busy \(still failing after 5 retries\)$/,
    );
    expect(translateError(rest(400, 'UserError', 'bad'), { ...ctx, retries: 5 }).message).not.toContain(
      'retries',
    );
  });
  it('network errors name the endpoint; certificate errors hint at NODE_EXTRA_CA_CERTS', () => {
    expect(translateError(rest(undefined, 'ECONNRESET', 'socket hang up'), ctx).message).toContain(
      'https://127.0.0.1:9443',
    );
    expect(
      translateError(rest(undefined, 'SELF_SIGNED_CERT_IN_CHAIN', 'self-signed'), ctx).message,
    ).toContain('NODE_EXTRA_CA_CERTS');
  });
  it('passes ConfigurationErrors through', () => {
    const original = new ConfigurationError('x', 'workspace');
    expect(translateError(original, ctx)).toBe(original);
  });
});

describe('renderSummary', () => {
  const result = {
    workspace: { id: 'ws-id', name: 'dev' },
    version: {
      ...mv('3', { team: '<fraud>', 'mlops.digest': DIGEST }),
      modelType: 'custom_model',
      modelUri: 'azureml://x/',
    },
    id: 'arm-id',
    uri: 'azureml:m:3',
    digest: DIGEST,
    reused: false,
    upload: {
      files: 2,
      bytes: 10,
      uploadedFiles: 2,
      uploadedBytes: 10,
      skippedFiles: 0,
      skippedBytes: 0,
      seconds: 1,
    },
  };
  it('says what was registered where, with tags escaped', () => {
    const md = renderSummary(result, address);
    expect(md).toContain('Registered model m version 3');
    expect(md).toContain('dev (resource group mlops-local');
    expect(md).toContain('&lt;fraud&gt;');
    expect(md).toContain('2 files (0.0 MB) uploaded');
    expect(md).not.toContain('ml.azure.com');
  });
  it('links to the studio for a real workspace and says reused', () => {
    const md = renderSummary(
      { ...result, reused: true, upload: undefined },
      { ...address, armEndpoint: PUBLIC_ARM_ENDPOINT },
      'tid',
    );
    expect(md).toContain('Reused model m version 3');
    expect(md).toContain('https://ml.azure.com/model/m:3/details');
  });
  it("says how many of a reused version's files were uploaded again, and a duplicate this run deleted", () => {
    const md = renderSummary(
      {
        ...result,
        reused: true,
        files: { files: 5, restored: 2, restoredBytes: 2 * 1024 * 1024 },
        deletedDuplicate: '4',
      },
      address,
    );
    expect(md).toContain('2 of 5 files were missing or different and were uploaded again (2.0 MB)');
    expect(md).toContain('version 4, created by this run, was deleted');
    expect(
      renderSummary({ ...result, files: { files: 5, restored: 0, restoredBytes: 0 } }, address),
    ).toContain('all 5 files there');
  });
});
