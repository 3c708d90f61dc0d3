// The process environment a scoring script sees: what Azure's inference container gives it, not the emulator's own.
// On Azure the script sees AZUREML_MODEL_DIR, AZUREML_ENTRY_SCRIPT and the deployment's environment_variables
// (reference-yaml-deployment-managed-online; how-to-inference-server-http), never the deploying client's
// credentials, in a container whose home is its own. Here it also keeps what the local python needs to start
// (PATH, the locale, where pyenv/conda/venv keep it): never the emulator's tokens (AZUREML_ACCESS_TOKEN,
// GITHUB_TOKEN, ACTIONS_*), its user, shell or real home (~/.azure holds the az CLI's tokens).
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Variables of the emulator's own environment that the local python needs to run. */
const PASSED =
  /^(PATH|LANG|LANGUAGE|TZ|LC_[A-Z]+|PYENV_[A-Z_]+|CONDA_[A-Z_]+|VIRTUAL_ENV|PYTHONPATH|PYTHONHOME|SYSTEMROOT|LD_LIBRARY_PATH|DYLD_LIBRARY_PATH)$/;

/** The local python as the deployments run it. */
export interface LocalPython {
  /** Its interpreter's own path (sys.executable): no pyenv shim, which would need the real HOME. */
  executable: string;
  /** Where `pip install --user` put packages (site.getuserbase()), passed as PYTHONUSERBASE: HOME is not. */
  userBase?: string;
}

/** A deployment's own folders: its home and its temporary files. */
export interface Sandbox {
  home: string;
  tmp: string;
}

/**
 * The environment of a deployment's process: the pass-through variables, its own HOME and TMPDIR, then Azure's
 * and the deployment's variables.
 */
export function userEnvironment(
  own: NodeJS.ProcessEnv,
  python: LocalPython,
  sandbox: Sandbox,
  deployment: Record<string, string>,
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(own))
    if (value !== undefined && PASSED.test(name)) env[name] = value;
  return {
    ...env,
    HOME: sandbox.home,
    TMPDIR: sandbox.tmp,
    ...(python.userBase ? { PYTHONUSERBASE: python.userBase } : {}),
    PYTHONDONTWRITEBYTECODE: '1',
    PYTHONUNBUFFERED: '1',
    ...deployment,
  };
}

const LOCATE_PY = 'import json, site, sys; print(json.dumps([sys.executable, site.getuserbase()]))';

/**
 * Asks `command` (python3, a pyenv shim, a venv's python) where its interpreter and user packages are, with the
 * emulator's own environment. A python that does not answer stays `command` (starting it then fails with a log).
 */
export function locatePython(command: string): Promise<LocalPython> {
  return new Promise((resolve) => {
    execFile(command, ['-c', LOCATE_PY], { timeout: 60_000 }, (error, stdout) => {
      try {
        if (error) throw error;
        const [executable, userBase] = JSON.parse(stdout.trim().split('\n').pop()!) as [string, string];
        resolve({
          executable: executable || command,
          userBase: userBase && existsSync(userBase) ? userBase : undefined,
        });
      } catch {
        resolve({ executable: command });
      }
    });
  });
}
