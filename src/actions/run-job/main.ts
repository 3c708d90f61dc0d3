import * as core from '@actions/core';
import { randomUUID } from 'node:crypto';
import type { AzureMLClient } from '../../azureml/client.js';
import type { DataPlane } from '../../azureml/data-plane.js';
import { jobMetricsOrWarn, openDataPlane } from '../../azureml/job-metrics.js';
import type { ArmJob } from '../../azureml/job-models.js';
import { isTerminalJobStatus } from '../../contract/jobs.js';
import { submitJob } from '../../jobs/submit-job.js';
import { signIn } from '../shared/sign-in.js';
import { CANCEL_WAIT_MS, cancelAndWait, onCancelSignals, sleep } from './cancel.js';
import { followJob } from './follow.js';
import { getInputs, type RunJobInputs } from './inputs.js';
import { failingRun, failureMessage, outputUris, studioUrl } from './report.js';
import { STATE } from './state.js';
import { renderSummary, type JobReport } from './summary.js';

/** A job that did not complete (failed, canceled, timed out): the step fails with this message. */
export class JobNotCompletedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JobNotCompletedError';
  }
}

/** Prints lines of the job's own logs with workflow commands off, so a log line cannot set outputs or masks. */
async function withCommandsStopped<T>(fn: () => Promise<T>): Promise<T> {
  const token = randomUUID();
  core.info(`::stop-commands::${token}`);
  try {
    return await fn();
  } finally {
    core.info(`::${token}::`);
  }
}

/** What one run-job run talks to: the workspace's client (ARM) and data plane (run history, MLflow). */
export interface JobSession {
  client: AzureMLClient;
  dataPlane: DataPlane;
  /** The workspace's ARM id (studio links). */
  workspaceId: string;
}

/** Signs in and finds the workspace's data plane (its discovery and MLflow addresses come from ARM). */
async function openSession(inputs: RunJobInputs): Promise<JobSession> {
  const { client, credential } = await signIn(inputs.workspace);
  const { dataPlane, workspaceId } = await openDataPlane(client, credential);
  // Before the job exists: a data plane that cannot be reached fails the step with nothing to clean up.
  if (inputs.wait) await dataPlane.discover();
  return { client, dataPlane, workspaceId };
}

/** What run() uses: the toolkit and Azure in the action, stubs in unit tests. */
export interface RunJobDeps {
  getInputs: () => Promise<RunJobInputs>;
  openSession: (inputs: RunJobInputs) => Promise<JobSession>;
  submitJob: typeof submitJob;
  /** Where SIGINT and SIGTERM arrive. */
  signals: Pick<NodeJS.Process, 'on' | 'off'>;
  now: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** How long to wait for Canceled after asking (CANCEL_WAIT_MS). */
  cancelWaitMs: number;
}

const toolkit: RunJobDeps = {
  getInputs: () => getInputs(),
  openSession,
  submitJob,
  signals: process,
  now: () => Date.now(),
  sleep,
  cancelWaitMs: CANCEL_WAIT_MS,
};

function setOutputs(
  jobName: string,
  status: string,
  url: string,
  outputs: Record<string, string>,
  metrics: Record<string, number>,
): void {
  core.setOutput('job-name', jobName);
  core.setOutput('status', status);
  core.setOutput('studio-url', url);
  core.setOutput('outputs', JSON.stringify(outputs));
  core.setOutput('metrics', JSON.stringify(metrics));
}

/** run-job: submits a CLI v2 job YAML to Azure ML, follows it with its logs, and cancels it if the workflow is. */
export async function run(deps: RunJobDeps = toolkit): Promise<void> {
  core.saveState(STATE.isPost, 'true');
  // A cancel before the job exists is remembered and acted on as soon as it does.
  const cancelled = new AbortController();
  const removeSignals = onCancelSignals((signal) => {
    core.info(`Received ${signal}: the workflow run was cancelled.`);
    cancelled.abort();
  }, deps.signals);
  try {
    await runJob(cancelled.signal, deps);
  } finally {
    removeSignals();
  }
}

async function runJob(cancelled: AbortSignal, deps: RunJobDeps): Promise<void> {
  const inputs = await core.group('Read inputs', () => deps.getInputs());
  const { client, dataPlane, workspaceId } = await deps.openSession(inputs);
  const submitted = await core.group('Create the job', () =>
    deps.submitJob(
      client,
      {
        jobFile: inputs.jobFile,
        workspaceRoot: inputs.workspaceRoot,
        set: inputs.set,
        ...(inputs.experimentName ? { experimentName: inputs.experimentName } : {}),
      },
      (line: string) => core.info(line),
    ),
  );
  const jobName = submitted.name;
  // Saved at once: if the runner kills this step before it cancels the job, the post step does.
  if (inputs.wait) core.saveState(STATE.jobName, jobName);
  const submittedAt = deps.now();
  const url = studioUrl(jobName, submitted.job, workspaceId);
  const outputs = outputUris(jobName, submitted.job);
  const props = submitted.job.properties;
  core.info(
    `Job ${jobName} ${submitted.created ? 'created' : 'already existed with this definition'}: ${url}`,
  );

  const report = (status: string, job: ArmJob | undefined, extra: Partial<JobReport>): JobReport => ({
    jobName,
    jobType: props.jobType,
    ...(props.displayName ? { displayName: props.displayName } : {}),
    ...((job?.properties.experimentName ?? props.experimentName)
      ? { experimentName: job?.properties.experimentName ?? props.experimentName }
      : {}),
    status,
    studioUrl: url,
    created: submitted.created,
    outputs,
    metrics: {},
    steps: [],
    ...extra,
  });

  if (!inputs.wait) {
    const status = props.status ?? 'NotStarted';
    setOutputs(jobName, status, url, outputs, {});
    await core.summary.addRaw(renderSummary(report(status, submitted.job, {}))).write();
    return;
  }

  const result = await withCommandsStopped(() =>
    followJob(
      {
        jobName,
        pipeline: props.jobType === 'Pipeline',
        streamLogs: inputs.streamLogs,
        deadline: submittedAt + inputs.timeoutMs,
        signal: cancelled,
      },
      { dataPlane, print: (line) => core.info(line), sleep: deps.sleep, now: deps.now },
    ),
  );

  let status = result.job.status;
  let why: string | undefined;
  if (result.ended !== 'terminal') {
    why =
      result.ended === 'aborted'
        ? 'the workflow run was cancelled'
        : `it did not end within timeout-minutes (${inputs.timeoutMs / 60_000})`;
    core.info(`Cancelling job ${jobName}: ${why}.`);
    const final = await cancelAndWait(jobName, deps.cancelWaitMs, {
      jobs: client,
      print: (line) => core.info(line),
      now: deps.now,
      sleep: (ms) => deps.sleep(ms),
    });
    status = final ?? status;
    core.info(`Job ${jobName} is ${status}.`);
  }
  if (isTerminalJobStatus(status)) core.saveState(STATE.done, 'true');

  const finalJob = await client.getJob(jobName).catch(() => undefined);
  const metrics = await jobMetricsOrWarn(
    dataPlane,
    jobName,
    (message) => core.warning(message),
    result.steps.map((s) => ({ runId: s.runId, ...(s.step !== undefined ? { step: s.step } : {}) })),
  );
  setOutputs(jobName, status, url, outputUris(jobName, finalJob ?? submitted.job), metrics);
  const seconds = (deps.now() - submittedAt) / 1000;

  if (status === 'Completed' && !why) {
    await core.summary
      .addRaw(renderSummary(report(status, finalJob, { seconds, metrics, steps: result.steps })))
      .write();
    core.info(`Job ${jobName} completed in ${Math.round(seconds)} s.`);
    return;
  }

  const message = !why
    ? failureMessage(jobName, status, result)
    : isTerminalJobStatus(status)
      ? `Job ${jobName} was cancelled because ${why} (it is ${status}).`
      : `Job ${jobName} was asked to cancel because ${why}, but it is still ${status}: check it in the studio (${url}).`;
  const run = failingRun(result);
  if (!why && run.tail.length > 0) {
    const label = run.step !== undefined ? `step ${run.step}` : `job ${run.runId}`;
    await withCommandsStopped(async () => {
      core.info(`Last lines of the log of ${label}:`);
      for (const line of run.tail) core.info(`  ${line}`);
    });
  }
  await core.summary
    .addRaw(
      renderSummary(
        report(status, finalJob, { seconds, metrics, steps: result.steps, failure: { message, run } }),
      ),
    )
    .write();
  throw new JobNotCompletedError(message);
}
