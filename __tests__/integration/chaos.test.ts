// A short fault campaign (issue 10, item 5): `npm run chaos -- --runs 3 --seed 1` against the committed bundles in
// dist/. Seed 1 draws two concurrent registrations of the same files, a plain registration, and a rollout (register,
// deploy, smoke-test, promote mirror:20,50,100 under a client loop). The long campaign is in bench/README.md.
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
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
    expect(out).toMatch(
      /run 2 \(seed \d+, rollout\): register-model -> deploy-endpoint -> smoke-test -> promote/,
    );
    // One table row per invariant: held in 3 runs, broken in none (a breakage names its run and replay command).
    const rows = out.split('\n').filter((l) => /^\| .+ \| \d+ \| \d+ \|/.test(l));
    expect(rows).toHaveLength(8);
    expect(out.match(/BROKEN .*/g) ?? []).toEqual([]);
    for (const row of rows) expect(row).toMatch(/\| 3 \| 0 \| +\|$/);
    expect(out).toMatch(/client requests: [1-9]\d* sent/);
    expect(run.status).toBe(0);
  }, 180_000);
});
