// A deployment's environment and model references: workspace assets, curated environments (registry and AzureML-*
// names), registries the emulator cannot serve.
import { describe, expect, it } from '@jest/globals';
import type { ArmError } from '../../src/emulator/arm-error.js';
import { curatedEnvironment, parseRegistryReference } from '../../src/emulator/curated-environments.js';
import { lastTraceback } from '../../src/emulator/readiness.js';
import {
  refuseRegistryModel,
  resolveEnvironment,
} from '../../src/emulator/resources/deployment-references.js';
import type { Resource, WorkspaceState } from '../../src/emulator/state.js';
import { userEnvironment } from '../../src/emulator/user-environment.js';

const WS_ID = '/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/dev';

function workspace(condaFile?: string): WorkspaceState {
  const version = { properties: condaFile === undefined ? {} : { condaFile } } as unknown as Resource;
  return {
    name: 'dev',
    workspaceId: 'w',
    createdAt: '',
    assets: {
      models: {},
      codes: {},
      environments: { myenv: { resource: {} as Resource, versions: { '1': version } } },
      data: {},
      components: {},
    },
  };
}

function refusal(run: () => unknown): ArmError {
  try {
    run();
  } catch (error) {
    return error as ArmError;
  }
  throw new Error('no refusal');
}

describe('registry references', () => {
  it('parses versions and labels of models and environments', () => {
    expect(
      parseRegistryReference('azureml://registries/azureml/environments/sklearn-1.5/labels/latest'),
    ).toEqual({
      registry: 'azureml',
      kind: 'environments',
      name: 'sklearn-1.5',
      label: 'latest',
    });
    expect(parseRegistryReference('azureml://registries/shared/models/iris/versions/3')).toEqual({
      registry: 'shared',
      kind: 'models',
      name: 'iris',
      version: '3',
    });
    expect(parseRegistryReference('azureml://registries/azureml/environments/x')).toBeUndefined();
    expect(curatedEnvironment('azureml-SKLEARN-1.0-ubuntu20.04-py38-cpu')?.name).toBe(
      'AzureML-sklearn-1.0-ubuntu20.04-py38-cpu',
    );
  });
});

describe('resolveEnvironment', () => {
  it('serves the curated environments of the azureml registry with their packages', () => {
    const env = resolveEnvironment(
      workspace(),
      'azureml://registries/azureml/environments/sklearn-1.5/versions/12',
    )!;
    expect(env.source).toMatch(/^Curated environment sklearn-1\.5/);
    expect(env.packages.map((p) => p.module)).toContain('sklearn');
    expect(env.packages.map((p) => p.distribution)).not.toContain('azureml-inference-server-http');
  });

  it('serves AzureML-* curated names referenced in any workspace', () => {
    const env = resolveEnvironment(
      workspace(),
      `${WS_ID}/environments/AzureML-sklearn-1.0-ubuntu20.04-py38-cpu/versions/1`,
    )!;
    expect(env.source).toMatch(/AzureML-sklearn-1\.0-ubuntu20\.04-py38-cpu/);
  });

  it('refuses an unknown curated environment, another registry, and a malformed reference, naming environmentId', () => {
    const unknown = refusal(() =>
      resolveEnvironment(workspace(), 'azureml://registries/azureml/environments/tensorflow-9/labels/latest'),
    );
    expect(unknown.status).toBe(400);
    expect(unknown.target).toBe('properties.environmentId');
    expect(unknown.message).toMatch(/'tensorflow-9'.*not one the local emulator serves.*sklearn-1\.5/);
    const oldName = refusal(() =>
      resolveEnvironment(workspace(), `${WS_ID}/environments/AzureML-Nope-1/versions/1`),
    );
    expect(oldName.message).toMatch(/'AzureML-Nope-1'/);
    const other = refusal(() =>
      resolveEnvironment(workspace(), 'azureml://registries/contoso/environments/env/versions/1'),
    );
    expect(other.message).toMatch(/in registry 'contoso'/);
    expect(other.target).toBe('properties.environmentId');
    const malformed = refusal(() => resolveEnvironment(workspace(), 'azureml://registries/azureml/envs/x'));
    expect(malformed.message).toMatch(/not a registry environment reference/);
  });

  it("reads a workspace environment's conda file, and says when there is none or it is not YAML", () => {
    const conda = 'dependencies:\n  - python=3.10\n  - pip:\n    - scikit-learn\n    - azureml-defaults\n';
    const env = resolveEnvironment(workspace(conda), `${WS_ID}/environments/myenv/versions/1`)!;
    expect(env).toEqual({
      source: 'Environment myenv:1 (its conda file)',
      packages: [{ distribution: 'scikit-learn', module: 'sklearn' }],
    });
    expect(resolveEnvironment(workspace(), `${WS_ID}/environments/myenv/versions/1`)!.source).toMatch(
      /no conda file/,
    );
    expect(
      resolveEnvironment(workspace('dependencies: [x'), `${WS_ID}/environments/myenv/versions/1`)!.source,
    ).toMatch(/not YAML/);
    expect(resolveEnvironment(workspace(), undefined)).toBeUndefined();
    expect(
      refusal(() => resolveEnvironment(workspace(), `${WS_ID}/environments/nope/versions/1`)).message,
    ).toMatch(/does not exist/);
  });

  it('refuses a registry model, naming properties.model and the registry', () => {
    const e = refusal(() => refuseRegistryModel('azureml://registries/shared/models/iris/versions/3'));
    expect(e.target).toBe('properties.model');
    expect(e.message).toMatch(/registry 'shared'.*cannot download or serve it.*Register the model/);
    expect(() => refuseRegistryModel(`${WS_ID}/models/iris/versions/3`)).not.toThrow();
  });
});

describe('what user code sees', () => {
  it("passes what python needs and the deployment's variables, not the emulator's own", () => {
    const env = userEnvironment(
      {
        PATH: '/bin',
        HOME: '/root',
        USER: 'root',
        LANG: 'C.UTF-8',
        LC_ALL: 'C.UTF-8',
        PYENV_ROOT: '/p',
        VIRTUAL_ENV: '/v',
        CONDA_PREFIX: '/c',
        AZUREML_ACCESS_TOKEN: 'secret',
        GITHUB_TOKEN: 'secret',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'secret',
        ACTIONS_ID_TOKEN_REQUEST_URL: 'https://x',
        ACTIONS_RUNTIME_TOKEN: 'secret',
        MLOPS_EMULATOR_PYTHON: 'python3',
        INPUT_TOKEN: 'secret',
        AZURE_CLIENT_SECRET: 'secret',
        NODE_EXTRA_CA_CERTS: 'x',
      },
      { executable: '/usr/bin/python3', userBase: '/root/.local' },
      { home: '/d/home', tmp: '/d/tmp' },
      { AZUREML_MODEL_DIR: '/m', MY_SETTING: '1' },
    );
    expect(env).toEqual({
      PATH: '/bin',
      LANG: 'C.UTF-8',
      LC_ALL: 'C.UTF-8',
      PYENV_ROOT: '/p',
      VIRTUAL_ENV: '/v',
      CONDA_PREFIX: '/c',
      HOME: '/d/home',
      TMPDIR: '/d/tmp',
      PYTHONUSERBASE: '/root/.local',
      PYTHONDONTWRITEBYTECODE: '1',
      PYTHONUNBUFFERED: '1',
      AZUREML_MODEL_DIR: '/m',
      MY_SETTING: '1',
    });
  });

  it("cuts a failed init()'s traceback out of the log", () => {
    const log =
      'Calling init()\ninit() failed\nTraceback (most recent call last):\n  File "score.py", line 2, in init\nRuntimeError: boom\n';
    expect(lastTraceback(log)).toBe(
      'Traceback (most recent call last):\n  File "score.py", line 2, in init\nRuntimeError: boom',
    );
    expect(lastTraceback('no error')).toBeUndefined();
  });
});
