// Where a deployment's files live while it serves: a folder of its own under the system's temporary folder, never
// below the emulator's data dir, so walking up from the scoring script's working directory or AZUREML_MODEL_DIR
// reaches no state, token or key (and no other deployment's files). Its name says whose it is:
// `mlops-<tag>.<workspace>.<endpoint>.<deployment>-XXXXXX` (endpoint and deployment names have no dots). The tag is
// the emulator's (kept in the state of a data dir), so a start after a kill removes what the killed one left.
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
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
    if (name.startsWith(`mlops-${tag}.`)) removeFolder(join(root, name));
  }
}

/**
 * Removes a folder that may hold read-only folders (a job's read-only inputs, jobs/job-data.ts): a user other than
 * root cannot delete what is inside a 0555 folder, so folders are made owner-writable first.
 */
export function removeFolder(dir: string): void {
  const open = (path: string): void => {
    try {
      chmodSync(path, 0o700);
      for (const entry of readdirSync(path, { withFileTypes: true }))
        if (entry.isDirectory()) open(join(path, entry.name));
    } catch {
      // Gone, or not ours: rmSync says what is left.
    }
  };
  open(dir);
  rmSync(dir, { recursive: true, force: true });
}
