// A job's folder while it runs: below the system's temporary folder (owner-only, named as deployment folders are,
// so a later start of the same emulator removes what a killed one left), with the code snapshot as the working
// directory, inputs, outputs, a home and temporary folder of its own, `python`/`python3` on PATH (the local python
// the emulator runs user code with) and the emulator's CA certificate.
import { copyFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { makeDeploymentFolder, removeFolder } from '../deployment-folders.js';

export interface JobFolder {
  root: string;
  code: string;
  inputs: string;
  outputs: string;
  bin: string;
  home: string;
  tmp: string;
  caCertFile: string;
}

export function makeJobFolder(
  root: string,
  tag: string,
  workspace: string,
  job: string,
  python: string,
  caCertPath: string,
): JobFolder {
  mkdirSync(root, { recursive: true });
  const dir = makeDeploymentFolder(root, tag, `jobs/${workspace}/${job}`);
  const folder: JobFolder = {
    root: dir,
    code: join(dir, 'code'),
    inputs: join(dir, 'inputs'),
    outputs: join(dir, 'outputs'),
    bin: join(dir, 'bin'),
    home: join(dir, 'home'),
    tmp: join(dir, 'tmp'),
    caCertFile: join(dir, 'ca.pem'),
  };
  for (const sub of [folder.code, folder.inputs, folder.outputs, folder.bin, folder.home, folder.tmp])
    mkdirSync(sub, { recursive: true });
  symlinkSync(python, join(folder.bin, 'python'));
  symlinkSync(python, join(folder.bin, 'python3'));
  copyFileSync(caCertPath, folder.caCertFile);
  return folder;
}

export function removeJobFolder(folder: JobFolder): void {
  removeFolder(folder.root);
}
