// A short fault campaign (issue 10, item 5): `npm run chaos -- --runs 3 --seed 1` against the committed bundles in
// dist/. Seed 1 draws two concurrent registrations of the same files; a training job (run-job) killed mid-run, then a
// plain registration; and a rollout (register, deploy, smoke-test, promote mirror:20,50,100 under a client loop). The
// long campaign is in bench/README.md.
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { INVARIANTS } from '../../chaos/invariants.js';
import { repoRoot } from '../helpers/action-runner.js';

describe('npm run chaos', () => {
  it('holds every invariant over a seeded 3-run campaign, and says how to replay each run', () => {
    const run = spawnSync(
      process.execPath,
      [join(repoRoot, 'chaos', 'run.mjs'), '--runs', '3', '--seed', '1'],
      {
        cwd: repoRoot,
        encoding: 'utf8',
        timeout: 170_000,
      },
    );
    const out = `${run.stdout}${run.stderr}`;
    for (const k of [0, 1, 2]) expect(out).toContain(`replay: npm run chaos -- --seed 1 --only ${k}`);
    expect(out).toMatch(/run 0 \(seed \d+\): register-model x2 \(same\)/);
    expect(out).toMatch(/run 1 \(seed \d+\): run-job \d s kill-action at \d+ ms -> register-model/);
    // Killed (then its rerun ends the job), or done before the kill on a fast machine.
    expect(out).toMatch(/^ {4}run-job (killed in .*\n {4}rerun: run-job exit 0|exit 0)/m);
    expect(out).toMatch(
      /run 2 \(seed \d+, rollout\): register-model -> deploy-endpoint -> smoke-test -> promote/,
    );
    // One table row per invariant: held in 3 runs, broken in none (a breakage names its run and replay command).
    const rows = out.split('\n').filter((l) => /^\| .+ \| \d+ \| \d+ \|/.test(l));
    expect(rows).toHaveLength(Object.keys(INVARIANTS).length);
    for (const text of Object.values(INVARIANTS))
      expect(rows.some((r) => r.startsWith(`| ${text} |`))).toBe(true);
    expect(out.match(/BROKEN .*/g) ?? []).toEqual([]);
    for (const row of rows) expect(row).toMatch(/\| 3 \| 0 \| +\|$/);
    expect(out).toMatch(/client requests: [1-9]\d* sent/);
    expect(run.status).toBe(0);
  }, 180_000);
});
