// Model, environment and code references as deploy-endpoint takes them (inputs and deployment files).
import { describe, expect, it } from '@jest/globals';
import {
  parseCodeReference,
  parseEnvironmentReference,
  parseModelReference,
} from '../../src/deploy/references.js';
import { ConfigurationError } from '../../src/errors.js';

describe('parseModelReference', () => {
  it.each([
    [
      'azureml:diabetes-classifier:3',
      { kind: 'workspace', ref: { name: 'diabetes-classifier', version: '3' } },
    ],
    [
      'azureml:credit-default-model@latest',
      { kind: 'workspace', ref: { name: 'credit-default-model', version: 'latest' } },
    ],
    [
      'azureml://registries/azureml/models/mistralai-Mistral-7B-v01/versions/12',
      { kind: 'registry', id: 'azureml://registries/azureml/models/mistralai-Mistral-7B-v01/versions/12' },
    ],
    [
      'azureml://registries/my_registry/models/m/labels/latest',
      { kind: 'registry', id: 'azureml://registries/my_registry/models/m/labels/latest' },
    ],
  ])('%s', (value, want) => expect(parseModelReference(value)).toEqual(want));

  it.each([
    'diabetes-classifier',
    'azureml:diabetes-classifier',
    'azureml:diabetes-classifier:latest',
    'azureml:diabetes.classifier:1',
    'azureml:m:0',
    'azureml://registries/azureml/environments/sklearn-1.5/labels/latest',
    'azureml://registries/azureml/models/m/versions/1/extra',
  ])('refuses %s naming the input', (value) => {
    expect(() => parseModelReference(value, 'model')).toThrow(ConfigurationError);
    expect(() => parseModelReference(value, 'model')).toThrow(/Input 'model': .* is not a model reference/);
  });
});

describe('parseEnvironmentReference', () => {
  it.each([
    ['azureml:my-env:1', { kind: 'workspace', ref: { name: 'my-env', version: '1' } }],
    [
      'azureml:AzureML-sklearn-1.0-ubuntu20.04-py38-cpu@latest',
      { kind: 'workspace', ref: { name: 'AzureML-sklearn-1.0-ubuntu20.04-py38-cpu', version: 'latest' } },
    ],
    [
      'azureml://registries/azureml/environments/sklearn-1.5/labels/latest',
      { kind: 'registry', id: 'azureml://registries/azureml/environments/sklearn-1.5/labels/latest' },
    ],
    [
      'azureml://registries/azureml/environments/sklearn-1.5/versions/14',
      { kind: 'registry', id: 'azureml://registries/azureml/environments/sklearn-1.5/versions/14' },
    ],
  ])('%s', (value, want) => expect(parseEnvironmentReference(value)).toEqual(want));

  it.each([
    'my-env',
    'azureml:my-env',
    'azureml://registries/azureml/models/m/versions/1',
    'azureml:my env:1',
  ])('refuses %s', (value) =>
    expect(() => parseEnvironmentReference(value, 'environment')).toThrow(
      /Input 'environment': .* not an environment reference/,
    ),
  );
});

describe('parseCodeReference', () => {
  it('takes azureml:<name>:<version> only', () => {
    expect(parseCodeReference('azureml:score-code:2', 'deployment-file')).toEqual({
      name: 'score-code',
      version: '2',
    });
    expect(() => parseCodeReference('azureml:score-code@latest', 'deployment-file')).toThrow(
      /not a registered code version/,
    );
  });
});
