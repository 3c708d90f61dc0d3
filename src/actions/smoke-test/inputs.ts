import * as core from '@actions/core';
import { validateOnlineName } from '../../deploy/references.js';
import { ConfigurationError } from '../../errors.js';
import { compileAnswerSchema, type AnswerSchema } from '../../smoke/answer-schema.js';
import { readJsonInput, readRequestCases, type RequestCase } from '../../smoke/request-files.js';
import { parseIntegerInput, parseNumberInput } from '../shared/scalar-inputs.js';
import { getWorkspaceInputs, type WorkspaceSettings } from '../shared/workspace-inputs.js';

/** The settings of one smoke-test run. */
export interface SmokeTestInputs {
  endpoint: string;
  /** Send every request to this deployment (azureml-model-deployment header); undefined: the endpoint's traffic decides. */
  deployment?: string;
  cases: RequestCase[];
  /** The `schema` input, compiled (ajv); undefined: answers are not checked against a schema. */
  schema?: AnswerSchema;
  /** Allowed difference for numbers: absolute, and relative to the expected value (the larger wins). */
  tolerance: number;
  /** Times each request is sent. */
  count: number;
  concurrency: number;
  maxErrorRate: number;
  maxP95Ms?: number;
  maxP99Ms?: number;
  timeoutMs: number;
  workspace: WorkspaceSettings;
}

/** Parses and validates every input (and reads the request files) before any call. */
export async function getInputs(): Promise<SmokeTestInputs> {
  const root = process.env.GITHUB_WORKSPACE || process.cwd();
  const endpointValue = core.getInput('endpoint');
  if (!endpointValue)
    throw new ConfigurationError(`Input 'endpoint' is required: the online endpoint to test.`, 'endpoint');
  const endpoint = validateOnlineName(endpointValue, 'endpoint', 'endpoint');
  const deploymentValue = core.getInput('deployment');
  const deployment = deploymentValue
    ? validateOnlineName(deploymentValue, 'deployment', 'deployment')
    : undefined;

  const expected = core.getInput('expected') || undefined;
  const cases = await readRequestCases(core.getInput('requests'), expected, root);

  const schemaValue = core.getInput('schema');
  let schema: AnswerSchema | undefined;
  if (schemaValue) {
    const read = await readJsonInput(schemaValue, 'schema', root);
    schema = compileAnswerSchema(read.value, read.source);
  }

  const tolerance = parseNumberInput(core.getInput('tolerance'), 'tolerance', 0, 1e9) ?? 1e-6;
  const count = parseIntegerInput(core.getInput('count'), 'count', 1, 100_000, 10);
  const concurrency = parseIntegerInput(core.getInput('concurrency'), 'concurrency', 1, 256, 2);
  const maxErrorRate = parseNumberInput(core.getInput('max-error-rate'), 'max-error-rate', 0, 1) ?? 0;
  const maxP95Ms = parseNumberInput(core.getInput('max-p95-ms'), 'max-p95-ms', 0, 600_000);
  const maxP99Ms = parseNumberInput(core.getInput('max-p99-ms'), 'max-p99-ms', 0, 600_000);
  const timeoutMs =
    parseIntegerInput(core.getInput('request-timeout-seconds'), 'request-timeout-seconds', 1, 600, 60) * 1000;
  const workspace = getWorkspaceInputs();
  return {
    endpoint,
    deployment,
    cases,
    schema,
    tolerance,
    count,
    concurrency,
    maxErrorRate,
    maxP95Ms,
    maxP99Ms,
    timeoutMs,
    workspace,
  };
}
