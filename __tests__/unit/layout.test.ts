import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ConfigurationError } from '../../src/errors.js';
import { listFiles } from '../../src/model/files.js';
import { detectLayout, parseModelType, type ModelType } from '../../src/model/layout.js';
import { checkOnnxModel } from '../../src/model/onnx.js';
import { rejectedConfigurationError } from '../helpers/errors.js';

/** A minimal ONNX ModelProto: ir_version 8, producer "test", graph {name "g"}, opset_import {version 13}. */
const ONNX_BYTES = Buffer.from([
  0x08, 0x08, 0x12, 0x04, 0x74, 0x65, 0x73, 0x74, 0x3a, 0x03, 0x12, 0x01, 0x67, 0x42, 0x02, 0x10, 0x0d,
]);

const MLMODEL = `artifact_path: model
flavors:
  python_function:
    env:
      conda: conda.yaml
      virtualenv: python_env.yaml
    loader_module: mlflow.sklearn
    model_path: model.pkl
    predict_fn: predict
    python_version: 3.11.7
  sklearn:
    code: null
    pickled_model: model.pkl
    serialization_format: cloudpickle
    sklearn_version: 1.4.2
mlflow_version: 2.12.1
model_uuid: 0b4d6a4c6c5f4d7a8e2d1f0e9c8b7a6d
utc_time_created: '2024-05-01 10:00:00.000000'
`;
const PYTHON_ENV = `python: 3.11.7
build_dependencies:
  - pip==24.0
dependencies:
  - -r requirements.txt
`;

let root: string;
let counter = 0;

function makeDir(files: Record<string, string | Buffer>): string {
  const dir = join(root, `m${counter++}`);
  mkdirSync(dir, { recursive: true });
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

async function detect(files: Record<string, string | Buffer>, requested?: ModelType) {
  const dir = makeDir(files);
  return detectLayout(dir, await listFiles(dir, 'model-path'), requested);
}

async function detectError(
  files: Record<string, string | Buffer>,
  requested?: ModelType,
): Promise<ConfigurationError> {
  return rejectedConfigurationError(detect(files, requested));
}

const mlflowFiles = {
  MLmodel: MLMODEL,
  'model.pkl': 'pickle',
  'conda.yaml': 'name: env',
  'python_env.yaml': PYTHON_ENV,
  'requirements.txt': 'scikit-learn==1.4.2',
};

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'layout-test-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('detectLayout', () => {
  it('detects a custom model', async () => {
    expect(await detect({ 'model.json': '{}', 'sub/weights.bin': 'x' })).toEqual({
      modelType: 'custom_model',
      layout: 'custom',
      warnings: [],
    });
  });

  it('detects an MLflow model, its flavors and the files it references', async () => {
    const got = await detect(mlflowFiles);
    expect(got.modelType).toBe('mlflow_model');
    expect(got.layout).toBe('mlflow');
    expect(got.flavors).toEqual(['python_function', 'sklearn']);
    expect(got.references).toEqual(
      expect.arrayContaining(['model.pkl', 'conda.yaml', 'python_env.yaml', 'requirements.txt']),
    );
  });

  it('accepts MLflow references to folders (pytorch data, tensorflow saved_model_dir) and the MLflow 1 env string', async () => {
    const mlmodel =
      'flavors:\n  python_function:\n    env: conda.yaml\n    data: data\n    loader_module: mlflow.pytorch\n  pytorch:\n    model_data: data\n';
    const got = await detect({ MLmodel: mlmodel, 'conda.yaml': 'x', 'data/model.pth': 'w' });
    expect(got.layout).toBe('mlflow');
  });

  it.each([
    ['the pickled model', 'model.pkl'],
    ['the conda environment', 'conda.yaml'],
    ['the virtualenv environment', 'python_env.yaml'],
    ['the requirements python_env.yaml includes', 'requirements.txt'],
  ])('rejects an MLmodel whose %s is missing, naming the file', async (_what, missing) => {
    const files: Record<string, string> = { ...mlflowFiles };
    delete files[missing];
    const error = await detectError(files);
    expect(error.input).toBe('model-path');
    expect(error.message).toContain(`'${missing}', which is missing`);
    expect(error.message).toContain("Input 'model-path'");
  });

  it('rejects an MLmodel that points outside the model directory', async () => {
    const error = await detectError({ MLmodel: 'flavors:\n  sklearn:\n    pickled_model: ../model.pkl\n' });
    expect(error.message).toContain('outside the model directory');
  });

  it('rejects an MLmodel that is not YAML or has no flavors', async () => {
    expect((await detectError({ MLmodel: 'flavors: [unclosed' })).message).toContain('not valid YAML');
    expect((await detectError({ MLmodel: 'artifact_path: model\n' })).message).toContain("no 'flavors'");
  });

  it('detects ONNX files and checks they look like a ModelProto', async () => {
    const got = await detect({ 'model.onnx': ONNX_BYTES, 'labels.txt': 'a\nb' });
    expect(got).toEqual({
      modelType: 'custom_model',
      layout: 'onnx',
      onnxFiles: ['model.onnx'],
      warnings: [],
    });
  });

  it.each([
    ['empty', Buffer.alloc(0), 'empty'],
    ['text', Buffer.from('not a model at all, just text\n'), 'not a valid ONNX model'],
    ['truncated', ONNX_BYTES.subarray(0, 10), 'not a valid ONNX model'],
    ['graphless', Buffer.from([0x08, 0x08]), 'no graph'],
  ])('rejects a %s .onnx file', async (_name, bytes, expected) => {
    const error = await detectError({ 'model.onnx': bytes });
    expect(error.message).toContain(expected);
    expect(error.input).toBe('model-path');
  });

  it('detects a Triton model repository', async () => {
    const got = await detect({
      'densenet/config.pbtxt': 'name: "densenet"',
      'densenet/1/model.onnx': ONNX_BYTES,
    });
    expect(got).toEqual({
      modelType: 'triton_model',
      layout: 'triton',
      tritonModels: ['densenet'],
      warnings: [],
    });
  });

  it('rejects a Triton model without a numeric version folder', async () => {
    const error = await detectError({
      'densenet/config.pbtxt': 'x',
      'densenet/latest/model.onnx': ONNX_BYTES,
    });
    expect(error.message).toContain('no version folder');
    expect(error.message).toContain('densenet/1/');
  });

  it('rejects an empty directory', async () => {
    const dir = makeDir({});
    await expect(detectLayout(dir, [], undefined)).rejects.toThrow(/has no files/);
  });

  it('rejects model-type mlflow_model without an MLmodel, naming model-type and the fix', async () => {
    const error = await detectError({ 'model.pkl': 'x' }, 'mlflow_model');
    expect(error.input).toBe('model-type');
    expect(error.message).toContain("Input 'model-type' is mlflow_model");
    expect(error.message).toContain('custom_model');
  });

  it('points at a nested MLmodel when the path is one level too high', async () => {
    const error = await detectError({ 'model/MLmodel': MLMODEL }, 'mlflow_model');
    expect(error.message).toContain('Found model/MLmodel');
    const auto = await detect({ 'model/MLmodel': MLMODEL });
    expect(auto.layout).toBe('custom');
    expect(auto.warnings[0]).toContain('model/MLmodel');
  });

  it('rejects model-type triton_model without a model repository', async () => {
    expect((await detectError({ 'model.onnx': ONNX_BYTES }, 'triton_model')).input).toBe('model-type');
    const rootConfig = await detectError({ 'config.pbtxt': 'x', '1/model.onnx': ONNX_BYTES }, 'triton_model');
    expect(rootConfig.message).toContain('move the files into a folder named after the model');
  });

  it('honours custom_model for an MLflow directory, with a warning', async () => {
    const got = await detect(mlflowFiles, 'custom_model');
    expect(got.modelType).toBe('custom_model');
    expect(got.layout).toBe('custom');
    expect(got.warnings).toHaveLength(1);
  });
});

describe('checkOnnxModel', () => {
  it('accepts a minimal ModelProto and reports why others fail', async () => {
    const dir = makeDir({ 'ok.onnx': ONNX_BYTES, 'bad.onnx': Buffer.from([0x0b, 0x00]) });
    expect(await checkOnnxModel(join(dir, 'ok.onnx'))).toBeUndefined();
    expect(await checkOnnxModel(join(dir, 'bad.onnx'))).toMatch(/wire type/);
  });
});

describe('parseModelType', () => {
  it('reads auto as undefined and rejects unknown types', () => {
    expect(parseModelType('auto')).toBeUndefined();
    expect(parseModelType('')).toBeUndefined();
    expect(parseModelType('mlflow_model')).toBe('mlflow_model');
    expect(() => parseModelType('pytorch')).toThrow(/Input 'model-type': 'pytorch' is not a model type/);
  });
});
