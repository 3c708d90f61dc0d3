import { describe, expect, it } from '@jest/globals';
import { githubOpenApi, validateSchema } from '../helpers/github-api-openapi.js';

const spec = githubOpenApi();
const putBody = (
  spec.paths['/repos/{owner}/{repo}/environments/{environment_name}']!.put as {
    requestBody: { content: Record<string, { schema: Record<string, unknown> }> };
  }
).requestBody.content['application/json']!.schema;

describe('the OpenAPI validator of the test server', () => {
  it('accepts the body we send and names what is wrong in bad ones', () => {
    const good = {
      wait_timer: 5,
      prevent_self_review: true,
      reviewers: [{ type: 'User', id: 1 }],
      deployment_branch_policy: { protected_branches: false, custom_branch_policies: true },
    };
    expect(validateSchema(spec, putBody, good)).toEqual([]);
    expect(validateSchema(spec, putBody, { ...good, deployment_branch_policy: null })).toEqual([]);
    expect(validateSchema(spec, putBody, { ...good, wait_timer: '5' })).toEqual([
      'body.wait_timer: must be integer, is string ("5")',
    ]);
    expect(validateSchema(spec, putBody, { ...good, reviewers: [{ type: 'Bot', id: 1 }] })[0]).toContain(
      'body.reviewers[0].type',
    );
    expect(validateSchema(spec, putBody, { ...good, colour: 1 })).toEqual(["body: unknown field 'colour'"]);
    expect(
      validateSchema(spec, putBody, { ...good, deployment_branch_policy: { protected_branches: false } }),
    ).toEqual(["body.deployment_branch_policy: required field 'custom_branch_policies' is missing"]);
  });
});
