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

const folders = ['.github/workflows', 'workflow-templates'];
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
        '.github/workflows/ml-cd-environment.yml',
        'workflow-templates/ml-ci.yml',
        'workflow-templates/ml-cd.yml',
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
    // A $/ call (ml-cd -> ml-cd-environment) is checked against the workflow it names, by both.
    const self = [
      'on: workflow_call',
      'jobs:',
      '  x:',
      '    uses: $/.github/workflows/ml-cd-environment.yml',
      '    with:',
      '      github-environment: dev',
      '      model-name: m',
      '      model-version: "1"',
      '      endpoint: e',
      '      smoke-requests: r.json',
      '      stage: dev',
    ].join('\n');
    expect(callerErrors('self.yml', self, resolve)).toEqual([
      expect.stringContaining("unknown input 'stage'"),
    ]);
    expect(await parserErrors('self.yml', self, resolve)).toEqual([
      expect.stringContaining('stage is not defined'),
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

  it('ml-cd: dev -> preprod -> prod, each one call of ml-cd-environment.yml with every setting passed through', () => {
    const jobs = jobsOf('.github/workflows/ml-cd.yml');
    expect(Object.keys(jobs)).toEqual(['dev', 'preprod', 'prod']);
    expect(jobs.dev!.needs).toBeUndefined();
    expect(jobs.preprod!.needs).toBe('dev');
    expect(jobs.prod!.needs).toBe('preprod');
    const cd = workflowCall(read('.github/workflows/ml-cd.yml'))!;
    const environment = workflowCall(read('.github/workflows/ml-cd-environment.yml'))!;
    expect(cd.inputs.steps!.default).toBe('mirror:20,10,50,100');
    for (const [name, job] of Object.entries(jobs)) {
      // $/: this repository at the running commit, whoever calls ml-cd (./ would name the caller's repository).
      expect(job.uses).toBe('$/.github/workflows/ml-cd-environment.yml');
      expect(job.steps).toBeUndefined();
      expect(job.permissions).toEqual({ 'id-token': 'write', contents: 'read' });
      expect(job.secrets).toEqual({ 'toolkit-token': '${{ secrets.toolkit-token }}' });
      const given = job.with as Record<string, unknown>;
      expect(Object.keys(given).sort()).toEqual(
        Object.keys(environment.inputs)
          .filter((input) => name !== 'dev' || input !== 'source-model-id')
          .sort(),
      );
      expect(given['github-environment']).toBe(name);
      expect(given.steps).toBe(name === 'dev' ? '${{ inputs.dev-steps }}' : '${{ inputs.steps }}');
      expect(given['source-model-id']).toBe(
        name === 'dev' ? undefined : `\${{ needs.${String(job.needs)}.outputs.model-id }}`,
      );
      for (const [input, value] of Object.entries(given)) {
        if (['github-environment', 'steps', 'source-model-id'].includes(input)) continue;
        expect([input, value]).toEqual([input, `\${{ inputs.${input} }}`]);
      }
    }
    // Every input of ml-cd reaches the environments.
    const passed = new Set(Object.values(jobs).flatMap((j) => Object.values(j.with as object).map(String)));
    for (const input of Object.keys(cd.inputs))
      expect([input, passed.has(`\${{ inputs.${input} }}`)]).toEqual([input, true]);
    // ml-cd's outputs are prod's.
    const outputs = (
      parse(read('.github/workflows/ml-cd.yml')) as { on: { workflow_call: { outputs: object } } }
    ).on.workflow_call.outputs as Record<string, { value: string }>;
    for (const [name, output] of Object.entries(outputs))
      expect(output.value).toBe(`\${{ jobs.prod.outputs.${name} }}`);
  });

  it('ml-cd-environment: one job bound to its environment, timed out, least privilege, serialised per endpoint', () => {
    const jobs = jobsOf('.github/workflows/ml-cd-environment.yml');
    expect(Object.keys(jobs)).toEqual(['deploy']);
    const job = jobs.deploy!;
    // The job that signs in with OIDC carries the environment: the token's subject is repo:O/R:environment:<name>.
    expect(job.environment).toBe('${{ inputs.github-environment }}');
    expect(job['timeout-minutes']).toBe('${{ inputs.timeout-minutes }}');
    expect(job.permissions).toEqual({ 'id-token': 'write', contents: 'read' });
    expect(job.concurrency).toEqual({
      group: 'mlops-cd-${{ github.repository }}-${{ inputs.endpoint }}-${{ inputs.github-environment }}',
      'cancel-in-progress': false,
    });
    const env = job.env as Record<string, string>;
    for (const v of [
      'AZURE_CLIENT_ID',
      'AZURE_TENANT_ID',
      'AZURE_SUBSCRIPTION_ID',
      'AZUREML_RESOURCE_GROUP',
      'AZUREML_WORKSPACE',
      'AZUREML_ARM_ENDPOINT',
    ]) {
      expect(env[v]).toBe(`\${{ vars.${v} }}`);
    }
    const steps = job.steps!;
    const ours = steps
      .map((s) => s.uses)
      .filter((u): u is string => typeof u === 'string' && u.startsWith('./'));
    expect(ours).toEqual([
      './.mlops-actions/actions/register-model',
      './.mlops-actions/actions/deploy-endpoint',
      './.mlops-actions/actions/smoke-test',
      './.mlops-actions/actions/promote',
    ]);
    const step = (id: string) => steps.find((s) => s.id === id)!;
    expect(step('promoted').if).toBe("inputs.source-model-id != ''");
    expect(step('promoted').with).toEqual({ source: '${{ inputs.source-model-id }}' });
    expect(step('registered').if).toBe("inputs.source-model-id == ''");
    const deploy = step('deploy').with as Record<string, unknown>;
    expect(String(deploy.traffic)).toBe('0');
    expect(deploy.model).toBe(
      '${{ steps.promoted.outputs.model-uri || steps.registered.outputs.model-uri }}',
    );
    expect((step('smoke').with as Record<string, unknown>).deployment).toBe(
      '${{ steps.deploy.outputs.deployment }}',
    );
    expect(job.outputs).toMatchObject({
      'model-id': '${{ steps.promoted.outputs.model-id || steps.registered.outputs.model-id }}',
    });
  });

  it('ml-ci: the metric gate is our action, on the package, with the baseline only in its environment', () => {
    const jobs = jobsOf('.github/workflows/ml-ci.yml');
    const gate = (name: string) => jobs[name]!.steps!.find((s) => s.id === 'gate')!;
    expect(gate('evaluate').uses).toBe('./.mlops-actions/actions/metric-gate');
    expect(gate('evaluate-baseline').uses).toBe('./.mlops-actions/actions/metric-gate');
    expect((gate('evaluate').with as Record<string, unknown>).endpoint).toBeUndefined();
    expect((gate('evaluate-baseline').with as Record<string, unknown>).endpoint).toBe(
      '${{ inputs.baseline-endpoint }}',
    );
    expect(jobs.evaluate!.environment).toBeUndefined();
    expect(jobs.evaluate!.permissions).toEqual({ contents: 'read' });
    expect(jobs['evaluate-baseline']!.environment).toBe('${{ inputs.baseline-environment }}');
    const trained = "(needs.train.result == 'success' || needs.train-azureml.result == 'success')";
    expect(jobs.evaluate!.if).toBe(`always() && inputs.baseline-environment == '' && ${trained}`);
    expect(jobs['evaluate-baseline']!.if).toBe(`always() && inputs.baseline-environment != '' && ${trained}`);
    // No shell lookup of the baseline is left (curl without -f read a 403 as "no baseline").
    expect(read('.github/workflows/ml-ci.yml')).not.toMatch(/curl|api-version/);
  });

  it('ml-ci with job-file: trains on Azure ML in the dev environment, and registers from the job output', () => {
    const jobs = jobsOf('.github/workflows/ml-ci.yml');
    const azure = jobs['train-azureml']!;
    expect(azure.if).toBe("inputs.job-file != ''");
    expect(jobs.train!.if).toBe("inputs.job-file == ''");
    // Signed in with the dev environment's OIDC identity, as the register job is.
    expect(azure.environment).toBe('${{ inputs.register-environment }}');
    expect(azure.permissions).toEqual({ 'id-token': 'write', contents: 'read' });
    expect(azure.env).toEqual(jobs.register!.env);
    const uses = (azure.steps ?? []).map((s) => s.uses).filter((u) => String(u).startsWith('./'));
    expect(uses).toEqual(['./.mlops-actions/actions/register-data', './.mlops-actions/actions/run-job']);
    expect((azure.outputs as Record<string, string>)['model-source']).toBe(
      '${{ fromJSON(steps.job.outputs.outputs)[inputs.job-model-output] }}',
    );
    const register = jobs.register!.steps!.find((s) => s.id === 'register')!;
    expect((register.with as Record<string, unknown>).source).toBe(
      '${{ needs.train-azureml.outputs.model-source }}',
    );
    expect(jobs.register!.needs).toContain('train-azureml');
  });

  it.each(['.github/workflows/ml-ci.yml', '.github/workflows/ml-cd-environment.yml'])(
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
    for (const file of ['.github/workflows/ml-ci.yml', '.github/workflows/ml-cd-environment.yml']) {
      for (const [jobName, job] of Object.entries(jobsOf(file))) {
        for (const step of job.steps ?? []) {
          const m = /^\.\/\.mlops-actions\/actions\/([a-z-]+)$/.exec(String(step.uses ?? ''));
          if (!m) continue;
          const metadata = join(repoRoot, 'actions', m[1]!, 'action.yml');
          expect([m[1], existsSync(metadata)]).toEqual([m[1], true]);
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
    const templates = files.filter((f) => f.startsWith('workflow-templates/'));
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

  it.each(files.filter((f) => f.startsWith('workflow-templates/')))(
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
