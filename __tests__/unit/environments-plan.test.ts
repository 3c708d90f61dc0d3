import { describe, expect, it } from '@jest/globals';
import { parseEnvironmentsConfig, resolveSettings } from '../../src/github/environments-config.js';
import { ABSENT, planEnvironment, type DesiredEnvironment } from '../../src/github/environments-plan.js';
import { configurationErrorOf } from '../helpers/errors.js';

const alice = { type: 'User' as const, id: 1, name: 'alice' };

function desired(over: Partial<DesiredEnvironment> = {}): DesiredEnvironment {
  return {
    name: 'prod',
    waitTimer: 5,
    preventSelfReview: true,
    reviewers: [alice],
    branches: { kind: 'custom', patterns: [{ name: 'main', type: 'branch' }] },
    variables: { AZUREML_WORKSPACE: 'mlw-prod' },
    ...over,
  };
}

describe('planEnvironment', () => {
  it('creates everything for an absent environment', () => {
    const changes = planEnvironment(desired(), ABSENT);
    expect(changes.map((c) => `${c.kind}:${c.action}`)).toEqual([
      'environment:create',
      'branch-policy:create',
      'variable:create',
    ]);
    expect(changes[0]).toMatchObject({
      body: {
        wait_timer: 5,
        prevent_self_review: true,
        reviewers: [{ type: 'User', id: 1 }],
        deployment_branch_policy: { protected_branches: false, custom_branch_policies: true },
      },
    });
  });

  it('finds nothing to do when the state matches', () => {
    const current = {
      exists: true,
      waitTimer: 5,
      preventSelfReview: true,
      reviewers: [alice],
      branchPolicy: { protected_branches: false, custom_branch_policies: true },
      branchPolicies: [{ id: 9, name: 'main', type: 'branch' as const }],
      variables: { AZUREML_WORKSPACE: 'mlw-prod', OTHER: 'kept' },
    };
    expect(planEnvironment(desired(), current).every((c) => c.action === 'unchanged')).toBe(true);
  });

  it('lists each difference of an update and the old variable value', () => {
    const current = {
      ...ABSENT,
      exists: true,
      waitTimer: 0,
      variables: { AZUREML_WORKSPACE: 'old' },
    };
    const [env, , variable] = planEnvironment(desired(), current);
    expect(env).toMatchObject({
      action: 'update',
      differences: [
        'wait timer 0 -> 5 min',
        'reviewers none -> alice',
        'prevent self-review false -> true',
        'deploys from any branch -> selected branches',
      ],
    });
    expect(variable).toMatchObject({ action: 'update', previous: 'old', value: 'mlw-prod' });
  });

  it('treats prevent-self-review without reviewers as false (GitHub keeps it in the reviewers rule)', () => {
    const changes = planEnvironment(desired({ reviewers: [], branches: { kind: 'all' } }), {
      ...ABSENT,
      exists: true,
      waitTimer: 5,
      variables: { AZUREML_WORKSPACE: 'mlw-prod' },
    });
    expect(changes.map((c) => c.action)).toEqual(['unchanged', 'unchanged']);
    expect(changes[0]).toMatchObject({
      body: { prevent_self_review: false, deployment_branch_policy: null },
    });
  });
});

describe('environments config', () => {
  const file = '.github/mlops-environments.yml';

  it('applies defaults, the file, then the flags', () => {
    const config = parseEnvironmentsConfig(
      'variables:\n  AZURE_TENANT_ID: t\nenvironments:\n  prod:\n    reviewers: [alice]\n    variables:\n      AZUREML_WORKSPACE: mlw-prod\n',
      file,
    );
    const [dev, preprod, prod] = resolveSettings(config, { waitTimer: 30 });
    expect(dev).toMatchObject({
      waitTimer: 0,
      branches: { kind: 'all' },
      reviewers: [],
      variables: { AZURE_TENANT_ID: 't' },
    });
    expect(preprod).toMatchObject({
      branches: { kind: 'custom', patterns: [{ name: 'main', type: 'branch' }] },
    });
    expect(prod).toMatchObject({
      waitTimer: 30,
      preventSelfReview: true,
      reviewers: [{ type: 'User', login: 'alice' }],
      variables: { AZURE_TENANT_ID: 't', AZUREML_WORKSPACE: 'mlw-prod' },
    });
  });

  it('requires reviewers on prod, naming the flag and the field', () => {
    const error = configurationErrorOf(() => resolveSettings(undefined, {}));
    expect(error.message).toContain('--reviewers');
    expect(error.message).toContain('environments.prod.reviewers');
  });

  it.each([
    ['environments:\n  staging: {}\n', 'environments.staging: unknown environment'],
    ['environments:\n  prod:\n    wait-timer: 50000\n', 'environments.prod.wait-timer'],
    ['environments:\n  prod:\n    waittimer: 5\n', 'environments.prod.waittimer: unknown field'],
    [
      'environments:\n  prod:\n    prevent-self-review: yes please\n',
      'environments.prod.prevent-self-review: must be true or false',
    ],
    ['environments:\n  prod:\n    reviewers: alice\n', 'environments.prod.reviewers: must be a list'],
    ['environments:\n  prod:\n    reviewers: [not a login]\n', 'environments.prod.reviewers[0]'],
    ['environments:\n  dev:\n    branches: []\n', 'environments.dev.branches'],
    ['variables:\n  azure_client_id: x\n', 'variables.azure_client_id'],
    ['variables:\n  GITHUB_X: x\n', 'variables.GITHUB_X'],
    ['variables:\n  AZURE_CLIENT_ID: ""\n', 'variables.AZURE_CLIENT_ID: is empty'],
    ['colour: blue\n', 'colour: unknown field'],
    ['a: [\n', 'not valid YAML'],
  ])('rejects %j naming the field', (text, message) => {
    const error = configurationErrorOf(() => parseEnvironmentsConfig(text, file));
    expect(error.message).toContain(`${file}: `);
    expect(error.message).toContain(message);
  });

  it('reads tags, protected branches and teams', () => {
    const config = parseEnvironmentsConfig(
      'environments:\n  preprod:\n    branches: protected\n  prod:\n    branches: [main, "tag:v*"]\n    reviewers: ["@my-org/ml-approvers"]\n',
      file,
    );
    expect(config.environments.preprod?.branches).toEqual({ kind: 'protected' });
    expect(config.environments.prod?.branches).toEqual({
      kind: 'custom',
      patterns: [
        { name: 'main', type: 'branch' },
        { name: 'v*', type: 'tag' },
      ],
    });
    expect(config.environments.prod?.reviewers).toEqual([
      { type: 'Team', org: 'my-org', slug: 'ml-approvers' },
    ]);
  });
});
