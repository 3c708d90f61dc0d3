// The diabetes example as an online deployment in the emulator: trained, uploaded to the dev datastore, registered.
import type { OnlineDeployment } from '@azure/arm-machinelearning';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deploymentFolderPattern } from '../../src/emulator/deployment-folders.js';
import type { RunningEmulator } from '../../src/emulator/index.js';
import { listFiles } from '../../src/model/files.js';
import { repoRoot } from './action-runner.js';
import { armClient, datastoreContainer } from './emulator-sdk.js';

export const example = join(repoRoot, 'examples', 'diabetes');

/** Registered asset ids: the model, its score.py, and a score.py whose init() raises. */
export interface ExampleAssets {
  modelId: string;
  codeId: string;
  badCodeId: string;
}

/** Trains the example into `work/out` and registers model and code versions in `workspace`. */
export async function registerExample(
  emu: RunningEmulator,
  work: string,
  workspace = 'dev',
): Promise<ExampleAssets> {
  execFileSync('python3', [join(example, 'train.py'), '--output', join(work, 'out')], { stdio: 'ignore' });
  const rg = emu.resourceGroup;
  const admin = armClient(emu);
  const secrets = (await admin.datastores.listSecrets(rg, workspace, 'workspaceblobstore')) as {
    key: string;
  };
  const container = datastoreContainer(emu, workspace, secrets.key);
  const ds = `azureml://subscriptions/${emu.subscriptionId}/resourcegroups/${rg}/workspaces/${workspace}/datastores/workspaceblobstore/paths`;
  for (const file of await listFiles(join(work, 'out', 'model'), 'model')) {
    await container.getBlockBlobClient(`LocalUpload/m1/model/${file.path}`).uploadFile(file.absolutePath);
  }
  await container
    .getBlockBlobClient('LocalUpload/c1/code/score.py')
    .uploadData(readFileSync(join(example, 'score.py')));
  await container
    .getBlockBlobClient('LocalUpload/c2/code/score.py')
    .uploadData(
      Buffer.from(
        'def init():\n    raise RuntimeError("model file is corrupt: boom")\n\n\ndef run(raw):\n    return raw\n',
      ),
    );
  const model = await admin.modelVersions.createOrUpdate(rg, workspace, 'diabetes', '1', {
    properties: { modelUri: `${ds}/LocalUpload/m1/model/`, modelType: 'custom_model' },
  });
  const code = await admin.codeVersions.createOrUpdate(rg, workspace, 'diabetes-code', '1', {
    properties: { codeUri: `${ds}/LocalUpload/c1/code/` },
  });
  const bad = await admin.codeVersions.createOrUpdate(rg, workspace, 'broken-code', '1', {
    properties: { codeUri: `${ds}/LocalUpload/c2/code/` },
  });
  return { modelId: model.id!, codeId: code.id!, badCodeId: bad.id! };
}

/** A ManagedOnlineDeployment of the model with the given code, probed every second. */
export function deploymentBody(modelId: string, codeId: string): OnlineDeployment {
  return {
    location: 'local',
    sku: { name: 'Default', capacity: 1 },
    properties: {
      endpointComputeType: 'Managed',
      model: modelId,
      codeConfiguration: { codeId, scoringScript: 'score.py' },
      instanceType: 'Standard_DS3_v2',
      readinessProbe: { initialDelay: 'PT0S', period: 'PT1S', failureThreshold: 15 },
      // The tests send up to 100 requests at once: Azure's default (1 per instance) would answer most of them 429.
      requestSettings: { maxConcurrentRequestsPerInstance: 64 },
    } as OnlineDeployment['properties'],
  };
}

/** Whether an inference server of `deployment` runs (its folder is in the command line). */
export function harnessRunning(workspace: string, endpoint: string, deployment: string): boolean {
  const out = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' });
  const folder = deploymentFolderPattern(`${workspace}/${endpoint}/${deployment}`.toLowerCase());
  return out.split('\n').some((l) => folder.test(l));
}

/** A scoring answer of the gateway: its status, the deployment that served it, and its body (JSON when it parses). */
export async function gatewayAnswer(
  res: Response,
): Promise<{ status: number; servedBy: string | null; body: unknown }> {
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    /* left as text */
  }
  return { status: res.status, servedBy: res.headers.get('azureml-model-deployment'), body };
}
