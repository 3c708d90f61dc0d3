// What the deployment's python is checked for before init(): the environment's packages it cannot import (named in
// the InferenceServer log, never installed) and, for an MLflow model served without scoring code, mlflow itself.
import { execFile } from 'node:child_process';
import { IMPORT_CHECK_PY, type PythonPackage } from './python-packages.js';

/** What the preflight reads of a deployment. */
export interface PreflightSpec {
  model: { name: string; version: string };
  mlflow?: boolean;
  environment?: { source: string; packages: PythonPackage[] };
}

/**
 * Before init(): logs the environment's packages the python cannot import (it installs nothing). Answers why the
 * deployment cannot start (an MLflow model without code, and no mlflow), or undefined.
 */
export async function preflight(
  python: string,
  spec: PreflightSpec,
  env: NodeJS.ProcessEnv,
  cwd: string,
  log: (line: string) => void,
): Promise<string | undefined> {
  const packages = spec.environment?.packages ?? [];
  if (packages.length === 0 && !spec.mlflow) return undefined;
  const modules = [...new Set([...packages.map((p) => p.module), ...(spec.mlflow ? ['mlflow'] : [])])];
  let check: ImportCheck;
  try {
    check = await checkImports(python, modules, env, cwd);
  } catch (error) {
    log(`Could not check the environment's packages: ${(error as Error).message}`);
    return spec.mlflow ? (error as Error).message : undefined;
  }
  if (spec.environment)
    for (const line of missingPackagesReport(spec.environment.source, packages, check)) log(line);
  if (spec.mlflow && check.missing.includes('mlflow')) {
    const message = mlflowMissingMessage(`${spec.model.name}:${spec.model.version}`, check);
    log(message);
    return message;
  }
  return undefined;
}

/** The python's answer: its interpreter, version and the modules it lacks. */
export interface ImportCheck {
  python: string;
  version: string;
  missing: string[];
}

/** Asks `python` which of `modules` it cannot import. Rejects when the python does not run. */
export function checkImports(
  python: string,
  modules: string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
): Promise<ImportCheck> {
  return new Promise((resolve, reject) => {
    execFile(
      python,
      ['-c', IMPORT_CHECK_PY, JSON.stringify(modules)],
      { env, cwd, timeout: 60_000, maxBuffer: 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) {
          reject(new Error(`${python} did not run: ${(stderr || error.message).trim().split('\n').pop()}`));
          return;
        }
        try {
          resolve(JSON.parse(stdout.trim().split('\n').pop()!) as ImportCheck);
        } catch {
          reject(new Error(`${python} answered the import check with something that is not JSON`));
        }
      },
    );
  });
}

/** The log lines naming the environment's packages the python lacks (or saying it has them all). */
export function missingPackagesReport(
  source: string,
  packages: PythonPackage[],
  check: ImportCheck,
): string[] {
  const missing = packages.filter((p) => check.missing.includes(p.module));
  const where = `the local python ${check.python} (${check.version})`;
  if (packages.length === 0) return [`${source}: no packages to check.`];
  if (missing.length === 0) return [`${source}: ${where} imports all ${packages.length} of its packages.`];
  return [
    `${source}: ${where} cannot import ${missing.length} of its ${packages.length} packages:`,
    ...missing.map(
      (p) => `  - ${p.distribution}${p.module !== p.distribution ? ` (import ${p.module})` : ''}`,
    ),
    'The emulator installs nothing: install them into that python, or set MLOPS_EMULATOR_PYTHON to a python that has them.',
  ];
}

/** Why an MLflow model without scoring code cannot be served by this python. */
export function mlflowMissingMessage(model: string, check: ImportCheck): string {
  return (
    `The MLflow model ${model} has no scoring code, so it is served by mlflow.pyfunc, as Azure serves MLflow ` +
    `models (how-to-deploy-mlflow-models-online-endpoints); the local python ${check.python} (${check.version}) ` +
    `cannot import mlflow. Install it there (${check.python} -m pip install mlflow), or set MLOPS_EMULATOR_PYTHON ` +
    'to a python that has mlflow and restart the emulator.'
  );
}
