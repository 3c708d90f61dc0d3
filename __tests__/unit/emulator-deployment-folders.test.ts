// Deployment folders: named by emulator tag and deployment, found by pattern, and removed after a kill by tag only.
import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import {
  deploymentFolderPattern,
  makeDeploymentFolder,
  newRuntimeTag,
  removeLeftovers,
} from '../../src/emulator/deployment-folders.js';

const root = mkdtempSync(join(tmpdir(), 'folders-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('deployment folders', () => {
  it('names a folder by tag and deployment, owner-only, and the pattern finds exactly that deployment', () => {
    const tag = newRuntimeTag();
    const dir = makeDeploymentFolder(root, tag, 'dev/my-ep/blue');
    expect(basename(dir).startsWith(`mlops-${tag}.dev.my-ep.blue-`)).toBe(true);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(`python3 ${dir}/inference-server.py`).toMatch(deploymentFolderPattern('dev/my-ep/blue'));
    expect(`python3 ${dir}/inference-server.py`).not.toMatch(deploymentFolderPattern('dev/my-ep/green'));
    expect(`python3 ${dir}/inference-server.py`).not.toMatch(deploymentFolderPattern('dev/my/ep-blue'));
  });

  it("removes the leftovers of its own tag only, never another emulator's", () => {
    const mine = newRuntimeTag();
    const other = newRuntimeTag();
    const left = makeDeploymentFolder(root, mine, 'dev/ep/blue');
    const theirs = makeDeploymentFolder(root, other, 'dev/ep/blue');
    removeLeftovers(root, mine);
    expect(existsSync(left)).toBe(false);
    expect(existsSync(theirs)).toBe(true);
  });
});
