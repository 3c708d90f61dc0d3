import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ACTIONS } from '../../src/actions/index.js';
import { repoRoot } from '../helpers/action-runner.js';

interface ActionMetadata {
  name?: string;
  description?: string;
  inputs?: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { description?: string }>;
  runs?: { using?: string; main?: string };
}

const actionNames = readdirSync(join(repoRoot, 'actions')).filter((n) =>
  existsSync(join(repoRoot, 'actions', n, 'action.yml')),
);

/** Every input name the action's sources read through the toolkit. */
function inputsReadBySource(name: string): Set<string> {
  const found = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts')) {
        const text = readFileSync(full, 'utf8');
        for (const m of text.matchAll(/get(?:Boolean|Multiline)?Input\(\s*'([a-z0-9-]+)'/g)) found.add(m[1]!);
      }
    }
  };
  walk(join(repoRoot, 'src', 'actions', name));
  return found;
}

describe('action metadata', () => {
  it('has at least the actions of the CI half', () => {
    expect(actionNames).toEqual(expect.arrayContaining(['package-model', 'register-model']));
  });

  it('has every action of actions/ in the bundle of all actions, and nothing else', () => {
    expect(Object.keys(ACTIONS).sort()).toEqual([...actionNames].sort());
  });

  describe.each(actionNames)('%s', (name) => {
    const meta = parse(readFileSync(join(repoRoot, 'actions', name, 'action.yml'), 'utf8')) as ActionMetadata;

    it('runs its committed entry on node24, which runs this action from the bundle of all actions', () => {
      expect(meta.runs?.using).toBe('node24');
      expect(meta.runs?.main).toBe(`../../dist/${name}/index.js`);
      expect(readFileSync(join(repoRoot, 'dist', name, 'index.js'), 'utf8')).toMatch(
        new RegExp(
          `^import \\{ runNamedAction \\} from '\\.\\./actions/index\\.js';\\s+await runNamedAction\\('${name}'\\);$`,
          'm',
        ),
      );
    });

    it('documents every input and output', () => {
      expect(meta.name).toBeTruthy();
      expect(meta.description).toBeTruthy();
      for (const [key, input] of Object.entries(meta.inputs ?? {}))
        expect([key, input.description]).toEqual([key, expect.any(String)]);
      for (const [key, output] of Object.entries(meta.outputs ?? {}))
        expect([key, output.description]).toEqual([key, expect.any(String)]);
    });

    it('declares every input its own sources read', () => {
      const declared = new Set(Object.keys(meta.inputs ?? {}));
      const read = inputsReadBySource(name);
      expect(read.size).toBeGreaterThan(0);
      const undeclared = [...read].filter((i) => !declared.has(i));
      expect(undeclared).toEqual([]);
    });
  });
});
