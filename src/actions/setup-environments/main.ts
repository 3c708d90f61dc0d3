import * as core from '@actions/core';
import { createGitHubClient } from '../../github/client.js';
import { countChanges, describeChange } from '../../github/environments-plan.js';
import {
  allChanges,
  applyPlan,
  planEnvironments,
  planToJson,
  renderPlanMarkdown,
  renderPlanText,
} from '../../github/environments.js';
import { getInputs } from './inputs.js';

/** setup-environments: plans (and with `apply: true` writes) the GitHub environments dev, preprod and prod. */
export async function run(): Promise<void> {
  const inputs = await core.group('Read inputs', async () => getInputs());
  const client = createGitHubClient({ apiUrl: inputs.apiUrl, token: inputs.token });
  const repository = `${inputs.repo.owner}/${inputs.repo.repo}`;

  const plan = await core.group(`Plan the environments of ${repository}`, async () => {
    const plan = await planEnvironments(client, inputs.repo, inputs.settings);
    core.info(renderPlanText(plan).trimEnd());
    for (const env of plan.environments) {
      if (env.missing.length > 0)
        core.warning(`${env.name}: ${env.missing.join(', ')} not set; the deployment workflows read them.`);
    }
    return plan;
  });

  const counts = countChanges(allChanges(plan));
  let written = 0;
  if (inputs.apply) {
    await core.group('Apply', async () => {
      const done = await applyPlan(client, inputs.repo, plan, (change) =>
        core.info(`wrote ${change.environment}: ${describeChange(change).slice(2)}`),
      );
      written = done.length;
      core.info(`${written} change(s) written.`);
    });
  } else {
    core.info(
      `Dry run: nothing was written (${counts.create + counts.update} change(s) planned). Set apply: true to write them.`,
    );
  }

  core.setOutput('plan', JSON.stringify({ applied: inputs.apply, ...planToJson(plan) }));
  core.setOutput('changes', String(inputs.apply ? written : counts.create + counts.update));
  await core.summary.addRaw(renderPlanMarkdown(plan, inputs.apply)).write();
}
