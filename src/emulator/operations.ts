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

export interface OperationError {
  code: string;
  message: string;
}

export interface Operation {
  id: string;
  status: 'InProgress' | 'Succeeded' | 'Failed';
  startTime: string;
  endTime?: string;
  error?: OperationError;
  /** What the Location poll answers once the operation succeeded (PATCH: the resource); no body when absent. */
  result?: () => unknown;
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

export class Operations {
  private readonly records = new Map<string, Operation>();

  constructor(
    private readonly subscriptionId: string,
    private readonly location: string,
    /** The ARM endpoint (known once the server listens). */
    private readonly endpoint: () => string,
  ) {}

  start(result?: () => unknown): Operation {
    const op: Operation = {
      id: randomUUID(),
      status: 'InProgress',
      startTime: new Date().toISOString(),
      result,
    };
    this.records.set(op.id, op);
    return op;
  }

  finish(op: Operation, error?: OperationError): void {
    op.status = error ? 'Failed' : 'Succeeded';
    op.endTime = new Date().toISOString();
    if (error) op.error = error;
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

  /** GET mfeOperationResults/{id}: 202 while running, then the result (or the operation's error). */
  result(params: Params): Answer {
    const op = this.find(params);
    if (op.status === 'InProgress') return this.accepted(op);
    if (op.status === 'Failed') throw new ArmError(400, op.error!.code, op.error!.message);
    const body = op.result?.();
    return body === undefined ? { status: 200 } : { status: 200, body };
  }
}
