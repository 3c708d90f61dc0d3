// Where a deployment's files live while it serves: a folder of its own under the system's temporary folder, never
// below the emulator's data dir, so walking up from the scoring script's working directory or AZUREML_MODEL_DIR
// reaches no state, token or key (and no other deployment's files). Its name says whose it is:
// `mlops-<tag>.<workspace>.<endpoint>.<deployment>-XXXXXX` (endpoint and deployment names have no dots). The tag is
// the emulator's (kept in the state of a data dir), so a start after a kill removes what the killed one left.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** A new tag for an emulator's deployment folders. */
export const newRuntimeTag = (): string => randomBytes(4).toString('hex');

/** Makes a deployment's folder (mode 0700) below `root`; `key` is `<workspace>/<endpoint>/<deployment>`. */
export function makeDeploymentFolder(root: string, tag: string, key: string): string {
  return mkdtempSync(join(root, `mlops-${tag}.${key.replaceAll('/', '.')}-`));
}

/** Matches the path of a deployment's folder (any emulator's), e.g. in a process's command line. */
export function deploymentFolderPattern(key: string): RegExp {
  const escaped = key.replaceAll('/', '.').replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
  return new RegExp(`/mlops-[0-9a-f]{8}\\.${escaped}-[^/]+/`);
}

/** Removes the deployment folders a previous emulator with this tag left below `root` (it was killed). */
export function removeLeftovers(root: string, tag: string): void {
  for (const name of readdirSync(root)) {
    if (name.startsWith(`mlops-${tag}.`)) rmSync(join(root, name), { recursive: true, force: true });
  }
}
