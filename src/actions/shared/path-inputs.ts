import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { ConfigurationError } from '../../errors.js';
import { isInside } from '../../paths.js';

/** Resolves a path input against GITHUB_WORKSPACE (where the runner starts steps), else the working directory. */
export function resolveInputPath(value: string, env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.GITHUB_WORKSPACE || process.cwd(), value);
}

async function kindOf(path: string): Promise<'dir' | 'file' | 'other' | 'missing'> {
  try {
    const info = await stat(path);
    return info.isDirectory() ? 'dir' : info.isFile() ? 'file' : 'other';
  } catch {
    return 'missing';
  }
}

async function existing(
  input: string,
  value: string,
  want: 'dir' | 'file',
  fix: string,
  env: NodeJS.ProcessEnv,
): Promise<string> {
  const path = resolveInputPath(value, env);
  const kind = await kindOf(path);
  if (kind === 'missing') {
    throw new ConfigurationError(
      `Input '${input}': ${path} does not exist. Check the path (relative paths start at the workspace).`,
      input,
    );
  }
  if (kind !== want) throw new ConfigurationError(`Input '${input}': ${path} ${fix}`, input);
  return path;
}

/** The absolute path of an existing folder named by input `input`; a ConfigurationError otherwise. */
export function existingDir(
  input: string,
  value: string,
  what = 'the folder that holds the files',
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  return existing(input, value, 'dir', `is not a directory. Point it at ${what}.`, env);
}

/** The absolute path of an existing regular file named by input `input`; a ConfigurationError otherwise. */
export function existingFile(
  input: string,
  value: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  return existing(input, value, 'file', 'is not a regular file. Point it at a file.', env);
}

/**
 * Refuses a path that, symlinks resolved, lies outside every one of `roots` (unset roots are skipped;
 * with none set, anything goes). `hint` tells the user where the path should be.
 */
export async function requireInsideRoots(
  input: string,
  path: string,
  roots: Array<string | undefined>,
  hint: string,
): Promise<void> {
  await checkInside(input, path, await realpath(path), roots, hint);
}

async function checkInside(
  input: string,
  path: string,
  real: string,
  roots: Array<string | undefined>,
  hint: string,
): Promise<void> {
  const set = roots.filter((r): r is string => !!r);
  if (set.length === 0) return;
  const realRoots = await Promise.all(set.map((r) => realpath(r).catch(() => resolve(r))));
  if (!realRoots.some((r) => isInside(r, real))) {
    throw new ConfigurationError(
      `Input '${input}': ${path} is outside the workspace ${set[0]}. ${hint}`,
      input,
    );
  }
}

/** Where every path input may point: the workspace and the runner's temp folder (unset ones are skipped). */
export function inputRoots(env: NodeJS.ProcessEnv = process.env): Array<string | undefined> {
  return [env.GITHUB_WORKSPACE, env.RUNNER_TEMP];
}

const INSIDE_HINT = 'Keep the file in the repository (or below RUNNER_TEMP), not elsewhere on the runner.';

/** existingFile, then requireInsideRoots(inputRoots()): symlinks resolved, it must stay in the workspace or RUNNER_TEMP. */
export async function insideFile(
  input: string,
  value: string,
  hint = INSIDE_HINT,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  const path = await existingFile(input, value, env);
  await requireInsideRoots(input, path, inputRoots(env), hint);
  return path;
}

/** existingDir, then requireInsideRoots(inputRoots()): symlinks resolved, it must stay in the workspace or RUNNER_TEMP. */
export async function insideDir(
  input: string,
  value: string,
  hint = INSIDE_HINT.replace('the file', 'the folder'),
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  const path = await existingDir(input, value, undefined, env);
  await requireInsideRoots(input, path, inputRoots(env), hint);
  return path;
}

/**
 * The absolute path of a folder an action will write (it need not exist yet): its deepest existing ancestor,
 * symlinks resolved, must lie in the workspace or RUNNER_TEMP, so a link cannot send the output elsewhere.
 */
export async function insideOutputPath(
  input: string,
  value: string,
  hint: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  const path = resolveInputPath(value, env);
  const missing: string[] = [];
  let at = path;
  for (;;) {
    try {
      const real = join(await realpath(at), ...missing);
      await checkInside(input, path, real, inputRoots(env), hint);
      return path;
    } catch (error) {
      if (error instanceof ConfigurationError || dirname(at) === at) throw error;
    }
    missing.unshift(basename(at));
    at = dirname(at);
  }
}
