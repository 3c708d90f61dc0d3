// The inference server ships inside the bundles as a string; it must be the .py file as it is.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INFERENCE_SERVER_PY, MLFLOW_SCORE_PY } from '../../src/emulator/inference-server-source.js';

describe('embedded inference server', () => {
  it('matches src/emulator/inference-server.py (run `node src/emulator/embed-harness.mjs` after editing it)', () => {
    const source = readFileSync(
      join(import.meta.dirname, '..', '..', 'src', 'emulator', 'inference-server.py'),
      'utf8',
    );
    expect(INFERENCE_SERVER_PY).toBe(source);
  });

  it('matches src/emulator/mlflow-score.py (the scoring shim of MLflow models without code)', () => {
    const source = readFileSync(
      join(import.meta.dirname, '..', '..', 'src', 'emulator', 'mlflow-score.py'),
      'utf8',
    );
    expect(MLFLOW_SCORE_PY).toBe(source);
  });
});
