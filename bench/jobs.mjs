// Job benchmarks (issue 11; targets in brackets), on the emulator started by its CLI, each side on its own job:
//   created to Running      run-job (the bundled action) vs creating the same job and polling its status every 15 s,
//                           as Microsoft's templates do (`az ml job create`, then `az ml job show` in a loop with
//                           `sleep 15`): from the job's creation until the step knows it runs (both sides prepare
//                           the same way before the PUT, so only what follows it is compared)
//   log lag                 a job prints `tick <epoch ms>` every 200 ms for 40 s; the lag of a line is the time from
//                           its print until it appears in the step log (ours) or in a poll's download of the job's
//                           log (the reference, the same data-plane log file every 15 s)    [ours p95 < 1 s]
// Run alone with `node bench/jobs.mjs` or `npm run bench -- jobs`.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
// Node 24 strips the types of src/contract (its `./x.js` imports resolved by chaos/ts-resolve.mjs, registered
// before the dynamic import): the api-version and the data-plane routes are written in one place.
import '../chaos/ts-resolve.mjs';
const { AZUREML_API_VERSION } = await import('../src/contract/azureml-api.ts');
const { isTerminalJobStatus, runDetailsPath, workspaceScope } = await import('../src/contract/jobs.ts');

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const TICK_SECONDS = Number(process.env.BENCH_JOB_SECONDS ?? 40);
const POLL_SECONDS = 15;

const percentile = (xs, p) => {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const ms = (v) => (Number.isFinite(v) ? `${Math.round(v)} ms` : 'n/a');

/** Starts `mlops emulator` on a fresh data dir; resolves with its variables and a stop function. */
async function startEmulator(work) {
  const envFile = join(work, 'emulator.env');
  const child = spawn(
    process.execPath,
    [
      '--',
      join(ROOT, 'bin', 'mlops.js'),
      'emulator',
      '--write-env',
      envFile,
      '--data-dir',
      join(work, 'state'),
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const exited = new Promise((resolve) => child.once('close', resolve));
  await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('the emulator did not start within 60 s')), 60_000);
    child.stdout.on('data', (d) => {
      out += d;
      if (/Press Ctrl-C to stop/.test(out)) {
        try {
          readFileSync(envFile);
          clearTimeout(timer);
          resolve();
        } catch {
          /* not written yet */
        }
      }
    });
    child.once('close', (code) => reject(new Error(`the emulator exited ${code} before it was ready`)));
  });
  const env = Object.fromEntries(
    readFileSync(envFile, 'utf8')
      .split('\n')
      .filter((l) => l.includes('='))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
  return {
    env,
    stop: () => {
      child.kill('SIGINT');
      return exited;
    },
  };
}

/** Writes the tick job: a command job on cpu-cluster whose script prints `tick <epoch ms>` every 200 ms. */
function writeJob(dir) {
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(
    join(dir, 'src', 'tick.py'),
    [
      'import sys, time',
      'end = time.time() + float(sys.argv[1])',
      'while time.time() < end:',
      '    print("tick %d" % int(time.time() * 1000), flush=True)',
      '    time.sleep(0.2)',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'job.yml'),
    [
      '$schema: https://azuremlschemas.azureedge.net/latest/commandJob.schema.json',
      'type: command',
      'code: ./src',
      `command: python tick.py ${TICK_SECONDS}`,
      'environment: azureml:AzureML-sklearn-1.0-ubuntu20.04-py38-cpu:1',
      'compute: azureml:cpu-cluster',
      'experiment_name: bench-log-lag',
      '',
    ].join('\n'),
  );
  return join(dir, 'job.yml');
}

/** Runs the bundled run-job as the runner does; calls onLine(line, atMs) for each stdout line as it arrives. */
function runJobAction(work, emulatorEnv, inputs, onLine) {
  const outputFile = join(work, `output-${Date.now()}`);
  // The runner creates these files before a step starts.
  for (const file of [outputFile, join(work, 'summary.md'), join(work, 'state-file')])
    writeFileSync(file, '');
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    ...emulatorEnv,
    GITHUB_WORKSPACE: work,
    RUNNER_TEMP: work,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: join(work, 'summary.md'),
    GITHUB_STATE: join(work, 'state-file'),
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'run-job', 'index.js')], {
    cwd: work,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let pending = '';
  const tail = [];
  child.stdout.on('data', (d) => {
    const at = Date.now();
    pending += d;
    const lines = pending.split('\n');
    pending = lines.pop();
    for (const line of lines) {
      tail.push(line);
      if (tail.length > 30) tail.shift();
      onLine(line, at);
    }
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve, reject) => {
    child.once('close', (code) => {
      if (code !== 0)
        return reject(new Error(`run-job exited ${code}:\n${tail.join('\n')}\n${stderr.slice(-2000)}`));
      const outputs = {};
      const text = readFileSync(outputFile, 'utf8');
      for (const m of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]] = m[3];
      resolve(outputs);
    });
  });
}

/** One GET with the bearer token (the ARM token also opens the data plane); the log URL is fetched without it. */
function get(url, token, ca) {
  return new Promise((resolve, reject) => {
    const request = url.startsWith('https:') ? httpsRequest : httpRequest;
    const req = request(url, { headers: token ? { authorization: `Bearer ${token}` } : {}, ca }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function ours(work, emulator, jobFile) {
  const started = Date.now();
  let created;
  let running;
  const lags = [];
  await runJobAction(
    work,
    emulator.env,
    { 'job-file': jobFile, 'timeout-minutes': '10', 'stream-logs': 'true' },
    (line, at) => {
      if (process.env.BENCH_JOB_TRACE) console.log(`  +${at - started} ms ${line.slice(0, 100)}`);
      if (created === undefined && /^Created (command|pipeline) job /.test(line)) created = at;
      if (running === undefined && created !== undefined && /: Running \(/.test(line)) running = at - created;
      const tick = /tick (\d{13})/.exec(line);
      if (tick) lags.push(at - Number(tick[1]));
    },
  );
  return { running, lags };
}

async function reference(work, emulator, jobFile) {
  const { env } = emulator;
  const ca = readFileSync(env.NODE_EXTRA_CA_CERTS);
  let started;
  const submitted = await runJobAction(work, env, { 'job-file': jobFile, wait: 'false' }, (line, at) => {
    if (started === undefined && /^Created (command|pipeline) job /.test(line)) started = at;
  });
  const name = submitted['job-name'];
  const scope = workspaceScope(env.AZURE_SUBSCRIPTION_ID, env.AZUREML_RESOURCE_GROUP, env.AZUREML_WORKSPACE);
  const jobUrl = `${env.AZUREML_ARM_ENDPOINT}${scope}/jobs/${name}?api-version=${AZUREML_API_VERSION}`;
  const seen = new Set();
  const lags = [];
  let running;
  for (;;) {
    const job = JSON.parse((await get(jobUrl, env.AZUREML_ACCESS_TOKEN, ca)).body);
    const status = job.properties?.status;
    const now = Date.now();
    if (running === undefined && ['Running', 'Finalizing', 'Completed'].includes(status))
      running = now - started;
    const ws = JSON.parse(
      (
        await get(
          `${env.AZUREML_ARM_ENDPOINT}${scope}?api-version=${AZUREML_API_VERSION}`,
          env.AZUREML_ACCESS_TOKEN,
          ca,
        )
      ).body,
    );
    const api = JSON.parse((await get(ws.properties.discoveryUrl, env.AZUREML_ACCESS_TOKEN, ca)).body).api;
    const details = JSON.parse(
      (await get(`${api}${runDetailsPath(scope, name)}`, env.AZUREML_ACCESS_TOKEN, ca)).body,
    );
    for (const url of Object.values(details.logFiles ?? {})) {
      const log = await get(url, undefined, ca);
      for (const m of log.body.matchAll(/tick (\d{13})/g)) {
        if (seen.has(m[1])) continue;
        seen.add(m[1]);
        lags.push(Date.now() - Number(m[1]));
      }
    }
    if (isTerminalJobStatus(status)) return { running, lags };
    await new Promise((r) => setTimeout(r, POLL_SECONDS * 1000));
  }
}

/** Runs the section; `report(metric, ours, reference, ratio, target, ok)` gets each row (bench/run.js's table). */
export async function jobsBench(report) {
  console.log(
    `\n[jobs] a ${TICK_SECONDS} s command job on the emulator: run-job vs polling every ${POLL_SECONDS} s`,
  );
  const work = mkdtempSync(join(tmpdir(), 'mlops-bench-jobs-'));
  const emulator = await startEmulator(work);
  try {
    const jobFile = writeJob(work);
    const a = await ours(work, emulator, jobFile);
    const b = await reference(work, emulator, jobFile);
    const row = (metric, o, r, target, ok) =>
      report
        ? report(metric, o, r, '-', target, ok)
        : console.log(
            `  ${metric}: ours ${o} | reference ${r} | target ${target} ${ok === undefined ? '-' : ok ? 'met' : 'NO'}`,
          );
    row('job created to Running known', ms(a.running), ms(b.running), '-', undefined);
    for (const p of [50, 95, 99]) {
      const o = percentile(a.lags, p);
      row(
        `log lag p${p} (${a.lags.length} vs ${b.lags.length} lines)`,
        ms(o),
        ms(percentile(b.lags, p)),
        p === 95 ? '< 1 s' : '-',
        p === 95 ? o < 1000 : undefined,
      );
    }
    return { ours: a, reference: b };
  } finally {
    await emulator.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  jobsBench().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
