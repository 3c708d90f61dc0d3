#!/usr/bin/env node
// Downloads the Azure REST API spec files that the contract test reads (scripts/azure-specs.json: path, commit and
// sha256 of each) into a folder laid out as ../shared/azure-specs is (specification/..., specsets.json), for a
// machine where that folder is not beside the repository, such as GitHub's runners:
//
//   node scripts/fetch-azure-specs.mjs <folder> [--base-url URL]
//   MLOPS_AZURE_SPECS=<folder> npm test
//
// Each file comes from <base-url>/<commit>/<path> (raw files of Azure/azure-rest-api-specs by default) and is
// refused unless its sha256 is the recorded one; nothing is written unless every file arrived intact.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const DEFAULT_BASE = 'https://raw.githubusercontent.com/Azure/azure-rest-api-specs';
const MAX_BYTES = 16 * 1024 * 1024;

function usage(message) {
  console.error(`${message}\nusage: node scripts/fetch-azure-specs.mjs <folder> [--base-url URL]`);
  process.exit(2);
}

const args = process.argv.slice(2);
let base = DEFAULT_BASE;
const positional = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--base-url') base = args[++i] ?? usage('--base-url needs a URL');
  else if (args[i].startsWith('--base-url=')) base = args[i].slice('--base-url='.length);
  else if (args[i].startsWith('-')) usage(`unknown option ${args[i]}`);
  else positional.push(args[i]);
}
if (positional.length !== 1) usage('give exactly one folder to write the specs into');
const target = resolve(positional[0]);

const listing = JSON.parse(
  readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'azure-specs.json'), 'utf8'),
);

async function download(file) {
  const url = `${base.replace(/\/+$/, '')}/${file.commit}/${file.path}`;
  const res = await fetch(url, { signal: AbortSignal.timeout(60_000) });
  if (!res.ok) throw new Error(`${file.path}: HTTP ${res.status} from ${url}`);
  const body = Buffer.from(await res.arrayBuffer());
  if (body.length > MAX_BYTES) throw new Error(`${file.path}: ${body.length} bytes, more than ${MAX_BYTES}`);
  const digest = createHash('sha256').update(body).digest('hex');
  if (digest !== file.sha256) {
    throw new Error(`${file.path}: sha256 ${digest}, expected ${file.sha256} (commit ${file.commit})`);
  }
  return body;
}

try {
  const bodies = await Promise.all(listing.files.map(download));
  // Write into a sibling folder, then move it in place: a failed run leaves no half-filled folder.
  const staging = `${target}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  listing.files.forEach((file, i) => {
    const out = join(staging, file.path);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, bodies[i]);
  });
  writeFileSync(
    join(staging, 'specsets.json'),
    `${JSON.stringify({ comment: 'Written by scripts/fetch-azure-specs.mjs.', sets: listing.sets }, null, 2)}\n`,
  );
  rmSync(target, { recursive: true, force: true });
  mkdirSync(dirname(target), { recursive: true });
  renameSync(staging, target);
  console.log(`${listing.files.length} spec files (sha256 checked) in ${target}`);
} catch (error) {
  console.error(`fetch-azure-specs: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
