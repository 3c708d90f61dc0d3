import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ConfigurationError } from '../../src/errors.js';
import { combineDigest, hashFiles } from '../../src/model/digest.js';
import { listFiles } from '../../src/model/files.js';
import { lineageFromEnv } from '../../src/model/lineage.js';
import { MANIFEST_FILE, parseManifest, serializeManifest, TOOL_VERSION } from '../../src/model/manifest.js';
import { readPackage, writePackage, type WritePackageOptions } from '../../src/model/package.js';

let root: string;
let counter = 0;

function makeDir(files: Record<string, string>): string {
  const dir = join(root, `src${counter++}`);
  mkdirSync(dir, { recursive: true });
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const MODEL = { 'model.json': '{"w":[0.5,1.5]}', 'extra/labels.txt': 'no\nyes\n' };

async function writeExample(outputPath: string, overrides: Partial<WritePackageOptions> = {}) {
  const modelDir = makeDir(MODEL);
  const codeDir = makeDir({ 'score.py': 'def init(): pass\ndef run(raw): return raw\n' });
  const envDir = makeDir({ 'conda.yaml': 'name: scoring\n' });
  return writePackage({
    outputPath,
    name: 'diabetes',
    modelType: 'custom_model',
    layout: 'custom',
    modelFiles: await listFiles(modelDir, 'model-path'),
    codeFiles: await listFiles(codeDir, 'code-path'),
    environmentFile: join(envDir, 'conda.yaml'),
    metrics: { accuracy: 0.91, dataset: 'v3' },
    git: { commit: 'a'.repeat(40), ref: 'refs/heads/main', repository: 'octo/ml' },
    run: {
      id: '7',
      attempt: '1',
      url: 'https://github.com/octo/ml/actions/runs/7/attempts/1',
      workflow: 'CI',
    },
    createdAt: new Date('2026-01-02T03:04:05Z'),
    ...overrides,
  });
}

async function expectTampered(dir: string, text: string | RegExp): Promise<void> {
  const error = await readPackage(dir, 'model-path').then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigurationError);
  expect((error as ConfigurationError).input).toBe('model-path');
  expect((error as Error).message).toMatch(text);
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'manifest-test-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('writePackage / readPackage', () => {
  it('round-trips: the package holds the files and a manifest that describes them', async () => {
    const out = join(root, 'pkg-roundtrip');
    const written = await writeExample(out);
    expect(written.packagePath).toBe(out);
    expect(readdirSync(out).sort()).toEqual(['code', 'environment', MANIFEST_FILE, 'model']);
    expect(readFileSync(join(out, 'model', 'extra', 'labels.txt'), 'utf8')).toBe('no\nyes\n');
    expect(readFileSync(join(out, 'environment', 'conda.yaml'), 'utf8')).toBe('name: scoring\n');

    const read = await readPackage(out, 'model-path');
    expect(read).toBeDefined();
    expect(read!.manifest).toEqual(written.manifest);
    expect(read!.modelDir).toBe(join(out, 'model'));
    expect(read!.modelFiles.map((f) => f.path)).toEqual(['extra/labels.txt', 'model.json']);
    expect(read!.codeDir).toBe(join(out, 'code'));
    expect(read!.environmentFile).toBe(join(out, 'environment', 'conda.yaml'));

    const m = read!.manifest;
    expect(m).toMatchObject({
      schemaVersion: 1,
      name: 'diabetes',
      modelType: 'custom_model',
      layout: 'custom',
      metrics: { accuracy: 0.91, dataset: 'v3' },
      git: { commit: 'a'.repeat(40), ref: 'refs/heads/main', repository: 'octo/ml' },
      run: { id: '7', attempt: '1', workflow: 'CI' },
      createdAt: '2026-01-02T03:04:05.000Z',
      tool: { name: 'mlops-actions', version: TOOL_VERSION },
      environment: { file: 'conda.yaml' },
    });
    // The digest is the digest of the source model folder: packaging does not change it.
    const source = await hashFiles(await listFiles(makeDir(MODEL), 'model-path'));
    expect(m.digest).toBe(combineDigest(source));
    expect(m.files).toEqual(source);
    expect(m.code?.files.map((f) => f.path)).toEqual(['score.py']);
  });

  it('returns undefined for a plain folder without a manifest', async () => {
    expect(await readPackage(makeDir(MODEL), 'model-path')).toBeUndefined();
    expect(await readPackage(join(root, 'does-not-exist'), 'model-path')).toBeUndefined();
  });

  describe('rejects a package changed after it was written', () => {
    it.each([
      [
        'a model file edited',
        (p: string) => appendFileSync(join(p, 'model', 'model.json'), ' '),
        /model\/model.json changed/,
      ],
      [
        'a model file removed',
        (p: string) => unlinkSync(join(p, 'model', 'extra', 'labels.txt')),
        /model\/extra\/labels.txt is missing/,
      ],
      [
        'a model file added',
        (p: string) => writeFileSync(join(p, 'model', 'backdoor.py'), 'x'),
        /model\/backdoor.py was added/,
      ],
      [
        'the model folder removed',
        (p: string) => rmSync(join(p, 'model'), { recursive: true }),
        /model\/model.json is missing/,
      ],
      [
        'a code file edited',
        (p: string) => writeFileSync(join(p, 'code', 'score.py'), 'evil'),
        /code\/score.py changed/,
      ],
      [
        'the environment file edited',
        (p: string) => appendFileSync(join(p, 'environment', 'conda.yaml'), '- evil'),
        /environment\/conda.yaml changed/,
      ],
      [
        // Same bytes, so the hash matches: only the link itself may be refused (it could lead anywhere).
        'the environment file replaced by a symlink out of the package',
        (p: string) => {
          const away = `${p}-conda.yaml`;
          renameSync(join(p, 'environment', 'conda.yaml'), away);
          symlinkSync(away, join(p, 'environment', 'conda.yaml'));
        },
        /environment\/conda.yaml is not a regular file/,
      ],
      [
        'the manifest replaced by a symlink out of the package',
        (p: string) => {
          const away = `${p}-manifest.json`;
          renameSync(join(p, MANIFEST_FILE), away);
          symlinkSync(away, join(p, MANIFEST_FILE));
        },
        /mlops-package.json is not a regular file/,
      ],
      [
        "the manifest's digest edited",
        (p: string) => {
          const m = JSON.parse(readFileSync(join(p, MANIFEST_FILE), 'utf8'));
          m.digest = `sha256:${'0'.repeat(64)}`;
          writeFileSync(join(p, MANIFEST_FILE), JSON.stringify(m));
        },
        /digest sha256:0{64} is not the digest of its files/,
      ],
      [
        "a file's hash and the digest edited to match a new file",
        (p: string) => {
          writeFileSync(join(p, 'model', 'model.json'), 'replaced');
          const m = JSON.parse(readFileSync(join(p, MANIFEST_FILE), 'utf8'));
          m.files[1].sha256 = 'f'.repeat(64);
          writeFileSync(join(p, MANIFEST_FILE), JSON.stringify(m));
        },
        /model\/model.json changed/,
      ],
    ])('%s', async (_name, tamper, message) => {
      const out = join(root, `pkg-tamper-${counter++}`);
      await writeExample(out);
      tamper(out);
      await expectTampered(out, message);
      await expectTampered(out, /run package-model again/);
    });
  });

  it.each([
    ['not JSON', '{', /not JSON at line 1, column 2: expected a property name/],
    ['not JSON, never echoed', 'root:x:0:0', /not JSON at line 1, column 1: a value should start here/],
    ['another schema version', JSON.stringify({ schemaVersion: 2 }), /schemaVersion 2/],
    ['missing fields', JSON.stringify({ schemaVersion: 1, name: 'x' }), /modelType is not one of/],
    [
      'a path escaping the package',
      JSON.stringify({
        schemaVersion: 1,
        name: 'x',
        modelType: 'custom_model',
        layout: 'custom',
        digest: `sha256:${'0'.repeat(64)}`,
        files: [{ path: '../etc/passwd', size: 1, sha256: '0'.repeat(64) }],
        createdAt: '2026-01-01T00:00:00Z',
        tool: { name: 't', version: '1' },
      }),
      /files\[0\] is not/,
    ],
  ])('rejects a manifest that is %s', async (_name, text, message) => {
    const dir = makeDir({ [MANIFEST_FILE]: text, 'model/a': 'a' });
    await expectTampered(dir, message);
  });

  it('replaces an existing package and leaves no staging folders behind', async () => {
    const out = join(root, 'pkg-replace');
    await writeExample(out);
    writeFileSync(join(out, 'model', 'stale.bin'), 'left from before');
    // A crash of an earlier run left a staging folder next to the output.
    mkdirSync(join(root, '.pkg-replace.partial-123-dead'));
    const second = await writeExample(out, { name: 'second' });
    expect(second.manifest.name).toBe('second');
    expect(existsSync(join(out, 'model', 'stale.bin'))).toBe(false);
    expect((await readPackage(out, 'model-path'))?.manifest.name).toBe('second');
    expect(readdirSync(root).filter((n) => n.startsWith('.pkg-replace'))).toEqual([]);
  });

  it('writes into an empty existing folder but never over a folder that is not a package', async () => {
    const empty = join(root, 'pkg-empty');
    mkdirSync(empty);
    await writeExample(empty);
    expect(existsSync(join(empty, MANIFEST_FILE))).toBe(true);

    const userDir = makeDir({ 'notes.txt': 'precious' });
    await expect(writeExample(userDir)).rejects.toThrow(
      /Input 'output-path': .* already exists and is not a model package/,
    );
    expect(readdirSync(userDir)).toEqual(['notes.txt']);
    expect(readdirSync(dirname(userDir)).filter((n) => n.includes('.partial-'))).toEqual([]);
  });

  it('leaves nothing at the output path when writing fails part way', async () => {
    const out = join(root, 'pkg-fail');
    const modelDir = makeDir(MODEL);
    const files = await listFiles(modelDir, 'model-path');
    rmSync(join(modelDir, 'model.json')); // disappears between listing and copying
    await expect(
      writePackage({
        outputPath: out,
        name: 'x',
        modelType: 'custom_model',
        layout: 'custom',
        modelFiles: files,
      }),
    ).rejects.toThrow();
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(root).filter((n) => n.startsWith('.pkg-fail'))).toEqual([]);
  });
});

describe('manifest text', () => {
  it('serializes with a stable key order and parses back', async () => {
    const out = join(root, 'pkg-serialize');
    const { manifest } = await writeExample(out);
    const text = readFileSync(join(out, MANIFEST_FILE), 'utf8');
    expect(text).toBe(serializeManifest(manifest));
    expect(Object.keys(JSON.parse(text))).toEqual([
      'schemaVersion',
      'name',
      'modelType',
      'layout',
      'digest',
      'files',
      'code',
      'environment',
      'git',
      'run',
      'metrics',
      'createdAt',
      'tool',
    ]);
    expect(parseManifest(text, 'm.json', 'model-path')).toEqual(manifest);
  });
});

describe('lineageFromEnv', () => {
  it('reads the GitHub variables and builds the run URL', () => {
    expect(
      lineageFromEnv({
        GITHUB_SHA: 'abc',
        GITHUB_REF: 'refs/pull/3/merge',
        GITHUB_REPOSITORY: 'octo/ml',
        GITHUB_RUN_ID: '99',
        GITHUB_RUN_ATTEMPT: '2',
        GITHUB_SERVER_URL: 'https://ghe.example.com/',
        GITHUB_WORKFLOW: 'CI',
      }),
    ).toEqual({
      git: { commit: 'abc', ref: 'refs/pull/3/merge', repository: 'octo/ml' },
      run: {
        id: '99',
        attempt: '2',
        url: 'https://ghe.example.com/octo/ml/actions/runs/99/attempts/2',
        workflow: 'CI',
      },
    });
  });

  it('leaves out what is not set', () => {
    expect(lineageFromEnv({})).toEqual({});
    expect(lineageFromEnv({ GITHUB_RUN_ID: '5' })).toEqual({ run: { id: '5' } });
  });
});
