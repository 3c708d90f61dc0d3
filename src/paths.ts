import { isAbsolute, relative } from 'node:path';

/** Whether `target` is `root` or below it (both absolute, already resolved). */
export function isInside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return (
    rel === '' || (rel !== '..' && !rel.startsWith('../') && !rel.startsWith('..\\') && !isAbsolute(rel))
  );
}
