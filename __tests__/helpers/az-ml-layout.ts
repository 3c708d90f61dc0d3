// The layout `az ml model create` gives a local path, computed by the stdlib restatement of azure-ai-ml's upload
// code in __tests__/fixtures/azure-ai-ml/az_ml_layout.py, and a fixture folder that exercises it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './action-runner.js';

export interface AzMlLayout {
  /** get_object_hash: the `<hash>` of LocalUpload/<hash>/. */
  hash: string;
  /** The datastore path the asset points at: LocalUpload/<hash>/<own name>. */
  path: string;
  /** Every blob name the CLI uploads, sorted. */
  blobs: string[];
}

export function azMlLayout(path: string): AzMlLayout {
  const script = join(repoRoot, '__tests__', 'fixtures', 'azure-ai-ml', 'az_ml_layout.py');
  return JSON.parse(execFileSync('python3', [script, path], { encoding: 'utf8' })) as AzMlLayout;
}

/**
 * A model folder named `name` below `parent`: nested folders, an empty folder, names equal but for case (their
 * order in the CLI's hash is the directory's own), a non-ASCII name and a binary file.
 */
export function layoutFixture(parent: string, name = 'model'): string {
  const dir = join(parent, name);
  const files: Record<string, string | Buffer> = {
    'sklearn_regression_model.pkl': Buffer.from([0x80, 0x04, 0x95, 0x00, 0xff, 0x10]),
    'Model.txt': 'upper',
    'model.txt': 'lower',
    'MODEL.TXT': 'all upper',
    'a/b/c/deep.json': '{"deep":true}',
    'a/B.txt': 'B',
    'a/b.bin': 'b',
    'A2/x.txt': 'x',
    'données/é.txt': 'accent',
    'sub dir/with space.txt': 'space',
  };
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  mkdirSync(join(dir, 'empty'), { recursive: true });
  return dir;
}
