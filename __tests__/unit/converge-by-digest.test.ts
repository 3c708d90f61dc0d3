// createNextByDigest and convergeByDigest (model-version-create.ts and data-registration.ts create their next
// versions with them): reuse before the PUT, GET before the PUT, the next number on a taken one or a 409, and after
// the PUT the first registered holder of the digest reported and this run's later duplicate deleted.
import { describe, expect, it } from '@jest/globals';
import {
  convergeByDigest,
  createNextByDigest,
  MAX_VERSION_ATTEMPTS,
  type ConvergeSteps,
  type NextVersionSteps,
} from '../../src/azureml/converge-by-digest.js';
import { AzureMLError } from '../../src/azureml/errors.js';

interface V {
  version: string;
  createdAt: Date;
  holds: boolean;
}

const at = (seconds: number): Date => new Date(Date.UTC(2026, 10, 30, 12, 0, seconds));
const v = (version: string, seconds: number, holds = true): V => ({ version, createdAt: at(seconds), holds });

/** Steps over a fixed listing; what was deleted and logged is recorded. */
function steps(listed: V[], options: { deleteFails?: Error } = {}) {
  const deleted: string[] = [];
  const info: string[] = [];
  const warn: string[] = [];
  const s: ConvergeSteps<V> = {
    name: 'm',
    what: 'these files',
    listHolders: async () => listed,
    firstHolder: (versions) =>
      versions.filter((x) => x.holds).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())[0],
    deleteVersion: async (version) => {
      if (options.deleteFails) throw options.deleteFails;
      deleted.push(version);
    },
    info: (line) => info.push(line),
    warn: (line) => warn.push(line),
  };
  return { s, deleted, info, warn };
}

describe('convergeByDigest', () => {
  it('keeps its own version when it is the first holder: nothing deleted, no duplicate reported', async () => {
    const mine = v('2', 1);
    const t = steps([mine, v('3', 5)]);
    const r = await convergeByDigest(mine, t.s);
    // Strict: no deletedDuplicate key at all (the actions' outputs and summaries test for its presence).
    expect(r).toStrictEqual({ version: mine, reused: false });
    expect(t.deleted).toEqual([]);
    expect(t.info).toEqual([]);
  });

  it('deletes its own version when another run registered the content first, and reports that one', async () => {
    const mine = v('2', 5);
    const first = v('3', 1);
    const t = steps([mine, first]);
    const r = await convergeByDigest(mine, t.s);
    expect(r).toEqual({ version: first, reused: true, deletedDuplicate: '2' });
    expect(t.deleted).toEqual(['2']);
    expect(t.info).toEqual([
      'A concurrent run registered these files as m version 3 first: version 2, created by this run, is deleted and version 3 is reported.',
    ]);
    expect(t.warn).toEqual([]);
  });

  it('counts its own version as a holder when the listing does not show it yet', async () => {
    const mine = v('2', 1);
    const t = steps([v('3', 5)]);
    const r = await convergeByDigest(mine, t.s);
    expect(r.version).toBe(mine);
    expect(t.deleted).toEqual([]);
  });

  it('ignores listed versions that do not hold the content (firstHolder decides)', async () => {
    const mine = v('2', 5);
    const t = steps([v('1', 1, false), mine]);
    const r = await convergeByDigest(mine, t.s);
    expect(r).toEqual({ version: mine, reused: false });
    expect(t.deleted).toEqual([]);
  });

  it('keeps its own version when no version is seen holding the content (its tag not listed yet)', async () => {
    const mine = v('2', 5, false);
    const t = steps([v('1', 1, false)]);
    const r = await convergeByDigest(mine, t.s);
    expect(r).toStrictEqual({ version: mine, reused: false });
    expect(t.deleted).toEqual([]);
  });

  it('still reports the first when its duplicate cannot be deleted, and warns what to clean up', async () => {
    const mine = v('4', 5);
    const first = v('3', 1);
    const t = steps([first, mine], { deleteFails: new Error('403 Forbidden') });
    const r = await convergeByDigest(mine, t.s);
    expect(r).toEqual({ version: first, reused: true, deletedDuplicate: '4' });
    expect(t.warn).toEqual([
      'Could not delete m version 4 (a duplicate of version 3): 403 Forbidden. Delete or archive it.',
    ]);
  });
});

/** An in-memory asset: versions created in order (later ones later), puts and deletes recorded. */
function store(initial: V[] = []) {
  const versions = new Map(initial.map((x) => [x.version, x]));
  const calls: string[] = [];
  const info: string[] = [];
  let clock = 100;
  /** Runs before our PUT of a version: another run's writes land here, or the PUT throws. */
  let beforePut: (version: string) => void = () => {};
  const firstHolder = (list: V[]) =>
    list.filter((x) => x.holds).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())[0];
  const steps: NextVersionSteps<V> = {
    name: 'm',
    label: 'asset m',
    what: 'these files',
    where: 'from azureml://datastores/ds/paths/x',
    listVersions: async () => [...versions.values()],
    listHolders: async () => [...versions.values()].filter((x) => x.holds),
    firstHolder,
    getVersion: async (version) => versions.get(version),
    holds: (x) => x.holds,
    create: async (version) => {
      calls.push(`put ${version}`);
      beforePut(version);
      if (versions.has(version)) throw new AzureMLError('conflict', 409);
      const made = v(version, clock++);
      versions.set(version, made);
      return made;
    },
    deleteVersion: async (version) => {
      calls.push(`delete ${version}`);
      versions.delete(version);
    },
    info: (line) => info.push(line),
    warn: (line) => info.push(`warning: ${line}`),
  };
  return {
    steps,
    versions,
    calls,
    info,
    race: (hook: (version: string) => void) => {
      beforePut = hook;
    },
  };
}

describe('createNextByDigest', () => {
  it('creates the highest integer version plus one (other versions ignored) and keeps it', async () => {
    const t = store([v('1', 1, false), v('3', 2, false), v('2024.1', 3, false)]);
    const r = await createNextByDigest(t.steps);
    expect(r).toStrictEqual({ version: t.versions.get('4'), reused: false });
    expect(t.calls).toEqual(['put 4']);
    expect(t.info).toEqual(['Creating m version 4 from azureml://datastores/ds/paths/x']);
  });

  it('reuses the first version already holding the content: no PUT', async () => {
    const t = store([v('1', 1, false), v('5', 9), v('2', 3)]);
    const r = await createNextByDigest(t.steps);
    expect(r).toStrictEqual({ version: t.versions.get('2'), reused: true });
    expect(t.calls).toEqual([]);
    expect(t.info).toEqual(['Version 2 of m was registered with these files meanwhile: reusing it.']);
  });

  it('moves to the next number when the candidate exists with other content (GET before PUT: never overwritten)', async () => {
    const t = store([v('1', 1, false)]);
    const getVersion = t.steps.getVersion;
    // Another run's version 2, of other content, is seen by the GET only (as after a listing that lags).
    t.steps.getVersion = async (version) => (version === '2' ? v('2', 2, false) : getVersion(version));
    const r = await createNextByDigest(t.steps);
    expect(r.version.version).toBe('3');
    expect(t.calls).toEqual(['put 3']);
    expect(t.info).toContain('Version 2 was taken meanwhile; trying the next one.');
  });

  it('returns a candidate that a concurrent run created with the same content, without a PUT', async () => {
    const t = store();
    t.steps.getVersion = async (version) => (version === '1' ? v('1', 1) : undefined);
    const r = await createNextByDigest(t.steps);
    expect(r).toStrictEqual({ version: v('1', 1), reused: true });
    expect(t.calls).toEqual([]);
  });

  it('moves to the next number on a 409 from the PUT', async () => {
    const t = store();
    t.race((version) => {
      if (version === '1') t.versions.set('1', v('1', 50, false));
    });
    const r = await createNextByDigest(t.steps);
    expect(r.version.version).toBe('2');
    expect(t.calls).toEqual(['put 1', 'put 2']);
    expect(t.info).toContain('Version 1 was taken by a concurrent registration (409); trying the next one.');
  });

  it('rethrows an error of the PUT that is not a 409', async () => {
    const t = store();
    t.race(() => {
      throw new AzureMLError('forbidden', 403);
    });
    await expect(createNextByDigest(t.steps)).rejects.toThrow('forbidden');
    expect(t.calls).toEqual(['put 1']);
  });

  it('deletes its version when a concurrent run registered the content first, and reports that one', async () => {
    const t = store();
    t.race((version) => {
      if (version === '1') t.versions.set('7', v('7', 1));
    });
    const r = await createNextByDigest(t.steps);
    expect(r).toStrictEqual({ version: t.versions.get('7'), reused: true, deletedDuplicate: '1' });
    expect(t.calls).toEqual(['put 1', 'delete 1']);
    expect([...t.versions.keys()]).toEqual(['7']);
  });

  it(`gives up after ${MAX_VERSION_ATTEMPTS} taken versions, naming the asset`, async () => {
    const t = store();
    t.race((version) => t.versions.set(version, v(version, 0, false)));
    await expect(createNextByDigest(t.steps)).rejects.toThrow(
      `Could not create a version of asset m: ${MAX_VERSION_ATTEMPTS} versions in a row were taken by concurrent registrations. Run again.`,
    );
    expect(t.calls).toEqual(['put 1', 'put 2', 'put 3', 'put 4', 'put 5']);
  });
});
