#!/usr/bin/env node
// `npm run chaos -- --runs N --seed S [--only K] [--keep] [--dist DIR]`: runs chaos/campaign.ts on this Node (24),
// which strips the types itself; chaos/ts-resolve.mjs maps src/'s `./x.js` imports to `./x.ts`. No bundling: an ncc
// bundle of the campaign and the emulator took 98 s on a loaded 2-core machine, longer than a short campaign.
// The actions the campaign runs are the bundles in dist/ (or --dist DIR): rebuild them first (`npm run build`)
// to test a change.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const result = spawnSync(
  process.execPath,
  [
    '--import',
    join(here, 'ts-resolve.mjs'),
    '--experimental-transform-types',
    '--disable-warning=ExperimentalWarning',
    join(here, 'campaign.ts'),
    join(here, '..'),
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
