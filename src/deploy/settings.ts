import type { ProbeFile } from './cli-yaml.js';
import type { EnvironmentSetting } from './environment-asset.js';
import type { AssetReference } from './references.js';

/** What to deploy where: the YAML files' values with the inputs laid over them, validated. */
export interface DeploySettings {
  endpoint: string;
  deployment: string;
  model: AssetReference;
  /** Where the model reference came from (`model` or `deployment-file`), for messages. */
  modelSource: string;
  /** Local folder of the scoring code (uploaded as a code asset); undefined for a no-code deployment. */
  codePath?: string;
  scoringScript: string;
  environment?: EnvironmentSetting;
  instanceType: string;
  instanceCount: number;
  environmentVariables: Record<string, string>;
  requestTimeout?: string;
  maxConcurrentRequestsPerInstance?: number;
  readinessProbe?: ProbeFile;
  livenessProbe?: ProbeFile;
  deploymentDescription?: string;
  deploymentTags: Record<string, string>;
  /** Used only when the endpoint is created. */
  endpointSpec: {
    authMode: 'Key' | 'AMLToken' | 'AADToken';
    description?: string;
    tags: Record<string, string>;
  };
  /** Live traffic share for the deployment: 0 (default), 1..100. */
  traffic: number;
  /** Mirror share, 1..50, or undefined. */
  mirror?: number;
  timeoutMs: number;
  keepFailed: boolean;
  /** Keys of the YAML files this action does not apply (reported as warnings). */
  ignored: string[];
}
