/**
 * What to do about a failed deployment, by the service's error code (Azure ML's "Troubleshooting online endpoint
 * deployment and scoring" lists these codes).
 */
const HINTS: Array<[RegExp, string]> = [
  [
    /^(OutOfQuota|QuotaExceeded)$/i,
    'The subscription has no vCPU quota left for this instance type in the region: request more quota, pick another instance-type, or lower instance-count.',
  ],
  [
    /^OutOfCapacity$/i,
    'Azure has no capacity for this instance type in the region right now: try another instance-type or retry later.',
  ],
  [
    /^ImageBuildFailure$/i,
    'The environment image did not build: read the build log linked in the message; most often a conda/pip package cannot be resolved in conda_file.',
  ],
  [
    /^(ResourceNotReady|UserContainerCrashed|LivenessProbeFailed|ReadinessProbeFailed)$/i,
    'The inference server did not become ready: init() in the scoring script raised, or the server did not answer GET / in time. Read the InferenceServer log below; run score.py locally (init(), then run()) to reproduce.',
  ],
  [
    /^(StorageInitializerFailed|ModelNotFound|ResourceNotFound)$/i,
    "The model or code could not be downloaded: check that the model version exists in this workspace and that the endpoint's identity can read the workspace's storage (Storage Blob Data Reader).",
  ],
  [
    /^(BadArgument|UserError|InvalidRequest)$/i,
    'The deployment was refused as written: the message names the field; check the deployment file and the inputs.',
  ],
  [
    /^(Conflict|DeploymentUpdating|OperationInProgress)$/i,
    'Another operation is running on this deployment or endpoint (stuck in Updating?): wait for it to finish, or delete the deployment and deploy again.',
  ],
  [
    /^OperationTimeout$/i,
    'The deployment took longer than timeout-minutes: raise it for large models or images, or look at the logs below for a server that never answers.',
  ],
  [
    /^OperationCanceled$/i,
    'The operation was canceled, usually by a newer update of the same deployment or endpoint: make sure two pipelines do not deploy to one endpoint at once.',
  ],
];

/** A hint for a known error code, or undefined. */
export function failureHint(code: string | undefined): string | undefined {
  if (!code) return undefined;
  return HINTS.find(([pattern]) => pattern.test(code))?.[1];
}
