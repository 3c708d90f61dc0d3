import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, get } from 'node:http';
import { join } from 'node:path';
import { INFERENCE_SERVER_PY, MLFLOW_SCORE_PY } from './inference-server-source.js';
import type { PythonPackage } from './python-packages.js';
import { preflight } from './python-preflight.js';
import { userEnvironment } from './user-environment.js';
import type { Storage } from './storage.js';

/** Where a deployment's files are and how it runs. */
export interface DeploymentSpec {
  /** `<workspace>/<endpoint>/<deployment>`, lower case. */
  key: string;
  model: { container: string; path: string; uri: string; name: string; version: string };
  code?: { container: string; path: string; uri: string };
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
  /** Keep-alive connections to the server (the gateway's per-request cost stays small). */
  agent: Agent;
}

/** Why provisioning failed, in the service's words (the operation's and the deployment's error). */
export class ProvisioningError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

interface Instance extends Serving {
  child: ChildProcess;
  dir: string;
  exited: Promise<void>;
}

const MAX_LOG = 1024 * 1024;

/** The inference-server processes of every deployment, and their logs (kept after a failure, for getLogs). */
export class DeploymentRuntime {
  private readonly instances = new Map<string, Instance>();
  private readonly logs = new Map<string, { storage: string; server: string }>();
  private readonly children = new Set<ChildProcess>();
  private generation = 0;
  private stopped = false;

  constructor(
    /** Each deployment gets a folder below it. */
    private readonly root: string,
    private readonly storage: Storage,
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
    const text = (container === 'StorageInitializer' ? log?.storage : log?.server) ?? '';
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
    const dir = join(this.root, ...spec.key.split('/'), String(++this.generation));
    const log = { storage: '', server: '' };
    this.logs.set(spec.key, log);
    const note = (line: string): void => {
      log.storage += `${new Date().toISOString()} ${line}\n`;
    };
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
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
      const single = await this.storage.isBlob(spec.model.container, spec.model.path);
      const model = await this.storage.download(
        spec.model.container,
        spec.model.path,
        single ? modelDir : join(modelDir, folder),
      );
      if (model.files.length === 0) throw new Error(`no blob at or under ${spec.model.uri}`);
      note(`Model: ${model.files.length} files, ${model.bytes} bytes, in ${modelDir}`);
      mkdirSync(codeDir, { recursive: true });
      if (spec.code) {
        note(`Downloading code from ${spec.code.uri}`);
        const code = await this.storage.download(spec.code.container, spec.code.path, codeDir);
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
    const env = userEnvironment(process.env, {
      AZUREML_MODEL_DIR: modelDir,
      AZUREML_ENTRY_SCRIPT: entryScript,
      ...spec.environmentVariables,
    });
    const append = (chunk: Buffer | string): void => {
      log.server += chunk.toString();
      if (log.server.length > MAX_LOG) log.server = log.server.slice(-MAX_LOG);
    };
    const refusal = await preflight(this.python, spec, env, codeDir, (line) => append(`${line}\n`));
    if (refusal) {
      rmSync(dir, { recursive: true, force: true });
      throw new ProvisioningError('UserError', refusal);
    }
    const child = spawn(this.python, [server, '--port', '0', '--exit-on-stdin-eof'], {
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
    child.once('error', (error) => append(Buffer.from(`failed to start ${this.python}: ${error.message}\n`)));

    let port: number;
    try {
      port = await this.waitReady(child, log, exited, spec.readinessTimeoutMs);
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
      agent: new Agent({ keepAlive: true, maxSockets: 64 }),
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

  /** Resolves with the port once the server listens and `GET /` answers 200. */
  private async waitReady(
    child: ChildProcess,
    log: { server: string },
    exited: Promise<void>,
    timeoutMs: number,
  ): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    let gone = false;
    void exited.then(() => (gone = true));
    const notReady = (why: string): ProvisioningError =>
      new ProvisioningError(
        'ResourceNotReady',
        `User container has crashed or terminated: ${why} See the InferenceServer logs (getLogs).`,
      );
    while (Date.now() < deadline) {
      if (gone) {
        const code = child.exitCode ?? (child.signalCode ? `signal ${child.signalCode}` : 'unknown');
        const traceback = lastTraceback(log.server);
        throw notReady(
          `the inference server exited with code ${code}.${traceback ? `\n${traceback}\n` : ''}`,
        );
      }
      const match = /Listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(log.server);
      if (match) {
        const port = Number(match[1]);
        if ((await probe(port)) === 200) return port;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    throw notReady(`the readiness probe did not pass within ${Math.round(timeoutMs / 1000)} s.`);
  }

  private async kill(instance: Instance): Promise<void> {
    instance.agent.destroy();
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

/** The last Python traceback of a log (at most 40 lines), or undefined: a failed init() in its own words. */
export function lastTraceback(log: string): string | undefined {
  const at = log.lastIndexOf('Traceback (most recent call last):');
  if (at < 0) return undefined;
  const lines = log.slice(at).trimEnd().split('\n');
  return (lines.length > 40 ? [...lines.slice(0, 5), '  ...', ...lines.slice(-34)] : lines).join('\n');
}

function probe(port: number): Promise<number> {
  return new Promise((resolve) => {
    const req = get({ host: '127.0.0.1', port, path: '/', timeout: 2_000, agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(0));
  });
}
