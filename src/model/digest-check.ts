// Checks stored model files against what a digest was computed over (pure: the callers list or hash the files).
// Shared by register-model (reuse restores what is missing), deploy-endpoint (refuses a version whose files
// changed) and the emulator's provisioning (refuses to serve them), so the three agree on one rule.
import { combineDigest, type HashedFile } from './digest.js';
import { compareUtf8 } from './files.js';

/** A stored file: its path as the digest names it, its size, and its sha256 (metadata, or hashed bytes). */
export interface StoredFile {
  path: string;
  size: number;
  /** Undefined when the blob carries no sha256 metadata (written by something other than our upload). */
  sha256?: string;
}

/** How the stored files differ from the files a version was registered with (paths, sorted). */
export interface FilesDiff {
  /** Expected, not stored. */
  missing: string[];
  /** Stored with another size or sha256, or without sha256 metadata. */
  changed: string[];
  /** Stored, not expected. */
  extra: string[];
}

const sorted = (paths: string[]): string[] => [...paths].sort(compareUtf8);

/** Compares stored files with the expected ones (the local files whose digest the version carries). */
export function diffFiles(expected: HashedFile[], stored: StoredFile[]): FilesDiff {
  const byPath = new Map(stored.map((f) => [f.path, f]));
  const want = new Set(expected.map((f) => f.path));
  const missing: string[] = [];
  const changed: string[] = [];
  for (const f of expected) {
    const s = byPath.get(f.path);
    if (!s) missing.push(f.path);
    else if (s.size !== f.size || s.sha256 !== f.sha256) changed.push(f.path);
  }
  const extra = stored.filter((f) => !want.has(f.path)).map((f) => f.path);
  return { missing: sorted(missing), changed: sorted(changed), extra: sorted(extra) };
}

export const filesDiffer = (d: FilesDiff): boolean =>
  d.missing.length + d.changed.length + d.extra.length > 0;

/** The outcome of checking stored files against a digest alone (what deploy time knows). */
export interface DigestCheck {
  ok: boolean;
  /** The digest of the stored files (absent when one has no sha256 to compute it from). */
  computed?: string;
  /** Files without a sha256 (no metadata): they cannot be part of what the digest covers. */
  unhashed: string[];
  files: number;
  bytes: number;
}

export function checkDigest(stored: StoredFile[], digest: string): DigestCheck {
  const unhashed = sorted(stored.filter((f) => !f.sha256).map((f) => f.path));
  const computed =
    unhashed.length === 0
      ? combineDigest(stored.map((f) => ({ path: f.path, size: f.size, sha256: f.sha256! })))
      : undefined;
  return {
    ok: stored.length > 0 && computed === digest,
    ...(computed !== undefined && { computed }),
    unhashed,
    files: stored.length,
    bytes: stored.reduce((n, f) => n + f.size, 0),
  };
}

/** A few names of a list, and how many more. */
export function someOf(paths: string[], max = 5): string {
  const shown = paths.slice(0, max).join(', ');
  return paths.length > max ? `${shown} and ${paths.length - max} more` : shown;
}

/**
 * What differs, for an error: "model m:3 (azureml://...): its files do not match its mlops.digest sha256:..:
 * 2 files (1234 bytes) there hash to sha256:..; model.pkl has no sha256 metadata (written by something else)".
 * Names files and sizes, never their content.
 */
export function describeMismatch(label: string, digest: string, check: DigestCheck): string {
  const parts = [`${label}: its files do not match its digest ${digest}`];
  if (check.files === 0) parts.push('no file is there');
  else {
    parts.push(
      `the ${check.files} file(s) there (${check.bytes} bytes) ` +
        (check.computed ? `have digest ${check.computed}` : 'cannot make up that digest'),
    );
  }
  if (check.unhashed.length > 0) {
    parts.push(
      `${someOf(check.unhashed)} carry no sha256 metadata (written after registration by something other than register-model)`,
    );
  } else if (check.files > 0) {
    parts.push('a file was changed, added or removed after registration');
  }
  return parts.join('; ');
}
