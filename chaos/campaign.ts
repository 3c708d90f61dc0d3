// The seeded fault campaign (issue 10, item 5): `npm run chaos -- --runs N --seed S [--lanes P] [--only K] [--keep]`.
// Started by chaos/run.mjs (Node strips the types), which passes the repository root.
// One emulator (its own process, a data dir) serves every run of a lane; a run that kills it restarts it on the same
// data dir and ports. `--lanes P` runs P lanes side by side, each with its own emulator, fixture and folder. Each run's plan is drawn from its own seed (printed), so `--seed S --only K` replays run K alone.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { EmulatorProcess } from './emulator-process.js';
import { createFixture } from './fixture.js';
import { INVARIANTS, type Breakage, type Invariant } from './invariants.js';
import { describePlan, drawPlan } from './plan.js';
import { runSeed } from './prng.js';
import { ENDPOINT, Runner } from './run-executor.js';

interface Options {
  runs: number;
  seed: number;
  only?: number;
  /** Runs side by side, each lane with its own emulator (default 1). */
  lanes: number;
  keep: boolean;
  root: string;
  /** The action bundles to run (default: the repository's dist/). */
  dist: string;
}

const USAGE = 'Usage: npm run chaos -- --runs N --seed S [--lanes P] [--only K] [--keep] [--dist DIR]';

function options(argv: string[]): Options {
  const [root, ...args] = argv;
  const value = (name: string): number | undefined => {
    const at = args.indexOf(`--${name}`);
    if (at < 0) return undefined;
    const n = Number(args[at + 1]);
    if (!Number.isInteger(n) || n < 0)
      throw new Error(`--${name} needs a whole number, not '${args[at + 1] ?? ''}'.`);
    return n;
  };
  const known = new Set(['--runs', '--seed', '--lanes', '--only', '--keep', '--dist']);
  const unknown = args.filter((a, i) => a.startsWith('--') && !known.has(a) && !known.has(args[i - 1] ?? ''));
  if (unknown.length) throw new Error(`Unknown option(s) ${unknown.join(' ')}. ${USAGE}`);
  const distAt = args.indexOf('--dist');
  return {
    runs: value('runs') ?? 20,
    seed: value('seed') ?? Math.floor(Math.random() * 2 ** 31),
    only: value('only'),
    lanes: value('lanes') ?? 1,
    keep: args.includes('--keep'),
    root: root!,
    dist: resolve(distAt >= 0 ? (args[distAt + 1] ?? '') : join(root!, 'dist')),
  };
}

/** What a lane counted over its runs. */
interface Tally {
  broken: Map<Invariant, Array<{ run: number; seed: number; detail: string }>>;
  clientSent: number;
  clientWhileDown: number;
  lostInKill: number;
  harnessErrors: number;
  loudStops: number;
}

/**
 * One lane: its own work folder, fixture and emulator process (nothing shared with another lane), running its
 * share of the runs one after the other. Each run's lines are printed together when it ends, so lanes running side
 * by side do not interleave within a run.
 */
async function lane(
  opts: Options,
  work: string,
  index: number,
  runNumbers: number[],
  tally: Tally,
): Promise<void> {
  const dir = join(work, `lane-${index}`);
  mkdirSync(join(dir, 'emulator'), { recursive: true });
  let phase = Date.now();
  const fixture = createFixture(opts.root, join(dir, 'workspace'), ENDPOINT);
  const tag = `lane ${index}:`;
  console.log(`chaos: ${tag} trained examples/diabetes in ${((Date.now() - phase) / 1000).toFixed(1)} s`);
  phase = Date.now();
  const emu = new EmulatorProcess(
    [...process.execArgv, join(import.meta.dirname, 'emulator-host.ts')],
    join(dir, 'emulator'),
  );
  await emu.start();
  console.log(`chaos: ${tag} emulator serving in ${((Date.now() - phase) / 1000).toFixed(1)} s`);
  let lines: string[] = [];
  const runner = new Runner(emu, fixture, opts.dist, (line) => lines.push(line));
  try {
    for (const run of runNumbers) {
      const plan = drawPlan(run, runSeed(opts.seed, run));
      lines = [
        `\n${describePlan(plan)} [${tag.slice(0, -1)}]`,
        `  replay: npm run chaos -- --seed ${opts.seed} --only ${run}`,
      ];
      let breakages: Breakage[];
      try {
        const outcome = await runner.execute(plan);
        breakages = outcome.breakages;
        tally.clientSent += outcome.clientSent;
        tally.clientWhileDown += outcome.clientFailuresWhileDown;
        tally.lostInKill += outcome.lostInKill;
        lines.push(
          `  ${outcome.seconds.toFixed(1)} s, ${breakages.length ? `${breakages.length} breakage(s)` : 'every invariant held'}`,
        );
      } catch (error) {
        // The harness itself could not carry on (the emulator did not come back, a check could not read): said
        // loudly and counted, never taken for a held invariant; the next run starts from a restarted emulator.
        tally.harnessErrors++;
        lines.push(`  HARNESS ERROR: ${(error as Error).stack ?? String(error)}`);
        breakages = [];
        await emu
          .killAndRestart()
          .catch((e: Error) => lines.push(`  the emulator did not restart: ${e.message}`));
      }
      for (const b of breakages) {
        lines.push(`  BROKEN ${b.invariant}: ${b.detail}`);
        tally.broken.set(b.invariant, [
          ...(tally.broken.get(b.invariant) ?? []),
          { run, seed: plan.seed, detail: b.detail },
        ]);
      }
      console.log(lines.join('\n'));
    }
  } finally {
    tally.loudStops += emu.loudStops;
    await emu.stop();
  }
}

async function main(): Promise<number> {
  const opts = options(process.argv.slice(2));
  for (const name of ['register-model', 'deploy-endpoint', 'smoke-test', 'promote']) {
    if (!existsSync(join(opts.dist, name, 'index.js')))
      throw new Error(
        `${join(opts.dist, name, 'index.js')} is missing: run \`npm run build\` (or pass --dist DIR).`,
      );
  }
  const work = mkdtempSync(join(tmpdir(), 'mlops-chaos-'));
  const runNumbers = opts.only !== undefined ? [opts.only] : Array.from({ length: opts.runs }, (_, i) => i);
  const lanes = Math.max(1, Math.min(opts.lanes, runNumbers.length));
  console.log(
    `chaos: seed ${opts.seed}, ${runNumbers.length} run(s) in ${lanes} lane(s), actions from ${opts.dist}, work folder ${work}`,
  );
  const tally: Tally = {
    broken: new Map(),
    clientSent: 0,
    clientWhileDown: 0,
    lostInKill: 0,
    harnessErrors: 0,
    loudStops: 0,
  };
  const started = Date.now();
  try {
    // Run r goes to lane r mod lanes: the plans (and so a replay with --only) do not depend on the lane count.
    await Promise.all(
      Array.from({ length: lanes }, (_, i) =>
        lane(
          opts,
          work,
          i,
          runNumbers.filter((_, k) => k % lanes === i),
          tally,
        ),
      ),
    );
  } finally {
    if (!opts.keep) rmSync(work, { recursive: true, force: true });
    else console.log(`kept ${work}`);
  }
  const { broken, clientSent, clientWhileDown, lostInKill, harnessErrors, loudStops } = tally;
  const minutes = (Date.now() - started) / 60_000;
  console.log(`\nchaos: ${runNumbers.length} run(s), seed ${opts.seed}, ${minutes.toFixed(1)} min`);
  console.log('| invariant | held (runs) | broken (runs) | broken in |\n| --- | --- | --- | --- |');
  for (const [key, text] of Object.entries(INVARIANTS) as Array<[Invariant, string]>) {
    const hits = broken.get(key) ?? [];
    const runs = [...new Set(hits.map((h) => h.run))];
    const where = runs
      .slice(0, 12)
      .map((r) => `run ${r} (\`--seed ${opts.seed} --only ${r}\`)`)
      .join(', ');
    console.log(
      `| ${text} | ${runNumbers.length - runs.length} | ${runs.length} | ${where}${runs.length > 12 ? ', ...' : ''} |`,
    );
  }
  console.log(
    `client requests: ${clientSent} sent; failures while the emulator itself was killed (not counted above): ${clientWhileDown}`,
  );
  console.log(
    `model versions whose blobs a kill of Azurite took (each must be repaired by its rerun, else counted above): ${lostInKill}`,
  );
  console.log(
    `the emulator stopped on its own, naming the cause (Azurite crash loop), and was started again: ${loudStops} time(s)`,
  );
  if (harnessErrors) console.log(`harness errors (runs that could not be checked): ${harnessErrors}`);
  return broken.size > 0 || harnessErrors > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`chaos: ${(error as Error).message}`);
    process.exit(2);
  },
);
