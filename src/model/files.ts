import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigurationError } from '../errors.js';
import { isInside } from '../paths.js';

/** One regular file of a model (or code) directory. */
export interface FileEntry {
  /** Path relative to the directory, with `/` separators on every platform. */
  path: string;
  /** Absolute path to read the bytes from (a symlink's resolved target). */
  absolutePath: string;
  size: number;
}

/** Orders paths by their UTF-8 bytes, so every machine sorts them the same way. */
export function compareUtf8(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/**
 * Lists the regular files below `dir`, sorted by their UTF-8 path bytes.
 * A symlink is followed only when its target stays inside `dir`; one that leaves it,
 * a dangling one, or a special file (socket, FIFO, device) is a ConfigurationError
 * naming `inputName`. Directory symlink cycles are visited once.
 */
export async function listFiles(dir: string, inputName: string): Promise<FileEntry[]> {
  let rootReal: string;
  try {
    rootReal = await realpath(dir);
    if (!(await stat(rootReal)).isDirectory()) {
      throw new ConfigurationError(
        `Input '${inputName}': ${dir} is not a directory. Point it at a folder.`,
        inputName,
      );
    }
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    throw new ConfigurationError(`Input '${inputName}': ${dir} does not exist. Check the path.`, inputName);
  }
  const out: FileEntry[] = [];
  const visited = new Set<string>([rootReal]);

  async function walk(real: string, relDir: string): Promise<void> {
    for (const name of await readdir(real)) {
      const full = join(real, name);
      const rel = relDir === '' ? name : `${relDir}/${name}`;
      let info = await lstat(full);
      let target = full;
      if (info.isSymbolicLink()) {
        try {
          target = await realpath(full);
        } catch {
          throw new ConfigurationError(
            `Input '${inputName}': ${rel} is a symlink whose target does not exist. Remove it or copy the file in.`,
            inputName,
          );
        }
        if (!isInside(rootReal, target)) {
          throw new ConfigurationError(
            `Input '${inputName}': ${rel} is a symlink to ${target}, outside ${dir}. Copy the file into the directory instead.`,
            inputName,
          );
        }
        info = await stat(target);
      }
      if (info.isDirectory()) {
        if (visited.has(target)) continue;
        visited.add(target);
        await walk(target, rel);
      } else if (info.isFile()) {
        out.push({ path: rel, absolutePath: target, size: info.size });
      } else {
        throw new ConfigurationError(
          `Input '${inputName}': ${rel} is not a regular file (a socket, FIFO or device). Remove it from the directory.`,
          inputName,
        );
      }
    }
  }

  await walk(rootReal, '');
  return out.sort((a, b) => compareUtf8(a.path, b.path));
}
