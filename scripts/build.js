#!/usr/bin/env node
// Bundles each action (src/actions/<name>/index.ts -> dist/<name>/index.js) and the CLI
// (src/cli/index.ts -> dist/cli/index.js) with @vercel/ncc.
// `--check` builds into a temporary folder and fails when dist/ differs from the sources.
// ncc only transpiles (`--transpile-only`, each file alone, as ts-jest does): types are checked once, by
// `npm run typecheck` (`npm run build` runs it first), instead of once more in every bundle (measured: 33 -> 18 CPU s
// for deploy-endpoint, the same bytes). Transpiling a file alone cannot see package.json's "type", so with
// tsconfig.json's module NodeNext it would emit CommonJS; src/tsconfig.json (module ESNext), which ncc and its
// ts-loader find first for every entry under src/, makes it emit the ES modules a full build emits.
// The bundles are independent: they build side by side, `--jobs=N` at a time (default: the CPUs, at most 4; each
// ncc takes about 0.4-0.7 GB and a core). The output of each is the same as when built alone.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const jobsArg = process.argv.find((a) => a.startsWith('--jobs='));
const jobs = jobsArg ? Number(jobsArg.slice('--jobs='.length)) : Math.min(4, availableParallelism());
if (!Number.isInteger(jobs) || jobs < 1) {
  console.error(`--jobs must be a whole number of at least 1 (got ${jobsArg}).`);
  process.exit(2);
}

function bundles() {
  const list = readdirSync(join(root, 'actions'))
    .filter((name) => existsSync(join(root, 'actions', name, 'action.yml')))
    .map((name) => ({ name, entry: join('src', 'actions', name, 'index.ts') }));
  list.push({ name: 'cli', entry: join('src', 'cli', 'index.ts') });
  return list.filter((b) => only.length === 0 || only.includes(b.name));
}

function listFiles(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const entry of readdirSync(dir)) {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...listFiles(full).map((f) => join(entry, f)));
    else out.push(entry);
  }
  return out.sort();
}

const esmConfig = join(root, 'src', 'tsconfig.json');
if (!existsSync(esmConfig)) {
  console.error(
    `${relative(root, esmConfig)} is missing: ncc --transpile-only needs it (module ESNext) to emit ES modules. Restore it from git.`,
  );
  process.exit(2);
}

const outRoot = check ? mkdtempSync(join(tmpdir(), 'mlops-dist-')) : join(root, 'dist');
const nccCli = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
/** Runs ncc for one bundle; its output (errors) is printed in one piece when it ends, not interleaved. */
function ncc(b, out) {
  return new Promise((resolvePromise) => {
    const started = Date.now();
    const child = spawn(
      process.execPath,
      [nccCli, 'build', b.entry, '-o', out, '--target', 'es2023', '--transpile-only', '-q'],
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code, signal) => {
      if (output) process.stderr.write(output);
      resolvePromise({ ok: code === 0, seconds: (Date.now() - started) / 1000, signal });
    });
  });
}

const stale = [];
const failed = [];
async function build(b) {
  const out = join(outRoot, b.name);
  rmSync(out, { recursive: true, force: true });
  const { ok, seconds, signal } = await ncc(b, out);
  if (!ok) {
    failed.push(`${b.name}${signal ? ` (${signal})` : ''}`);
    return;
  }
  if (!check) {
    console.log(`built dist/${b.name} (${seconds.toFixed(1)} s)`);
    return;
  }
  const committed = join(root, 'dist', b.name);
  const want = listFiles(out);
  const have = listFiles(committed);
  const differs =
    want.join('\n') !== have.join('\n') ||
    want.some((f) => !readFileSync(join(out, f)).equals(readFileSync(join(committed, f))));
  if (differs) stale.push(relative(root, committed));
  console.log(`checked dist/${b.name} (${seconds.toFixed(1)} s)`);
}

const queue = bundles();
await Promise.all(
  Array.from({ length: Math.min(jobs, queue.length) }, async () => {
    for (let b = queue.shift(); b; b = queue.shift()) await build(b);
  }),
);
if (failed.length > 0) {
  if (check) rmSync(outRoot, { recursive: true, force: true });
  console.error(`ncc failed for: ${failed.join(', ')}`);
  process.exit(1);
}
if (check) {
  rmSync(outRoot, { recursive: true, force: true });
  if (stale.length > 0) {
    stale.sort();
    console.error(
      `dist/ does not match src/ for: ${stale.join(', ')}. Run \`npm run build\` and commit dist/.`,
    );
    process.exit(1);
  }
  console.log('dist/ matches the sources');
}
