// The variables Azure ML gives a command job's processes (reference: "Environment variables set by Azure ML" in
// how-to-train-with-custom-image / how-to-use-mlflow-configure-tracking): the run and workspace, the MLflow tracking
// settings (its own token, never an ARM principal's), the inputs' and outputs' paths, and the job's own
// environment_variables, over a clean environment (user-environment.ts: nothing of the emulator's).
import { mlflowBasePath, workspaceScope } from '../../contract/jobs.js';

export interface JobIdentity {
  subscriptionId: string;
  resourceGroup: string;
  workspace: string;
  runId: string;
  experimentName: string;
  /** https://127.0.0.1:<port> of the emulator. */
  armEndpoint: string;
  /** The run's own MLflow token. */
  token: string;
  /** The emulator's CA certificate (public), so urllib and requests trust it. */
  caCertFile: string;
}

/** The workspace's MLflow tracking URI (the workspace answer's mlFlowTrackingUri). */
export function trackingUri(armEndpoint: string, scope: string): string {
  return `azureml://${new URL(armEndpoint).host}${mlflowBasePath(scope)}`;
}

export function jobVariables(
  id: JobIdentity,
  inputs: Record<string, string>,
  outputs: Record<string, string>,
  user: Record<string, string>,
): Record<string, string> {
  const scope = workspaceScope(id.subscriptionId, id.resourceGroup, id.workspace);
  const vars: Record<string, string> = { ...user };
  for (const [name, value] of Object.entries(inputs)) vars[`AZURE_ML_INPUT_${name}`] = value;
  for (const [name, value] of Object.entries(outputs)) vars[`AZURE_ML_OUTPUT_${name}`] = value;
  return {
    ...vars,
    AZUREML_RUN_ID: id.runId,
    AZUREML_ARM_SUBSCRIPTION: id.subscriptionId,
    AZUREML_ARM_RESOURCEGROUP: id.resourceGroup,
    AZUREML_ARM_WORKSPACE_NAME: id.workspace,
    AZUREML_ARM_PROJECT_NAME: id.experimentName,
    MLFLOW_TRACKING_URI: trackingUri(id.armEndpoint, scope),
    MLFLOW_RUN_ID: id.runId,
    MLFLOW_EXPERIMENT_NAME: id.experimentName,
    MLFLOW_TRACKING_TOKEN: id.token,
    SSL_CERT_FILE: id.caCertFile,
    REQUESTS_CA_BUNDLE: id.caCertFile,
  };
}
