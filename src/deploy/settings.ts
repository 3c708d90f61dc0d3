import type { EndpointSettings } from '../azureml/online-client.js';
import type { ModelSource } from '../model/model-source.js';
import type { DeploymentFile } from './cli-yaml.js';
import type { EnvironmentSetting } from './environment-asset.js';
import type { AssetPointer, AssetReference } from './references.js';

/** The model to deploy: a reference, or an inline model's files (read and checked) to register first. */
export type ModelSetting =
  | AssetPointer
  | {
      kind: 'inline';
      source: ModelSource;
      name?: string;
      version?: string;
      description?: string;
      tags: Record<string, string>;
    };

/** The scoring code: a local folder (uploaded as a code asset) or a registered code version. */
export type CodeSetting = { kind: 'local'; path: string } | { kind: 'registered'; ref: AssetReference };

/** What to deploy where: the YAML files' values with the inputs laid over them, validated. */
export interface DeploySettings {
  endpoint: string;
  deployment: string;
  model: ModelSetting;
  /** Where the model came from (`model` or `deployment-file`), for messages. */
  modelSource: string;
  /** How messages about a reference that is not registered name it: `Input 'model'`, or the file, line and key. */
  where: { model: string; environment: string; code: string };
  /** Undefined for a no-code deployment (an MLflow model, or a custom container). */
  code?: CodeSetting;
  scoringScript: string;
  environment?: EnvironmentSetting;
  instanceType: string;
  instanceCount: number;
  /** The deployment file's other settings, sent to ARM as they are (see docs/cli-yaml.md). */
  deploymentFile: Pick<
    DeploymentFile,
    | 'environmentVariables'
    | 'requestSettings'
    | 'readinessProbe'
    | 'livenessProbe'
    | 'scaleSettings'
    | 'dataCollector'
    | 'appInsightsEnabled'
    | 'egressPublicNetworkAccess'
    | 'modelMountPath'
    | 'description'
    | 'tags'
    | 'properties'
  >;
  /** The endpoint file's settings: applied when the endpoint is created, and merged into an existing one. */
  endpointSettings: EndpointSettings;
  /** Live traffic share for the deployment: 0 (default), 1..100. */
  traffic: number;
  /** Mirror share, 1..50, or undefined. */
  mirror?: number;
  timeoutMs: number;
  keepFailed: boolean;
}
