import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { ConfigurationError } from '../errors.js';

/** What deploy-endpoint takes from an Azure ML CLI v2 endpoint YAML (managedOnlineEndpoint schema). */
export interface EndpointFile {
  name?: string;
  authMode?: 'Key' | 'AMLToken' | 'AADToken';
  description?: string;
  tags: Record<string, string>;
  /** Keys the file sets that deploy-endpoint leaves alone (traffic: the `traffic` input rules). */
  ignored: string[];
}

/** A probe as the CLI YAML has it (seconds), converted to the API's ISO 8601 durations. */
export interface ProbeFile {
  initialDelay?: string;
  period?: string;
  timeout?: string;
  failureThreshold?: number;
  successThreshold?: number;
}

/** What deploy-endpoint takes from an Azure ML CLI v2 deployment YAML (managedOnlineDeployment schema). */
export interface DeploymentFile {
  name?: string;
  endpointName?: string;
  /** `azureml:<name>:<version>` */
  model?: string;
  /** Absolute, resolved against the file's folder. */
  codePath?: string;
  scoringScript?: string;
  /** `azureml:<name>:<version>`, `azureml:<name>@latest`, or an inline image (+ conda file, absolute). */
  environment?: string | { image: string; condaFile?: string };
  instanceType?: string;
  instanceCount?: number;
  environmentVariables: Record<string, string>;
  requestTimeout?: string;
  maxConcurrentRequestsPerInstance?: number;
  readinessProbe?: ProbeFile;
  livenessProbe?: ProbeFile;
  description?: string;
  tags: Record<string, string>;
  ignored: string[];
}

type Obj = Record<string, unknown>;

const ENDPOINT_KEYS = [
  '$schema',
  'name',
  'auth_mode',
  'description',
  'tags',
  'traffic',
  'mirror_traffic',
  'identity',
  'public_network_access',
  'kind',
  'properties',
];
const ENDPOINT_IGNORED = [
  'traffic',
  'mirror_traffic',
  'identity',
  'public_network_access',
  'kind',
  'properties',
];
const DEPLOYMENT_KEYS = [
  '$schema',
  'name',
  'endpoint_name',
  'model',
  'code_configuration',
  'environment',
  'instance_type',
  'instance_count',
  'environment_variables',
  'request_settings',
  'readiness_probe',
  'liveness_probe',
  'description',
  'tags',
  'app_insights_enabled',
  'scale_settings',
  'egress_public_network_access',
  'properties',
  'data_collector',
];
const DEPLOYMENT_IGNORED = [
  'app_insights_enabled',
  'scale_settings',
  'egress_public_network_access',
  'properties',
  'data_collector',
];
const PROBE_KEYS = ['initial_delay', 'period', 'timeout', 'failure_threshold', 'success_threshold'];

class YamlReader {
  constructor(
    readonly file: string,
    readonly input: string,
  ) {}

  fail(path: string, why: string): never {
    throw new ConfigurationError(
      `Input '${this.input}' (${this.file}): ${path ? `${path}: ` : ''}${why}`,
      this.input,
    );
  }

  object(value: unknown, path: string): Obj {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      this.fail(path, 'expected a mapping (key: value lines).');
    return value as Obj;
  }

  keys(obj: Obj, allowed: string[], path: string): void {
    for (const key of Object.keys(obj)) {
      if (!allowed.includes(key)) {
        this.fail(
          path ? `${path}.${key}` : key,
          `unknown key. Known keys here: ${allowed.filter((k) => k !== '$schema').join(', ')}.`,
        );
      }
    }
  }

  string(obj: Obj, key: string, path = key): string | undefined {
    const v = obj[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string' || v.trim() === '') this.fail(path, 'expected a non-empty string.');
    return v.trim();
  }

  integer(obj: Obj, key: string, min: number, max: number, path = key): number | undefined {
    const v = obj[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
      this.fail(path, `expected a whole number from ${min} to ${max}, got ${JSON.stringify(v)}.`);
    }
    return v;
  }

  stringMap(obj: Obj, key: string): Record<string, string> {
    const v = obj[key];
    if (v === undefined || v === null) return {};
    const map = this.object(v, key);
    const out: Record<string, string> = {};
    for (const [k, val] of Object.entries(map)) {
      if (typeof val === 'object' && val !== null)
        this.fail(`${key}.${k}`, 'expected a string, number or boolean.');
      out[k] = String(val);
    }
    return out;
  }

  probe(obj: Obj, key: string): ProbeFile | undefined {
    const v = obj[key];
    if (v === undefined || v === null) return undefined;
    const probe = this.object(v, key);
    this.keys(probe, PROBE_KEYS, key);
    const seconds = (k: string, min: number): string | undefined => {
      const s = this.integer(probe, k, min, 3600, `${key}.${k}`);
      return s === undefined ? undefined : `PT${s}S`;
    };
    return {
      initialDelay: seconds('initial_delay', 0),
      period: seconds('period', 1),
      timeout: seconds('timeout', 1),
      failureThreshold: this.integer(probe, 'failure_threshold', 1, 1000, `${key}.failure_threshold`),
      successThreshold: this.integer(probe, 'success_threshold', 1, 1000, `${key}.success_threshold`),
    };
  }
}

async function load(path: string, input: string): Promise<{ root: Obj; reader: YamlReader }> {
  const reader = new YamlReader(path, input);
  let text = '';
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    reader.fail('', `cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
  }
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    const line = first.linePos?.[0]?.line;
    reader.fail('', `not valid YAML${line ? ` (line ${line})` : ''}: ${first.message.split('\n')[0]}`);
  }
  return { root: reader.object(doc.toJS(), ''), reader };
}

const AUTH_MODES: Record<string, EndpointFile['authMode']> = {
  key: 'Key',
  aml_token: 'AMLToken',
  aad_token: 'AADToken',
};

/** Reads an endpoint YAML of the Azure ML CLI v2; unknown keys and bad values name themselves. */
export async function readEndpointFile(path: string, input = 'endpoint-file'): Promise<EndpointFile> {
  const { root, reader } = await load(path, input);
  reader.keys(root, ENDPOINT_KEYS, '');
  const auth = reader.string(root, 'auth_mode');
  const authMode = auth === undefined ? undefined : AUTH_MODES[auth.toLowerCase()];
  if (auth !== undefined && !authMode)
    reader.fail('auth_mode', `'${auth}' is not key, aml_token or aad_token.`);
  return {
    name: reader.string(root, 'name'),
    authMode,
    description: reader.string(root, 'description'),
    tags: reader.stringMap(root, 'tags'),
    ignored: ENDPOINT_IGNORED.filter((k) => root[k] !== undefined),
  };
}

/** Reads a deployment YAML of the Azure ML CLI v2; paths in it are resolved against its folder. */
export async function readDeploymentFile(path: string, input = 'deployment-file'): Promise<DeploymentFile> {
  const { root, reader } = await load(path, input);
  reader.keys(root, DEPLOYMENT_KEYS, '');
  const here = dirname(path);

  let model: string | undefined;
  if (root.model !== undefined && root.model !== null) {
    if (typeof root.model !== 'string') {
      reader.fail(
        'model',
        'an inline model is not deployed by this action: register it with register-model and give azureml:<name>:<version>.',
      );
    }
    model = reader.string(root, 'model');
  }

  let codePath: string | undefined;
  let scoringScript: string | undefined;
  if (root.code_configuration !== undefined && root.code_configuration !== null) {
    const code = reader.object(root.code_configuration, 'code_configuration');
    reader.keys(code, ['code', 'scoring_script'], 'code_configuration');
    const local = reader.string(code, 'code', 'code_configuration.code');
    if (local?.startsWith('azureml:'))
      reader.fail(
        'code_configuration.code',
        'give a local folder (registered code assets are not supported yet).',
      );
    codePath = local === undefined ? undefined : resolve(here, local);
    scoringScript = reader.string(code, 'scoring_script', 'code_configuration.scoring_script');
  }

  let environment: DeploymentFile['environment'];
  if (typeof root.environment === 'string') {
    environment = reader.string(root, 'environment');
  } else if (root.environment !== undefined && root.environment !== null) {
    const env = reader.object(root.environment, 'environment');
    reader.keys(env, ['image', 'conda_file', 'name', 'version', 'description', '$schema'], 'environment');
    const image = reader.string(env, 'image', 'environment.image') ?? '';
    if (!image)
      reader.fail(
        'environment.image',
        'an inline environment needs an image (or give azureml:<name>:<version>).',
      );
    const conda = reader.string(env, 'conda_file', 'environment.conda_file');
    environment = { image, condaFile: conda === undefined ? undefined : resolve(here, conda) };
  }

  let requestTimeout: string | undefined;
  let maxConcurrent: number | undefined;
  if (root.request_settings !== undefined && root.request_settings !== null) {
    const rs = reader.object(root.request_settings, 'request_settings');
    reader.keys(
      rs,
      ['request_timeout_ms', 'max_concurrent_requests_per_instance', 'max_queue_wait_ms'],
      'request_settings',
    );
    const ms = reader.integer(rs, 'request_timeout_ms', 1, 180_000, 'request_settings.request_timeout_ms');
    requestTimeout = ms === undefined ? undefined : `PT${ms / 1000}S`;
    maxConcurrent = reader.integer(
      rs,
      'max_concurrent_requests_per_instance',
      1,
      1000,
      'request_settings.max_concurrent_requests_per_instance',
    );
  }

  return {
    name: reader.string(root, 'name'),
    endpointName: reader.string(root, 'endpoint_name'),
    model,
    codePath,
    scoringScript,
    environment,
    instanceType: reader.string(root, 'instance_type'),
    instanceCount: reader.integer(root, 'instance_count', 1, 100),
    environmentVariables: reader.stringMap(root, 'environment_variables'),
    requestTimeout,
    maxConcurrentRequestsPerInstance: maxConcurrent,
    readinessProbe: reader.probe(root, 'readiness_probe'),
    livenessProbe: reader.probe(root, 'liveness_probe'),
    description: reader.string(root, 'description'),
    tags: reader.stringMap(root, 'tags'),
    ignored: DEPLOYMENT_IGNORED.filter((k) => root[k] !== undefined),
  };
}
