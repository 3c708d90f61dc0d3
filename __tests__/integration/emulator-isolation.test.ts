// User code gets only what Azure gives it (issue 10, defect 5): a scoring script sees none of the emulator's own
// variables, reaches no file holding its state or secrets by walking up from its working directory or its model,
// and one workspace's storage key opens nothing of another's. Accounts and blobs outlive a restart.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { OnlineDeployment } from '@azure/arm-machinelearning';
import { ContainerClient, RestError, StorageSharedKeyCredential } from '@azure/storage-blob';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAzurite } from '../../src/emulator/azurite.js';
import { deploymentFolderPattern } from '../../src/emulator/deployment-folders.js';
import { start, type RunningEmulator } from '../../src/emulator/index.js';
import { initialState, readState, STATE_DIR, STATE_FILE } from '../../src/emulator/state.js';
import { armClient } from '../helpers/emulator-sdk.js';
import { EmulatorView } from '../helpers/emulator-view.js';

// Sends back its environment, and every file it reaches from its working directory and from AZUREML_MODEL_DIR
// that names the state or holds one of the secrets it is given (as bytes). Folders it can only list (the system's
// temporary folder and above, shared with everything else on the machine) are listed, not walked.
const SNOOP = `import json, os

def init():
    pass

def ancestors(path):
    path = os.path.realpath(path)
    while True:
        yield path
        parent = os.path.dirname(path)
        if parent == path:
            return
        path = parent

def run(raw):
    body = json.loads(raw)
    needles = [n.encode() for n in body["needles"]]
    shared = os.path.realpath(body["shared"])
    hits, walked, seen = [], [], set()
    def look(path):
        if path in seen:
            return
        seen.add(path)
        if os.path.basename(path) == "state.json":
            hits.append(path)
        try:
            with open(path, "rb") as f:
                data = f.read(64 * 1024 * 1024)
        except OSError:
            return
        if any(n in data for n in needles):
            hits.append(path)
    for start in (os.getcwd(), os.environ["AZUREML_MODEL_DIR"]):
        for folder in ancestors(start):
            inside_shared = folder == shared or shared.startswith(folder.rstrip("/") + "/")
            if inside_shared:
                for name in os.listdir(folder):
                    if name == "state.json":
                        hits.append(os.path.join(folder, name))
                continue
            walked.append(folder)
            for d, _, files in os.walk(folder):
                for f in files:
                    look(os.path.join(d, f))
    return {"env": dict(os.environ), "cwd": os.getcwd(), "hits": hits, "walked": walked, "files": len(seen)}
`;

const SECRETS = {
  AZUREML_ACCESS_TOKEN: 'admin-token-of-the-runner',
  GITHUB_TOKEN: 'ghs_runner_token',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request-token',
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.actions.example/oidc',
  ACTIONS_RUNTIME_TOKEN: 'actions-runtime-token',
  MLOPS_EMULATOR_TOKEN: 'mlops-emulator-token',
};

let emu: RunningEmulator;
let view: EmulatorView;
let work: string;
let dataDir: string;
const saved: Record<string, string | undefined> = {};

beforeAll(async () => {
  for (const [name, value] of Object.entries(SECRETS)) {
    saved[name] = process.env[name];
    process.env[name] = value;
  }
  work = mkdtempSync(join(tmpdir(), 'isolation-'));
  dataDir = join(work, 'data');
  emu = await start({ quiet: true, dataDir });
  view = new EmulatorView(emu);
}, 60_000);

afterAll(async () => {
  await emu?.stop();
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  rmSync(work, { recursive: true, force: true });
});

/** The dev, preprod and prod keys of the workspaces' storage accounts, through listSecrets. */
async function storageKeys(): Promise<Record<string, string>> {
  const keys: Record<string, string> = {};
  for (const ws of emu.workspaces) keys[ws] = await view.accountKey(ws);
  return keys;
}

describe('a scoring script', () => {
  it('sees no emulator variable and reaches no file with the state, a token or a key', async () => {
    const admin = armClient(emu);
    const rg = emu.resourceGroup;
    const poll = { updateIntervalInMs: 50 };
    const container = view.container('dev', await view.accountKey('dev'));
    await container.getBlockBlobClient('LocalUpload/snoop/code/score.py').uploadData(Buffer.from(SNOOP));
    await container.getBlockBlobClient('LocalUpload/snoop/model/weights.txt').uploadData(Buffer.from('w'));
    const ds = `azureml://subscriptions/${emu.subscriptionId}/resourcegroups/${rg}/workspaces/dev/datastores/workspaceblobstore/paths`;
    const model = await admin.modelVersions.createOrUpdate(rg, 'dev', 'snoop', '1', {
      properties: { modelUri: `${ds}/LocalUpload/snoop/model/`, modelType: 'custom_model' },
    });
    const code = await admin.codeVersions.createOrUpdate(rg, 'dev', 'snoop', '1', {
      properties: { codeUri: `${ds}/LocalUpload/snoop/code/` },
    });
    await admin.onlineEndpoints.beginCreateOrUpdateAndWait(
      rg,
      'dev',
      'snoop',
      { location: 'local', properties: { authMode: 'Key' } },
      poll,
    );
    await admin.onlineDeployments.beginCreateOrUpdateAndWait(
      rg,
      'dev',
      'snoop',
      'blue',
      {
        location: 'local',
        sku: { name: 'Default', capacity: 1 },
        properties: {
          endpointComputeType: 'Managed',
          model: model.id!,
          codeConfiguration: { codeId: code.id!, scoringScript: 'score.py' },
          environmentVariables: { MY_SETTING: 'kept' },
          readinessProbe: { initialDelay: 'PT0S', period: 'PT1S', failureThreshold: 20 },
        } as OnlineDeployment['properties'],
      },
      poll,
    );
    const endpointKeys = await admin.onlineEndpoints.listKeys(rg, 'dev', 'snoop');
    const needles = [
      ...Object.values(emu.tokens),
      ...Object.values(await storageKeys()),
      endpointKeys.primaryKey!,
      endpointKeys.secondaryKey!,
      ...Object.values(SECRETS),
    ];
    const res = await fetch(`${emu.gatewayEndpoint}/dev/snoop/score`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${endpointKeys.primaryKey}`,
        'content-type': 'application/json',
        'azureml-model-deployment': 'blue',
      },
      body: JSON.stringify({ needles, shared: tmpdir() }),
    });
    const seen = (await res.json()) as {
      env: Record<string, string>;
      cwd: string;
      hits: string[];
      walked: string[];
      files: number;
    };
    expect(res.status).toBe(200);

    // The files: the deployment's own folder is walked (it holds the model and score.py), none holds a secret.
    expect(seen.walked.length).toBeGreaterThan(0);
    expect(seen.files).toBeGreaterThanOrEqual(3);
    expect(seen.hits).toEqual([]);
    expect(seen.cwd.startsWith(dataDir)).toBe(false);

    // The environment: Azure's variables, the deployment's, what python needs; nothing of the emulator's.
    for (const name of Object.keys(SECRETS)) expect(seen.env).not.toHaveProperty(name);
    expect(Object.keys(seen.env).filter((n) => /^(GITHUB_|ACTIONS_|MLOPS_|INPUT_|NODE_)/.test(n))).toEqual(
      [],
    );
    const values = Object.values(seen.env).join('\n');
    for (const needle of needles) expect(values).not.toContain(needle);
    expect(seen.env).toMatchObject({ MY_SETTING: 'kept', AZUREML_ENTRY_SCRIPT: expect.any(String) });
    expect(seen.env.HOME).not.toBe(process.env.HOME);
    expect(seen.env.HOME!.startsWith(`${tmpdir()}/`)).toBe(true);
    expect(`${seen.env.HOME}/`).toMatch(deploymentFolderPattern('dev/snoop/blue'));
  }, 120_000);
});

describe('storage accounts', () => {
  it("gives each workspace its own account, whose key opens nothing of another workspace's", async () => {
    const keys = await storageKeys();
    const accounts = emu.workspaces.map((ws) => emu.storageAccounts[ws]!.account);
    expect(new Set(accounts).size).toBe(3);
    expect(new Set(Object.values(keys)).size).toBe(3);
    const ds = await view.arm('GET', `${view.wsPath('prod')}/datastores/workspaceblobstore`);
    expect((ds.body as { properties: { accountName: string } }).properties.accountName).toBe(
      emu.storageAccounts.prod!.account,
    );

    // Defect 5: dev's key, from dev's listSecrets, writing prod's model files.
    const prod = emu.storageAccounts.prod!;
    const asDev = new ContainerClient(
      `${prod.blobEndpoint}/azureml-blobstore-prod`,
      new StorageSharedKeyCredential(emu.storageAccounts.dev!.account, keys.dev!),
    );
    const devKeyProdName = new ContainerClient(
      `${prod.blobEndpoint}/azureml-blobstore-prod`,
      new StorageSharedKeyCredential(prod.account, keys.dev!),
    );
    for (const client of [asDev, devKeyProdName]) {
      const write = client
        .getBlockBlobClient('LocalUpload/x/model/model.pkl')
        .uploadData(Buffer.from('evil'));
      await expect(write).rejects.toBeInstanceOf(RestError);
      await expect(write).rejects.toMatchObject({ statusCode: 403 });
      await expect(client.listBlobsFlat().next()).rejects.toMatchObject({ statusCode: 403 });
    }
    // ... while prod's own key writes there.
    await view
      .container('prod', keys.prod!)
      .getBlockBlobClient('kept/after/restart.txt')
      .uploadData(Buffer.from('p'));
  });

  it('keeps the accounts, keys and blobs across a restart, the state owner-only in its own folder', async () => {
    const before = { accounts: emu.storageAccounts, keys: await storageKeys() };
    await emu.stop();
    emu = await start({ quiet: true, dataDir });
    view = new EmulatorView(emu);
    expect(Object.fromEntries(Object.entries(emu.storageAccounts).map(([w, a]) => [w, a.account]))).toEqual(
      Object.fromEntries(Object.entries(before.accounts).map(([w, a]) => [w, a.account])),
    );
    expect(await storageKeys()).toEqual(before.keys);
    const blob = await view
      .container('prod', before.keys.prod!)
      .getBlobClient('kept/after/restart.txt')
      .downloadToBuffer();
    expect(blob.toString()).toBe('p');
    expect(statSync(join(dataDir, STATE_DIR)).mode & 0o777).toBe(0o700);
    expect(statSync(join(dataDir, STATE_DIR, STATE_FILE)).mode & 0o777).toBe(0o600);
  }, 120_000);

  it("moves the blobs of a state written with one shared account into the workspaces' own", async () => {
    const legacyDir = join(work, 'legacy');
    const shared = { account: 'mlopslocal', key: randomBytes(32).toString('base64') };
    const azurite = await startAzurite({ accounts: [shared], location: join(legacyDir, 'azurite') });
    const old = new ContainerClient(
      `${azurite.host}/${shared.account}/azureml-blobstore-preprod`,
      new StorageSharedKeyCredential(shared.account, shared.key),
    );
    await old.create();
    await old
      .getBlockBlobClient('LocalUpload/old/model/model.pkl')
      .uploadData(Buffer.from('weights'), { metadata: { sha256: 'abc' } });
    await azurite.stop();
    const state = initialState();
    for (const ws of Object.values(state.workspaces)) delete ws.storage;
    writeFileSync(join(legacyDir, STATE_FILE), JSON.stringify({ ...state, storage: shared }));

    const moved = await start({ quiet: true, dataDir: legacyDir });
    try {
      const key = await new EmulatorView(moved).accountKey('preprod');
      expect(key).not.toBe(shared.key);
      const blob = new EmulatorView(moved)
        .container('preprod', key)
        .getBlobClient('LocalUpload/old/model/model.pkl');
      expect((await blob.downloadToBuffer()).toString()).toBe('weights');
      expect((await blob.getProperties()).metadata).toEqual({ sha256: 'abc' });
      expect(existsSync(join(legacyDir, STATE_FILE))).toBe(false);
      const kept = readState(legacyDir)!;
      expect(kept.storage).toBeUndefined();
      expect(kept.workspaces.preprod!.storage!.account).toBe(moved.storageAccounts.preprod!.account);
    } finally {
      await moved.stop();
    }
  }, 120_000);
});
