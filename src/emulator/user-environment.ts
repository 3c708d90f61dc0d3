// The process environment a scoring script sees: what Azure's inference container gives it, not the emulator's own.
// On Azure the script sees AZUREML_MODEL_DIR, AZUREML_ENTRY_SCRIPT and the deployment's environment_variables
// (reference-yaml-deployment-managed-online; how-to-inference-server-http), never the deploying client's
// credentials; here it also keeps what the local python needs to start (PATH, HOME, locale, pyenv/conda/venv).

/** Variables of the emulator's own environment that the local python needs to run. */
const PASSED =
  /^(PATH|HOME|USER|LOGNAME|SHELL|TMPDIR|TEMP|TMP|LANG|LANGUAGE|TZ|LC_[A-Z]+|PYENV_[A-Z_]+|CONDA_[A-Z_]+|VIRTUAL_ENV|PYTHONPATH|PYTHONHOME|SYSTEMROOT|LD_LIBRARY_PATH|DYLD_LIBRARY_PATH)$/;

/** The environment of a deployment's process: the pass-through variables, then Azure's and the deployment's. */
export function userEnvironment(
  own: NodeJS.ProcessEnv,
  deployment: Record<string, string>,
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(own))
    if (value !== undefined && PASSED.test(name)) env[name] = value;
  return { ...env, PYTHONDONTWRITEBYTECODE: '1', PYTHONUNBUFFERED: '1', ...deployment };
}
