// Regenerates inference-server-source.ts from the emulator's python files (run after editing one):
//   node src/emulator/embed-harness.mjs
// The ncc bundles carry no loose files, so the emulator writes these strings out where each deployment runs.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
const here = new URL('.', import.meta.url);
/** Export name -> python file beside this script. */
const EMBEDDED = { INFERENCE_SERVER_PY: 'inference-server.py', MLFLOW_SCORE_PY: 'mlflow-score.py' };
writeFileSync(
  new URL('inference-server-source.ts', here),
  '// Generated from inference-server.py and mlflow-score.py by embed-harness.mjs: do not edit by hand.\n' +
    Object.entries(EMBEDDED)
      .map(
        ([name, file]) =>
          `export const ${name} = ${JSON.stringify(readFileSync(new URL(file, here), 'utf8'))};\n`,
      )
      .join(''),
);
// Formatted as the rest of src/, so `prettier --check` stays quiet.
execFileSync(fileURLToPath(new URL('../../node_modules/.bin/prettier', here)), [
  '--write',
  fileURLToPath(new URL('inference-server-source.ts', here)),
]);
