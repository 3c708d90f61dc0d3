// Creating the next version of an asset whose content is named by a digest (model versions in
// model-version-create.ts, data versions in data-registration.ts) so that concurrent runs of the same content
// converge on one version. The 2026-07-01 spec offers no conditional PUT on these versions (CreateOrUpdate takes no
// If-Match or If-None-Match, and answers 200 for an update), so create-only is built from what it does offer:
// 1. right before each PUT, list the versions tagged with the digest: one there means another run got there
//    first, and it is reused (no PUT);
// 2. GET the candidate before the PUT: we never update a version, and a taken one moves us to the next number
//    (as does a 409 from the PUT);
// 3. after the PUT, list again (convergeByDigest): when more than one version holds the digest, the first
//    registered (holderOrder: createdAt, then the lowest version) is the one. The run that created a later one
//    deletes it and reports the first. Every run that races ends on the same version.
//
// Deleted, not archived: the loser was created by this run moments ago and never reported, an archived version
// would still carry the digest (two versions of the same content, one listed by `listViewType=All`), and the blobs
// stay (they are the winner's too, or LocalUpload files shared by hash).
import { isConflict } from './errors.js';
import { nextVersion } from './model-version-rules.js';

/** How many versions to try when concurrent runs keep taking the next one. */
export const MAX_VERSION_ATTEMPTS = 5;

/** A version as the service gives it: only its version string matters here. */
export interface Versioned {
  version: string;
}

/** What converging needs to know and do for one asset. */
export interface ConvergeSteps<V extends Versioned> {
  /** The asset's name, for the log. */
  name: string;
  /** What its versions hold, for the log: 'these files', 'this data'. */
  what: string;
  /** Lists the versions tagged with the digest, now. */
  listHolders: () => Promise<V[]>;
  /** The first registered of `versions` that really holds the content (checked on the tag and type), if any. */
  firstHolder: (versions: V[]) => V | undefined;
  /** Deletes a version of the asset. */
  deleteVersion: (version: string) => Promise<void>;
  info: (line: string) => void;
  /** A duplicate that could not be deleted: the run still succeeds, and says what to clean up. */
  warn: (line: string) => void;
}

/** What creating the next version needs beyond converging. */
export interface NextVersionSteps<V extends Versioned> extends ConvergeSteps<V> {
  /** The asset as the error after too many taken versions names it: 'm', 'data asset d'. */
  label: string;
  /** Where the new version points, for the log line before the PUT: 'from azureml://…'. */
  where: string;
  /** Every version of the asset (the next integer follows the highest). */
  listVersions: () => Promise<V[]>;
  getVersion: (version: string) => Promise<V | undefined>;
  /** True when `v` holds this content (its digest tag; for data, its type too). */
  holds: (v: V) => boolean;
  /** The PUT of a new version (a 409 means another run created that version first). */
  create: (version: string) => Promise<V>;
}

/** The version to report, and the version this run created and deleted for it, if any. */
export interface Converged<V extends Versioned> {
  version: V;
  /** True when another run's version holding the same content is reported. */
  reused: boolean;
  /** The version this run created, then deleted because another held the same content first. */
  deletedDuplicate?: string;
}

/** After this run created `mine`: keep it if it is the first holder of the digest, else delete it and return the first. */
export async function convergeByDigest<V extends Versioned>(
  mine: V,
  steps: ConvergeSteps<V>,
): Promise<Converged<V>> {
  const { name } = steps;
  const listed = await steps.listHolders();
  // A listing may not show our PUT yet: ours holds the digest whatever the listing says.
  const holders = listed.some((v) => v.version === mine.version) ? listed : [...listed, mine];
  const first = steps.firstHolder(holders) ?? mine;
  if (first.version === mine.version) return { version: mine, reused: false };
  steps.info(
    `A concurrent run registered ${steps.what} as ${name} version ${first.version} first: version ${mine.version}, ` +
      `created by this run, is deleted and version ${first.version} is reported.`,
  );
  try {
    await steps.deleteVersion(mine.version);
  } catch (error) {
    steps.warn(
      `Could not delete ${name} version ${mine.version} (a duplicate of version ${first.version}): ${(error as Error).message}. Delete or archive it.`,
    );
  }
  return { version: first, reused: true, deletedDuplicate: mine.version };
}

/** Creates the next integer version, unless a concurrent run registers the same content first (see above). */
export async function createNextByDigest<V extends Versioned>(
  steps: NextVersionSteps<V>,
): Promise<Converged<V>> {
  const { name } = steps;
  let candidate = nextVersion((await steps.listVersions()).map((v) => v.version));
  for (let attempt = 1; attempt <= MAX_VERSION_ATTEMPTS; attempt++) {
    const first = steps.firstHolder(await steps.listHolders());
    if (first) {
      steps.info(
        `Version ${first.version} of ${name} was registered with ${steps.what} meanwhile: reusing it.`,
      );
      return { version: first, reused: true };
    }
    // GET before PUT: a PUT on an existing version would update it, and we never overwrite.
    const taken = await steps.getVersion(candidate);
    if (taken) {
      if (steps.holds(taken)) return { version: taken, reused: true };
      steps.info(`Version ${candidate} was taken meanwhile; trying the next one.`);
    } else {
      try {
        steps.info(`Creating ${name} version ${candidate} ${steps.where}`);
        return await convergeByDigest(await steps.create(candidate), steps);
      } catch (error) {
        if (!isConflict(error)) throw error;
        steps.info(`Version ${candidate} was taken by a concurrent registration (409); trying the next one.`);
      }
    }
    candidate = (BigInt(candidate) + 1n).toString();
  }
  throw new Error(
    `Could not create a version of ${steps.label}: ${MAX_VERSION_ATTEMPTS} versions in a row were taken by concurrent registrations. Run again.`,
  );
}
