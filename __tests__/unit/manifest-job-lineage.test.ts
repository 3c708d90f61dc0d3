// A package of a job's output keeps the job's lineage: written in the manifest, read back, and turned into the
// registered version's tags.
import { describe, expect, it } from '@jest/globals';
import { lineage } from '../../src/azureml/model-version-rules.js';
import { parseManifest, serializeManifest, type PackageManifest } from '../../src/model/manifest.js';
import type { ModelSource } from '../../src/model/model-source.js';
import { configurationErrorOf } from '../helpers/errors.js';

const DIGEST = `sha256:${'1'.repeat(64)}`;
const manifest: PackageManifest = {
  schemaVersion: 1,
  name: 'diabetes-classifier',
  modelType: 'custom_model',
  layout: 'custom',
  digest: DIGEST,
  files: [{ path: 'model.pkl', size: 3, sha256: 'a'.repeat(64) }],
  job: {
    name: 'train-a',
    output: 'azureml://jobs/train-a/outputs/model',
    code: 'src:1',
    environment: 'sklearn-env:3',
    data: ['diabetes-data:1', 'holdout:2'],
    step: 'train',
  },
  createdAt: '2026-11-30T13:00:00.000Z',
  tool: { name: 'mlops-actions', version: '0.1.0' },
};

describe('a job in the package manifest', () => {
  it('is written and read back', () => {
    expect(parseManifest(serializeManifest(manifest), 'm.json', 'model-path').job).toEqual(manifest.job);
  });

  it('refuses a job entry that is not one', () => {
    const text = serializeManifest(manifest).replace('"data": [', '"data": 3, "x": [');
    expect(configurationErrorOf(() => parseManifest(text, 'm.json', 'model-path')).message).toContain(
      'job is not {name, output, code, environment, data, step}',
    );
  });

  it("becomes the version's lineage tags when the package is registered", () => {
    const source = { kind: 'package', digest: DIGEST, layout: 'custom', manifest } as ModelSource;
    expect(lineage(source, {}).tags).toEqual({
      'mlops.digest': DIGEST,
      'mlops.source': 'package',
      'mlops.job': 'train-a',
      'mlops.job-output': 'azureml://jobs/train-a/outputs/model',
      'mlops.job-code': 'src:1',
      'mlops.job-environment': 'sklearn-env:3',
      'mlops.job-data': 'diabetes-data:1,holdout:2',
      'mlops.job-step': 'train',
    });
  });
});
