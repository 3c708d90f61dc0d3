// A job's code gets only what Azure ML gives a job (issue 11 on top of issue 10's isolation): run through the
// bundled run-job, whose own environment holds the caller's token and GitHub's secrets, a snooping job script finds
// none of them in its environment, no state file or secret by walking up from its working directory, and its own
// MLflow token opens neither ARM nor another run.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start, type RunningEmulator } from '../../src/emulator/index.js';
import { runBundledAction } from '../helpers/action-runner.js';
import { emulatorEnv } from '../helpers/emulator-env.js';
import { EmulatorView } from '../helpers/emulator-view.js';

// Prints one JSON line: its environment, every file it reaches walking up from its working directory (the system's
// temporary folder and above, shared with everything on the machine, are not walked), with its bytes, and the status
// codes its MLflow token got from ARM and from another run's MLflow record. The test looks for the secrets in them.
const SNOOP = `import base64, json, os, sys, urllib.request, urllib.error

def ancestors(path):
    path = os.path.realpath(path)
    while True:
        yield path
        parent = os.path.dirname(path)
        if parent == path:
            return
        path = parent

shared = os.path.realpath(sys.argv[1])
files = {}
for folder in ancestors(os.getcwd()):
    if folder == shared or shared.startswith(folder.rstrip("/") + "/"):
        continue
    for root, dirs, names in os.walk(folder):
        for name in names:
            path = os.path.join(root, name)
            try:
                with open(path, "rb") as f:
                    files[path] = base64.b64encode(f.read(1024 * 1024)).decode()
            except OSError:
                files[path] = None

def status(url, method="GET", body=None):
    request = urllib.request.Request(url, data=body, method=method, headers={
        "Authorization": "Bearer " + os.environ["MLFLOW_TRACKING_TOKEN"], "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            return answer.status
    except urllib.error.HTTPError as error:
        return error.code

base = "https://" + os.environ["MLFLOW_TRACKING_URI"][len("azureml://"):]
host = base[: base.index("/mlflow/")]
workspace = base[base.index("/subscriptions/"):]
print("SNOOP " + json.dumps({
    "env": dict(os.environ),
    "files": files,
    "arm": status(host + workspace + "?api-version=2026-07-01"),
    "own_run": status(base + "/api/2.0/mlflow/runs/get?run_id=" + os.environ["MLFLOW_RUN_ID"]),
    "other_run": status(base + "/api/2.0/mlflow/runs/log-metric", "POST",
        json.dumps({"run_id": sys.argv[2], "key": "x", "value": 1, "timestamp": 0, "step": 0}).encode()),
}), flush=True)
`;

let emu: RunningEmulator;
let view: EmulatorView;
let work: string;
let dataDir: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'job-isolation-'));
  dataDir = mkdtempSync(join(tmpdir(), 'job-isolation-state-'));
  mkdirSync(join(work, 'src'));
  writeFileSync(join(work, 'src', 'snoop.py'), SNOOP);
  emu = await start({ dataDir, quiet: true });
  view = new EmulatorView(emu);
}, 60_000);
afterAll(async () => {
  await emu?.stop();
  for (const dir of [work, dataDir]) if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a job snooping on what runs it', () => {
  it('sees only what Azure ML gives a job, reaches no state or secret, and its token opens nothing else', async () => {
    const secrets = {
      caller: emu.tokens['data-scientist']!,
      admin: emu.token,
      accountKey: await view.accountKey('dev'),
      github: `ghs_${'s3cr3t'.repeat(6)}`,
      oidc: `oidc-request-${'x'.repeat(20)}`,
    };
    // Another run of the workspace, whose MLflow record the snooping job will try to write to.
    const other = await runBundledAction('run-job', {
      inputs: { 'job-file': 'other.yml', 'timeout-minutes': '5' },
      env: emulatorEnv(emu, 'dev', 'data-scientist'),
      cwd: (writeFileSync(join(work, 'other.yml'), job('echo other')), work),
    });
    expect([other.exitCode, other.outputs['status']]).toEqual([0, 'Completed']);
    const otherRun = other.outputs['job-name']!;
    writeFileSync(join(work, 'snoop.yml'), job(`python snoop.py ${tmpdir()} ${otherRun}`));
    const run = await runBundledAction('run-job', {
      inputs: { 'job-file': 'snoop.yml', 'timeout-minutes': '5' },
      env: {
        ...emulatorEnv(emu, 'dev', 'data-scientist'),
        GITHUB_TOKEN: secrets.github,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: secrets.oidc,
        ACTIONS_ID_TOKEN_REQUEST_URL: 'https://127.0.0.1:9/token',
      },
      cwd: work,
    });
    expect([run.exitCode, run.outputs['status']]).toEqual([0, 'Completed']);
    const line = /^SNOOP (.*)$/m.exec(run.log);
    expect(line).not.toBeNull();
    const seen = JSON.parse(line![1]!) as {
      env: Record<string, string>;
      files: Record<string, string | null>;
      arm: number;
      own_run: number;
      other_run: number;
    };
    // Nothing of the caller's: no token, no GitHub secret, no storage key, in any variable.
    for (const [name, value] of Object.entries(seen.env)) {
      for (const [what, secret] of Object.entries(secrets)) {
        expect({ name, what, leaked: value.includes(secret) }).toEqual({ name, what, leaked: false });
      }
    }
    // Names only Azure ML's, the job's, or the shell's and the python launcher's own (pyenv's shim sets PYENV_*).
    const allowed =
      /^(AZUREML_\w+|MLFLOW_\w+|PATH|HOME|LANG|LC_\w+|TZ|TMPDIR|SSL_CERT_FILE|REQUESTS_CA_BUNDLE|PYTHON\w*|PYENV\w*|PWD|OLDPWD|SHLVL|_)$/;
    expect(Object.keys(seen.env).filter((name) => !allowed.test(name))).toEqual([]);
    expect(seen.env).toMatchObject({ AZUREML_ARM_WORKSPACE_NAME: 'dev', MLFLOW_RUN_ID: expect.any(String) });
    // Its own folder: its code and its logs, no state file, and no secret in any of them.
    const paths = Object.keys(seen.files);
    expect(paths.some((p) => p.endsWith('/snoop.py'))).toBe(true);
    expect(paths.filter((p) => p.endsWith('state.json'))).toEqual([]);
    for (const [path, content] of Object.entries(seen.files)) {
      const text = Buffer.from(content ?? '', 'base64').toString('latin1');
      for (const [what, secret] of Object.entries(secrets)) {
        expect({ path, what, leaked: text.includes(secret) }).toEqual({ path, what, leaked: false });
      }
    }
    // Its MLflow token: its own run only; ARM refuses it, another run's record too.
    expect(seen.own_run).toBe(200);
    expect(seen.arm).toBe(401);
    expect(seen.other_run).toBe(403);
  });
});

function job(command: string): string {
  return [
    '$schema: https://azuremlschemas.azureedge.net/latest/commandJob.schema.json',
    'type: command',
    'code: ./src',
    `command: ${JSON.stringify(command)}`,
    'environment: azureml:AzureML-sklearn-1.0-ubuntu20.04-py38-cpu:1',
    'compute: azureml:cpu-cluster',
    '',
  ].join('\n');
}
