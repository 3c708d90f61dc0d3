import { execFileSync } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { AZUREML_API_VERSION, AZUREML_PROVIDER } from '../contract/azureml-api.js';
import { start, type RunningEmulator } from '../emulator/index.js';
import { runActionProcess, type ActionProcessResult } from './action-process.js';
import { logRenderer } from './log-view.js';

export interface DemoOptions {
  /** The repository root: where examples/, dist/ and the work folder are. */
  root: string;
  /** The emulator's state (default `<root>/.mlops/emulator`): a second run builds on the first. */
  dataDir?: string;
  /** Ship a deliberately slow model: the rollout rolls back and prod keeps serving the old one. */
  broken?: boolean;
  /** Approve prod without asking. */
  yes?: boolean;
  /** Write progress here (stdout by default). */
  write?: (text: string) => void;
  /** Answers the approval prompt (a terminal prompt by default). */
  approve?: (question: string) => Promise<boolean>;
}

export interface DemoResult {
  steps: Array<{ name: string; env: string; seconds: number; outputs: Record<string, string> }>;
  seconds: number;
  /** What each environment's endpoint serves at the end. */
  serving: Record<string, { traffic: Record<string, number> }>;
  /** Where the broken model was stopped (undefined without --broken, or when it was not stopped). */
  stoppedAt?: string;
}

const MODEL_NAME = 'diabetes-classifier';
const ENDPOINT = 'diabetes-endpoint';
const EXAMPLE = 'examples/diabetes';
/** Who acts where: the data scientist owns dev; the ML engineer's pipeline identity promotes further. */
const PRINCIPAL: Record<string, string> = {
  dev: 'data-scientist',
  preprod: 'ml-engineer',
  prod: 'ml-engineer',
};
/** The rollout each environment gets (ml-cd.yml's defaults, with short steps). */
const STEPS: Record<string, string> = { dev: '100', preprod: 'mirror:20,100', prod: 'mirror:20,10,50,100' };

/** A step of the pipeline that failed: the demo stops there. */
class StepFailed extends Error {
  constructor(
    readonly step: string,
    readonly env: string,
    readonly result: ActionProcessResult,
  ) {
    super(`${step} failed in ${env} (exit ${result.exitCode}): see its log above.`);
  }
}

function gitCommit(root: string): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    return undefined;
  }
}

async function askOnTerminal(question: string): Promise<boolean> {
  if (!process.stdin.isTTY) return false;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^y(es)?$/i.test((await rl.question(`${question} [y/N] `)).trim());
  } finally {
    rl.close();
  }
}

/**
 * The whole loop on the emulator, in the order ml-ci.yml and ml-cd.yml run it, each step the bundled action
 * in its own process as the runner starts it: register the data, train through a pipeline job, gate, register
 * from the job's output in dev; then for dev, preprod and prod
 * (prod after an approval): register (promoted from the previous workspace), deploy with no live traffic,
 * smoke-test through the routing header, promote with a stepped rollout and analysis.
 */
export async function runDemo(options: DemoOptions): Promise<DemoResult> {
  const write = options.write ?? ((text: string) => process.stdout.write(text));
  const began = Date.now();
  const work = join(options.root, '.mlops', 'demo');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const runnerTemp = join(work, 'runner-temp');
  mkdirSync(runnerTemp);
  const dataDir = options.dataDir ?? join(options.root, '.mlops', 'emulator');
  // The demo runs its emulator for its own run only: no client holds its URLs from one run to the next, so it takes
  // free ports rather than fail when the ones kept in the data dir are taken meanwhile.
  const ports = { port: 0, gatewayPort: 0 };
  if (options.broken) {
    const probe = await start({ dataDir, quiet: true, ...ports });
    const prod = await readTraffic(probe, 'prod').finally(() => probe.stop());
    if (Object.keys(prod).length === 0) {
      write(
        'Prod serves nothing yet, so there is nothing for the broken model to endanger: running the good model through first.\n\n',
      );
      await runDemo({ ...options, broken: false, yes: true });
      write('\n\nNow the broken model.\n');
    }
  }

  write(`Starting the local Azure ML emulator (state in ${relative(options.root, dataDir) || dataDir})...\n`);
  const emulator: RunningEmulator = await start({ dataDir, quiet: true, ...ports });
  const steps: DemoResult['steps'] = [];
  const result: DemoResult = { steps, seconds: 0, serving: {} };
  try {
    write(`  ARM endpoint ${emulator.armEndpoint}, workspaces ${emulator.workspaces.join(', ')}\n`);
    const runId = String(Date.now());
    const envFor = (ws: string): Record<string, string | undefined> => ({
      AZURE_SUBSCRIPTION_ID: emulator.subscriptionId,
      AZUREML_RESOURCE_GROUP: emulator.resourceGroup,
      AZUREML_WORKSPACE: ws,
      AZUREML_ARM_ENDPOINT: emulator.armEndpoint,
      AZUREML_ACCESS_TOKEN: emulator.tokens[PRINCIPAL[ws]!] ?? emulator.token,
      NODE_EXTRA_CA_CERTS: emulator.caCertPath,
      // The emulator finishes most long-running operations in well under a second: poll it every 250 ms rather
      // than every 1 to 2 s as on Azure (README, MLOPS_ARM_MAX_POLL_INTERVAL_MS), unless the caller chose otherwise.
      MLOPS_ARM_MAX_POLL_INTERVAL_MS: process.env.MLOPS_ARM_MAX_POLL_INTERVAL_MS ?? '250',
      GITHUB_SHA: gitCommit(options.root),
      GITHUB_REPOSITORY: 'local/mlops-actions',
      GITHUB_RUN_ID: runId,
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_ACTOR: process.env.USER || 'local-user',
      GITHUB_WORKFLOW: ws === 'dev' ? 'ml-ci (local)' : 'ml-cd (local)',
      GITHUB_SERVER_URL: 'https://github.com',
    });
    const step = async (
      name: string,
      ws: string,
      inputs: Record<string, string>,
    ): Promise<ActionProcessResult> => {
      write(`\n● ${name} (${ws})\n`);
      const stepStarted = Date.now();
      const render = logRenderer();
      const run = await runActionProcess(name, {
        distDir: join(options.root, 'dist'),
        cwd: options.root,
        runnerTemp,
        inputs,
        env: envFor(ws),
        onLog: (text) => write(render(text)),
      });
      steps.push({ name, env: ws, seconds: (Date.now() - stepStarted) / 1000, outputs: run.outputs });
      if (run.exitCode !== 0) throw new StepFailed(name, ws, run);
      for (const key of [
        'data-uri',
        'job-name',
        'status',
        'metrics',
        'model-uri',
        'digest',
        'reused',
        'deployment',
        'traffic',
        'passed',
        'baseline',
        'p95-ms',
        'decision',
      ]) {
        if (run.outputs[key] !== undefined) write(`  → ${key} = ${run.outputs[key]}\n`);
      }
      return run;
    };

    // ml-ci with job-file: register the training data, train through the pipeline job on the dev workspace's
    // compute, gate on the metrics it logged, register the model from its output. Each run trains on another
    // split (a new seed), as a retraining on new data would: a second run rolls a new version out against the one
    // the first left serving.
    const seed = 42 + (await registeredVersions(emulator));
    const data = await step('register-data', 'dev', {
      path: `${EXAMPLE}/data/diabetes.csv`,
      name: 'diabetes-data',
      type: 'uri_file',
    });
    const job = await step('run-job', 'dev', {
      'job-file': `${EXAMPLE}/pipeline.yml`,
      set: `inputs.raw_data.path=${data.outputs['uri']!}\ninputs.seed=${seed}`,
      'timeout-minutes': '10',
    });
    const metricsFile = join(work, 'metrics.json');
    writeFileSync(metricsFile, job.outputs['metrics'] ?? '{}');
    // The scoring code the deployments run (--broken: right answers, slowly; every smoke test passes, only the
    // comparison with the serving model catches it).
    const code = join(work, 'code');
    mkdirSync(code);
    copyFileSync(join(options.root, EXAMPLE, 'score.py'), join(code, 'score.py'));
    if (options.broken) {
      appendFileSync(
        join(code, 'score.py'),
        `\n\nimport time as _time\n_fast_run = run\n\n\ndef run(raw_data):\n    _time.sleep(0.06)\n    return _fast_run(raw_data)\n`,
      );
    }
    // ml-ci's gate (evaluate-baseline): the threshold, and the model prod serves, read with prod's identity. Each
    // run evaluates on its own held-out split (a new seed), so the demo tolerates a regression of 0.1 in auc.
    await step('metric-gate', 'prod', {
      metrics: relative(options.root, metricsFile),
      metric: 'auc',
      threshold: '0.7',
      'min-improvement': '-0.1',
      endpoint: ENDPOINT,
    });
    const modelOutput = (JSON.parse(job.outputs['outputs'] ?? '{}') as Record<string, string>)['model'];
    if (!modelOutput) throw new Error('run-job named no `model` output of the pipeline: see its log above.');
    let registered = await step('register-model', 'dev', {
      source: modelOutput,
      name: MODEL_NAME,
      tags: 'stage=ci\nexample=diabetes',
    });
    const version = registered.outputs['model-version']!;
    const deployment = `v${version}-${registered.outputs['digest']!.slice(7, 13)}`;

    // ml-cd: dev, preprod, prod.
    for (const ws of ['dev', 'preprod', 'prod']) {
      write(`\n━━ ${ws} ━━\n`);
      if (ws !== 'dev') {
        if (ws === 'prod' && options.yes) write('Approved (--yes).\n');
        if (ws === 'prod' && !options.yes) {
          const ok = await (options.approve ?? askOnTerminal)(
            `Deploy ${MODEL_NAME}:${version} to prod (the prod environment's required reviewers)?`,
          );
          if (!ok) {
            write(
              'Prod deployment not approved (run with --yes to approve without a prompt). Stopping before prod.\n',
            );
            result.stoppedAt = 'approval';
            break;
          }
          write('Approved.\n');
        }
        registered = await step('register-model', ws, {
          source: registered.outputs['model-id']!,
          'approved-by': ws === 'prod' ? process.env.USER || 'local-user' : '',
        });
      }
      const before = await readTraffic(emulator, ws);
      await step('deploy-endpoint', ws, {
        'endpoint-file': `${EXAMPLE}/endpoint.yml`,
        'deployment-file': `${EXAMPLE}/deployment.yml`,
        deployment,
        model: registered.outputs['model-uri']!,
        'code-path': relative(options.root, code),
        'timeout-minutes': '5',
      });
      await step('smoke-test', ws, {
        endpoint: ENDPOINT,
        deployment,
        requests: `${EXAMPLE}/smoke/requests.json`,
        schema: `${EXAMPLE}/smoke/schema.json`,
        count: '20',
        concurrency: '4',
      });
      try {
        await step('promote', ws, {
          endpoint: ENDPOINT,
          deployment,
          steps: STEPS[ws]!,
          'step-interval-seconds': '1',
          requests: `${EXAMPLE}/smoke/requests.json`,
          'expected-traffic': JSON.stringify(before),
        });
      } catch (error) {
        if (error instanceof StepFailed && error.result.outputs['decision'] === 'rolled-back') {
          result.stoppedAt = ws;
          write(
            `\nThe rollout in ${ws} was rolled back: ${ws} and the environments after it keep serving what they served.\n`,
          );
          break;
        }
        throw error;
      }
    }

    write('\n━━ Report ━━\n');
    for (const ws of ['dev', 'preprod', 'prod']) {
      const traffic = await readTraffic(emulator, ws);
      result.serving[ws] = { traffic };
      write(
        `  ${ws.padEnd(8)} ${ENDPOINT}: ${
          Object.entries(traffic)
            .map(([d, v]) => `${d} ${v}%`)
            .join(', ') || 'no endpoint yet'
        }\n`,
      );
    }
    result.seconds = (Date.now() - began) / 1000;
    write(
      `\nDone in ${result.seconds.toFixed(1)} s${result.stoppedAt ? ` (stopped at ${result.stoppedAt})` : ''}.\n`,
    );
    return result;
  } finally {
    await emulator.stop();
  }
}

/**
 * GET of an ARM path of the emulator as its admin; undefined for a 404. Only the demo's own printout of the
 * emulator it hosts reads this way (the CLI process was not started with NODE_EXTRA_CA_CERTS, so the CA is given
 * per request); every Azure ML call of the actions goes through src/azureml.
 */
async function armGet(emulator: RunningEmulator, path: string): Promise<unknown> {
  const { request } = await import('node:https');
  const url = `${emulator.armEndpoint}/subscriptions/${emulator.subscriptionId}/resourceGroups/${emulator.resourceGroup}/providers/${AZUREML_PROVIDER}/workspaces/${path}?api-version=${AZUREML_API_VERSION}`;
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { headers: { authorization: `Bearer ${emulator.token}` }, ca: readFileSync(emulator.caCertPath) },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => {
          if (res.statusCode === 404) return resolve(undefined);
          if (res.statusCode !== 200) return reject(new Error(`GET ${path}: ${res.statusCode} ${text}`));
          resolve(JSON.parse(text));
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** An endpoint's live traffic (deployments above 0%), or {} when it does not exist yet. */
async function readTraffic(emulator: RunningEmulator, ws: string): Promise<Record<string, number>> {
  const ep = (await armGet(emulator, `${ws}/onlineEndpoints/${ENDPOINT}`)) as
    { properties?: { traffic?: Record<string, number> } } | undefined;
  return Object.fromEntries(Object.entries(ep?.properties?.traffic ?? {}).filter(([, v]) => v > 0));
}

/** How many versions of the model dev has (each demo run trains a new one, as retraining on new data would). */
async function registeredVersions(emulator: RunningEmulator): Promise<number> {
  const list = (await armGet(emulator, `dev/models/${MODEL_NAME}/versions`)) as
    { value?: unknown[] } | undefined;
  return list?.value?.length ?? 0;
}
