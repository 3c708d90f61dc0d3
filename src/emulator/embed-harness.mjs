// Regenerates inference-server-source.ts from inference-server.py (run after editing the .py):
//   node src/emulator/embed-harness.mjs
// The ncc bundles carry no loose files, so the emulator writes this string out where each deployment runs.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
const here = new URL('.', import.meta.url);
const source = readFileSync(new URL('inference-server.py', here), 'utf8');
writeFileSync(
  new URL('inference-server-source.ts', here),
  '// Generated from inference-server.py by embed-harness.mjs: do not edit by hand.\n' +
    `export const INFERENCE_SERVER_PY = ${JSON.stringify(source)};\n`,
);
// Formatted as the rest of src/, so `prettier --check` stays quiet.
execFileSync(fileURLToPath(new URL('../../node_modules/.bin/prettier', here)), [
  '--write',
  fileURLToPath(new URL('inference-server-source.ts', here)),
]);
