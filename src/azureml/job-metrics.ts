// The metrics a job logged with MLflow, read back through the workspace's data plane: run-job reports them, and
// register-model records them on a model registered from the job's output (as `metric.<name>`, which metric-gate
// reads from the model an endpoint serves).
import { getErrorMessage } from '../errors.js';
import { createDataPlane, type DataPlane } from './data-plane.js';
import type { AzureMLClient } from './client.js';
import type { TokenCredential } from '@azure/core-auth';
import { retrySettings } from './retry-settings.js';

/** The metrics one run logged, and which pipeline step it is (undefined for the job itself). */
export interface RunMetrics {
  step?: string;
  metrics: Record<string, number>;
}

/**
 * One flat metrics map: a metric that one run logged keeps its name; one that several runs of a pipeline logged
 * is reported once per step as `<step>.<name>` (the pipeline's own value keeps the plain name), so nothing is lost
 * and no value silently wins.
 */
export function mergeMetrics(runs: RunMetrics[]): Record<string, number> {
  const count = new Map<string, number>();
  for (const run of runs)
    for (const key of Object.keys(run.metrics)) count.set(key, (count.get(key) ?? 0) + 1);
  const out: Record<string, number> = {};
  for (const run of runs) {
    for (const [key, value] of Object.entries(run.metrics)) {
      const shared = (count.get(key) ?? 0) > 1;
      out[shared && run.step !== undefined ? `${run.step}.${key}` : key] = value;
    }
  }
  return out;
}

/** A pipeline step's run: its run id and step name. */
export interface StepRun {
  runId: string;
  step?: string;
}

/**
 * Every metric a job logged: its own run's and, for a pipeline, each step's. `steps` are the pipeline's step runs
 * when the caller followed them; else they are read from run history (the job's children).
 */
export async function jobMetrics(
  dataPlane: DataPlane,
  jobName: string,
  steps?: StepRun[],
): Promise<Record<string, number>> {
  const children =
    steps ??
    (await dataPlane.listRunChildren(jobName)).map((c) => ({
      runId: c.runId,
      ...(c.displayName ? { step: c.displayName } : {}),
    }));
  const runs: RunMetrics[] = [{ metrics: await dataPlane.getRunMetrics(jobName) }];
  for (const child of children)
    runs.push({ step: child.step ?? child.runId, metrics: await dataPlane.getRunMetrics(child.runId) });
  return mergeMetrics(runs);
}

/**
 * The workspace's data plane (run history, MLflow), at the addresses its ARM properties give. Fails with a clear
 * message when the workspace names none.
 */
export async function openDataPlane(
  client: Pick<AzureMLClient, 'address' | 'getWorkspace'>,
  credential: TokenCredential,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ dataPlane: DataPlane; workspaceId: string }> {
  const ws = await client.getWorkspace();
  if (!ws.discoveryUrl || !ws.mlFlowTrackingUri) {
    throw new Error(
      `Workspace '${ws.name}' gives no ${ws.discoveryUrl ? 'mlFlowTrackingUri' : 'discoveryUrl'}: its job logs and metrics cannot be read.`,
    );
  }
  const dataPlane = createDataPlane(
    credential,
    { workspace: client.address, discoveryUrl: ws.discoveryUrl, mlFlowTrackingUri: ws.mlFlowTrackingUri },
    { retry: retrySettings(env) },
  );
  return { dataPlane, workspaceId: ws.id };
}

/** jobMetrics, or {} with the reason passed to `warn` when they cannot be read (the job itself is not at fault). */
export async function jobMetricsOrWarn(
  dataPlane: DataPlane,
  jobName: string,
  warn: (message: string) => void,
  steps?: StepRun[],
): Promise<Record<string, number>> {
  try {
    return await jobMetrics(dataPlane, jobName, steps);
  } catch (error) {
    warn(`Could not read the metrics of job ${jobName}: ${getErrorMessage(error)}`);
    return {};
  }
}
