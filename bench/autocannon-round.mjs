// One autocannon round in its own process, as bench/serving-probe.ts runs one runSmoke round, so both tools start
// cold, warm up alike and are measured alike (bench/serving.mjs spawns both).
//   node bench/autocannon-round.mjs URL COUNT CONCURRENCY WARMUP BODYFILE   (key in MLOPS_BENCH_KEY)
// Prints {requests, errors, seconds, cpuUsPerRequest, latencies}: each 200's latency is autocannon's own per-response
// time (its `response` event, in ms; its histogram keeps whole milliseconds), seconds run to the last response.
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';

const [url, count, concurrency, warmup, bodyFile] = process.argv.slice(2);
const body = readFileSync(bodyFile, 'utf8');

async function round(amount) {
  const latencies = [];
  let errors = 0;
  const started = process.hrtime.bigint();
  let last = started;
  const instance = autocannon({
    url,
    method: 'POST',
    headers: {
      authorization: `Bearer ${process.env.MLOPS_BENCH_KEY ?? ''}`,
      'content-type': 'application/json',
    },
    body,
    connections: Number(concurrency),
    pipelining: 1,
    amount,
    timeout: 30,
  });
  instance.on('response', (_client, status, _bytes, ms) => {
    last = process.hrtime.bigint();
    if (status === 200) latencies.push(ms);
    else errors++;
  });
  const result = await instance;
  // Up to the last response: with `amount`, autocannon itself returns only on its next 1-second tick.
  return {
    latencies,
    errors: errors + result.errors + result.timeouts,
    seconds: Number(last - started) / 1e9,
  };
}

await round(Number(warmup));
const cpu = process.cpuUsage();
const r = await round(Number(count));
const used = process.cpuUsage(cpu);
console.log(
  JSON.stringify({
    requests: Number(count),
    errors: r.errors,
    seconds: r.seconds,
    cpuUsPerRequest: (used.user + used.system) / Number(count),
    latencies: r.latencies,
  }),
);
