// Long-running operations, in one place: the operation records, the headers of a first answer, and the two routes
// clients poll. The spec says per operation which one the client follows (x-ms-long-running-operation-options):
// - PUT onlineEndpoints/{name} and .../deployments/{name}: 200/201 with the resource and `Azure-AsyncOperation`;
//   final-state-via original-uri, so the client reads the resource itself once the status is terminal.
// - PATCH (final-state-via location, final-state-schema the resource), DELETE and regenerateKeys (location):
//   202 without a body and with `Location`; polling it answers 202 while the operation runs, then its result.
import { randomUUID } from 'node:crypto';
import { AZUREML_API_VERSION } from '../contract/azureml-api.js';
import { ArmError } from './arm-error.js';
import { operationPath, type Params } from './arm-path.js';
import type { Answer } from './context.js';
import type { ObjectSchema } from './schema.js';
import { str } from './schemas/common.js';
import type { StoredOperation } from './state.js';

export interface OperationError {
  code: string;
  message: string;
}

export interface Operation extends StoredOperation {
  id: string;
}

/** Reads a resource by its ARM id as a GET of it answers now (the route table's GET handler). */
export type ReadResource = (resourceId: string) => Promise<unknown>;

/** Where operations are kept across a restart: the state's `operations`, and how to write the state. */
export interface OperationStore {
  records: Record<string, StoredOperation>;
  persist(): void;
}

/**
 * The status resource behind `Azure-AsyncOperation`, as ARM's async-operation contract has it
 * (azure-resource-manager-rpc, async-api-reference: id, name, status, startTime, endTime, error {code, message}).
 */
export const OperationStatus: ObjectSchema = {
  type: 'object',
  required: ['status'],
  properties: {
    id: str(),
    name: str(),
    status: str({ enum: ['InProgress', 'Succeeded', 'Failed', 'Canceled'] }),
    startTime: str({ format: 'date-time' }),
    endTime: str({ format: 'date-time' }),
    error: { type: 'object', properties: { code: str(), message: str() } },
  },
};

/** How long a finished operation's status stays readable (Azure keeps them for a while; clients poll within seconds). */
const RETAIN_FINISHED_MS = 10 * 60_000;

export class Operations {
  private readonly records = new Map<string, Operation>();
  private readonly timers = new Set<NodeJS.Timeout>();
  /** The running operations a new provisioning took over after a restart (adopt). */
  private readonly adopted = new Set<string>();
  private stopped = false;

  constructor(
    private readonly subscriptionId: string,
    private readonly location: string,
    /** The ARM endpoint (known once the server listens). */
    private readonly endpoint: () => string,
    /** With a data dir: the operations outlive the process, so a client polling across a restart finds its own. */
    private readonly store?: OperationStore,
  ) {
    for (const [id, stored] of Object.entries(store?.records ?? {})) {
      this.records.set(id, { ...stored, id });
      if (stored.status !== 'InProgress') this.forgetLater(id);
    }
  }

  /**
   * A new operation. `target`: the ARM id of the deployment it provisions, when it does (see adopt). `resultOf`: the
   * ARM id of the resource the Location poll answers once it succeeded (PATCH's final-state-schema is the resource),
   * read then, so that the answer is the same after a restart.
   */
  start(options: { target?: string; resultOf?: string } = {}): Operation {
    const op: Operation = {
      id: randomUUID(),
      status: 'InProgress',
      startTime: new Date().toISOString(),
      ...(options.target ? { target: options.target.toLowerCase() } : {}),
      ...(options.resultOf ? { resultOf: options.resultOf } : {}),
    };
    this.records.set(op.id, op);
    this.keep(op);
    return op;
  }

  finish(op: Operation, error?: OperationError): void {
    op.status = error ? 'Failed' : 'Succeeded';
    op.endTime = new Date().toISOString();
    if (error) op.error = error;
    this.keep(op);
    this.forgetLater(op.id);
  }

  /**
   * After a restart: the operation that was provisioning this deployment when the emulator stopped, for the new
   * provisioning to finish (a client still polls it); undefined when there is none.
   */
  adopt(target: string): Operation | undefined {
    const key = target.toLowerCase();
    const op = [...this.records.values()].find(
      (o) => o.status === 'InProgress' && o.target === key && !this.adopted.has(o.id),
    );
    if (op) this.adopted.add(op.id);
    return op;
  }

  /**
   * After a restart, once adopt() took what it could: every other operation that was running is settled as the
   * restart settled its resource (recovery.ts: an endpoint's update done, a deletion done, a job no longer running);
   * one that provisioned a deployment nobody provisions any more fails, saying so.
   */
  settleInterrupted(): void {
    for (const op of this.records.values()) {
      if (op.status !== 'InProgress' || this.adopted.has(op.id)) continue;
      if (!op.target) this.finish(op);
      else {
        this.finish(op, {
          code: 'OperationInterrupted',
          message:
            'The emulator restarted while this deployment was being provisioned, and it is no longer provisioning: read the deployment for its state.',
        });
      }
    }
  }

  /** Writes the operation into the store (not once the emulator stopped: its data dir may be gone). */
  private keep(op: Operation): void {
    if (!this.store || this.stopped) return;
    const stored: StoredOperation = { status: op.status, startTime: op.startTime };
    if (op.endTime) stored.endTime = op.endTime;
    if (op.error) stored.error = op.error;
    if (op.target) stored.target = op.target;
    if (op.resultOf) stored.resultOf = op.resultOf;
    this.store.records[op.id] = stored;
    this.store.persist();
  }

  /** Forgotten a while after it ended, so a long-running emulator does not keep every operation it ever ran. */
  private forgetLater(id: string): void {
    setTimeout(() => {
      this.records.delete(id);
      if (this.store && !this.stopped) delete this.store.records[id];
    }, RETAIN_FINISHED_MS).unref();
  }

  /**
   * Runs an operation's background work after `delayMs`. Whatever it throws ends the operation Failed (never an
   * unhandled rejection that leaves clients polling until their timeout), and nothing runs once stop() was called
   * (no write to a data folder a test already removed).
   */
  run(op: Operation, work: () => void | Promise<void>, delayMs = 0): void {
    if (this.stopped) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (this.stopped) return;
      Promise.resolve()
        .then(work)
        .catch((error: unknown) => {
          console.error(`emulator: operation ${op.id} failed:`, error);
          if (op.status === 'InProgress') {
            this.finish(op, {
              code: 'InternalServerError',
              message: `The emulator failed: ${error instanceof Error ? error.message : String(error)}`,
            });
          }
        });
    }, delayMs);
    this.timers.add(timer);
  }

  /** No more background work: pending runs are dropped (the emulator is stopping). */
  stop(): void {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  private url(op: Operation, result: boolean): string {
    return `${this.endpoint()}${operationPath(this.subscriptionId, this.location, op.id, result)}?api-version=${AZUREML_API_VERSION}`;
  }

  /** The first answer of a PUT (final-state-via original-uri): the status to poll. */
  asyncHeaders(op: Operation): Record<string, string> {
    return { 'Azure-AsyncOperation': this.url(op, false) };
  }

  /** The 202 of PATCH, DELETE and regenerateKeys (final-state-via location). */
  accepted(op: Operation): Answer {
    return { status: 202, headers: { Location: this.url(op, true) } };
  }

  private find(params: Params): Operation {
    const op = this.records.get(params.operationId!);
    if (!op) throw new ArmError(404, 'NotFound', `The operation '${params.operationId}' does not exist.`);
    return op;
  }

  /** GET mfeOperationsStatus/{id}. */
  status(params: Params): Answer {
    const op = this.find(params);
    return {
      status: 200,
      body: {
        id: operationPath(this.subscriptionId, this.location, op.id),
        name: op.id,
        status: op.status,
        startTime: op.startTime,
        ...(op.endTime ? { endTime: op.endTime } : {}),
        ...(op.error ? { error: op.error } : {}),
      },
    };
  }

  /**
   * GET mfeOperationResults/{id}: 202 while running, the operation's error once it failed; once it succeeded, the
   * resource it names (`resultOf`) as read now, else 200 without a body (DELETE, regenerateKeys).
   */
  async result(params: Params, read: ReadResource): Promise<Answer> {
    const op = this.find(params);
    if (op.status === 'InProgress') return this.accepted(op);
    if (op.status === 'Failed') throw new ArmError(400, op.error!.code, op.error!.message);
    if (!op.resultOf) return { status: 200 };
    return { status: 200, body: await read(op.resultOf) };
  }
}
