import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { start, type RunningEmulator } from '../emulator/index.js';
import { runActionProcess, type ActionProcessResult } from './action-process.js';
import { renderLogLines } from './log-view.js';

export interface DemoOptions {
  /** The repository root: where examples/, dist/ and the work folder are. */
  root: string;
  /** Keep the emulator's state here (a second run then reuses what the first registered). */
  dataDir?: string;
  /** Write progress here (stdout by default). */
  write?: (text: string) => void;
}

export interface DemoResult {
  steps: Array<{ name: string; seconds: number; outputs: Record<string, string> }>;
  seconds: number;
}

const MODEL_NAME = 'diabetes-classifier';

function gitCommit(root: string): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    return undefined;
  }
}

/**
 * The local pipeline, as ml-ci.yml and ml-cd.yml run it on GitHub: train the example model, package it, register
 * it in the emulator's dev workspace, deploy it to the dev endpoint (no live traffic) and smoke-test that
 * deployment through the routing header. Every step runs the bundled action as a separate process, exactly as
 * the runner starts it.
 */
export async function runDemo(options: DemoOptions): Promise<DemoResult> {
  const write = options.write ?? ((text: string) => process.stdout.write(text));
  const began = Date.now();
  const work = join(options.root, '.mlops', 'demo');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const runnerTemp = join(work, 'runner-temp');
  mkdirSync(runnerTemp);

  write('Starting the local Azure ML emulator...\n');
  const emulator: RunningEmulator = await start({ dataDir: options.dataDir, quiet: true });
  const steps: DemoResult['steps'] = [];
  try {
    write(`  ARM endpoint ${emulator.armEndpoint}, workspaces ${emulator.workspaces.join(', ')}\n\n`);
    const env = {
      AZURE_SUBSCRIPTION_ID: emulator.subscriptionId,
      AZUREML_RESOURCE_GROUP: emulator.resourceGroup,
      AZUREML_WORKSPACE: 'dev',
      AZUREML_ARM_ENDPOINT: emulator.armEndpoint,
      AZUREML_ACCESS_TOKEN: emulator.tokens['data-scientist'] ?? emulator.token,
      NODE_EXTRA_CA_CERTS: emulator.caCertPath,
      GITHUB_SHA: gitCommit(options.root),
      GITHUB_REPOSITORY: 'local/mlops-actions',
      GITHUB_RUN_ID: String(Date.now()),
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_WORKFLOW: 'ml-ci (local)',
      GITHUB_SERVER_URL: 'https://github.com',
    };

    const outputs = join(work, 'outputs');
    const trainStarted = Date.now();
    write('● train (examples/diabetes/train.py)\n');
    const train = spawnSync(
      'python3',
      [join(options.root, 'examples', 'diabetes', 'train.py'), '--output', outputs],
      {
        cwd: options.root,
        encoding: 'utf8',
      },
    );
    write(renderLogLines(`${train.stdout ?? ''}${train.stderr ?? ''}`));
    if (train.status !== 0)
      throw new Error(`train.py failed (exit ${train.status ?? 'signal'}): see its output above.`);
    steps.push({ name: 'train', seconds: (Date.now() - trainStarted) / 1000, outputs: {} });

    const step = async (name: string, inputs: Record<string, string>): Promise<ActionProcessResult> => {
      write(`\n● ${name}\n`);
      const stepStarted = Date.now();
      const result = await runActionProcess(name, {
        distDir: join(options.root, 'dist'),
        cwd: options.root,
        runnerTemp,
        inputs,
        env,
        onLog: (text) => write(renderLogLines(text)),
      });
      if (result.exitCode !== 0)
        throw new Error(`${name} failed (exit ${result.exitCode}): see its log above.`);
      for (const [k, v] of Object.entries(result.outputs)) write(`  → ${k} = ${v}\n`);
      steps.push({ name, seconds: (Date.now() - stepStarted) / 1000, outputs: result.outputs });
      return result;
    };

    const packaged = await step('package-model', {
      'model-path': relative(options.root, join(outputs, 'model')),
      name: MODEL_NAME,
      'metrics-file': relative(options.root, join(outputs, 'metrics.json')),
      'code-path': relative(options.root, join(outputs, 'code')),
      'environment-file': 'examples/diabetes/conda.yaml',
      'output-path': relative(options.root, join(work, 'package')),
    });
    const registered = await step('register-model', {
      'model-path': packaged.outputs['package-path']!,
      name: MODEL_NAME,
      tags: 'stage=ci\nexample=diabetes',
    });

    const example = 'examples/diabetes';
    const deployed = await step('deploy-endpoint', {
      'endpoint-file': `${example}/endpoint.yml`,
      'deployment-file': `${example}/deployment.yml`,
      model: registered.outputs['model-uri']!,
      'timeout-minutes': '5',
    });
    const smoke = await step('smoke-test', {
      endpoint: deployed.outputs['endpoint']!,
      deployment: deployed.outputs['deployment']!,
      requests: `${example}/smoke/requests.json`,
      expected: `${example}/smoke/expected.json`,
      count: '20',
      concurrency: '4',
    });

    const seconds = (Date.now() - began) / 1000;
    write(
      `\nDone in ${seconds.toFixed(1)} s: ${registered.outputs['model-uri']} (digest ${registered.outputs['digest']}) ` +
        `is registered in the dev workspace${registered.outputs['reused'] === 'true' ? ' (already there: reused)' : ''}, ` +
        `deployed as ${deployed.outputs['deployment']} on ${deployed.outputs['endpoint']} (traffic ${deployed.outputs['traffic']}), ` +
        `and answered ${smoke.outputs['requests-sent']} smoke requests (p95 ${smoke.outputs['p95-ms']} ms).\n`,
    );
    return { steps, seconds };
  } finally {
    await emulator.stop();
  }
}
