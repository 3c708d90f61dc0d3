import { describeTraffic } from '../../rollout/traffic.js';
import type { DeployResult, DeploymentFailedError } from '../../deploy/deploy.js';
import { escapeHtml, htmlTable } from '../shared/html.js';
import type { DeployEndpointInputs } from './inputs.js';

const code = (text: string): string => `<code>${escapeHtml(text)}</code>`;

/** The job summary of a deployment that Succeeded. */
export function renderSummary(result: DeployResult, inputs: DeployEndpointInputs): string {
  const { endpoint, deployment } = result;
  const rows: string[][] = [
    [
      'Endpoint',
      `${escapeHtml(endpoint.name)} (${result.endpointCreated ? 'created' : 'existing'}, auth ${escapeHtml(endpoint.authMode)})`,
    ],
    [
      'Deployment',
      `${escapeHtml(deployment.name)} (${result.deploymentCreated ? 'new' : 'updated'}, ${escapeHtml(deployment.provisioningState ?? '')})`,
    ],
    [
      'Model',
      `${code(result.model.label)}${result.model.registered ? (result.model.reused ? ' (inline, already registered)' : ' (inline, registered now)') : ''}`,
    ],
    [
      'Code',
      result.code
        ? `${code(`${result.code.version.name}:1`)} (${result.code.files} files${result.code.upload ? ', uploaded' : ', reused'})`
        : result.codeId
          ? code(result.codeId.split('/codes/')[1]?.replace('/versions/', ':') ?? result.codeId)
          : 'none',
    ],
    [
      'Environment',
      result.environmentId
        ? code(
            result.environmentId.split('/environments/')[1]?.replace('/versions/', ':') ??
              result.environmentId,
          )
        : 'none',
    ],
    [
      'Compute',
      `${deployment.instanceCount ?? inputs.instanceCount} x ${escapeHtml(deployment.instanceType ?? inputs.instanceType)}`,
    ],
    ...(result.endpointChanges.length > 0
      ? [
          [
            'Endpoint settings',
            `updated from endpoint-file: ${escapeHtml(result.endpointChanges.join(', '))}`,
          ],
        ]
      : []),
    ['Traffic before', escapeHtml(describeTraffic(result.previousTraffic))],
    ['Traffic now', escapeHtml(describeTraffic(endpoint.traffic))],
    ['Mirror now', escapeHtml(describeTraffic(endpoint.mirrorTraffic))],
    ['Scoring URI', endpoint.scoringUri ? code(endpoint.scoringUri) : ''],
    ['Took', `${result.seconds.toFixed(1)} s`],
  ];
  return `## Deployed ${escapeHtml(deployment.name)} to ${escapeHtml(endpoint.name)}\n\n${htmlTable(undefined, rows)}\n`;
}

/** The job summary of a failed deployment: the error, the hint, the logs' last lines. */
export function renderFailureSummary(error: DeploymentFailedError, inputs: DeployEndpointInputs): string {
  let md = `## Deployment ${escapeHtml(inputs.deployment)} to ${escapeHtml(inputs.endpoint)} failed (${escapeHtml(error.code)})\n\n`;
  md += `<pre>${escapeHtml(error.message)}</pre>\n\n`;
  for (const [container, text] of Object.entries(error.logs)) {
    md += `<details><summary>${container} log (last lines)</summary>\n\n<pre>${escapeHtml(text.trimEnd() || '(empty)')}</pre>\n</details>\n\n`;
  }
  return md;
}
