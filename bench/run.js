#!/usr/bin/env node
// Side-by-side benchmarks (issue targets in brackets):
//   digest throughput    ours vs sha256sum on the same files           [>= 0.9x]
//   upload throughput    register-model vs azcopy into the same Azurite [>= 0.9x]
//   peak RSS, 2 GB model package-model and register-model (azcopy shown) [< 200 MB]
//   cold start           each bundled action vs a bare `node -e 0`     [< 0.3 s]
//   serving              smoke-test vs autocannon, gateway overhead (bench/serving.mjs)
//   demo                 wall time of `npm run demo -- --yes`: a first run, then a rollout run [< 30 s]
//   jobs                 run-job vs polling every 15 s: submission to Running, log lag (bench/jobs.mjs) [p95 < 1 s]
// Usage: npm run bench [-- --digest-mb 1024 --upload-mb 1024 --rss-mb 2048 --runs 10]
//        npm run bench -- serving   (only the serving section)
//        npm run bench -- demo      (only the demo's wall time)
//        npm run bench -- jobs      (only the jobs section)
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  openSync,
  writeSync,
  closeSync,
} from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { servingBench } from './serving.mjs';
// Node 24 strips the types of this one-constant module: the api-version is written in one place only.
import { AZUREML_API_VERSION } from '../src/contract/azureml-api.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const DIGEST_MB = option('digest-mb', 1024);
const UPLOAD_MB = option('upload-mb', 1024);
const RSS_MB = option('rss-mb', 2048);
const RUNS = option('runs', 10);
const MiB = 1024 * 1024;

const work = mkdtempSync(join(tmpdir(), 'mlops-bench-'));
const rows = [];
const report = (metric, ours, reference, ratio, target, ok) => {
  rows.push({ metric, ours, reference, ratio, target, ok });
  console.log(
    `  ${metric}: ours ${ours} | reference ${reference} | ${ratio} | target ${target} ${ok === undefined ? '-' : ok ? 'met' : 'NO'}`,
  );
};
const seconds = (start) => Number(process.hrtime.bigint() - start) / 1e9;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Writes `files` files of `mb` MiB each with random bytes (one 64 MiB random block, offset per file). */
function makeData(dir, files, mb) {
  mkdirSync(dir, { recursive: true });
  const block = randomBytes(Math.min(64, mb) * MiB);
  for (let i = 0; i < files; i++) {
    const fd = openSync(join(dir, `part-${String(i).padStart(3, '0')}.bin`), 'w');
    const salt = randomBytes(32);
    for (let written = 0; written < mb * MiB; written += block.length) {
      writeSync(fd, salt);
      writeSync(fd, block, 0, Math.min(block.length, mb * MiB - written) - salt.length);
    }
    closeSync(fd);
  }
}

function bundleProbe() {
  const out = join(work, 'digest-probe');
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
      'build',
      'bench/digest-probe.ts',
      '-o',
      out,
      '-q',
    ],
    { cwd: root, stdio: 'inherit' },
  );
  return join(out, 'index.js');
}

function azcopyBinary() {
  const source = join(root, 'node_modules/@azure-tools/azcopy-linux/dist/bin/azcopy_linux_amd64');
  if (!existsSync(source)) return undefined;
  const bin = join(work, 'azcopy');
  copyFileSync(source, bin);
  chmodSync(bin, 0o755);
  let probe = spawnSync(bin, ['--version'], { encoding: 'utf8' });
  if (probe.status !== 0 && /libsecret/.test(probe.stderr) && process.getuid?.() === 0) {
    console.log('  azcopy needs libsecret-1-0; installing it with apt-get...');
    spawnSync('sh', ['-c', 'apt-get update -qq && apt-get install -y -qq libsecret-1-0'], {
      stdio: 'ignore',
    });
    probe = spawnSync(bin, ['--version'], { encoding: 'utf8' });
  }
  if (probe.status !== 0) {
    console.log(`  azcopy does not run here (${probe.stderr.trim().split('\n')[0]}); install libsecret-1-0.`);
    return undefined;
  }
  return bin;
}

async function startEmulator() {
  const envFile = join(work, 'emulator.env');
  const child = spawn(
    process.execPath,
    ['--', join(root, 'dist/cli/index.js'), 'emulator', '--write-env', envFile],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  for (let i = 0; i < 300 && !existsSync(envFile); i++) await new Promise((r) => setTimeout(r, 100));
  if (!existsSync(envFile)) throw new Error('the emulator did not start in 30 s');
  const env = Object.fromEntries(
    readFileSync(envFile, 'utf8')
      .split('\n')
      .filter((l) => l.includes('='))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
  const stop = () =>
    new Promise((resolve) => {
      child.once('exit', resolve);
      child.kill('SIGTERM');
    });
  return { env, stop };
}

/** POST to the emulator's ARM API (the SDK is not needed for one call). */
function armPost(env, path) {
  const url = new URL(`${env.AZUREML_ARM_ENDPOINT}${path}`);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        ca: readFileSync(env.NODE_EXTRA_CA_CERTS),
        agent: false, // a fresh connection: spawnSync blocks this loop, so a pooled one may be stale
        headers: { authorization: `Bearer ${env.AZUREML_ACCESS_TOKEN}`, 'content-length': 0 },
      },
      (res) => {
        let body = '';
        res.on('data', (d) => (body += d));
        res.on('end', () => (res.statusCode < 300 ? resolve(JSON.parse(body)) : reject(new Error(body))));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

async function containerSas(env) {
  const ws = `/subscriptions/${env.AZURE_SUBSCRIPTION_ID}/resourceGroups/${env.AZUREML_RESOURCE_GROUP}/providers/Microsoft.MachineLearningServices/workspaces/${env.AZUREML_WORKSPACE}`;
  const q = `?api-version=${AZUREML_API_VERSION}`;
  const datastore = await new Promise((resolve, reject) => {
    const url = new URL(`${env.AZUREML_ARM_ENDPOINT}${ws}/datastores/workspaceblobstore${q}`);
    request(
      url,
      {
        ca: readFileSync(env.NODE_EXTRA_CA_CERTS),
        agent: false, // a fresh connection: spawnSync blocks this loop, so a pooled one may be stale
        headers: { authorization: `Bearer ${env.AZUREML_ACCESS_TOKEN}` },
      },
      (res) => {
        let body = '';
        res.on('data', (d) => (body += d));
        res.on('end', () => resolve(JSON.parse(body)));
      },
    )
      .on('error', reject)
      .end();
  });
  const secrets = await armPost(env, `${ws}/datastores/workspaceblobstore/listSecrets${q}`);
  const { accountName, containerName, endpoint, protocol } = datastore.properties;
  const { StorageSharedKeyCredential, generateBlobSASQueryParameters, ContainerSASPermissions } =
    await import('@azure/storage-blob');
  const credential = new StorageSharedKeyCredential(accountName, secrets.key);
  const sas = generateBlobSASQueryParameters(
    {
      containerName,
      permissions: ContainerSASPermissions.parse('racwl'),
      expiresOn: new Date(Date.now() + 3600_000),
      protocol: 'https,http',
    },
    credential,
  ).toString();
  return `${protocol}://${endpoint}/${accountName}/${containerName}/bench-azcopy-${Date.now()}?${sas}`;
}

function runBundle(name, inputs, env, rssFile) {
  const childEnv = { ...process.env, ...env, GITHUB_WORKSPACE: work, RUNNER_TEMP: work };
  for (const [k, v] of Object.entries(inputs)) childEnv[`INPUT_${k.toUpperCase()}`] = v;
  childEnv.GITHUB_OUTPUT = join(work, `${name}.out`);
  childEnv.GITHUB_STEP_SUMMARY = join(work, `${name}.summary`);
  writeFileSync(childEnv.GITHUB_OUTPUT, '');
  writeFileSync(childEnv.GITHUB_STEP_SUMMARY, '');
  if (rssFile) childEnv.MLOPS_BENCH_RSS_FILE = rssFile;
  const nodeArgs = rssFile ? ['--import', join(root, 'bench/rss-probe.mjs')] : [];
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [...nodeArgs, join(root, 'dist', name, 'index.js')], {
    env: childEnv,
    cwd: work,
    encoding: 'utf8',
    maxBuffer: 64 * MiB,
  });
  const elapsed = seconds(started);
  if (result.status !== 0) throw new Error(`${name} failed:\n${result.stdout}\n${result.stderr}`);
  return { elapsed, rssKiB: rssFile ? Number(readFileSync(rssFile, 'utf8')) : undefined };
}

function azcopyUpload(bin, source, url) {
  const started = process.hrtime.bigint();
  const timed = existsSync('/usr/bin/time');
  const command = timed ? '/usr/bin/time' : bin;
  const commandArgs = [
    ...(timed ? ['-f', 'MAXRSS=%M', bin] : []),
    'copy',
    source,
    url,
    '--recursive',
    '--from-to',
    'LocalBlob',
  ];
  const result = spawnSync(command, commandArgs, {
    encoding: 'utf8',
    env: { ...process.env, AZCOPY_LOG_LOCATION: work, AZCOPY_JOB_PLAN_LOCATION: work },
  });
  const elapsed = seconds(started);
  if (result.status !== 0) throw new Error(`azcopy failed:\n${result.stdout}\n${result.stderr}`);
  const rss = /MAXRSS=(\d+)/.exec(result.stderr);
  return { elapsed, rssKiB: rss ? Number(rss[1]) : undefined };
}

async function serving() {
  console.log('\n[serving] the diabetes example deployed in the emulator');
  await servingBench({
    report,
    work,
    count: option('serving-count', undefined),
    rounds: option('serving-rounds', undefined),
    concurrency: option('serving-concurrency', undefined),
    overhead: option('overhead-count', undefined),
  });
}

/** The demo's wall time on a fresh state (first run) and on the state it left (a new version rolled out). */
function demo() {
  console.log('\n[demo] node -- bin/mlops.js demo --yes, twice on one fresh state');
  const state = join(work, 'demo-state');
  const names = ['demo, first run (version 1 everywhere)', 'demo, second run (rollout of version 2)'];
  for (const name of names) {
    const start = process.hrtime.bigint();
    const run = spawnSync(
      process.execPath,
      ['--', join(root, 'bin', 'mlops.js'), 'demo', '--yes', '--data-dir', state],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    const s = seconds(start);
    if (run.status !== 0) throw new Error(`the demo failed:\n${run.stdout}${run.stderr}`);
    report(name, `${s.toFixed(1)} s`, '-', '-', '< 30 s', s < 30);
  }
}

async function main() {
  console.log(`bench: work folder ${work}`);
  if (args[0] === 'demo') {
    demo();
    printTable();
    rmSync(work, { recursive: true, force: true });
    return;
  }
  if (args[0] === 'jobs') {
    const { jobsBench } = await import('./jobs.mjs');
    await jobsBench(report);
    printTable();
    rmSync(work, { recursive: true, force: true });
    return;
  }
  if (args[0] === 'serving') {
    await serving();
    printTable();
    rmSync(work, { recursive: true, force: true });
    return;
  }
  const mbps = (mb, s) => `${(mb / s).toFixed(0)} MB/s`;

  console.log(`\n[digest] ${DIGEST_MB} MiB in 8 files`);
  const digestDir = join(work, 'digest');
  makeData(digestDir, 8, DIGEST_MB / 8);
  const probe = bundleProbe();
  const files = readdirSync(digestDir).map((f) => join(digestDir, f));
  spawnSync('cat', files, { stdio: 'ignore' }); // warm the page cache for both
  let started = process.hrtime.bigint();
  execFileSync('sha256sum', files, { stdio: 'ignore' });
  const shaSeconds = seconds(started);
  const ours = JSON.parse(execFileSync(process.execPath, [probe, digestDir], { encoding: 'utf8' }));
  report(
    'digest throughput',
    mbps(DIGEST_MB, ours.seconds),
    `sha256sum ${mbps(DIGEST_MB, shaSeconds)}`,
    `${(shaSeconds / ours.seconds).toFixed(2)}x`,
    '>= 0.9x',
    shaSeconds / ours.seconds >= 0.9,
  );
  rmSync(digestDir, { recursive: true, force: true });

  console.log(
    '\n[cold start] median of',
    RUNS,
    'runs, no inputs (the action loads, parses inputs and exits 1)',
  );
  const coldNode = [];
  for (let i = 0; i < RUNS; i++) {
    started = process.hrtime.bigint();
    spawnSync(process.execPath, ['-e', '0']);
    coldNode.push(seconds(started));
  }
  for (const name of readdirSync(join(root, 'actions')).filter((n) =>
    existsSync(join(root, 'dist', n, 'index.js')),
  )) {
    const times = [];
    for (let i = 0; i < RUNS; i++) {
      started = process.hrtime.bigint();
      spawnSync(process.execPath, [join(root, 'dist', name, 'index.js')], {
        env: {
          PATH: process.env.PATH,
          GITHUB_OUTPUT: join(work, 'cold.out'),
          GITHUB_STEP_SUMMARY: join(work, 'cold.sum'),
        },
      });
      times.push(seconds(started));
    }
    report(
      `cold start ${name}`,
      `${median(times).toFixed(3)} s`,
      `node -e 0 ${median(coldNode).toFixed(3)} s`,
      `+${(median(times) - median(coldNode)).toFixed(3)} s`,
      '< 0.3 s',
      median(times) < 0.3,
    );
  }

  const azcopy = azcopyBinary();
  const emulator = await startEmulator();
  try {
    console.log(`\n[upload] ${UPLOAD_MB} MiB in 8 files into the emulator's Azurite`);
    const uploadDir = join(work, 'upload', 'model');
    makeData(uploadDir, 8, UPLOAD_MB / 8);
    const reg = runBundle('register-model', { 'model-path': uploadDir, name: 'bench-upload' }, emulator.env);
    if (azcopy) {
      const az = azcopyUpload(azcopy, `${uploadDir}/*`, await containerSas(emulator.env));
      report(
        'upload throughput',
        `${mbps(UPLOAD_MB, reg.elapsed)} (hash + upload + register)`,
        `azcopy ${mbps(UPLOAD_MB, az.elapsed)}`,
        `${(az.elapsed / reg.elapsed).toFixed(2)}x`,
        '>= 0.9x',
        az.elapsed / reg.elapsed >= 0.9,
      );
    } else {
      report('upload throughput', mbps(UPLOAD_MB, reg.elapsed), 'azcopy unavailable', '-', '>= 0.9x', false);
    }
    rmSync(join(work, 'upload'), { recursive: true, force: true });

    console.log(`\n[peak RSS] a ${RSS_MB} MiB model (one file)`);
    const bigDir = join(work, 'big', 'model');
    makeData(bigDir, 1, RSS_MB);
    const pkg = runBundle(
      'package-model',
      { 'model-path': bigDir, name: 'bench-big', 'output-path': join(work, 'big', 'package') },
      {},
      join(work, 'rss-package'),
    );
    rmSync(bigDir, { recursive: true, force: true });
    const big = runBundle(
      'register-model',
      { 'model-path': join(work, 'big', 'package'), name: 'bench-big' },
      emulator.env,
      join(work, 'rss-register'),
    );
    let azRss = 'azcopy unavailable';
    if (azcopy) {
      const az = azcopyUpload(
        azcopy,
        join(work, 'big', 'package', 'model', '*'),
        await containerSas(emulator.env),
      );
      azRss = az.rssKiB ? `azcopy ${(az.rssKiB / 1024).toFixed(0)} MB` : 'azcopy (no /usr/bin/time)';
    }
    for (const [name, run] of [
      ['package-model', pkg],
      ['register-model', big],
    ]) {
      report(
        `peak RSS ${name}`,
        `${(run.rssKiB / 1024).toFixed(0)} MB in ${run.elapsed.toFixed(1)} s`,
        azRss,
        '-',
        '< 200 MB',
        run.rssKiB / 1024 < 200,
      );
    }
  } finally {
    await emulator.stop();
  }
  await serving();
  demo();
  const { jobsBench } = await import('./jobs.mjs');
  await jobsBench(report);
  rmSync(work, { recursive: true, force: true });
  printTable();
}

function printTable() {
  console.log(
    '\n| metric | ours | reference | ratio | target | met |\n| --- | --- | --- | --- | --- | --- |',
  );
  for (const r of rows)
    console.log(
      `| ${r.metric} | ${r.ours} | ${r.reference} | ${r.ratio} | ${r.target} | ${r.ok === undefined ? '-' : r.ok ? 'met' : 'NO'} |`,
    );
}

main().catch((error) => {
  console.error(error);
  rmSync(work, { recursive: true, force: true });
  process.exit(1);
});
