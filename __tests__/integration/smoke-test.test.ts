// smoke-test, bundled, against deployments of the example model that deploy-endpoint made in the emulator.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start, type RunningEmulator } from '../../src/emulator/index.js';
import { repoRoot, runBundledAction, type ActionRun } from '../helpers/action-runner.js';
import { emulatorEnv } from '../helpers/emulator-env.js';
import { armClient } from '../helpers/emulator-sdk.js';

let emu: RunningEmulator;
let work: string;
const runs: ActionRun[] = [];
const EP = 'diabetes-endpoint';

async function smoke(inputs: Record<string, string>): Promise<ActionRun> {
  const run = await runBundledAction('smoke-test', {
    inputs: { endpoint: EP, ...inputs },
    env: emulatorEnv(emu),
    cwd: work,
  });
  runs.push(run);
  return run;
}

async function deploy(inputs: Record<string, string>): Promise<void> {
  const run = await runBundledAction('deploy-endpoint', {
    inputs: {
      'endpoint-file': 'diabetes/endpoint.yml',
      'deployment-file': 'diabetes/deployment.yml',
      'timeout-minutes': '2',
      ...inputs,
    },
    env: emulatorEnv(emu),
    cwd: work,
  });
  expect(run.exitCode).toBe(0);
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'mlops-smoke-'));
  cpSync(join(repoRoot, 'examples', 'diabetes'), join(work, 'diabetes'), { recursive: true });
  execFileSync('python3', [join(work, 'diabetes', 'train.py'), '--output', join(work, 'out')], {
    stdio: 'ignore',
  });
  // A scoring script that answers with the wrong class for every row.
  const wrong = join(work, 'wrong-code');
  mkdirSync(wrong);
  writeFileSync(
    join(wrong, 'score.py'),
    readFileSync(join(work, 'diabetes', 'score.py'), 'utf8') +
      '\n\n_run = run\n\n\ndef run(raw_data):\n    out = _run(raw_data)\n    out["predictions"] = [1 - p for p in out["predictions"]]\n    return out\n',
  );
  emu = await start({ quiet: true });
  const registered = await runBundledAction('register-model', {
    inputs: { 'model-path': join(work, 'out', 'model'), name: 'diabetes-classifier' },
    env: emulatorEnv(emu),
    cwd: work,
  });
  expect(registered.exitCode).toBe(0);
  await deploy({ traffic: 'all' });
  await deploy({ deployment: 'wrong', 'code-path': 'wrong-code', 'scoring-script': 'score.py' });
}, 180_000);

afterAll(async () => {
  await emu?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('smoke-test', () => {
  it('passes the example requests against the endpoint, with figures and a summary table', async () => {
    const run = await smoke({
      requests: 'diabetes/smoke/requests.json',
      expected: 'diabetes/smoke/expected.json',
      count: '20',
      concurrency: '4',
      'max-p99-ms': '5000',
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.passed).toBe('true');
    expect(run.outputs['requests-sent']).toBe('20');
    expect(run.outputs.errors).toBe('0');
    const report = JSON.parse(run.outputs.report!);
    expect(report.cases).toHaveLength(1);
    expect(report.cases[0]).toMatchObject({ request: 'diabetes/smoke/requests.json', sent: 20, errors: 0 });
    expect(report.cases[0].servedBy).toEqual({ blue: 20 });
    expect(Number(run.outputs['p50-ms'])).toBeGreaterThan(0);
    expect(Number(run.outputs['p99-ms'])).toBeGreaterThanOrEqual(Number(run.outputs['p50-ms']));
    expect(report.throughput).toBeGreaterThan(0);
    expect(run.summary).toMatch(/Smoke test of diabetes-endpoint: passed/);
    expect(run.summary).toMatch(
      /<td><code>diabetes\/smoke\/requests.json<\/code><\/td><td>20<\/td><td>0<\/td>/,
    );
  }, 60_000);

  it('fails against a deployment that answers wrongly, naming the request file and the field', async () => {
    const run = await smoke({
      deployment: 'wrong',
      requests: 'diabetes/smoke/requests.json',
      expected: 'diabetes/smoke/expected.json',
      count: '3',
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.passed).toBe('false');
    expect(run.outputs.errors).toBe('3');
    expect(run.log).toMatch(/Request diabetes\/smoke\/requests.json: \$\.predictions\[0\]: 0 differs from 1/);
    expect(run.log).toMatch(/Smoke test of deployment wrong failed: error rate 100.00%(25)? \(3 of 3\)/);
    expect(JSON.parse(run.outputs.report!).cases[0].servedBy).toEqual({ wrong: 3 });
    expect(run.summary).toMatch(/FAILED/);
  }, 60_000);

  it('pairs x.json with x.expected.json over a glob, and reports one row per file', async () => {
    const dir = join(work, 'cases');
    mkdirSync(dir, { recursive: true });
    const rows = JSON.parse(readFileSync(join(work, 'diabetes', 'smoke', 'requests.json'), 'utf8')).data;
    const expected = JSON.parse(readFileSync(join(work, 'diabetes', 'smoke', 'expected.json'), 'utf8'));
    for (const i of [0, 1]) {
      writeFileSync(join(dir, `row${i}.json`), JSON.stringify({ data: [rows[i]] }));
      writeFileSync(
        join(dir, `row${i}.expected.json`),
        JSON.stringify({ predictions: [expected.predictions[i]] }),
      );
    }
    const run = await smoke({ requests: 'cases/*.json', count: '2' });
    expect(run.exitCode).toBe(0);
    const report = JSON.parse(run.outputs.report!);
    expect(report.cases.map((c: { request: string }) => c.request)).toEqual([
      'cases/row0.json',
      'cases/row1.json',
    ]);
    // The pairing is real: a wrong expectation in one file fails that file only.
    writeFileSync(
      join(dir, 'row1.expected.json'),
      JSON.stringify({ predictions: [1 - expected.predictions[1]] }),
    );
    const failing = await smoke({ requests: 'cases/*.json', count: '2' });
    expect(failing.exitCode).toBe(1);
    const cases = JSON.parse(failing.outputs.report!).cases;
    expect(cases.map((c: { errors: number }) => c.errors)).toEqual([0, 2]);
  }, 60_000);

  it('checks a JSON Schema and latency thresholds', async () => {
    const schema = JSON.stringify({
      type: 'object',
      required: ['predictions', 'labels'],
      properties: { predictions: { type: 'array' } },
    });
    const run = await smoke({ requests: 'diabetes/smoke/requests.json', schema, count: '2' });
    expect(run.exitCode).toBe(1);
    expect(run.log).toMatch(/schema keyword 'required' at \$\.labels: must have required property 'labels'/);
    // A schema that forbids extra fields fails an answer that has one (the answers carry probabilities too).
    const closed = JSON.stringify({
      type: 'object',
      properties: { predictions: { type: 'array' } },
      additionalProperties: false,
    });
    const extra = await smoke({ requests: 'diabetes/smoke/requests.json', schema: closed, count: '1' });
    expect(extra.exitCode).toBe(1);
    expect(extra.log).toMatch(
      /schema keyword 'additionalProperties' at \$\.probabilities: must NOT have additional properties/,
    );
    const slow = await smoke({ requests: 'diabetes/smoke/requests.json', count: '5', 'max-p99-ms': '0.001' });
    expect(slow.exitCode).toBe(1);
    expect(slow.log).toMatch(/p99 latency [\d.]+ ms is above max-p99-ms 0.001/);
  }, 60_000);

  it.each([
    [{ endpoint: 'no-such-endpoint' }, 'endpoint', /does not exist in workspace 'dev'/],
    [{ deployment: 'purple' }, 'deployment', /has no deployment purple/],
    [{ requests: '{"data": [1,' }, 'requests', /not valid JSON/],
    [{ requests: 'nothing/*.json' }, 'requests', /matches no file/],
    [{ 'max-error-rate': '2' }, 'max-error-rate', /not a number from 0 to 1/],
    [{ count: 'many' }, 'count', /not a whole number/],
    [
      { schema: '{"type":"object","properties":{"a":{"format":"email"}}}' },
      'schema',
      /format is not checked here/,
    ],
    [{ schema: '{"type":"object","colour":"red"}' }, 'schema', /unknown keyword: "colour"/],
  ])(
    'refuses %j naming input %s',
    async (override, input, message) => {
      const run = await smoke({ requests: 'diabetes/smoke/requests.json', ...override });
      expect(run.exitCode).toBe(1);
      expect(run.log).toMatch(new RegExp(`Input '${input}'`));
      expect(run.log).toMatch(message);
    },
    60_000,
  );

  it('refuses request, expected and schema files that lead out of the workspace, and never echoes a file', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'mlops-outside-'));
    try {
      writeFileSync(join(outside, 'secret.json'), '{"token":"s3cr3t-outside"}');
      symlinkSync(join(outside, 'secret.json'), join(work, 'leak.json'));
      for (const input of ['requests', 'expected', 'schema']) {
        const run = await smoke({
          requests: 'diabetes/smoke/requests.json',
          [input]: 'leak.json',
          count: '1',
        });
        expect(run.exitCode).toBe(1);
        expect(run.log).toMatch(new RegExp(`Input '${input}': .*leak\\.json is outside the workspace`));
        expect(run.log).not.toContain('s3cr3t-outside');
      }
      writeFileSync(join(work, 'not-json.json'), '{\n  "p": [1,\n  s3cr3t-inside\n}');
      const bad = await smoke({
        requests: 'diabetes/smoke/requests.json',
        expected: 'not-json.json',
        count: '1',
      });
      expect(bad.exitCode).toBe(1);
      expect(bad.log).toMatch(/Input 'expected': not-json\.json is not valid JSON \(line 3, column 3: /);
      expect(bad.log).not.toContain('s3cr3t-inside');
    } finally {
      rmSync(join(work, 'leak.json'), { force: true });
      rmSync(outside, { recursive: true, force: true });
    }
  }, 60_000);

  it('never shows the endpoint key in a log or a summary', async () => {
    const keys = await armClient(emu).onlineEndpoints.listKeys(emu.resourceGroup, 'dev', EP);
    expect(runs.length).toBeGreaterThan(5);
    for (const run of runs) {
      for (const k of [keys.primaryKey!, keys.secondaryKey!, emu.token]) {
        expect(run.log).not.toContain(k);
        expect(run.summary).not.toContain(k);
      }
      // The key was used, and masked: the runner received the mask command.
    }
    expect(runs[0]!.stdout).toContain(`::add-mask::${keys.primaryKey}`);
  });
});
