#!/usr/bin/env node
// Builds dist/ with @vercel/ncc: two bundles, and a small entry file per action.
// - dist/actions/index.js (+ its chunks), from src/actions/index.ts: the code of every action, each action's own code a
//   chunk loaded when it runs. The actions share most of their code; one bundle is one ncc build (about 35 CPU-s)
//   instead of one per action (about 20 each: 200 CPU-s for nine, in every build and in CI's check).
// - dist/<name>/index.js for each actions/<name>/action.yml (what its `runs.main` names): written here, not by ncc,
//   it calls runNamedAction('<name>') of dist/actions.
// - dist/cli/index.js, from src/cli/index.ts: the `mlops` command and the emulator.
// `--check` builds into a temporary folder and fails when dist/ differs from what it built (a file changed, missing
// or left over). `node scripts/build.js <names>` builds some: `actions`, `cli`, or an action's name (= `actions`).
// ncc only transpiles (`--transpile-only`, each file alone, as ts-jest does): types are checked once, by
// `npm run typecheck` (`npm run build` runs it first). Transpiling a file alone cannot see package.json's "type", so
// with tsconfig.json's module NodeNext it would emit CommonJS; src/tsconfig.json (module ESNext), which ncc and its
// ts-loader find first for every entry under src/, makes it emit the ES modules a full build emits.
// The two bundles build side by side (`--jobs=1` one after the other; each ncc takes about 0.5-0.8 GB and a core).
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const jobsArg = process.argv.find((a) => a.startsWith('--jobs='));
const jobs = jobsArg ? Number(jobsArg.slice('--jobs='.length)) : Math.min(2, availableParallelism());
if (!Number.isInteger(jobs) || jobs < 1) {
  console.error(`--jobs must be a whole number of at least 1 (got ${jobsArg}).`);
  process.exit(2);
}

/** The actions: the folders of actions/ with an action.yml. */
const actionNames = readdirSync(join(root, 'actions'))
  .filter((name) => existsSync(join(root, 'actions', name, 'action.yml')))
  .sort();
const unknown = only.filter((name) => name !== 'actions' && name !== 'cli' && !actionNames.includes(name));
if (unknown.length > 0) {
  console.error(
    `No bundle or action is named ${unknown.join(', ')} (bundles: actions, cli; actions: ${actionNames.join(', ')}).`,
  );
  process.exit(2);
}
const wanted = (name) =>
  only.length === 0 ||
  only.includes(name) ||
  (name === 'actions' && only.some((n) => actionNames.includes(n)));

function bundles() {
  const list = [
    { name: 'actions', entry: join('src', 'actions', 'index.ts') },
    { name: 'cli', entry: join('src', 'cli', 'index.ts') },
  ];
  return list.filter((b) => wanted(b.name));
}

/** The file an action.yml runs: it runs the action in the bundle of all actions. */
const actionEntry = (name) =>
  `// Written by scripts/build.js: the ${name} action, run from the bundle of all actions (src/actions/index.ts).\n` +
  `import { runNamedAction } from '../actions/index.js';\n\nawait runNamedAction('${name}');\n`;
/** What ncc writes beside an ES module bundle, so that node loads .js files there as ES modules. */
const MODULE_PACKAGE = '{\n  "type": "module"\n}\n';

function writeActionEntries(outRoot) {
  for (const name of actionNames) {
    mkdirSync(join(outRoot, name), { recursive: true });
    writeFileSync(join(outRoot, name, 'index.js'), actionEntry(name));
    writeFileSync(join(outRoot, name, 'package.json'), MODULE_PACKAGE);
  }
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

/** Whether dist/<dir> holds exactly the files of <out>/<dir>, byte for byte. */
function matches(out, dir) {
  const committed = join(root, 'dist', dir);
  const want = listFiles(join(out, dir));
  const have = listFiles(committed);
  return (
    want.join('\n') === have.join('\n') &&
    want.every((f) => readFileSync(join(out, dir, f)).equals(readFileSync(join(committed, f))))
  );
}

async function build(b) {
  const out = join(outRoot, b.name);
  rmSync(out, { recursive: true, force: true });
  const { ok, seconds, signal } = await ncc(b, out);
  if (!ok) {
    failed.push(`${b.name}${signal ? ` (${signal})` : ''}`);
    return;
  }
  if (check && !matches(outRoot, b.name)) stale.push(`dist/${b.name}`);
  console.log(`${check ? 'checked' : 'built'} dist/${b.name} (${seconds.toFixed(1)} s)`);
}

const queue = bundles();
if (wanted('actions')) {
  // The action entry files of folders no longer in actions/ go too (a full build only: dist/ holds nothing else).
  if (!check && only.length === 0 && existsSync(outRoot)) {
    for (const dir of readdirSync(outRoot)) {
      if (dir !== 'actions' && dir !== 'cli' && !actionNames.includes(dir))
        rmSync(join(outRoot, dir), { recursive: true, force: true });
    }
  }
  writeActionEntries(outRoot);
  if (check) for (const name of actionNames) if (!matches(outRoot, name)) stale.push(`dist/${name}`);
  if (!check) console.log(`wrote dist/<action>/index.js for ${actionNames.join(', ')}`);
}
await Promise.all(
  Array.from({ length: Math.min(jobs, queue.length) }, async () => {
    for (let b = queue.shift(); b; b = queue.shift()) await build(b);
  }),
);
if (check && only.length === 0) {
  const expected = new Set(['actions', 'cli', ...actionNames]);
  for (const dir of existsSync(join(root, 'dist')) ? readdirSync(join(root, 'dist')) : []) {
    if (!expected.has(dir)) stale.push(`dist/${dir} (left over: no bundle or action writes it)`);
  }
}
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
