import { describe, expect, it } from '@jest/globals';
import { parseDatastoreUri } from '../../src/emulator/datastore-uri.js';
import {
  authorizationFailedMessage,
  defaultPrincipals,
  roleAllows,
  roleOn,
} from '../../src/emulator/principals.js';
import { checkAssetName, checkAssetVersion } from '../../src/emulator/names.js';
import { checkRequest } from '../../src/emulator/schema.js';
import { CONTAINER, VERSION } from '../../src/emulator/schemas/assets.js';

describe('asset names and versions', () => {
  it('accepts the names the service accepts (its spec pattern) and rejects the rest naming "name"', () => {
    for (const ok of ['churn', 'a', 'Model_2-b', '9lives', 'x'.repeat(255)])
      expect(() => checkAssetName(ok, 'models')).not.toThrow();
    for (const bad of ['', '-a', '_a', 'a.b', 'a b', 'a/b', 'x'.repeat(256), 'é']) {
      expect(() => checkAssetName(bad, 'models')).toThrow(
        expect.objectContaining({ status: 400, target: 'name' }),
      );
    }
    // Environments also take dots, as curated ones have them (sklearn-1.5); nothing else changes.
    expect(() => checkAssetName('AzureML-sklearn-1.0-ubuntu20.04-py38-cpu', 'environments')).not.toThrow();
    expect(() => checkAssetName('a.b', 'codes')).toThrow(expect.objectContaining({ status: 400 }));
    for (const bad of ['', '.a', 'a b', 'a/b', 'x'.repeat(256)]) {
      expect(() => checkAssetName(bad, 'environments')).toThrow(
        expect.objectContaining({ status: 400, target: 'name' }),
      );
    }
  });

  it('accepts versions like 1, 1.0.2 and v2-rc_1, and rejects the rest naming "version"', () => {
    for (const ok of ['1', '1.0.2', 'v2-rc_1']) expect(() => checkAssetVersion(ok)).not.toThrow();
    for (const bad of ['', '.1', '1/2', '1 2', 'x'.repeat(31)]) {
      expect(() => checkAssetVersion(bad)).toThrow(
        expect.objectContaining({ status: 400, target: 'version' }),
      );
    }
  });
});

describe('asset bodies against the 2026-07-01 schemas', () => {
  const check = (schema: Parameters<typeof checkRequest>[0], body: unknown) => () =>
    checkRequest(schema, body, 'test');

  it('accepts a valid body', () => {
    expect(
      check(VERSION.models, {
        properties: {
          modelUri: 'azureml://x',
          modelType: 'custom_model',
          tags: { a: 'b' },
          isArchived: false,
        },
      }),
    ).not.toThrow();
  });

  it('rejects wrong types naming the field', () => {
    expect(check(VERSION.models, { properties: { modelUri: 'x', tags: { a: 1 } } })).toThrow(
      expect.objectContaining({ status: 400, code: 'UserError', target: 'properties.tags.a' }),
    );
    expect(check(VERSION.codes, { properties: { isAnonymous: 'no' } })).toThrow(
      expect.objectContaining({ target: 'properties.isAnonymous' }),
    );
    expect(check(CONTAINER.environments, { properties: { description: 5 } })).toThrow(
      expect.objectContaining({ target: 'properties.description' }),
    );
  });

  it('needs a JSON object with properties', () => {
    expect(check(VERSION.models, [])).toThrow(expect.objectContaining({ status: 400 }));
    expect(check(VERSION.models, {})).toThrow(expect.objectContaining({ target: 'properties' }));
  });
});

describe('parseDatastoreUri', () => {
  it('reads the full and the workspace-relative forms', () => {
    expect(
      parseDatastoreUri(
        'azureml://subscriptions/s/resourcegroups/rg/workspaces/dev/datastores/workspaceblobstore/paths/LocalUpload/abc/m/',
      ),
    ).toEqual({
      subscriptionId: 's',
      resourceGroup: 'rg',
      workspace: 'dev',
      datastore: 'workspaceblobstore',
      path: 'LocalUpload/abc/m/',
    });
    expect(parseDatastoreUri('azureml://datastores/ds/paths//a/b')).toEqual({ datastore: 'ds', path: 'a/b' });
    expect(parseDatastoreUri('https://acct.blob.core.windows.net/c/p')).toBeUndefined();
    expect(parseDatastoreUri('azureml://datastores/ds/paths/')).toBeUndefined();
  });
});

describe('principals and roles', () => {
  const [admin, scientist, engineer, reader] = defaultPrincipals();
  const write = 'Microsoft.MachineLearningServices/workspaces/models/versions/write';
  const read = 'Microsoft.MachineLearningServices/workspaces/models/versions/read';

  it('gives each default principal its roles per workspace', () => {
    expect(roleAllows(roleOn(admin!, 'prod'), write)).toBe(true);
    expect(
      roleAllows(roleOn(admin!, 'anything'), 'Microsoft.MachineLearningServices/workspaces/delete'),
    ).toBe(true);
    expect(roleAllows(roleOn(scientist!, 'dev'), write)).toBe(true);
    expect(roleAllows(roleOn(scientist!, 'prod'), read)).toBe(false);
    expect(roleAllows(roleOn(engineer!, 'PROD'), write)).toBe(true);
    expect(roleAllows(roleOn(engineer!, 'prod'), 'Microsoft.MachineLearningServices/workspaces/write')).toBe(
      false,
    );
    expect(roleAllows(roleOn(reader!, 'prod'), read)).toBe(true);
    expect(roleAllows(roleOn(reader!, 'dev'), write)).toBe(false);
    expect(
      roleAllows(
        roleOn(reader!, 'dev'),
        'Microsoft.MachineLearningServices/workspaces/datastores/listsecrets/action',
      ),
    ).toBe(false);
  });

  it('words a 403 as ARM does', () => {
    expect(authorizationFailedMessage(reader!, write, '/s/x')).toBe(
      `The client 'reader' with object id '${reader!.objectId}' does not have authorization to perform action '${write}' ` +
        "over scope '/s/x' or the scope is invalid. If access was recently granted, please refresh your credentials.",
    );
  });
});
