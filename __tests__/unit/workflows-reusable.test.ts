import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../helpers/action-runner.js';
import {
  callerErrors,
  localResolver,
  parserErrors,
  TOOLKIT_REPOSITORY,
  unsafeRunInterpolations,
  workflowCall,
} from '../helpers/workflow-check.js';

const folders = ['.github/workflows', 'workflows-templates'];
const files = folders.flatMap((folder) =>
  existsSync(join(repoRoot, folder))
    ? readdirSync(join(repoRoot, folder))
        .filter((f) => /\.ya?ml$/.test(f))
        .map((f) => `${folder}/${f}`)
    : [],
);
const read = (file: string) => readFileSync(join(repoRoot, file), 'utf8');
const resolve = localResolver(repoRoot);
type Job = Record<string, unknown> & { steps?: Array<Record<string, unknown>> };
const jobsOf = (file: string) => (parse(read(file)) as { jobs: Record<string, Job> }).jobs;

describe('reusable workflows and templates', () => {
  it('has the reusable workflows and a starter template for each', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        '.github/workflows/ml-ci.yml',
        '.github/workflows/ml-cd.yml',
        'workflows-templates/ml-ci.yml',
        'workflows-templates/ml-cd.yml',
      ]),
    );
  });

  it.each(files)('%s parses and converts with @actions/workflow-parser', async (file) => {
    expect(await parserErrors(file, read(file), resolve)).toEqual([]);
  });

  it.each(files)('%s passes the inputs its reusable workflows declare', (file) => {
    expect(callerErrors(file, read(file), resolve)).toEqual([]);
  });

  it.each(files)('%s puts no inputs or event payloads straight into run: scripts', (file) => {
    expect(unsafeRunInterpolations(read(file))).toEqual([]);
  });

  it('the parser and our check both catch a bad caller', async () => {
    const bad = [
      'on: push',
      'jobs:',
      '  cd:',
      `    uses: ${TOOLKIT_REPOSITORY}/.github/workflows/ml-cd.yml@v1`,
      '    with:',
      '      model-name: m',
      '      endpoint: e',
      '      smoke-requests: r.json',
      '      no-such-input: x',
      '      keep-old: "yes"',
      '      smoke-count: many',
    ].join('\n');
    const parsed = await parserErrors('bad.yml', bad, resolve);
    expect(parsed).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Input model-version is required'),
        expect.stringContaining('no-such-input is not defined'),
      ]),
    );
    expect(callerErrors('bad.yml', bad, resolve)).toEqual([
      expect.stringContaining("unknown input 'no-such-input'"),
      expect.stringContaining("input 'keep-old' is boolean"),
      expect.stringContaining("input 'smoke-count' is number"),
      expect.stringContaining("required input 'model-version' is missing"),
    ]);
    const missing = `on: push\njobs:\n  x:\n    uses: ./.github/workflows/nope.yml\n`;
    expect(callerErrors('missing.yml', missing, resolve)).toEqual([
      expect.stringContaining('does not exist'),
    ]);
  });

  it('flags ${{ inputs.* }} and ${{ github.event.* }} in run:', () => {
    const bad = [
      'on: push',
      'jobs:',
      '  x:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: echo "${{ inputs.cmd }}"',
      '      - run: echo "${{ github.event.head_commit.message }}"',
      '      - run: echo "$X"',
      '        env:',
      '          X: ${{ inputs.cmd }}',
    ].join('\n');
    expect(unsafeRunInterpolations(bad)).toHaveLength(2);
  });

  it('ml-cd: dev -> preprod -> prod, each bound to its environment, timed out, least privilege, serialised per endpoint', () => {
    const jobs = jobsOf('.github/workflows/ml-cd.yml');
    expect(Object.keys(jobs)).toEqual(['dev', 'preprod', 'prod']);
    expect(jobs.dev!.needs).toBeUndefined();
    expect(jobs.preprod!.needs).toBe('dev');
    expect(jobs.prod!.needs).toBe('preprod');
    for (const [name, job] of Object.entries(jobs)) {
      expect(job.environment).toBe(name);
      expect(job['timeout-minutes']).toBeDefined();
      expect(job.permissions).toEqual({ 'id-token': 'write', contents: 'read' });
      expect(job.concurrency).toEqual({
        group: expect.stringMatching(new RegExp(`\\$\\{\\{ inputs\\.endpoint \\}\\}.*${name}$`)),
        'cancel-in-progress': false,
      });
      const env = job.env as Record<string, string>;
      for (const v of [
        'AZURE_CLIENT_ID',
        'AZURE_TENANT_ID',
        'AZURE_SUBSCRIPTION_ID',
        'AZUREML_RESOURCE_GROUP',
        'AZUREML_WORKSPACE',
      ]) {
        expect(env[v]).toBe(`\${{ vars.${v} }}`);
      }
      const uses = job.steps!.map((s) => s.uses).filter((u): u is string => typeof u === 'string');
      const ours = uses.filter((u) => u.startsWith('./'));
      expect(ours).toEqual([
        ...(name === 'dev' ? [] : ['./.mlops-actions/actions/register-model']),
        './.mlops-actions/actions/deploy-endpoint',
        './.mlops-actions/actions/smoke-test',
        './.mlops-actions/actions/promote',
      ]);
      const deploy = job.steps!.find((s) => s.id === 'deploy')!.with as Record<string, unknown>;
      expect(String(deploy.traffic)).toBe('0');
      const smoke = job.steps!.find((s) => s.id === 'smoke')!.with as Record<string, unknown>;
      expect(smoke.deployment).toBe('${{ steps.deploy.outputs.deployment }}');
    }
    expect(jobs.preprod!.steps!.find((s) => s.id === 'model')!.with).toEqual({
      source: '${{ needs.dev.outputs.model-id }}',
    });
    expect(jobs.prod!.steps!.find((s) => s.id === 'model')!.with).toEqual({
      source: '${{ needs.preprod.outputs.model-id }}',
    });
    expect(workflowCall(read('.github/workflows/ml-cd.yml'))!.inputs.steps!.default).toBe(
      'mirror:20,10,50,100',
    );
  });

  it.each(['.github/workflows/ml-ci.yml', '.github/workflows/ml-cd.yml'])(
    '%s runs our actions only from the toolkit checked out at job.workflow_sha',
    (file) => {
      for (const [name, job] of Object.entries(jobsOf(file))) {
        const steps = job.steps ?? [];
        const local = steps.filter((s) => typeof s.uses === 'string' && s.uses.startsWith('./'));
        if (local.length === 0) continue;
        const toolkit = steps.findIndex(
          (s) => (s.with as Record<string, unknown> | undefined)?.path === '.mlops-actions',
        );
        expect({ name, toolkit: toolkit >= 0 }).toEqual({ name, toolkit: true });
        expect(steps[toolkit]!.with).toMatchObject({
          repository: '${{ inputs.toolkit-repository || job.workflow_repository }}',
          ref: '${{ inputs.toolkit-ref || job.workflow_sha }}',
          'persist-credentials': false,
        });
        for (const step of local) {
          expect(steps.indexOf(step)).toBeGreaterThan(toolkit);
          expect(String(step.uses)).toMatch(/^\.\/\.mlops-actions\/actions\/[a-z-]+$/);
        }
        expect(job.permissions).toBeDefined();
        expect(job['timeout-minutes']).toBeDefined();
      }
    },
  );

  it('ml-cd and ml-ci call only inputs and outputs our actions declare', () => {
    // Actions being written (promote) are checked once their action.yml exists.
    for (const file of ['.github/workflows/ml-ci.yml', '.github/workflows/ml-cd.yml']) {
      for (const [jobName, job] of Object.entries(jobsOf(file))) {
        for (const step of job.steps ?? []) {
          const m = /^\.\/\.mlops-actions\/actions\/([a-z-]+)$/.exec(String(step.uses ?? ''));
          if (!m) continue;
          const metadata = join(repoRoot, 'actions', m[1]!, 'action.yml');
          if (!existsSync(metadata)) continue;
          const declared = Object.keys((parse(readFileSync(metadata, 'utf8')) as { inputs: object }).inputs);
          const unknown = Object.keys((step.with as object | undefined) ?? {}).filter(
            (k) => !declared.includes(k),
          );
          expect({ file, jobName, action: m[1], unknown }).toEqual({
            file,
            jobName,
            action: m[1],
            unknown: [],
          });
        }
      }
    }
  });

  it('templates call the reusable workflows at this release (package.json version)', () => {
    const { version } = JSON.parse(read('package.json')) as { version: string };
    const templates = files.filter((f) => f.startsWith('workflows-templates/'));
    for (const file of templates) {
      const uses = Object.values(jobsOf(file))
        .map((j) => j.uses)
        .filter((u): u is string => typeof u === 'string');
      expect(uses.length).toBeGreaterThan(0);
      for (const u of uses)
        expect(u).toMatch(
          new RegExp(`^${TOOLKIT_REPOSITORY}/\\.github/workflows/ml-c[id]\\.yml@v${version}$`),
        );
    }
  });

  it.each(files.filter((f) => f.startsWith('workflows-templates/')))(
    '%s has a starter-workflow properties file',
    (file) => {
      const properties = JSON.parse(read(file.replace(/\.ya?ml$/, '.properties.json'))) as Record<
        string,
        unknown
      >;
      expect(properties).toMatchObject({
        name: expect.any(String),
        description: expect.any(String),
        iconName: expect.any(String),
        categories: expect.any(Array),
      });
    },
  );
});
