// What run-job reports about a job: its output URIs, the metrics it logged, its studio link, and which run failed.
import type { ArmJob } from '../../azureml/job-models.js';
import { jobOutputUri } from '../../contract/jobs.js';
import type { FollowResult, RunOutcome } from './follow.js';

/** Output name -> azureml://jobs/<job>/outputs/<output>: the job's (a pipeline's: the parent's) named outputs. */
export function outputUris(jobName: string, job: ArmJob | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of Object.keys(job?.properties.outputs ?? {}).sort())
    out[name] = jobOutputUri(jobName, name);
  return out;
}

/** The job's studio page: the service's Studio endpoint (JobService), else the studio's runs URL of the workspace. */
export function studioUrl(jobName: string, job: ArmJob | undefined, workspaceId: string): string {
  const endpoint = job?.properties.services?.Studio?.endpoint;
  if (endpoint && /^https:\/\//.test(endpoint)) return endpoint;
  return `https://ml.azure.com/runs/${encodeURIComponent(jobName)}?wsid=${workspaceId}`;
}

/** The run to blame for a job that did not complete: a pipeline's failed step, else the job itself. */
export function failingRun(result: FollowResult): RunOutcome {
  return (
    result.steps.find((s) => s.status === 'Failed') ??
    result.steps.find((s) => s.status !== 'Completed' && s.error) ??
    result.job
  );
}

/** One line saying why the job did not complete. */
export function failureMessage(jobName: string, status: string, result: FollowResult): string {
  const run = failingRun(result);
  const where = run.step !== undefined ? ` at step '${run.step}' (job ${run.runId})` : '';
  const error = run.error ?? result.job.error;
  const verb = status === 'Canceled' ? 'was canceled' : status === 'Failed' ? 'failed' : `ended ${status}`;
  return `Job ${jobName} ${verb}${where}${error ? `: ${error}` : '.'}`;
}
