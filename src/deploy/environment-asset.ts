import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { AssetVersionInfo, AzureMLClient } from '../azureml/client.js';
import { ConfigurationError } from '../errors.js';
import type { AssetReference } from './references.js';

/** The environment a deployment runs in: a registered one, or an image (and conda file) registered on the fly. */
export type EnvironmentSetting =
  { kind: 'registered'; ref: AssetReference } | { kind: 'inline'; image: string; condaFile?: string };

/** The name the Azure ML CLI gives environments described inline in a deployment file. */
export const ANONYMOUS_ENVIRONMENT = 'CliV2AnonymousEnvironment';

/** The version of an inline environment: a hash of its image and conda file, so equal ones are registered once. */
export function inlineEnvironmentVersion(image: string, condaText: string | undefined): string {
  return createHash('sha256')
    .update(`${image}\0${condaText ?? ''}`)
    .digest('hex')
    .slice(0, 30);
}

/**
 * The environment version a deployment runs in: a registered one (which must exist), or the inline image and
 * conda file registered as `CliV2AnonymousEnvironment:<hash>` (reused when it exists).
 */
export async function resolveEnvironment(
  client: AzureMLClient,
  setting: EnvironmentSetting,
  input: string,
  log: (line: string) => void,
): Promise<AssetVersionInfo> {
  if (setting.kind === 'registered') {
    const { name, version } = setting.ref;
    const found = await client.getEnvironmentVersion(name, version);
    if (!found) {
      throw new ConfigurationError(
        `Input '${input}': environment ${name}${version === 'latest' ? '@latest' : `:${version}`} is not registered in workspace '${client.address.workspace}'. ` +
          `Register it first, or describe it inline (image, conda_file) in the deployment file.`,
        input,
      );
    }
    log(`Environment ${found.name}:${found.version}`);
    return found;
  }
  const condaText = setting.condaFile ? await readFile(setting.condaFile, 'utf8') : undefined;
  const version = inlineEnvironmentVersion(setting.image, condaText);
  const existing = await client.getEnvironmentVersion(ANONYMOUS_ENVIRONMENT, version);
  if (existing) {
    log(`Environment ${ANONYMOUS_ENVIRONMENT}:${version} (image ${setting.image}) already registered.`);
    return existing;
  }
  const created = await client.createEnvironmentVersion(ANONYMOUS_ENVIRONMENT, version, {
    image: setting.image,
    condaFile: condaText,
    tags: {},
  });
  log(`Registered environment ${ANONYMOUS_ENVIRONMENT}:${version} (image ${setting.image}).`);
  return created;
}
