// Serving benchmarks (issues 3 and 10; targets in brackets), against the diabetes example deployed in the emulator:
//   smoke-test vs autocannon   same deployment, body, concurrency, request count and     [p50/p95/p99 within 10%,
//                              warm-up, each round in a fresh process, A B B A order      throughput >= 0.8x]
//   gateway overhead           sequential keep-alive requests, gateway vs the inference
//                              server straight, interleaved                              [added p99 < 1 ms]
//                              beside two bare proxies, the same hop (bare-proxy.mjs)
// Run alone with `node bench/serving.mjs` or `npm run bench -- serving`; `npm run bench` runs it after the others.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Bundles bench/serving-probe.ts (emulator + deploy through our client, runSmoke, summarizeLatencies) into `work`. */
function bundleProbe(work) {
  const out = join(work, 'serving-probe');
  execFileSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
      'build',
      'bench/serving-probe.ts',
      '-o',
      out,
      '-q',
    ],
    { cwd: ROOT, stdio: 'inherit' },
  );
  return join(out, 'index.js');
}

/** Runs the probe with `args`; resolves with its stdout parsed as JSON. */
function probeJson(probe, args, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [probe, ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.once('error', reject);
    child.once('close', (code) =>
      code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`serving-probe ${args[0]} exited ${code}`)),
    );
  });
}

/**
 * Starts a helper process that prints one JSON line when it is ready and serves until its stdin closes; resolves with
 * that line's fields and `stop`. `what` names it in the errors.
 */
function startJsonChild(args, options, what, timeoutMs) {
  const child = spawn(process.execPath, args, { ...options, stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise((resolve) => child.once('close', resolve));
  const stop = () => {
    child.stdin.end();
    return exited;
  };
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(
      () => reject(new Error(`${what} was not ready in ${timeoutMs / 1000} s`)),
      timeoutMs,
    );
    child.stdout.on('data', (d) => {
      out += d;
      if (!out.includes('\n')) return;
      clearTimeout(timer);
      resolve({ ...JSON.parse(out.slice(0, out.indexOf('\n'))), stop });
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${what} exited ${code} before it was ready`));
    });
  });
}

/** Starts the emulator (in the probe's process) with the example deployed; resolves with its URIs and key. */
function startDeployment(probe, work, concurrency) {
  return startJsonChild(
    [probe, 'emulator', work, ROOT, String(concurrency)],
    { cwd: ROOT },
    'the emulator probe (the example deployed)',
    120_000,
  );
}

/** The order of the overhead loop's `paths` in its `i`th turn: rotated, and reversed every other cycle. */
function orderOf(i, n) {
  const start = i % n;
  const order = Array.from({ length: n }, (_, k) => (start + k) % n);
  return Math.floor(i / n) % 2 === 0 ? order : order.reverse();
}

/**
 * Starts bench/bare-proxy.mjs (`mode` net or http) in its own process, in front of 127.0.0.1:`upstreamPort`;
 * resolves with its port.
 */
function startBareProxy(mode, upstreamPort) {
  return startJsonChild(
    [join(ROOT, 'bench', 'bare-proxy.mjs'), mode, String(upstreamPort)],
    {},
    `bench/bare-proxy.mjs ${mode}`,
    30_000,
  );
}

/** One POST over `agent`; resolves with its wall time in ms (rejects unless 200). */
function post(url, agent, headers, body) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': body.length, ...headers },
      },
      (res) => {
        res.resume();
        res.once('end', () =>
          res.statusCode === 200
            ? resolve(Number(process.hrtime.bigint() - started) / 1e6)
            : reject(new Error(`${url} answered ${res.statusCode}`)),
        );
      },
    );
    req.once('error', reject);
    req.end(body);
  });
}

/**
 * One round of `tool` ('smoke-test': runSmoke, the action's engine, in the bundled probe; 'autocannon':
 * bench/autocannon-round.mjs), each in a fresh process that sends `warmup` requests first.
 */
function round(tool, probe, url, key, bodyFile, count, concurrency, warmup) {
  const args = [url, String(count), String(concurrency), String(warmup), bodyFile];
  return tool === 'smoke-test'
    ? probeJson(probe, ['smoke', ...args], { MLOPS_BENCH_KEY: key })
    : probeJson(join(ROOT, 'bench', 'autocannon-round.mjs'), args, { MLOPS_BENCH_KEY: key });
}

/**
 * Runs the serving section. `report(metric, ours, reference, ratio, target, ok)` prints and records one row (`ok`
 * undefined for a figure without a target).
 * Options: count (requests per round), rounds (per tool, in A B B A order), warmup (requests before each round),
 * concurrency, overhead (sequential requests per target).
 */
export async function servingBench({
  report,
  count = 1250,
  concurrency = 8,
  overhead = 2000,
  rounds = 4,
  warmup = 300,
  work,
}) {
  const own = !work;
  work ??= mkdtempSync(join(tmpdir(), 'mlops-bench-serving-'));
  const probe = bundleProbe(work);
  const bodyText = readFileSync(join(ROOT, 'examples/diabetes/smoke/requests.json'), 'utf8');
  const body = Buffer.from(bodyText);
  const bodyFile = join(work, 'requests.json');
  writeFileSync(bodyFile, bodyText);
  const summarize = async (name, latencies) => {
    const file = join(work, `${name}.json`);
    writeFileSync(file, JSON.stringify(latencies));
    return probeJson(probe, ['summarize', file]);
  };

  let started = process.hrtime.bigint();
  const deployment = await startDeployment(probe, work, concurrency);
  const deploySeconds = Number(process.hrtime.bigint() - started) / 1e9;
  try {
    console.log(
      `  emulator started and the diabetes example deployed in ${deploySeconds.toFixed(1)} s (endpoint bench-ep, deployment blue at 100%)`,
    );
    const auth = { authorization: `Bearer ${deployment.key}` };
    const load = () =>
      `${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} (${cpus().length} cores)`;
    console.log(`  load average at the start: ${load()}`);

    console.log(
      `\n[gateway overhead] ${overhead} sequential keep-alive requests to each, interleaved: the gateway, the ` +
        `inference server straight, and two bare proxies in processes of their own (bench/bare-proxy.mjs, the ` +
        `same hop): bytes relayed by a node:net server, and a node:http server in front of a raw socket`,
    );
    const upstreamPort = new URL(deployment.direct).port;
    const proxies = [await startBareProxy('net', upstreamPort), await startBareProxy('http', upstreamPort)];
    const at = (proxy) => `http://127.0.0.1:${proxy.port}/score`;
    const paths = [
      { name: 'gateway', url: deployment.scoringUri, headers: auth, latencies: [] },
      { name: 'direct', url: deployment.direct, headers: {}, latencies: [] },
      { name: 'bare-net', url: at(proxies[0]), headers: auth, latencies: [] },
      { name: 'bare-http', url: at(proxies[1]), headers: auth, latencies: [] },
    ];
    for (const p of paths) p.agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      for (let i = 0; i < 200; i++) for (const p of paths) await post(p.url, p.agent, p.headers, body);
      for (let i = 0; i < overhead; i++) {
        // Rotated and reversed in turn, so that no path always follows another.
        for (const k of orderOf(i, paths.length)) {
          const p = paths[k];
          p.latencies.push(await post(p.url, p.agent, p.headers, body));
        }
      }
    } finally {
      for (const p of paths) p.agent.destroy();
      await Promise.all(proxies.map((proxy) => proxy.stop()));
    }
    const [gw, dr, bareNet, bareHttp] = await Promise.all(paths.map((p) => summarize(p.name, p.latencies)));
    const ms = (v) => `${v.toFixed(2)} ms`;
    for (const p of ['p50', 'p99']) {
      const added = gw[p] - dr[p];
      report(
        `gateway added latency ${p}`,
        `gateway ${ms(gw[p])}`,
        `inference server ${ms(dr[p])}`,
        `+${ms(added)}`,
        p === 'p99' ? '< 1 ms' : '-',
        p === 'p99' ? added < 1 : undefined,
      );
    }
    // Reference rows: what the same hop costs with nothing but bytes relayed, and with Node's http server.
    for (const [name, bare] of [
      ['bare proxy, same hop', bareNet],
      ['bare node:http proxy, same hop', bareHttp],
    ]) {
      for (const p of ['p50', 'p99']) {
        report(
          `${name}: added ${p}`,
          `${name.split(',')[0]} ${ms(bare[p])}`,
          `inference server ${ms(dr[p])}`,
          `+${ms(bare[p] - dr[p])}`,
          '-',
          undefined,
        );
      }
    }
    // --serving-rounds 0: the overhead section only.
    if (rounds === 0) return void console.log(`  load average at the end: ${load()}`);

    console.log(
      `\n[smoke-test vs autocannon] ${concurrency} concurrent, ${rounds} x ${count} requests each, rounds in ` +
        `A B B A order, each in a fresh process after ${warmup} warm-up requests, through the gateway`,
    );
    const byTool = { 'smoke-test': [], autocannon: [] };
    for (let i = 0; i < rounds; i++) {
      for (const tool of i % 2 === 0 ? ['smoke-test', 'autocannon'] : ['autocannon', 'smoke-test']) {
        const r = await round(
          tool,
          probe,
          deployment.scoringUri,
          deployment.key,
          bodyFile,
          count,
          concurrency,
          warmup,
        );
        byTool[tool].push(r);
        const l = await summarize(`${tool}-${i}`, r.latencies);
        console.log(
          `  round ${i + 1} ${tool}: p50 ${ms(l.p50)}, p95 ${ms(l.p95)}, p99 ${ms(l.p99)}, ` +
            `${(r.requests / r.seconds).toFixed(0)} req/s, client CPU ${r.cpuUsPerRequest.toFixed(0)} us/request` +
            (r.errors > 0 ? `, ${r.errors} failed` : ''),
        );
      }
    }
    const ours = byTool['smoke-test'];
    const theirs = byTool.autocannon;
    // A failed request is not a latency: a run with failures measures nothing, and meets no target.
    const failed = [...ours, ...theirs].reduce((n, r) => n + r.errors, 0);
    if (failed > 0) console.log(`  ${failed} requests failed: no target is met by this run`);
    const oursLatency = await summarize(
      'smoke',
      ours.flatMap((r) => r.latencies),
    );
    const theirLatency = await summarize(
      'autocannon',
      theirs.flatMap((r) => r.latencies),
    );
    const rate = (rs) => rs.reduce((n, r) => n + r.requests, 0) / rs.reduce((s, r) => s + r.seconds, 0);
    for (const p of ['p50', 'p95', 'p99']) {
      const ratio = oursLatency[p] / theirLatency[p];
      report(
        `smoke-test latency ${p}`,
        ms(oursLatency[p]),
        `autocannon ${ms(theirLatency[p])}`,
        `${ratio.toFixed(2)}x`,
        'within 10%',
        failed === 0 && Math.abs(ratio - 1) <= 0.1,
      );
    }
    const ratio = rate(ours) / rate(theirs);
    report(
      'smoke-test throughput',
      `${rate(ours).toFixed(0)} req/s`,
      `autocannon ${rate(theirs).toFixed(0)} req/s`,
      `${ratio.toFixed(2)}x`,
      '>= 0.8x',
      failed === 0 && ratio >= 0.8,
    );
    const cpu = (rs) =>
      rs.reduce((n, r) => n + r.cpuUsPerRequest * r.requests, 0) / rs.reduce((n, r) => n + r.requests, 0);
    report(
      'client CPU per request',
      `${cpu(ours).toFixed(0)} us`,
      `autocannon ${cpu(theirs).toFixed(0)} us`,
      `${(cpu(ours) / cpu(theirs)).toFixed(2)}x`,
      '-',
      undefined,
    );
    console.log(`  load average at the end: ${load()}`);
  } finally {
    await deployment.stop();
    if (own) rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const at = args.indexOf(`--${name}`);
    return at >= 0 ? Number(args[at + 1]) : fallback;
  };
  const report = (metric, ours, reference, ratio, target, ok) =>
    console.log(
      `  ${metric}: ours ${ours} | reference ${reference} | ${ratio} | target ${target} ${ok === undefined ? '-' : ok ? 'met' : 'NO'}`,
    );
  servingBench({
    report,
    count: option('serving-count', undefined),
    rounds: option('serving-rounds', undefined),
    concurrency: option('serving-concurrency', undefined),
    overhead: option('overhead-count', undefined),
  }).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
