// The starter workflows, copied into a project laid out like examples/diabetes, need only variables set: every path
// a template gives exists where the job that uses it runs (CI after its training command; CD in a fresh checkout,
// where no training output exists), the CD deploys scoring code of the repository, and the only `vars` the
// reusable workflows read are those `mlops environments` writes.
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { STANDARD_VARIABLES } from '../../src/github/environments-config.js';
import { repoRoot } from '../helpers/action-runner.js';

const example = join(repoRoot, 'examples', 'diabetes');
const templates = readdirSync(join(repoRoot, 'workflow-templates')).filter((f) => f.endsWith('.yml'));

interface Job {
  uses?: string;
  with?: Record<string, unknown>;
}
const jobsOf = (file: string) =>
  (parse(readFileSync(join(repoRoot, 'workflow-templates', file), 'utf8')) as { jobs: Record<string, Job> })
    .jobs;
const calls = (file: string, workflow: string) =>
  Object.entries(jobsOf(file)).filter(([, j]) => j.uses?.includes(`/.github/workflows/${workflow}@`));

/** A fresh copy of the example project, as a checkout of the user's repository. */
function checkout(): string {
  const dir = mkdtempSync(join(tmpdir(), 'template-project-'));
  cpSync(example, dir, { recursive: true });
  return dir;
}

const exists = (root: string, path: unknown, kind: 'file' | 'dir') => {
  const full = join(root, String(path));
  return existsSync(full) && (kind === 'dir' ? statSync(full).isDirectory() : statSync(full).isFile());
};

describe('starter workflows copied into a project like examples/diabetes', () => {
  it('ship in the layout of an organisation .github repository, with $default-branch left for GitHub', () => {
    expect(templates.sort()).toEqual(['ml-cd.yml', 'ml-ci.yml']);
    for (const file of templates) {
      expect(
        existsSync(join(repoRoot, 'workflow-templates', file.replace(/\.yml$/, '.properties.json'))),
      ).toBe(true);
    }
    const cd = parse(readFileSync(join(repoRoot, 'workflow-templates', 'ml-cd.yml'), 'utf8')) as {
      on: { push: { branches: string[] } };
    };
    expect(cd.on.push.branches).toEqual(['$default-branch']);
  });

  it.each(templates)(
    '%s: the CI paths exist (the job and its data, or what the training command writes)',
    (file) => {
      const found = calls(file, 'ml-ci.yml');
      expect(found.length).toBe(1);
      for (const [, job] of found) {
        const w = job.with!;
        const project = checkout();
        try {
          if (w['job-file']) {
            // Training on Azure ML: the job YAML and the data exist, the data input and the model output are the
            // job's (the demo runs this very pipeline on the emulator).
            expect(exists(project, w['job-file'], 'file')).toBe(true);
            expect(exists(project, w['data-path'], 'file')).toBe(true);
            expect(w['train-command']).toBeUndefined();
            const job = parse(readFileSync(join(project, String(w['job-file'])), 'utf8')) as {
              inputs: Record<string, unknown>;
              outputs: Record<string, unknown>;
            };
            expect(Object.keys(job.inputs)).toContain(String(w['data-input']));
            expect(Object.keys(job.outputs)).toContain(String(w['job-model-output'] ?? 'model'));
            for (const command of ['test-command', 'setup-command']) expect(w[command]).toBeUndefined();
            continue;
          }
          // Paths the training writes do not exist before it runs.
          expect(exists(project, w['model-path'], 'dir')).toBe(false);
          execFileSync('bash', ['-c', String(w['train-command'])], { cwd: project, stdio: 'ignore' });
          expect(exists(project, w['model-path'], 'dir')).toBe(true);
          expect(exists(project, w['metrics-file'], 'file')).toBe(true);
          const metrics = JSON.parse(
            readFileSync(join(project, String(w['metrics-file'])), 'utf8'),
          ) as object;
          expect(typeof (metrics as Record<string, unknown>)[String(w.metric)]).toBe('number');
          if (w['environment-file']) expect(exists(project, w['environment-file'], 'file')).toBe(true);
          if (w['code-path']) expect(exists(project, w['code-path'], 'dir')).toBe(true);
          for (const command of ['test-command', 'setup-command']) expect(w[command]).toBeUndefined();
        } finally {
          rmSync(project, { recursive: true, force: true });
        }
      }
    },
  );

  it('ml-cd: every CD path exists in a fresh checkout, and the scoring code is the repository’s', () => {
    const found = calls('ml-cd.yml', 'ml-cd.yml');
    expect(found.length).toBe(1);
    const w = found[0]![1].with!;
    const project = checkout();
    try {
      for (const key of ['endpoint-file', 'deployment-file', 'smoke-requests', 'smoke-expected']) {
        expect([key, exists(project, w[key], 'file')]).toEqual([key, true]);
      }
      for (const [key, value] of Object.entries(w)) {
        expect([key, String(value)]).not.toEqual([key, expect.stringMatching(/^outputs\//)]);
      }
      // No code-path: deployment.yml's code_configuration names the code, relative to the YAML's folder.
      expect(w['code-path']).toBeUndefined();
      const deployment = parse(readFileSync(join(project, String(w['deployment-file'])), 'utf8')) as {
        code_configuration: { code: string; scoring_script: string };
      };
      const code = join(project, dirname(String(w['deployment-file'])), deployment.code_configuration.code);
      expect(existsSync(join(code, deployment.code_configuration.scoring_script))).toBe(true);
      // The endpoint the workflow names is the one endpoint.yml creates.
      const endpoint = parse(readFileSync(join(project, String(w['endpoint-file'])), 'utf8')) as {
        name: string;
      };
      expect(w.endpoint).toBe(endpoint.name);
      // CI and CD name one model.
      expect(w['model-name']).toBe(calls('ml-cd.yml', 'ml-ci.yml')[0]![1].with!['model-name']);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });

  it('the reusable workflows read no variable that mlops environments does not write (but the optional ARM endpoint)', () => {
    const read = new Set<string>();
    for (const file of ['ml-ci.yml', 'ml-cd.yml', 'ml-cd-environment.yml']) {
      const text = readFileSync(join(repoRoot, '.github', 'workflows', file), 'utf8');
      for (const m of text.matchAll(/\bvars\.([A-Z0-9_]+)/g)) read.add(m[1]!);
    }
    expect([...read].sort()).toEqual([...STANDARD_VARIABLES, 'AZUREML_ARM_ENDPOINT'].sort());
  });
});
