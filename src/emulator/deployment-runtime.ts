import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeDeploymentFolder } from './deployment-folders.js';
import { INFERENCE_SERVER_PY, MLFLOW_SCORE_PY } from './inference-server-source.js';
import type { PythonPackage } from './python-packages.js';
import { preflight } from './python-preflight.js';
import { ProvisioningError } from './provisioning-error.js';
import { waitReady } from './readiness.js';
import type { StorageAccount } from './state.js';
import type { StorageAccounts } from './storage.js';
import { locatePython, userEnvironment, type LocalPython } from './user-environment.js';

/** Files in a workspace's datastore: its account, container and path, and the asset URI that named them. */
export interface BlobLocation {
  account: StorageAccount;
  container: string;
  path: string;
  uri: string;
}

/** Where a deployment's files are and how it runs. */
export interface DeploymentSpec {
  /** `<workspace>/<endpoint>/<deployment>`, lower case. */
  key: string;
  model: BlobLocation & { name: string; version: string };
  code?: BlobLocation;
  scoringScript?: string;
  /** No scoring code: an MLflow model served by mlflow.pyfunc (mlflow-score.py), as Azure serves one. */
  mlflow?: boolean;
  /** modelMountPath: where the model is mounted (below the deployment's folder here), and AZUREML_MODEL_DIR. */
  modelMountPath?: string;
  /** The environment's packages, checked against the local python before init() (nothing is installed). */
  environment?: { source: string; packages: PythonPackage[] };
  environmentVariables: Record<string, string>;
  /** How long init() and the readiness probe may take. */
  readinessTimeoutMs: number;
}

/** A deployment whose inference server answers. */
export interface Serving {
  port: number;
}

/** Re-exported: provisioning.ts and its checks import it from here. */
export { ProvisioningError };

interface Instance extends Serving {
  child: ChildProcess;
  dir: string;
  exited: Promise<void>;
}

/** The most of a container's log getLogs answers from (its last MAX_LOG characters). */
const MAX_LOG = 1024 * 1024;

/**
 * Appends to a kept log and keeps its tail: trimmed back to MAX_LOG only once it passes twice that, so a busy
 * deployment (a line per request) costs a copy of the log every MAX_LOG characters, not one per request (which took
 * 0.69 ms a line, and the gateway's p99 from +2 to +7 ms, after 50,000 requests).
 */
export function appendKept(log: string, chunk: string): string {
  const grown = log + chunk;
  return grown.length > 2 * MAX_LOG ? grown.slice(-MAX_LOG) : grown;
}

/** The inference-server processes of every deployment, and their logs (kept after a failure, for getLogs). */
export class DeploymentRuntime {
  private readonly instances = new Map<string, Instance>();
  private readonly logs = new Map<string, { storage: string; server: string }>();
  private readonly children = new Set<ChildProcess>();
  private stopped = false;
  private located?: Promise<LocalPython>;

  constructor(
    /** Each deployment gets a folder of its own below it (deployment-folders.ts): never the data dir. */
    private readonly root: string,
    /** The emulator's tag in its deployment folders' names. */
    private readonly tag: string,
    private readonly accounts: StorageAccounts,
    private readonly python = process.env.MLOPS_EMULATOR_PYTHON || 'python3',
  ) {}

  /** True once stopAll began: provisioning failures after that are the shutdown's, not the deployment's. */
  get stopping(): boolean {
    return this.stopped;
  }

  serving(key: string): Serving | undefined {
    return this.instances.get(key);
  }

  /** The last `tail` lines (all when absent) of a container's log. */
  getLogs(key: string, container: 'InferenceServer' | 'StorageInitializer', tail?: number): string {
    const log = this.logs.get(key);
    const text = ((container === 'StorageInitializer' ? log?.storage : log?.server) ?? '').slice(-MAX_LOG);
    if (tail === undefined || tail <= 0) return text;
    const lines = text.split('\n');
    if (lines.at(-1) === '') lines.pop();
    return lines.slice(-tail).join('\n') + (lines.length > 0 ? '\n' : '');
  }

  /**
   * Downloads the model and code, starts the inference server and waits for its readiness probe. The instance it
   * replaces keeps serving until the new one is ready (a rolling update); a failed one leaves the old in place.
   */
  async provision(spec: DeploymentSpec): Promise<void> {
    if (this.stopped) throw new ProvisioningError('EmulatorStopping', 'The emulator is stopping.');
    mkdirSync(this.root, { recursive: true });
    const dir = makeDeploymentFolder(this.root, this.tag, spec.key);
    const log = { storage: '', server: '' };
    this.logs.set(spec.key, log);
    const note = (line: string): void => {
      log.storage += `${new Date().toISOString()} ${line}\n`;
    };
    // As on Azure (concept-online-deployment-model-specification): AZUREML_MODEL_DIR is
    // azureml-models/<name>/<version>, and the registered folder or file keeps its own name below it (modelUri's
    // last segment: LocalUpload/<hash>/model -> .../model/..., LocalUpload/<hash>/x.pkl -> .../x.pkl). With
    // modelMountPath, that folder is the mount path (how-to-deploy-custom-container: the model under it).
    const modelDir = spec.modelMountPath
      ? join(
          dir,
          'mount',
          ...spec.modelMountPath.split('/').filter((p) => p !== '' && p !== '.' && p !== '..'),
        )
      : join(dir, 'azureml-models', spec.model.name, spec.model.version);
    const codeDir = join(dir, 'code');
    try {
      note(`Downloading model ${spec.model.name}:${spec.model.version} from ${spec.model.uri}`);
      const folder = spec.model.path.replace(/\/+$/, '').split('/').pop()!;
      const storage = this.accounts.of(spec.model.account);
      const single = await storage.isBlob(spec.model.container, spec.model.path);
      const model = await storage.download(
        spec.model.container,
        spec.model.path,
        single ? modelDir : join(modelDir, folder),
      );
      if (model.files.length === 0) throw new Error(`no blob at or under ${spec.model.uri}`);
      note(`Model: ${model.files.length} files, ${model.bytes} bytes, in ${modelDir}`);
      mkdirSync(codeDir, { recursive: true });
      if (spec.code) {
        note(`Downloading code from ${spec.code.uri}`);
        const code = await this.accounts
          .of(spec.code.account)
          .download(spec.code.container, spec.code.path, codeDir);
        if (code.files.length === 0) throw new Error(`no blob at or under ${spec.code.uri}`);
        note(`Code: ${code.files.length} files, ${code.bytes} bytes, in ${codeDir}`);
      }
      note('Storage initialization finished.');
    } catch (error) {
      note(`Storage initialization failed: ${(error as Error).message}`);
      rmSync(dir, { recursive: true, force: true });
      throw new ProvisioningError(
        'StorageInitializerFailed',
        `The storage initializer could not download the deployment's files: ${(error as Error).message}`,
      );
    }

    const server = join(dir, 'inference-server.py');
    writeFileSync(server, INFERENCE_SERVER_PY);
    let entryScript = join(codeDir, spec.scoringScript ?? 'score.py');
    if (spec.mlflow) {
      entryScript = join(dir, 'mlflow-score.py');
      writeFileSync(entryScript, MLFLOW_SCORE_PY);
    }
    const sandbox = { home: join(dir, 'home'), tmp: join(dir, 'tmp') };
    for (const folder of Object.values(sandbox)) mkdirSync(folder, { recursive: true });
    const python = await (this.located ??= locatePython(this.python));
    const env = userEnvironment(process.env, python, sandbox, {
      AZUREML_MODEL_DIR: modelDir,
      AZUREML_ENTRY_SCRIPT: entryScript,
      ...spec.environmentVariables,
    });
    const append = (chunk: Buffer | string): void => {
      log.server = appendKept(log.server, chunk.toString());
    };
    const refusal = await preflight(python.executable, spec, env, codeDir, (line) => append(`${line}\n`));
    if (refusal) {
      rmSync(dir, { recursive: true, force: true });
      throw new ProvisioningError('UserError', refusal);
    }
    const child = spawn(python.executable, [server, '--port', '0', '--exit-on-stdin-eof'], {
      cwd: codeDir,
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.children.add(child);
    child.stdout!.on('data', append);
    child.stderr!.on('data', append);
    child.stdin!.on('error', () => undefined);
    const exited = new Promise<void>((resolve) =>
      child.once('close', () => {
        this.children.delete(child);
        resolve();
      }),
    );
    child.once('error', (error) =>
      append(Buffer.from(`failed to start ${python.executable}: ${error.message}\n`)),
    );

    let port: number;
    try {
      port = await waitReady(child, log, exited, spec.readinessTimeoutMs);
    } catch (error) {
      child.kill('SIGKILL');
      await exited;
      rmSync(dir, { recursive: true, force: true });
      throw error;
    }
    const instance: Instance = {
      child,
      dir,
      exited,
      port,
    };
    const previous = this.instances.get(spec.key);
    this.instances.set(spec.key, instance);
    // An instance that dies later is no longer served.
    void exited.then(() => {
      if (this.instances.get(spec.key) === instance) this.instances.delete(spec.key);
    });
    if (previous) await this.kill(previous);
    if (this.stopped) await this.stop(spec.key);
  }

  private async kill(instance: Instance): Promise<void> {
    instance.child.kill('SIGTERM');
    const timer = setTimeout(() => instance.child.kill('SIGKILL'), 3_000);
    await instance.exited;
    clearTimeout(timer);
    rmSync(instance.dir, { recursive: true, force: true });
  }

  /** Stops a deployment's server (its logs stay until `forget`). */
  async stop(key: string): Promise<void> {
    const instance = this.instances.get(key);
    if (!instance) return;
    this.instances.delete(key);
    await this.kill(instance);
  }

  forget(key: string): void {
    this.logs.delete(key);
  }

  /** Stops every server; provisioning still under way stops its server once ready. */
  async stopAll(): Promise<void> {
    this.stopped = true;
    await Promise.all([...this.instances.keys()].map((key) => this.stop(key)));
    // Servers still starting: no waiting for their probe.
    const starting = [...this.children];
    for (const child of starting) child.kill('SIGKILL');
    await Promise.all(
      starting.map((c) =>
        c.exitCode !== null || c.signalCode !== null ? undefined : new Promise((r) => c.once('close', r)),
      ),
    );
  }
}
