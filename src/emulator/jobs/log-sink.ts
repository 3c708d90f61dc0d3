// A job's log file in run history: an append blob in the workspace's artifact store (container `azureml`,
// `ExperimentRun/dcid.<run>/<log name>`, where Azure ML's common runtime writes user_logs/std_log.txt), appended at
// least every FLUSH_MS while the job prints, so a client reading it with `Range: bytes=<n>-` follows it live.
import type { AppendBlobClient, ContainerClient } from '@azure/storage-blob';

/** The artifact store's container (datastore workspaceartifactstore). */
export const ARTIFACT_CONTAINER = 'azureml';
export const FLUSH_MS = 100;
/**
 * An append blob takes at most 50,000 blocks (Azure Storage's limit): after the first SLOW_AFTER blocks (minutes of
 * steady output) a job's log is appended once a second, which keeps a day of output within the limit.
 */
const SLOW_AFTER = 1000;
const SLOW_FLUSH_MS = 1000;
/** Azure Storage's largest append block (4 MiB). */
const MAX_BLOCK = 4 * 1024 * 1024;
/** How much of the output is kept for the error message. */
const TAIL = 64 * 1024;

/** Where a run's log file is in the artifact container. */
export const runLogBlob = (runId: string, log: string): string => `ExperimentRun/dcid.${runId}/${log}`;

export class LogSink {
  private pending: Buffer[] = [];
  private timer: NodeJS.Timeout | undefined;
  private chain: Promise<void> = Promise.resolve();
  private failed = false;
  private tailText = '';
  private blocks = 0;
  private readonly blob: AppendBlobClient;

  constructor(
    container: ContainerClient,
    runId: string,
    readonly log: string,
  ) {
    this.blob = container.getAppendBlobClient(runLogBlob(runId, log));
  }

  async open(): Promise<void> {
    await this.blob.createIfNotExists({ blobHTTPHeaders: { blobContentType: 'text/plain; charset=utf-8' } });
  }

  /** The last output written (for the error of a failed job). */
  get tail(): string {
    return this.tailText;
  }

  write(chunk: Buffer | string): void {
    const data = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    this.tailText = (this.tailText + data.toString('utf8')).slice(-TAIL);
    this.pending.push(data);
    this.timer ??= setTimeout(() => this.flush(), this.blocks < SLOW_AFTER ? FLUSH_MS : SLOW_FLUSH_MS);
  }

  private flush(): void {
    this.timer = undefined;
    if (this.pending.length === 0) return;
    const data = Buffer.concat(this.pending);
    this.pending = [];
    this.chain = this.chain.then(async () => {
      if (this.failed) return;
      try {
        for (let at = 0; at < data.length; at += MAX_BLOCK) {
          const block = data.subarray(at, at + MAX_BLOCK);
          await this.blob.appendBlock(block, block.length);
          this.blocks++;
        }
      } catch (error) {
        // Storage gone (the emulator stopping): the job goes on; its log stops growing.
        this.failed = true;
        process.stderr.write(`emulator: could not append to ${this.log}: ${(error as Error).message}\n`);
      }
    });
  }

  /** Writes what is pending and waits for it. */
  async close(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.flush();
    await this.chain;
  }
}
