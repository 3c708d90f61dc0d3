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
import { checkEnvironment, ensureEnvironment } from './environment-asset.js';
import { failureHint } from './failure-hints.js';
import { checkModel, ensureModel, type DeployedModel } from './model-asset.js';
import { showReference } from './references.js';

/** What a deploy-endpoint run did. */
export interface DeployResult {
  endpoint: EndpointInfo;
  deployment: DeploymentInfo;
  endpointCreated: boolean;
  deploymentCreated: boolean;
  previousTraffic: TrafficShares;
  previousMirror: TrafficShares;
  code?: CodeAsset;
  /** A registered code version named by the deployment file (azureml:<name>:<version>). */
  codeId?: string;
  environmentId?: string;
  model: DeployedModel;
  /** The endpoint file's keys merged into an existing endpoint ([] when nothing changed or it was created). */
  endpointChanges: string[];
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
 * Deploys a model to an online endpoint, safe by default:
 * - every check that can fail before a change runs first (model, code and environment references, names, a
 *   traffic plan that works); only then are an inline model, the code and an inline environment registered;
 * - the endpoint is created when missing (with the endpoint file's settings); an existing endpoint gets the file's
 *   settings merged in only after the new deployment Succeeded (see docs/cli-yaml.md), and its traffic and mirror
 *   traffic stay as they are until then, and then change only as the `traffic`/`mirror` inputs say;
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
    const model = await checkModel(client, inputs.model, inputs.modelSource, inputs.where.model);
    core.info(
      model.kind === 'found'
        ? `Model ${model.model.label} (${model.model.id})`
        : `Model: ${model.setting.source.path} (${model.setting.source.modelType}, ${model.setting.source.files.length} files), to register as ${model.name}.`,
    );
    let codeId: string | undefined;
    if (inputs.code?.kind === 'registered') {
      const { name: codeName, version } = inputs.code.ref;
      const found = await client.getCodeVersion(codeName, version);
      if (!found) {
        throw new ConfigurationError(
          `${inputs.where.code}: code ${showReference(inputs.code.ref)} is not registered in workspace '${client.address.workspace}'. Give a local folder, or register the code first.`,
          'deployment-file',
        );
      }
      codeId = found.id;
    }
    const environment = inputs.environment
      ? await checkEnvironment(
          client,
          inputs.environment,
          inputs.where.environment.startsWith("Input 'environment'") ? 'environment' : 'deployment-file',
          inputs.where.environment,
        )
      : undefined;
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
        `Endpoint ${endpointName} does not exist yet: it will be created (auth ${inputs.endpointSettings.authMode ?? 'Key'}).`,
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
    return {
      model,
      codeId,
      environment,
      endpoint,
      existing,
      previousTraffic,
      previousMirror,
      traffic,
      mirrorTraffic,
    };
  });

  // 2. Assets the deployment refers to: registered only now that every check passed. The small writes first (an
  // inline environment is one PUT the service validates), the model's upload last.
  const environment = checked.environment
    ? await core.group('Resolve the environment', () =>
        ensureEnvironment(client, checked.environment!, (l) => core.info(l)),
      )
    : undefined;
  const localCode = inputs.code?.kind === 'local' ? inputs.code.path : undefined;
  const code = localCode
    ? await core.group(`Upload the scoring code (${localCode})`, () =>
        ensureCodeAsset(client, localCode, (l) => core.info(l)),
      )
    : undefined;
  const model = await ensureModel(client, checked.model);

  // 3. The endpoint, when missing (no traffic).
  let endpoint = checked.endpoint;
  const endpointCreated = !endpoint;
  if (!endpoint) {
    endpoint = await core.group(`Create endpoint ${endpointName}`, () =>
      client.createEndpoint(endpointName, inputs.endpointSettings, waitFor(`endpoint ${endpointName}`)),
    );
  }

  // 4. The deployment.
  const deployment = await core.group(
    `${checked.existing ? 'Update' : 'Create'} deployment ${name}`,
    async () => {
      core.info(
        `Model ${model.label} on ${inputs.instanceCount} x ${inputs.instanceType}; waiting up to ${formatDuration(deadline - Date.now())}.`,
      );
      try {
        return await client.createOrUpdateDeployment(
          endpointName,
          name,
          {
            ...inputs.deploymentFile,
            model: model.id,
            codeId: code?.version.id ?? checked.codeId,
            scoringScript: inputs.code ? inputs.scoringScript : undefined,
            environmentId: environment?.id,
            instanceType: inputs.instanceType,
            instanceCount: inputs.instanceCount,
            tags: { ...inputs.deploymentFile.tags, 'mlops.model': model.label.replace(/^azureml:/, '') },
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

  // 4b. An existing endpoint gets the endpoint file's settings now that the deployment Succeeded.
  let endpointChanges: string[] = [];
  if (!endpointCreated) {
    const updated = await client.updateEndpointSettings(
      endpointName,
      inputs.endpointSettings,
      waitFor(`endpoint ${endpointName}`),
    );
    endpointChanges = updated.changed;
    if (endpointChanges.length > 0) {
      endpoint = updated.endpoint;
      core.info(`Endpoint ${endpointName}: ${endpointChanges.join(', ')} updated from endpoint-file.`);
    }
  }

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
    ...(checked.codeId ? { codeId: checked.codeId } : {}),
    environmentId: environment?.id,
    model,
    endpointChanges,
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
