import { ConfigurationError, getErrorMessage } from '../errors.js';
import { describeWorkspace, type WorkspaceAddress } from './workspace.js';

/** A failed Azure ML call that is not the user's to fix (or not only): the status, the ARM code and message. */
export class AzureMLError extends Error {
  constructor(
    message: string,
    readonly statusCode?: number,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'AzureMLError';
  }
}

/** True for a 404 from the service (the resource does not exist). */
export function isNotFound(error: unknown): boolean {
  return (error as { statusCode?: number } | undefined)?.statusCode === 404;
}

/** True for a 409 from the service (another writer created or changed the resource first). */
export function isConflict(error: unknown): boolean {
  return error instanceof AzureMLError && error.statusCode === 409;
}

/** `fn`'s value, or undefined when the resource does not exist (404). */
export async function unlessNotFound<T>(fn: () => Promise<T>): Promise<T | undefined> {
  try {
    return await fn();
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

/** Runs one Azure ML call, turning what it throws into a message that names the operation and the fix. */
export type Call = <T>(operation: string, fn: () => Promise<T>, resource?: 'workspace') => Promise<T>;

/** What was being done when a call failed. */
export interface ErrorContext {
  address: WorkspaceAddress;
  /** A verb phrase: "create model m version 3". */
  operation: string;
  /** Who made the call (describePrincipal). */
  principal?: string;
  /** Set when the call addresses the workspace itself, so a 404 means the workspace is missing. */
  resource?: 'workspace';
  /** How many times the pipeline retried a transient failure before giving up (for the message). */
  retries?: number;
}

interface RestErrorLike {
  name?: string;
  message?: string;
  statusCode?: number;
  code?: string;
  request?: { method?: string };
}

const CERTIFICATE_CODES = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);
const CREDENTIAL_ERRORS = new Set([
  'CredentialUnavailableError',
  'AuthenticationError',
  'AggregateAuthenticationError',
]);

function clip(text: string, max = 600): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max)}...` : oneLine;
}

/** "403 AuthorizationFailed: <ARM message>" */
function armCause(e: RestErrorLike): string {
  const parts = [e.statusCode ?? '', e.code ?? ''].filter((p) => p !== '').join(' ');
  return `${parts}: ${clip(e.message ?? '')}`;
}

/**
 * Turns whatever an SDK call threw into an error a person can act on: who lacks which role where (401/403),
 * which inputs name a missing workspace (404), and otherwise the operation with the ARM code and message.
 */
export function translateError(error: unknown, ctx: ErrorContext): Error {
  if (error instanceof ConfigurationError || error instanceof AzureMLError) return error;
  const e = (error ?? {}) as RestErrorLike;
  const where = describeWorkspace(ctx.address);
  const who = ctx.principal ?? 'the caller';

  if (e.name && CREDENTIAL_ERRORS.has(e.name)) {
    return new ConfigurationError(
      `Could not get a token for ${who} to ${ctx.operation}: ${clip(getErrorMessage(error))}. ` +
        `Check client-id and tenant-id (and the job's \`permissions: id-token: write\`), or run azure/login first.`,
      'client-id',
    );
  }
  if (e.statusCode === 401) {
    return new ConfigurationError(
      `Azure ML rejected the credentials of ${who} when trying to ${ctx.operation} in ${where} (${armCause(e)}). ` +
        `Check that the token is valid, not expired, and issued for ${ctx.address.armEndpoint} in the workspace's tenant.`,
      'workspace',
    );
  }
  if (e.statusCode === 403) {
    const read = (e.request?.method ?? 'GET').toUpperCase() === 'GET';
    const role = read
      ? 'at least Reader'
      : `one that may write assets, such as "AzureML Data Scientist" or Contributor`;
    return new ConfigurationError(
      `${capitalize(who)} is not allowed to ${ctx.operation} in ${where} (${armCause(e)}). ` +
        `Give it a role on workspace '${ctx.address.workspace}' (${role}), or use the identity meant for this workspace.`,
      'workspace',
    );
  }
  if (
    e.statusCode === 404 &&
    (ctx.resource === 'workspace' ||
      /^(Workspace|Resource(Group)?|Subscription)NotFound$/i.test(e.code ?? ''))
  ) {
    return new ConfigurationError(
      `Workspace '${ctx.address.workspace}' was not found in resource group '${ctx.address.resourceGroup}' of ` +
        `subscription '${ctx.address.subscriptionId}' at ${ctx.address.armEndpoint} (${armCause(e)}). ` +
        `Check the inputs workspace, resource-group and subscription-id (or AZUREML_WORKSPACE, ` +
        `AZUREML_RESOURCE_GROUP, AZURE_SUBSCRIPTION_ID) and arm-endpoint.`,
      'workspace',
    );
  }
  const transient =
    e.statusCode === undefined || e.statusCode === 408 || e.statusCode === 429 || e.statusCode >= 500;
  const retried = transient && ctx.retries ? ` (still failing after ${ctx.retries} retries)` : '';
  if (e.statusCode !== undefined) {
    return new AzureMLError(
      `Could not ${ctx.operation} in ${where}: ${armCause(e)}${retried}`,
      e.statusCode,
      e.code,
    );
  }
  if (e.code && CERTIFICATE_CODES.has(e.code)) {
    return new AzureMLError(
      `Could not ${ctx.operation}: the TLS certificate of ${ctx.address.armEndpoint} is not trusted (${e.code}). ` +
        `For a local emulator, set NODE_EXTRA_CA_CERTS to its CA certificate.`,
      undefined,
      e.code,
    );
  }
  if (e.code) {
    return new AzureMLError(
      `Could not ${ctx.operation}: no answer from ${ctx.address.armEndpoint} (${e.code}: ${clip(e.message ?? '')})${retried}.`,
      undefined,
      e.code,
    );
  }
  return error instanceof Error ? error : new Error(getErrorMessage(error));
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
