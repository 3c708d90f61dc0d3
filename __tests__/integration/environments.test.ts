// `mlops environments` (the bundled CLI) and the setup-environments action against a local GitHub API that
// checks every request against GitHub's OpenAPI description.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, runBundledAction } from '../helpers/action-runner.js';
import { startGitHubApiServer, type GitHubApiServer } from '../helpers/github-api-server.js';

const TOKEN = 'ghp_testADMINtoken0123456789abcdefABCDEF';
const READ_TOKEN = 'ghp_testREADtoken0123456789abcdefABCDEF';
let server: GitHubApiServer;
let dir: string;
let config: string;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs dist/cli/index.js in its own process (async: the fake GitHub answers from this one). */
function mlops(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--', join(repoRoot, 'dist', 'cli', 'index.js'), 'environments', ...args],
      {
        cwd: dir,
        env: { PATH: process.env.PATH, GITHUB_TOKEN: TOKEN, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

interface PlanJson {
  applied: boolean;
  counts: { create: number; update: number; unchanged: number };
  changes: Array<{ kind: string; environment: string; action: string; name?: string }>;
}

/** The request each planned write must become. */
function expectedWrites(plan: PlanJson): string[] {
  const base = '/repos/octo-org/churn/environments';
  return plan.changes
    .filter((c) => c.action !== 'unchanged')
    .map((c) => {
      if (c.kind === 'environment') return `PUT ${base}/${c.environment}`;
      if (c.kind === 'branch-policy') return `POST ${base}/${c.environment}/deployment-branch-policies`;
      return c.action === 'create'
        ? `POST ${base}/${c.environment}/variables`
        : `PATCH ${base}/${c.environment}/variables/${c.name}`;
    });
}

const common = ['--repo', 'octo-org/churn'];

beforeAll(async () => {
  server = await startGitHubApiServer({
    tokens: { [TOKEN]: 'admin', [READ_TOKEN]: 'read' },
    repos: ['octo-org/churn'],
    users: [
      { login: 'alice', id: 101 },
      { login: 'octo-org', id: 900, type: 'Organization' },
    ],
    teams: [{ org: 'octo-org', slug: 'ml-approvers', id: 501 }],
  });
  dir = mkdtempSync(join(tmpdir(), 'environments-test-'));
  config = join(dir, 'mlops-environments.yml');
  writeFileSync(
    config,
    [
      'variables:',
      '  AZURE_TENANT_ID: 11111111-1111-4111-8111-111111111111',
      '  AZURE_SUBSCRIPTION_ID: 22222222-2222-4222-8222-222222222222',
      '  AZUREML_RESOURCE_GROUP: rg-ml',
      'environments:',
      ...['dev', 'preprod', 'prod'].flatMap((e, i) => [
        `  ${e}:`,
        '    variables:',
        `      AZURE_CLIENT_ID: 3333333${i}-3333-4333-8333-333333333333`,
        `      AZUREML_WORKSPACE: mlw-${e}`,
        ...(e === 'prod' ? ['    reviewers: [alice, octo-org/ml-approvers]', '    wait-timer: 10'] : []),
      ]),
      '',
    ].join('\n'),
  );
  server.reset();
});

afterAll(async () => {
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('mlops environments', () => {
  let planned: PlanJson;

  it('plans without writing anything (dry run is the default)', async () => {
    const text = await mlops([...common, '--config', config, '--api-url', server.url]);
    expect(text.stderr).toBe('');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(
      '+ create environment prod (wait timer 10 min, reviewers alice, octo-org/ml-approvers, no self-review, selected branches)',
    );
    expect(text.stdout).toContain("+ create deployment branch policy 'main'");
    expect(text.stdout).toContain('Dry run: nothing was written');
    const json = await mlops([...common, '--config', config, '--api-url', server.url, '--json']);
    planned = JSON.parse(json.stdout) as PlanJson;
    // 3 environments, main on preprod and prod, 5 variables each.
    expect(planned.counts).toEqual({ create: 3 + 2 + 15, update: 0, unchanged: 0 });
    expect(server.writes()).toEqual([]);
    expect(server.violations).toEqual([]);
    expect(text.stdout + text.stderr + json.stdout).not.toContain(TOKEN);
  });

  it('--apply makes exactly the planned writes, each valid for GitHub', async () => {
    server.reset();
    const run = await mlops([...common, '--config', config, '--api-url', server.url, '--apply']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Applied: 20 change(s) written.');
    expect(server.writes().map((w) => `${w.method} ${w.path}`)).toEqual(expectedWrites(planned));
    expect(server.writes().every((w) => w.status < 300)).toBe(true);
    expect(server.violations).toEqual([]);
    const prod = server.repos.get('octo-org/churn')!.get('prod')!;
    expect(prod).toMatchObject({
      wait_timer: 10,
      prevent_self_review: true,
      reviewers: [
        { type: 'User', id: 101 },
        { type: 'Team', id: 501 },
      ],
      deployment_branch_policy: { protected_branches: false, custom_branch_policies: true },
    });
    expect(prod.branchPolicies.map((p) => p.name)).toEqual(['main']);
    expect(prod.variables.get('AZUREML_WORKSPACE')?.value).toBe('mlw-prod');
    expect(server.repos.get('octo-org/churn')!.get('dev')!.deployment_branch_policy).toBeNull();
    expect(run.stdout).not.toContain(TOKEN);
  });

  it('a second --apply is a no-op', async () => {
    server.reset();
    const run = await mlops([...common, '--config', config, '--api-url', server.url, '--apply', '--json']);
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.stdout) as PlanJson;
    expect(plan.counts).toEqual({ create: 0, update: 0, unchanged: 20 });
    expect(server.writes()).toEqual([]);
    expect(server.violations).toEqual([]);
  });

  it('updates only what drifted (a variable value and the wait timer)', async () => {
    server.reset();
    const prod = server.repos.get('octo-org/churn')!.get('prod')!;
    prod.variables.get('AZUREML_WORKSPACE')!.value = 'someone-changed-it';
    prod.wait_timer = 3;
    const run = await mlops([...common, '--config', config, '--api-url', server.url, '--apply']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('~ update environment prod: wait timer 3 -> 10 min');
    expect(run.stdout).toContain("~ update variable AZUREML_WORKSPACE: 'someone-changed-it' -> 'mlw-prod'");
    expect(server.writes().map((w) => `${w.method} ${w.path}`)).toEqual([
      'PUT /repos/octo-org/churn/environments/prod',
      'PATCH /repos/octo-org/churn/environments/prod/variables/AZUREML_WORKSPACE',
    ]);
    expect(prod.variables.get('AZUREML_WORKSPACE')!.value).toBe('mlw-prod');
    expect(server.violations).toEqual([]);
  });

  it('explains a token without admin rights (403) and a bad token (401), and writes nothing', async () => {
    server.reset();
    const fresh = await mlops(
      [
        '--repo',
        'octo-org/churn',
        '--reviewers',
        'alice',
        '--api-url',
        server.url,
        '--apply',
        '--environments',
        'prod',
        '--wait-timer',
        '1',
      ],
      {
        GITHUB_TOKEN: READ_TOKEN,
      },
    );
    expect(fresh.code).toBe(1);
    expect(fresh.stderr).toContain('403 Forbidden');
    expect(fresh.stderr).toContain('Administration: write');
    expect(fresh.stderr).toContain('GITHUB_TOKEN cannot create environments');
    expect(fresh.stderr + fresh.stdout).not.toContain(READ_TOKEN);
    const bad = await mlops([...common, '--config', config, '--api-url', server.url], {
      GITHUB_TOKEN: 'nope-secret',
    });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('401 Bad credentials');
    expect(bad.stderr + bad.stdout).not.toContain('nope-secret');
    expect(server.writes().filter((w) => w.status < 300)).toEqual([]);
    expect(server.violations).toEqual([]);
  });

  it('names the flag or field at fault and exits 1 without calling GitHub', async () => {
    server.reset();
    const cases: Array<[string[], string]> = [
      [['--repo', 'not-a-repo'], '--repo'],
      [['--repo', 'octo-org/churn', '--wait-timer', 'soon'], '--wait-timer'],
      [['--repo', 'octo-org/churn', '--reviewers', 'bad name!'], '--reviewers'],
      [['--repo', 'octo-org/churn', '--environments', 'staging'], '--environments'],
      [['--repo', 'octo-org/churn', '--config', 'missing.yml'], '--config'],
      [['--repo', 'octo-org/churn', '--colour'], '--colour'],
    ];
    for (const [args, named] of cases) {
      const run = await mlops([...args, '--api-url', server.url]);
      expect([args.join(' '), run.code]).toEqual([args.join(' '), 1]);
      expect(run.stderr).toContain(named);
    }
    const badConfig = join(dir, 'bad.yml');
    writeFileSync(badConfig, 'environments:\n  prod:\n    wait-timer: -1\n');
    const run = await mlops([...common, '--config', badConfig, '--api-url', server.url]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('environments.prod.wait-timer');
    expect(server.requests).toEqual([]);
  });

  it('says which reviewer does not exist', async () => {
    const run = await mlops([...common, '--reviewers', 'nobody-here', '--api-url', server.url]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("Reviewer 'nobody-here': no GitHub user has this login");
    const org = await mlops([...common, '--reviewers', 'octo-org', '--api-url', server.url]);
    expect(org.stderr).toContain('is an organization, not a user');
  });
});

describe('setup-environments action', () => {
  it('prints the plan to the job summary in a dry run and masks the token', async () => {
    server.reset();
    const run = await runBundledAction('setup-environments', {
      inputs: { repo: 'octo-org/churn', config, token: TOKEN, reviewers: 'alice' },
      env: { GITHUB_API_URL: server.url },
      cwd: dir,
    });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain(`::add-mask::${TOKEN}`);
    expect(run.summary).toContain('## GitHub environments of octo-org/churn');
    expect(run.summary).toContain('| prod | settings | update | reviewers alice, ml-approvers -> alice |');
    expect(run.summary).toContain('Dry run (nothing written)');
    expect(run.outputs.changes).toBe('1');
    expect(JSON.parse(run.outputs.plan!)).toMatchObject({ applied: false, counts: { update: 1 } });
    expect(server.writes()).toEqual([]);
    expect(run.log + run.summary).not.toContain(TOKEN);
    expect(server.violations).toEqual([]);
  });

  it('applies with apply: true and fails readably without admin rights', async () => {
    server.reset();
    const denied = await runBundledAction('setup-environments', {
      inputs: { repo: 'octo-org/churn', config, token: READ_TOKEN, apply: 'true', reviewers: 'alice' },
      env: { GITHUB_API_URL: server.url },
      cwd: dir,
    });
    expect(denied.exitCode).toBe(1);
    expect(denied.log).toContain('Administration: write');
    expect(denied.log).not.toContain(READ_TOKEN);
    const applied = await runBundledAction('setup-environments', {
      inputs: { config, token: TOKEN, apply: 'true' },
      env: { GITHUB_API_URL: server.url, GITHUB_REPOSITORY: 'octo-org/churn' },
      cwd: dir,
    });
    expect(applied.exitCode).toBe(0);
    expect(applied.summary).toContain('Applied: 0 created, 0 updated, 20 unchanged.');
    expect(server.violations).toEqual([]);
  });

  it('refuses a config outside the workspace, and one over the size cap, before any call', async () => {
    server.reset();
    writeFileSync(join(dir, 'huge.yml'), `# ${'x'.repeat(300 * 1024)}\n`);
    for (const [value, message] of [
      ['/etc/passwd', /Input 'config': .* is outside the workspace/],
      ['huge.yml', /Input 'config': .*huge\.yml is \d+ bytes, over the 256 KiB this input accepts/],
    ] as const) {
      const run = await runBundledAction('setup-environments', {
        inputs: { repo: 'octo-org/churn', config: value, token: TOKEN },
        env: { GITHUB_API_URL: server.url },
        cwd: dir,
      });
      expect(run.exitCode).toBe(1);
      expect(run.log).toMatch(message);
      expect(run.log).not.toContain('root:x:0:0');
    }
    expect(server.writes()).toEqual([]);
  });
});
