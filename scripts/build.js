#!/usr/bin/env node
// Bundles each action (src/actions/<name>/index.ts -> dist/<name>/index.js) and the CLI
// (src/cli/index.ts -> dist/cli/index.js) with @vercel/ncc.
// `--check` builds into a temporary folder and fails when dist/ differs from the sources.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, cpSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));

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

const outRoot = check ? mkdtempSync(join(tmpdir(), 'mlops-dist-')) : join(root, 'dist');
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const stale = [];
for (const b of bundles()) {
  const out = join(outRoot, b.name);
  rmSync(out, { recursive: true, force: true });
  execFileSync(process.execPath, [ncc, 'build', b.entry, '-o', out, '--target', 'es2023', '-q'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (!check) {
    console.log(`built dist/${b.name}`);
    continue;
  }
  const committed = join(root, 'dist', b.name);
  const want = listFiles(out);
  const have = listFiles(committed);
  const differs =
    want.join('\n') !== have.join('\n') ||
    want.some((f) => !readFileSync(join(out, f)).equals(readFileSync(join(committed, f))));
  if (differs) stale.push(relative(root, committed));
}
if (check) {
  rmSync(outRoot, { recursive: true, force: true });
  if (stale.length > 0) {
    console.error(
      `dist/ does not match src/ for: ${stale.join(', ')}. Run \`npm run build\` and commit dist/.`,
    );
    process.exit(1);
  }
  console.log('dist/ matches the sources');
}
