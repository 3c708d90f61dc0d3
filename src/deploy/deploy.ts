import * as core from '@actions/core';
import type { AzureMLClient } from '../azureml/client.js';
import type { DeploymentInfo, EndpointInfo, LogContainer, TrafficShares } from '../azureml/online-client.js';
import {
  OperationFailure,
  OperationTimeout,
  formatDuration,
  type WaitOptions,
} from '../azureml/operation-wait.js';
import { ConfigurationError } from '../errors.js';
import { describeTraffic, planMirror, planTraffic, sameTraffic } from '../rollout/traffic.js';
import type { DeploySettings } from './settings.js';
import { ensureCodeAsset, type CodeAsset } from './code-asset.js';
import { resolveEnvironment } from './environment-asset.js';
import { failureHint } from './failure-hints.js';

/** What a deploy-endpoint run did. */
export interface DeployResult {
  endpoint: EndpointInfo;
  deployment: DeploymentInfo;
  endpointCreated: boolean;
  deploymentCreated: boolean;
  previousTraffic: TrafficShares;
  previousMirror: TrafficShares;
  code?: CodeAsset;
  environmentId?: string;
  modelId: string;
  seconds: number;
}

/** A deployment that did not end Succeeded, with what the user needs to fix it. */
export class DeploymentFailedError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly logs: Record<LogContainer, string>,
  ) {
    super(message);
    this.name = 'DeploymentFailedError';
  }
}

const BUSY = new Set(['Creating', 'Updating', 'Deleting', 'Scaling']);
const LOG_TAIL = 40;

/**
 * Deploys a registered model to an online endpoint, safe by default:
 * - every check that can fail before a change runs first (model registered, names, a traffic plan that works);
 * - the endpoint is created when missing, otherwise its traffic and mirror traffic stay as they are until the
 *   new deployment Succeeded, and then change only as the `traffic`/`mirror` inputs say;
 * - a failed deployment is reported with its error code, a hint and both containers' last log lines, and a new
 *   one is deleted (unless keep-failed), leaving the endpoint as it was.
 */
export async function deployToEndpoint(client: AzureMLClient, inputs: DeploySettings): Promise<DeployResult> {
  const started = Date.now();
  const deadline = started + inputs.timeoutMs;
  const waitFor = (what: string): WaitOptions => {
    const left = deadline - Date.now();
    if (left <= 0) throw new OperationTimeout(what, inputs.timeoutMs, undefined);
    return { timeoutMs: left, intervalMs: 2_000, progressEveryMs: 10_000, log: (l) => core.info(l) };
  };
  const { endpoint: endpointName, deployment: name } = inputs;

  // 1. Read and check everything before changing anything.
  const checked = await core.group('Check the model, the endpoint and the traffic plan', async () => {
    const model = await client.getModelVersion(inputs.model.name, inputs.model.version);
    if (!model) {
      throw new ConfigurationError(
        `Input '${inputs.modelSource}': model ${inputs.model.name} version ${inputs.model.version} is not registered in workspace '${client.address.workspace}'. ` +
          `Register it with register-model first (its model-uri output is what this input takes).`,
        inputs.modelSource,
      );
    }
    core.info(`Model ${model.name}:${model.version} (${model.id})`);
    const endpoint = await client.getEndpoint(endpointName);
    if (endpoint && BUSY.has(endpoint.provisioningState ?? '')) {
      throw new ConfigurationError(
        `Endpoint ${endpointName} is ${endpoint.provisioningState}: another operation is running on it. ${failureHint('OperationInProgress')}`,
        'endpoint',
      );
    }
    const existing = endpoint ? await client.getDeployment(endpointName, name) : undefined;
    if (existing && BUSY.has(existing.provisioningState ?? '')) {
      throw new ConfigurationError(
        `Deployment ${name} of endpoint ${endpointName} is ${existing.provisioningState} and cannot be changed now. ${failureHint('DeploymentUpdating')}`,
        'deployment',
      );
    }
    const previousTraffic = { ...(endpoint?.traffic ?? {}) };
    const previousMirror = { ...(endpoint?.mirrorTraffic ?? {}) };
    // The plan is computed now so that an impossible one fails before the deployment exists.
    const traffic = planTraffic(previousTraffic, name, inputs.traffic);
    const mirrorTraffic = planMirror(previousMirror, traffic, name, inputs.mirror);
    if (endpoint) {
      core.info(
        `Endpoint ${endpointName} exists: traffic ${describeTraffic(previousTraffic)}; mirror ${describeTraffic(previousMirror)}.`,
      );
    } else {
      core.info(
        `Endpoint ${endpointName} does not exist yet: it will be created (auth ${inputs.endpointSpec.authMode}).`,
      );
    }
    core.info(
      existing
        ? `Deployment ${name} exists (${existing.provisioningState}): it will be updated.`
        : `Deployment ${name} is new.`,
    );
    core.info(
      `Traffic after the deployment: ${describeTraffic(traffic)}; mirror ${describeTraffic(mirrorTraffic)}.`,
    );
    return { model, endpoint, existing, previousTraffic, previousMirror, traffic, mirrorTraffic };
  });

  // 2. Assets the deployment refers to.
  const code = inputs.codePath
    ? await core.group(`Upload the scoring code (${inputs.codePath})`, () =>
        ensureCodeAsset(client, inputs.codePath!, (l) => core.info(l)),
      )
    : undefined;
  const environment = inputs.environment
    ? await core.group('Resolve the environment', () =>
        resolveEnvironment(client, inputs.environment!, 'environment', (l) => core.info(l)),
      )
    : undefined;

  // 3. The endpoint, when missing (no traffic).
  let endpoint = checked.endpoint;
  const endpointCreated = !endpoint;
  if (!endpoint) {
    endpoint = await core.group(`Create endpoint ${endpointName}`, () =>
      client.createEndpoint(endpointName, inputs.endpointSpec, waitFor(`endpoint ${endpointName}`)),
    );
  }

  // 4. The deployment.
  const deployment = await core.group(
    `${checked.existing ? 'Update' : 'Create'} deployment ${name}`,
    async () => {
      core.info(
        `Model ${checked.model.name}:${checked.model.version} on ${inputs.instanceCount} x ${inputs.instanceType}; waiting up to ${formatDuration(deadline - Date.now())}.`,
      );
      try {
        return await client.createOrUpdateDeployment(
          endpointName,
          name,
          {
            model: checked.model.id,
            codeId: code?.version.id,
            scoringScript: inputs.codePath ? inputs.scoringScript : undefined,
            environmentId: environment?.id,
            instanceType: inputs.instanceType,
            instanceCount: inputs.instanceCount,
            environmentVariables: inputs.environmentVariables,
            requestSettings:
              inputs.requestTimeout || inputs.maxConcurrentRequestsPerInstance
                ? {
                    requestTimeout: inputs.requestTimeout,
                    maxConcurrentRequestsPerInstance: inputs.maxConcurrentRequestsPerInstance,
                  }
                : undefined,
            readinessProbe: inputs.readinessProbe,
            livenessProbe: inputs.livenessProbe,
            description: inputs.deploymentDescription,
            tags: {
              ...inputs.deploymentTags,
              'mlops.model': `${checked.model.name}:${checked.model.version}`,
            },
          },
          waitFor(`deployment ${name}`),
        );
      } catch (error) {
        if (error instanceof OperationFailure || error instanceof OperationTimeout) {
          throw await reportFailure(client, inputs, error, !checked.existing, checked.previousTraffic);
        }
        throw error;
      }
    },
  );
  core.info(`Deployment ${name}: ${deployment.provisioningState}.`);

  // 5. Traffic, only when asked.
  const changed =
    !sameTraffic(checked.traffic, endpoint.traffic) ||
    !sameTraffic(checked.mirrorTraffic, endpoint.mirrorTraffic);
  if (changed) {
    endpoint = await core.group(`Set the traffic of ${endpointName}`, () =>
      client.setTraffic(
        endpointName,
        { traffic: checked.traffic, mirrorTraffic: checked.mirrorTraffic },
        waitFor(`endpoint ${endpointName}`),
      ),
    );
    core.info(
      `Traffic: ${describeTraffic(endpoint.traffic)}; mirror ${describeTraffic(endpoint.mirrorTraffic)}.`,
    );
  } else {
    core.info(
      `Traffic unchanged: ${describeTraffic(endpoint.traffic)} (${name} takes no live traffic until promoted).`,
    );
  }

  return {
    endpoint,
    deployment,
    endpointCreated,
    deploymentCreated: !checked.existing,
    previousTraffic: checked.previousTraffic,
    previousMirror: checked.previousMirror,
    code,
    environmentId: environment?.id,
    modelId: checked.model.id,
    seconds: (Date.now() - started) / 1000,
  };
}

/**
 * Prints the error code, a hint and the last lines of both containers' logs; deletes a new failed deployment
 * unless keep-failed; checks the endpoint's traffic is what it was. Returns the error to throw.
 */
async function reportFailure(
  client: AzureMLClient,
  inputs: DeploySettings,
  error: OperationFailure | OperationTimeout,
  isNew: boolean,
  previousTraffic: TrafficShares,
): Promise<DeploymentFailedError> {
  const { endpoint, deployment } = inputs;
  const code = error instanceof OperationFailure ? error.errorCode : 'OperationTimeout';
  const logs: Record<LogContainer, string> = { StorageInitializer: '', InferenceServer: '' };
  for (const container of ['StorageInitializer', 'InferenceServer'] as const) {
    logs[container] = await client
      .getDeploymentLogs(endpoint, deployment, container, LOG_TAIL)
      .catch((e: unknown) => `(could not read the ${container} log: ${(e as Error).message})`);
    core.startGroup(`${container} log of ${deployment} (last ${LOG_TAIL} lines)`);
    core.info(logs[container].trimEnd() || '(empty)');
    core.endGroup();
  }
  let cleanup: string;
  if (isNew && !inputs.keepFailed) {
    try {
      await client.deleteDeployment(endpoint, deployment, {
        timeoutMs: 10 * 60_000,
        intervalMs: 2_000,
        log: (l) => core.info(l),
      });
      cleanup = `The failed deployment ${deployment} was deleted (set keep-failed: true to keep it for debugging).`;
    } catch (e) {
      cleanup = `The failed deployment ${deployment} could not be deleted: ${(e as Error).message}`;
    }
  } else {
    cleanup = isNew
      ? `The failed deployment ${deployment} was kept (keep-failed).`
      : `Deployment ${deployment} existed before and was left in place.`;
  }
  const now = await client.getEndpoint(endpoint).catch(() => undefined);
  const traffic = now ? describeTraffic(now.traffic) : 'unknown';
  const intact = now && sameTraffic(now.traffic, previousTraffic);
  const hint = failureHint(code);
  const lastServerLine = logs.InferenceServer.trimEnd().split('\n').filter(Boolean).slice(-1)[0];
  const message = [
    `Deployment ${deployment} of endpoint ${endpoint} failed: ${code}: ${error instanceof OperationFailure ? error.detail : error.message}`,
    hint ? `Hint: ${hint}` : undefined,
    lastServerLine ? `Last InferenceServer log line: ${lastServerLine}` : undefined,
    cleanup,
    intact
      ? `The endpoint's traffic is as it was: ${traffic}.`
      : `The endpoint's traffic is now: ${traffic} (before: ${describeTraffic(previousTraffic)}).`,
  ]
    .filter(Boolean)
    .join('\n');
  return new DeploymentFailedError(message, code, logs);
}
