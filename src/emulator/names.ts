// Names in resource paths. The 2026-07-01 spec gives patterns only for workspaceName; the service's own rules for
// the others are written here, each with its source.
import { badRequest } from './arm-error.js';

// The rules themselves are shared with the actions (src/contract/asset-names.ts): one place for each.
import { ASSET_NAME, ASSET_VERSION, ENVIRONMENT_NAME, ONLINE_NAME } from '../contract/asset-names.js';

/** An asset name; environments also take '.' (curated environments have dots). */
export function checkAssetName(name: string, kind: string): void {
  const dots = kind === 'environments';
  if (!(dots ? ENVIRONMENT_NAME : ASSET_NAME).test(name)) {
    throw badRequest(
      `The name '${name}' is invalid: it must start with a letter or digit and contain only letters, digits, ${dots ? "'-', '_' and '.'" : "'-' and '_'"} (255 characters at most).`,
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
