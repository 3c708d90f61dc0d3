// The environment's packages the emulator checks before init(): conda files read as conda reads them, and PyPI
// names mapped to the modules python imports.
import { describe, expect, it } from '@jest/globals';
import {
  condaRequirements,
  distributionName,
  importName,
  packagesToCheck,
} from '../../src/emulator/python-packages.js';
import { missingPackagesReport, mlflowMissingMessage } from '../../src/emulator/python-preflight.js';

// The shape of Azure/azureml-examples' cli/endpoints/online/model-1/environment/conda.yaml.
const CONDA = `name: model-env
channels:
  - conda-forge
dependencies:
  - python=3.9
  - numpy=1.23.5
  - pip=23.0.1
  - scikit-learn=1.2.2
  - conda-forge::scipy=1.10.1
  - pip:
    - azureml-defaults==1.49.0
    - inference-schema[numpy-support]==1.5.1
    - joblib>=1.2.0
    - --extra-index-url https://example.invalid/simple
    - git+https://github.com/example/pkg.git
    - azureml-inference-server-http
    - scikit-learn
`;

describe('conda files', () => {
  it('lists conda dependencies and the pip list, as written', () => {
    expect(condaRequirements(CONDA)).toEqual([
      'python=3.9',
      'numpy=1.23.5',
      'pip=23.0.1',
      'scikit-learn=1.2.2',
      'conda-forge::scipy=1.10.1',
      'azureml-defaults==1.49.0',
      'inference-schema[numpy-support]==1.5.1',
      'joblib>=1.2.0',
      '--extra-index-url https://example.invalid/simple',
      'git+https://github.com/example/pkg.git',
      'azureml-inference-server-http',
      'scikit-learn',
    ]);
    expect(condaRequirements('name: empty\n')).toEqual([]);
    expect(() => condaRequirements('dependencies: [unclosed\n')).toThrow();
  });

  it('checks each distribution once, without the interpreter, installers, options or what the emulator provides', () => {
    expect(packagesToCheck(condaRequirements(CONDA))).toEqual([
      { distribution: 'numpy', module: 'numpy' },
      { distribution: 'scikit-learn', module: 'sklearn' },
      { distribution: 'scipy', module: 'scipy' },
      { distribution: 'inference-schema', module: 'inference_schema' },
      { distribution: 'joblib', module: 'joblib' },
    ]);
  });

  it('maps distribution names to import names', () => {
    expect(distributionName('Scikit-Learn>=1.0')).toBe('scikit-learn');
    expect(distributionName('pandas[performance]==2.0')).toBe('pandas');
    expect(distributionName('-r requirements.txt')).toBeUndefined();
    expect(distributionName('./local/pkg')).toBeUndefined();
    expect(importName('scikit-learn')).toBe('sklearn');
    expect(importName('azureml-mlflow')).toBe('azureml.mlflow');
    expect(importName('python-dateutil')).toBe('dateutil');
    expect(importName('some-package')).toBe('some_package');
  });
});

describe('the missing-packages report', () => {
  const check = { python: '/usr/bin/python3', version: '3.11.2', missing: ['sklearn', 'mlflow'] };
  const packages = packagesToCheck(['scikit-learn', 'numpy', 'mlflow']);

  it('names each missing distribution with its import name, the python and how to fix it', () => {
    const lines = missingPackagesReport('Environment env:1', packages, check);
    expect(lines[0]).toBe(
      'Environment env:1: the local python /usr/bin/python3 (3.11.2) cannot import 2 of its 3 packages:',
    );
    expect(lines).toContain('  - scikit-learn (import sklearn)');
    expect(lines).toContain('  - mlflow');
    expect(lines.at(-1)).toMatch(/installs nothing.*MLOPS_EMULATOR_PYTHON/);
  });

  it('says so when nothing is missing', () => {
    expect(missingPackagesReport('E', packages, { ...check, missing: [] })).toEqual([
      'E: the local python /usr/bin/python3 (3.11.2) imports all 3 of its packages.',
    ]);
  });

  it('names mlflow, the python, its version and MLOPS_EMULATOR_PYTHON for an MLflow model without code', () => {
    const message = mlflowMissingMessage('iris:1', check);
    expect(message).toMatch(/MLflow model iris:1 has no scoring code/);
    expect(message).toMatch(/\/usr\/bin\/python3 \(3\.11\.2\) cannot import mlflow/);
    expect(message).toMatch(/MLOPS_EMULATOR_PYTHON/);
  });
});
