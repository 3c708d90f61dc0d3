// What deploy-endpoint takes from Azure ML CLI v2 YAML files (managedOnlineEndpoint and managedOnlineDeployment
// schemas), already in the API's terms: enums in the spec's spelling, durations in ISO 8601. The readers are
// endpoint-yaml.ts and deployment-yaml.ts; docs/cli-yaml.md lists every key and what becomes of it.
import type {
  DataCollector,
  InferenceContainerProperties,
  OnlineScaleSettings,
  ProbeSettings,
} from '../azureml/arm-models.js';
import type { EndpointSettings } from '../azureml/online-bodies.js';
import type { ModelType } from '../model/layout.js';

/** Which file a setting came from, and the line of the keys checked after reading (for their errors). */
export interface FileWhere {
  file: string;
  /** `model.path` -> 12 */
  lines: Record<string, number>;
}

/** An endpoint file's settings; undefined where the file is silent. */
export interface EndpointFile extends EndpointSettings {
  name?: string;
  where: FileWhere;
}

/** A probe, in the API's terms (durations ISO 8601). */
export type ProbeFile = ProbeSettings;

/** `model:` of a deployment file. */
export type ModelFile =
  /** `azureml:<name>:<version>` or `azureml:<name>@latest` (checked against the workspace). */
  | { kind: 'reference'; value: string }
  /** An inline model: its files (absolute path, still to be checked), registered before the deployment. */
  | {
      kind: 'inline';
      path: string;
      type?: ModelType;
      name?: string;
      version?: string;
      description?: string;
      tags: Record<string, string>;
    };

/** `environment:` of a deployment file. */
export type EnvironmentFile =
  /** `azureml:<name>:<version>`, `azureml:<name>@latest` or a registry id. */
  { kind: 'reference'; value: string } | { kind: 'inline'; spec: InlineEnvironment };

/** An environment described inline; paths absolute (resolved against the file's folder), still to be checked. */
export interface InlineEnvironment {
  name?: string;
  version?: string;
  description?: string;
  tags: Record<string, string>;
  image?: string;
  condaFile?: string;
  /** A local build context folder and the Dockerfile's path inside it. */
  build?: { path: string; dockerfilePath?: string };
  osType?: 'Linux' | 'Windows';
  inferenceConfig?: InferenceContainerProperties;
}

/** `code_configuration.code`: a local folder (absolute, still to be checked) or a registered code asset. */
export type CodeFile = { kind: 'local'; path: string } | { kind: 'reference'; value: string };

/** A deployment file's settings; undefined where the file is silent. */
export interface DeploymentFile {
  name?: string;
  endpointName?: string;
  model?: ModelFile;
  modelMountPath?: string;
  code?: CodeFile;
  scoringScript?: string;
  environment?: EnvironmentFile;
  instanceType?: string;
  instanceCount?: number;
  environmentVariables: Record<string, string>;
  requestSettings?: {
    requestTimeout?: string;
    maxConcurrentRequestsPerInstance?: number;
    maxQueueWait?: string;
  };
  readinessProbe?: ProbeFile;
  livenessProbe?: ProbeFile;
  scaleSettings?: OnlineScaleSettings;
  dataCollector?: DataCollector;
  appInsightsEnabled?: boolean;
  egressPublicNetworkAccess?: 'Enabled' | 'Disabled';
  description?: string;
  tags: Record<string, string>;
  properties: Record<string, string>;
  where: FileWhere;
}
