// The README's main command, run as a user runs it: `node -- bin/mlops.js demo` (what `npm run demo` does),
// then the emulator's state it left behind, read back from the same data directory.
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start } from '../../src/emulator/index.js';
import { repoRoot } from '../helpers/action-runner.js';
import { EmulatorView } from '../helpers/emulator-view.js';

const dataDir = mkdtempSync(join(tmpdir(), 'demo-state-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function demo(): { status: number | null; out: string } {
  const run = spawnSync(
    process.execPath,
    ['--', join(repoRoot, 'bin', 'mlops.js'), 'demo', '--data-dir', dataDir],
    {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

describe('npm run demo', () => {
  let first: { status: number | null; out: string };

  it('trains, packages and registers the example in the dev workspace', () => {
    first = demo();
    expect(first.status).toBe(0);
    expect(first.out).toMatch(/● train[\s\S]*● package-model[\s\S]*● register-model/);
    expect(first.out).toMatch(/→ model-uri = azureml:diabetes-classifier:1/);
    expect(first.out).toMatch(/→ reused = false/);
    expect(first.out).toMatch(
      /Done in [\d.]+ s: azureml:diabetes-classifier:1 .* is registered in the dev workspace, deployed as blue on diabetes-endpoint/,
    );
  });

  it('reuses the registered version on a second run with the same state', () => {
    const second = demo();
    expect(second.status).toBe(0);
    expect(second.out).toMatch(/→ reused = true/);
    expect(second.out).toMatch(/azureml:diabetes-classifier:1 /);
  });

  it('left version 1 in dev with its lineage, registered by the data scientist, and nothing in prod', async () => {
    const emu = await start({ dataDir });
    try {
      const view = new EmulatorView(emu);
      const dev = await view.versions('diabetes-classifier', 'dev');
      expect([...dev.keys()]).toEqual(['1']);
      const v1 = dev.get('1');
      const digest = /→ digest = (sha256:[0-9a-f]{64})/.exec(first.out)?.[1];
      expect(digest).toBeDefined();
      expect(v1.tags['mlops.digest']).toBe(digest);
      expect(v1.modelUri).toContain(`/paths/LocalUpload/${digest!.slice(7)}/`);
      expect(v1.properties).toEqual(expect.objectContaining({ 'metric.accuracy': expect.any(String) }));
      const raw = await view.arm('GET', `${view.wsPath('dev')}/models/diabetes-classifier/versions/1`);
      expect(raw.body.systemData.createdBy).toBe('data-scientist');
      expect((await view.versions('diabetes-classifier', 'prod')).size).toBe(0);
    } finally {
      await emu.stop();
    }
  });
});
