// Bundled on the fly by bench/serving.mjs (as digest-probe.ts is by run.js). Three modes:
//   serving-probe emulator WORK ROOT CONCURRENCY
//     starts the emulator in this process, trains the diabetes example, uploads it to the dev datastore,
//     registers it and deploys it (endpoint `bench-ep`, deployment `blue` at 100%, taking CONCURRENCY requests at
//     once so that none is answered 429) with our client, then prints
//     one JSON line {scoringUri, key, direct, deployment} and serves until stdin closes.
//   serving-probe smoke URL COUNT CONCURRENCY WARMUP BODYFILE   (key in MLOPS_BENCH_KEY)
//     sends the body WARMUP times, then COUNT times, with runSmoke (the smoke-test action's engine) and prints the
//     second run's figures as JSON: {requests, errors, seconds, cpuUsPerRequest, latencies} (as autocannon-round.mjs).
//   serving-probe summarize FILE
//     prints summarizeLatencies (the smoke-test action's percentiles) of the JSON array of ms in FILE.
import { createDefaultHttpClient, type HttpClient } from '@azure/core-rest-pipeline';
import { ContainerClient, StorageSharedKeyCredential } from '@azure/storage-blob';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent } from 'node:https';
import { join } from 'node:path';
import { createAzureMLClient } from '../src/azureml/client.js';
import { staticTokenCredential } from '../src/azureml/credentials.js';
import { start } from '../src/emulator/index.js';
import { listFiles } from '../src/model/files.js';
import { summarizeLatencies } from '../src/smoke/latency.js';
import { runSmoke } from '../src/smoke/runner.js';

const [mode, ...rest] = process.argv.slice(2);

/** Trusts the emulator's CA per request (NODE_EXTRA_CA_CERTS is read only at process start). */
function trustingHttpClient(caCertPath: string): HttpClient {
  const agent = new Agent({ ca: readFileSync(caCertPath), keepAlive: false });
  const inner = createDefaultHttpClient();
  return {
    sendRequest: (request) => {
      request.agent = agent;
      return inner.sendRequest(request);
    },
  };
}

async function serveExample(work: string, root: string, concurrency: number): Promise<void> {
  const emu = await start({ quiet: true });
  const stop = async (): Promise<void> => {
    await emu.stop();
    process.exit(0);
  };
  process.stdin.on('end', () => void stop());
  process.stdin.on('close', () => void stop());
  process.stdin.resume();

  const example = join(root, 'examples', 'diabetes');
  execFileSync('python3', [join(example, 'train.py'), '--output', join(work, 'out')], { stdio: 'ignore' });
  const ws = 'dev';
  const ep = 'bench-ep';
  // Our client (the actions' own), at AZUREML_API_VERSION, trusting the emulator's CA per request.
  const admin = createAzureMLClient(
    {
      subscriptionId: emu.subscriptionId,
      resourceGroup: emu.resourceGroup,
      workspace: ws,
      armEndpoint: emu.armEndpoint,
    },
    staticTokenCredential(emu.token),
    { httpClient: trustingHttpClient(emu.caCertPath) },
  );
  const wait = { timeoutMs: 120_000, intervalMs: 50 };
  const secrets = await admin.getDatastoreSecrets('workspaceblobstore');
  if (secrets.kind !== 'account-key')
    throw new Error(`workspaceblobstore gave a ${secrets.kind}, not an account key`);
  const container = new ContainerClient(
    `${emu.storageAccounts[ws]!.blobEndpoint}/azureml-blobstore-${ws}`,
    new StorageSharedKeyCredential(emu.storageAccounts[ws]!.account, secrets.accountKey),
  );
  const ds = `azureml://subscriptions/${emu.subscriptionId}/resourcegroups/${emu.resourceGroup}/workspaces/${ws}/datastores/workspaceblobstore/paths`;
  for (const file of await listFiles(join(work, 'out', 'model'), 'model')) {
    await container.getBlockBlobClient(`LocalUpload/bench/model/${file.path}`).uploadFile(file.absolutePath);
  }
  await container
    .getBlockBlobClient('LocalUpload/bench/code/score.py')
    .uploadData(readFileSync(join(example, 'score.py')));
  const model = await admin.createOrUpdateModelVersion('diabetes', '1', {
    modelUri: `${ds}/LocalUpload/bench/model/`,
    modelType: 'custom_model',
    tags: {},
    properties: {},
  });
  const code = await admin.createCodeVersion('diabetes-code', '1', {
    codeUri: `${ds}/LocalUpload/bench/code/`,
    tags: {},
  });
  await admin.createEndpoint(ep, { authMode: 'Key', tags: {}, properties: {} }, wait);
  await admin.createOrUpdateDeployment(
    ep,
    'blue',
    {
      model: model.id,
      codeId: code.id,
      scoringScript: 'score.py',
      instanceType: 'Standard_DS3_v2',
      instanceCount: 1,
      environmentVariables: {},
      readinessProbe: { initialDelay: 'PT0S', period: 'PT1S', failureThreshold: 15 },
      // The default (1 at a time, a second waiting) answers 429 to most of the bench's concurrent requests.
      requestSettings: { maxConcurrentRequestsPerInstance: concurrency },
      tags: {},
    },
    wait,
  );
  const endpoint = await admin.setTraffic(ep, { traffic: { blue: 100 }, mirrorTraffic: {} }, wait);
  const key = await admin.getScoringCredential(endpoint);
  // The inference server names its port in its first lines ("Listening on http://127.0.0.1:<port>").
  const logs = await admin.getDeploymentLogs(ep, 'blue', 'InferenceServer', 10_000);
  const listening = /Listening on (http:\/\/[\d.]+:\d+)/.exec(logs);
  if (!listening) throw new Error(`no "Listening on" line in the inference server's log:\n${logs}`);
  console.log(
    JSON.stringify({
      scoringUri: endpoint.scoringUri,
      key,
      direct: `${listening[1]}/score`,
      deployment: 'blue',
    }),
  );
}

async function smoke(url: string, count: number, concurrency: number, warmup: number, bodyFile: string) {
  const headers = { authorization: `Bearer ${process.env.MLOPS_BENCH_KEY ?? ''}` };
  const requests = [{ name: 'requests.json', body: readFileSync(bodyFile, 'utf8') }];
  await runSmoke({ url, headers, requests, count: warmup, concurrency });
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  const results = await runSmoke({ url, headers, requests, count, concurrency });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const used = process.cpuUsage(cpu);
  const ok = results.filter((r) => r.status === 200);
  console.log(
    JSON.stringify({
      requests: results.length,
      errors: results.length - ok.length,
      seconds,
      cpuUsPerRequest: (used.user + used.system) / results.length,
      latencies: ok.map((r) => r.latencyMs),
    }),
  );
}

if (mode === 'emulator') {
  await serveExample(rest[0]!, rest[1]!, Number(rest[2]));
} else if (mode === 'summarize') {
  console.log(JSON.stringify(summarizeLatencies(JSON.parse(readFileSync(rest[0]!, 'utf8')) as number[])));
} else if (mode === 'smoke') {
  const [url, count, concurrency, warmup, bodyFile] = rest;
  await smoke(url!, Number(count), Number(concurrency), Number(warmup), bodyFile!);
} else {
  throw new Error(
    'usage: serving-probe emulator WORK ROOT CONCURRENCY | smoke URL COUNT CONCURRENCY WARMUP BODYFILE | summarize FILE',
  );
}
