import * as core from '@actions/core';
import { ConfigurationError } from '../../errors.js';
import { existingFile, requireInsideRoots } from '../shared/path-inputs.js';
import { parseBooleanInput, parseIntegerInput } from '../shared/scalar-inputs.js';
import { getWorkspaceInputs, type WorkspaceSettings } from '../shared/workspace-inputs.js';

/** The settings of one run-job run. */
export interface RunJobInputs {
  /** `job-file`: the CLI v2 job YAML, absolute, inside the workspace. */
  jobFile: string;
  /** `set`: the CLI's --set overrides, one `key.path=value` a line, in order (checked with the YAML). */
  set: string[];
  /** `experiment-name`: replaces the YAML's experiment_name. */
  experimentName?: string;
  /** `wait`: follow the job to its end (true), or return once it is created. */
  wait: boolean;
  /** `timeout-minutes`: cancel the job and fail when it has not ended after this long. */
  timeoutMs: number;
  /** `stream-logs`: print the job's std_log as it grows. */
  streamLogs: boolean;
  /** Where local paths of the YAML must be: GITHUB_WORKSPACE, else the working directory. */
  workspaceRoot: string;
  workspace: WorkspaceSettings;
}

/** The timeout-minutes bounds: a GitHub-hosted job runs 6 h at most, a self-hosted one up to 5 days. */
export const TIMEOUT_MINUTES = { min: 1, max: 7200, default: 360 } as const;

/** Parses and validates every input before any call to Azure. */
export async function getInputs(env: NodeJS.ProcessEnv = process.env): Promise<RunJobInputs> {
  const jobFileValue = core.getInput('job-file');
  if (!jobFileValue) {
    throw new ConfigurationError(
      `Input 'job-file' is required: give the path of an Azure ML CLI v2 job YAML (type command or pipeline).`,
      'job-file',
    );
  }
  // Inside the workspace (not RUNNER_TEMP, which other path inputs allow): the YAML's own local paths (code,
  // inputs, components) are resolved from its folder and must stay in the workspace (submitJob checks them).
  const workspaceRoot = env.GITHUB_WORKSPACE || process.cwd();
  const jobFile = await existingFile('job-file', jobFileValue, env);
  await requireInsideRoots(
    'job-file',
    jobFile,
    [workspaceRoot],
    'Keep the job file, its code and its local inputs in the repository.',
  );

  const set = core
    .getMultilineInput('set')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  // The lines' keys and values are checked with the YAML (src/jobs: submitJob), which names this input.
  const experimentInput = core.getInput('experiment-name').trim();

  const wait = parseBooleanInput(core.getInput('wait'), 'wait', true);
  const timeoutMinutes = parseIntegerInput(
    core.getInput('timeout-minutes'),
    'timeout-minutes',
    TIMEOUT_MINUTES.min,
    TIMEOUT_MINUTES.max,
    TIMEOUT_MINUTES.default,
  );
  const streamLogs = parseBooleanInput(core.getInput('stream-logs'), 'stream-logs', true);
  const workspace = getWorkspaceInputs(env);

  core.debug(
    `job-file: ${jobFile}, set: ${set.length} line(s), experiment-name: ${experimentInput || '-'}, wait: ${wait}, ` +
      `timeout-minutes: ${timeoutMinutes}, stream-logs: ${streamLogs}`,
  );
  return {
    jobFile,
    set,
    ...(experimentInput ? { experimentName: experimentInput } : {}),
    wait,
    timeoutMs: timeoutMinutes * 60_000,
    streamLogs,
    workspaceRoot,
    workspace,
  };
}
