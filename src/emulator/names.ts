// Names in resource paths. The 2026-07-01 spec gives patterns only for workspaceName; the service's own rules for
// the others are written here, each with its source.
import { badRequest } from './arm-error.js';

/**
 * Asset names: the `name` path parameter's pattern of the earlier specs (2022-10-01 mfe.json, which 2026-07-01
 * dropped while the service kept the rule): a letter or digit, then letters, digits, `-` and `_`, 255 at most.
 */
export const ASSET_NAME = /^[a-zA-Z0-9][a-zA-Z0-9\-_]{0,254}$/;
/**
 * Asset versions: the spec gives no pattern; the service rejects versions that cannot sit in an asset id
 * (`azureml:<name>:<version>`, a URL path segment). Ours: a letter or digit, then letters, digits, `-`, `_`
 * and `.`, 30 at most.
 */
export const ASSET_VERSION = /^[a-zA-Z0-9][a-zA-Z0-9\-_.]{0,29}$/;
/**
 * Endpoint and deployment names, as the Azure ML docs state them ("Endpoint name", how-to-deploy-online-endpoints;
 * reference-yaml-deployment-managed-online): 3 to 32 characters, a letter first, then letters, digits and '-',
 * not ending with '-'.
 */
export const ONLINE_NAME = /^[a-zA-Z][a-zA-Z0-9-]{1,30}[a-zA-Z0-9]$/;

export function checkAssetName(name: string): void {
  if (!ASSET_NAME.test(name)) {
    throw badRequest(
      `The name '${name}' is invalid: it must start with a letter or digit and contain only letters, digits, '-' and '_' (255 characters at most).`,
      'name',
    );
  }
}

export function checkAssetVersion(version: string): void {
  if (!ASSET_VERSION.test(version)) {
    throw badRequest(
      `The version '${version}' is invalid: it must start with a letter or digit and contain only letters, digits, '-', '_' and '.' (30 characters at most).`,
      'version',
    );
  }
}

export function checkOnlineName(name: string, what: 'endpoint' | 'deployment'): void {
  if (!ONLINE_NAME.test(name)) {
    throw badRequest(
      `The ${what} name '${name}' is invalid: it must be 3 to 32 characters, start with a letter, contain only letters, digits and '-', and not end with '-'.`,
      'name',
    );
  }
}
