import { createHash } from 'node:crypto';
import type { AssetVersionInfo, AzureMLClient, EnvironmentVersionSpec } from '../azureml/client.js';
import { containerUrl } from '../azureml/datastore-url.js';
import { readBoundedText } from '../bounded-read.js';
import { ConfigurationError } from '../errors.js';
import type { InlineEnvironment } from './cli-yaml.js';
import { readLocalFolder, uploadFolder, type LocalFolder } from './folder-upload.js';
import { showReference, type AssetPointer } from './references.js';
import { MAX_YAML_BYTES } from './yaml-reader.js';

/** The environment a deployment runs in: a reference, or an environment described inline (paths checked). */
export type EnvironmentSetting = AssetPointer | { kind: 'inline'; spec: InlineEnvironment };

/** The name the Azure ML CLI gives environments described inline in a deployment file (azure-ai-ml ANONYMOUS_ENV_NAME). */
export const ANONYMOUS_ENVIRONMENT = 'CliV2AnonymousEnvironment';

/** What checkEnvironment found: enough to register or reuse the environment after every check passed. */
export type CheckedEnvironment =
  | { kind: 'found'; version: AssetVersionInfo }
  | {
      kind: 'inline';
      name: string;
      version: string;
      spec: InlineEnvironment;
      condaText?: string;
      /** The build context, hashed (uploaded only when the version is new). */
      buildFolder?: LocalFolder;
      existing?: AssetVersionInfo;
    };

/** The version of an inline environment: a hash of what defines it, so equal ones are registered once. */
export function inlineEnvironmentVersion(definition: unknown): string {
  return createHash('sha256').update(JSON.stringify(definition)).digest('hex').slice(0, 30);
}

const show = (name: string, version: string): string => `${name}:${version}`;

/**
 * Checks the environment without writing: a workspace reference must exist (its ARM id is what the deployment
 * names); a registry reference goes to ARM unchanged (the service resolves it, as it does for `az ml`); an inline
 * one is read and hashed, and an existing version of it found. Registration waits for ensureEnvironment.
 */
export async function checkEnvironment(
  client: AzureMLClient,
  setting: EnvironmentSetting,
  input: string,
  where = `Input '${input}'`,
): Promise<CheckedEnvironment> {
  if (setting.kind === 'registry') {
    const parts = setting.id.split('/');
    return {
      kind: 'found',
      version: { id: setting.id, name: parts[5] ?? setting.id, version: parts[7] ?? '', tags: {} },
    };
  }
  if (setting.kind === 'workspace') {
    const found = await client.getEnvironmentVersion(setting.ref.name, setting.ref.version);
    if (!found) {
      throw new ConfigurationError(
        `${where}: environment ${showReference(setting.ref)} is not registered in workspace '${client.address.workspace}'. ` +
          `Register it first, name a registry environment (azureml://registries/azureml/environments/<name>/labels/latest), or describe it inline in the deployment file.`,
        input,
      );
    }
    return { kind: 'found', version: found };
  }
  const { spec } = setting;
  const condaText = spec.condaFile ? await readBoundedText(spec.condaFile, input, MAX_YAML_BYTES) : undefined;
  const buildFolder = spec.build ? await readLocalFolder(spec.build.path, input) : undefined;
  const buildDigest = buildFolder?.digest;
  const hash = inlineEnvironmentVersion({
    image: spec.image,
    conda: condaText,
    build: spec.build
      ? { digest: buildDigest, dockerfile: spec.build.dockerfilePath ?? 'Dockerfile' }
      : undefined,
    osType: spec.osType,
    inferenceConfig: spec.inferenceConfig,
  });
  // A named inline environment keeps its name; without a version it is versioned by its content (so the same
  // definition is registered once), as the CLI versions anonymous ones.
  const name = spec.name ?? ANONYMOUS_ENVIRONMENT;
  const version = spec.version ?? hash;
  const existing = await client.getEnvironmentVersion(name, version);
  return {
    kind: 'inline',
    name,
    version,
    spec,
    ...(condaText !== undefined ? { condaText } : {}),
    ...(buildFolder ? { buildFolder } : {}),
    ...(existing ? { existing } : {}),
  };
}

/** The environment version to deploy: found, reused, or registered now (the build context uploaded first). */
export async function ensureEnvironment(
  client: AzureMLClient,
  checked: CheckedEnvironment,
  log: (line: string) => void,
): Promise<AssetVersionInfo> {
  if (checked.kind === 'found') {
    const v = checked.version;
    log(`Environment ${v.id.startsWith('azureml://') ? v.id : show(v.name, v.version)}`);
    return checked.version;
  }
  const { name, version, spec } = checked;
  if (checked.existing) {
    log(
      `Environment ${show(name, version)} is already registered: reused (environment versions cannot change).`,
    );
    return checked.existing;
  }
  const body: EnvironmentVersionSpec = {
    ...(spec.image ? { image: spec.image } : {}),
    ...(checked.condaText !== undefined ? { condaFile: checked.condaText } : {}),
    ...(spec.osType ? { osType: spec.osType } : {}),
    ...(spec.inferenceConfig ? { inferenceConfig: spec.inferenceConfig } : {}),
    ...(spec.description !== undefined ? { description: spec.description } : {}),
    tags: spec.tags,
    isAnonymous: spec.name === undefined,
  };
  if (spec.build && checked.buildFolder) {
    const { datastore, prefix } = await uploadFolder(client, checked.buildFolder, log);
    // The CLI sends the context's blob URL with a trailing slash (_check_and_upload_env_build_context).
    body.build = {
      contextUri: `${containerUrl(datastore)}/${prefix}/`,
      ...(spec.build.dockerfilePath ? { dockerfilePath: spec.build.dockerfilePath } : {}),
    };
  }
  const created = await client.createEnvironmentVersion(name, version, body);
  log(
    `Registered environment ${show(name, version)}${spec.image ? ` (image ${spec.image})` : ' (build context)'}.`,
  );
  return created;
}
