import * as core from '@actions/core';
import { ConfigurationError } from '../../errors.js';
import { evaluateSmoke } from '../../smoke/evaluate.js';
import { runSmoke } from '../../smoke/runner.js';
import { warnIfMidRollout } from '../shared/rollout-notice.js';
import { signIn } from '../shared/sign-in.js';
import { getInputs } from './inputs.js';
import { renderSummary } from './summary.js';

/** smoke-test: sends the request files to an endpoint (or one deployment) and checks answers and latency. */
export async function run(): Promise<void> {
  const inputs = await core.group('Read inputs', getInputs);
  const { client } = await signIn(inputs.workspace);

  const { endpoint, scoringUri, credential } = await core.group(
    `Find endpoint ${inputs.endpoint}`,
    async () => {
      const endpoint = await client.getEndpoint(inputs.endpoint);
      if (!endpoint) {
        throw new ConfigurationError(
          `Input 'endpoint': endpoint ${inputs.endpoint} does not exist in workspace '${inputs.workspace.address.workspace}'. Deploy it first (deploy-endpoint).`,
          'endpoint',
        );
      }
      await warnIfMidRollout(client, endpoint);
      if (!endpoint.scoringUri)
        throw new Error(`Endpoint ${endpoint.name} has no scoring URI yet (${endpoint.provisioningState}).`);
      if (inputs.deployment) {
        const deployment = await client.getDeployment(endpoint.name, inputs.deployment);
        if (!deployment) {
          throw new ConfigurationError(
            `Input 'deployment': endpoint ${endpoint.name} has no deployment ${inputs.deployment}.`,
            'deployment',
          );
        }
        core.info(`Deployment ${deployment.name}: ${deployment.provisioningState}`);
      }
      core.info(`Scoring URI ${endpoint.scoringUri}; traffic ${JSON.stringify(endpoint.traffic)}`);
      const scoringUri = endpoint.scoringUri;
      return { endpoint, scoringUri, credential: await client.getScoringCredential(endpoint) };
    },
  );

  const total = inputs.cases.length * inputs.count;
  const target = inputs.deployment
    ? `deployment ${inputs.deployment}`
    : `endpoint ${endpoint.name} (by its traffic)`;
  core.info(
    `Sending ${inputs.cases.length} request file(s) x ${inputs.count} = ${total} requests to ${target}, ${inputs.concurrency} at a time.`,
  );
  let lastLog = Date.now();
  const started = process.hrtime.bigint();
  const results = await runSmoke({
    url: scoringUri,
    headers: {
      authorization: `Bearer ${credential}`,
      ...(inputs.deployment ? { 'azureml-model-deployment': inputs.deployment } : {}),
    },
    requests: inputs.cases.map((c) => ({ name: c.name, body: c.body })),
    count: inputs.count,
    concurrency: inputs.concurrency,
    timeoutMs: inputs.timeoutMs,
    onProgress: (done, all) => {
      if (Date.now() - lastLog >= 5_000 && done < all) {
        lastLog = Date.now();
        core.info(`${done}/${all} requests answered`);
      }
    },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const report = evaluateSmoke(inputs.cases, results, {
    schema: inputs.schema,
    tolerance: inputs.tolerance,
    thresholds: { maxErrorRate: inputs.maxErrorRate, maxP95Ms: inputs.maxP95Ms, maxP99Ms: inputs.maxP99Ms },
    seconds,
  });

  for (const c of report.cases) {
    core.info(
      `${c.request}: ${c.sent} sent, ${c.errors} failed, p50 ${c.latencyMs.p50} ms, p95 ${c.latencyMs.p95} ms, p99 ${c.latencyMs.p99} ms; served by ${JSON.stringify(c.servedBy)}`,
    );
    if (c.firstFailure) core.error(`Request ${c.request}: ${c.firstFailure.reason}`);
  }
  core.setOutput('passed', report.passed ? 'true' : 'false');
  core.setOutput('requests-sent', String(report.sent));
  core.setOutput('errors', String(report.errors));
  core.setOutput('p50-ms', String(report.latencyMs.p50));
  core.setOutput('p95-ms', String(report.latencyMs.p95));
  core.setOutput('p99-ms', String(report.latencyMs.p99));
  core.setOutput('report', JSON.stringify(report));
  await core.summary
    .addRaw(renderSummary(report, { endpoint: endpoint.name, deployment: inputs.deployment }))
    .write();
  if (!report.passed) {
    core.setFailed(
      `Smoke test of ${target} failed: ${report.violations.join('; ') || 'no request was sent'}.`,
    );
  } else {
    core.info(
      `Smoke test passed: ${report.sent} requests, ${report.errors} errors, p95 ${report.latencyMs.p95} ms, ${report.throughput} req/s.`,
    );
  }
}
