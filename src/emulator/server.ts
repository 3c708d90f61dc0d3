// The HTTPS server of the ARM API: faults, the body, authentication, the api-version, the route table, authorization,
// the spec's schema of the body, then the resource's handler and the spec's schema of its answer.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import { ArmError } from './arm-error.js';
import type { Context } from './context.js';
import { logExchange } from './exchange-log.js';
import { faultCode, type FaultInjector } from './faults.js';
import { authorizationFailedMessage, roleAllows, roleOn, type Principal } from './principals.js';
import { authenticate, checkApiVersion } from './request-checks.js';
import { matchRoute, type Method } from './route-table.js';
import { checkRequest, checkResponse } from './schema.js';
import { isDataPlanePath, serveDataPlane } from './data-plane/router.js';

export { API_VERSIONS } from './request-checks.js';

/**
 * ARM refuses request content over 4 MB (the limit of a request to Resource Manager, as for templates:
 * azure-resource-manager/troubleshooting/error-job-size-exceeded). Larger bodies are read to their end and answered
 * 413, so the client sees the answer rather than a reset connection.
 */
const MAX_BODY = 4 * 1024 * 1024;
/** Past this the body is not even drained: the connection is closed after the 413. */
const MAX_DRAIN = 64 * 1024 * 1024;
/**
 * Idle keep-alive sockets stay open longer than clients keep theirs (Node's agent: 4 s free-socket timeout only when
 * set; undici and the Azure SDK reuse sockets for up to 60 s), so a client never reuses one the server is closing.
 * Azure's own front ends keep them for minutes.
 */
export const KEEP_ALIVE_MS = 65_000;

export interface RequestRecord {
  method: string;
  path: string;
  /** 0 when the connection was reset by a fault. */
  status: number;
  /** Who called, once the token was recognised. */
  principal?: string;
}

export interface ServerDeps {
  context: Context;
  faults: FaultInjector;
  /** bearer token -> principal */
  principals: Map<string, Principal>;
  requests: RequestRecord[];
  quiet: boolean;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The body as text, or undefined when it is over MAX_BODY (then read to its end and dropped). */
function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
      else if (size > MAX_DRAIN) resolve(undefined);
    });
    req.on('end', () => resolve(size > MAX_BODY ? undefined : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Keeps idle sockets past clients' timeouts (headersTimeout must exceed keepAliveTimeout, as Node requires). */
export function keepAlive(server: { keepAliveTimeout: number; headersTimeout: number }): void {
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = KEEP_ALIVE_MS + 1_000;
}

export function createArmServer(tls: { key: string; cert: string }, deps: ServerDeps): Server {
  const server = createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    void handle(req, res, deps);
  });
  keepAlive(server);
  return server;
}

async function handle(req: IncomingMessage, res: ServerResponse, deps: ServerDeps): Promise<void> {
  const started = Date.now();
  const method = (req.method ?? 'GET').toUpperCase();
  const url = new URL(req.url ?? '/', `https://${req.headers.host ?? '127.0.0.1'}`);
  // The workspace's data plane (discovery, run history, MLflow) shares the port: not ARM, so none of the below.
  if (isDataPlanePath(url.pathname)) {
    await serveDataPlane(req, res, url, { context: deps.context, principals: deps.principals });
    return;
  }
  let principal: Principal | undefined;
  const record = (status: number): void => {
    deps.requests.push({
      method,
      path: url.pathname,
      status,
      ...(principal ? { principal: principal.name } : {}),
    });
    if (!deps.quiet)
      console.log(
        `${method} ${url.pathname}${url.search ? '?…' : ''} ${status || 'reset'} ${Date.now() - started} ms`,
      );
  };
  const headers: Record<string, string> = {
    'x-ms-request-id': randomUUID(),
    'x-ms-correlation-request-id': String(req.headers['x-ms-correlation-request-id'] ?? randomUUID()),
  };
  const clientRequestId = req.headers['x-ms-client-request-id'];
  if (typeof clientRequestId === 'string') headers['x-ms-client-request-id'] = clientRequestId;
  let requestText: string | undefined;
  let tooLarge = false;
  const send = (status: number, body: unknown, extra: Record<string, string> = {}): void => {
    const text = body === undefined ? '' : JSON.stringify(body);
    const responseHeaders = {
      ...headers,
      ...extra,
      ...(text ? { 'Content-Type': 'application/json; charset=utf-8' } : {}),
      'Content-Length': Buffer.byteLength(text),
      ...(tooLarge ? { Connection: 'close' } : {}),
    };
    res.writeHead(status, responseHeaders);
    res.end(text);
    // The contract test's recording (a no-op unless MLOPS_CONTRACT_RECORD_DIR is set).
    logExchange({
      method,
      url,
      requestHeaders: req.headers,
      requestText,
      status,
      responseHeaders,
      responseBody: body,
    });
    record(status);
  };

  try {
    const fault = deps.faults.take(method, url.pathname);
    if (fault?.delayMs) await sleep(fault.delayMs);
    if (fault?.reset) {
      req.socket.destroy();
      record(0);
      return;
    }
    if (fault?.status) {
      const retryAfter: Record<string, string> =
        fault.retryAfterSeconds !== undefined ? { 'Retry-After': String(fault.retryAfterSeconds) } : {};
      const message = `Injected fault: ${fault.status} for ${method} ${url.pathname}.`;
      send(fault.status, new ArmError(fault.status, faultCode(fault.status), message).body(), retryAfter);
      return;
    }

    const text = await readBody(req);
    if (text === undefined) {
      tooLarge = true;
      throw new ArmError(
        413,
        'RequestEntityTooLarge',
        `The request content is larger than the ${MAX_BODY / 1024 / 1024} MB Azure Resource Manager accepts.`,
      );
    }
    requestText = text;
    principal = authenticate(req, deps.principals);
    checkApiVersion(url);
    const match = matchRoute(url.pathname);
    if (match.kind === 'unsupported') {
      throw new ArmError(
        501,
        'NotImplemented',
        `The local Azure ML emulator does not serve the resource type 'Microsoft.MachineLearningServices/${match.resourceType}'.`,
      );
    }
    if (match.kind === 'unknown') {
      throw new ArmError(404, 'NotFound', 'The requested path is not an ARM resource of the emulator.');
    }
    const operation = match.row.methods[method as Method];
    if (!operation) {
      throw new ArmError(
        405,
        'MethodNotAllowed',
        `The requested resource does not support http method '${method}'.`,
      );
    }
    const workspace = match.params.workspaceName;
    if (
      operation.action &&
      workspace !== undefined &&
      !roleAllows(roleOn(principal, workspace), operation.action)
    ) {
      const scope = operation.scopeIsParent ? url.pathname.replace(/\/[^/]+$/, '') : url.pathname;
      throw new ArmError(
        403,
        'AuthorizationFailed',
        authorizationFailedMessage(principal, operation.action, scope),
      );
    }
    let body: unknown;
    if (text.trim() !== '' && (method === 'PUT' || method === 'POST' || method === 'PATCH')) {
      try {
        body = JSON.parse(text);
      } catch (error) {
        // Only where it broke: V8's parse message quotes the body, which may carry keys.
        const at = /position (\d+)/.exec((error as Error).message)?.[1];
        throw new ArmError(
          400,
          'InvalidRequestContent',
          `The request content was invalid and could not be deserialized: not valid JSON${at ? ` (at character ${at})` : ''}.`,
        );
      }
    }
    if (operation.request && !(operation.optionalBody && body === undefined)) {
      checkRequest(operation.request, body, operation.what);
    }
    const answer = await operation.handle(deps.context, {
      method,
      url,
      params: match.params,
      body,
      principal,
    });
    if (operation.response && answer.status < 300 && answer.status !== 202 && answer.body !== undefined) {
      checkResponse(operation.response, answer.body, `${method} ${operation.what}`);
    }
    send(answer.status, answer.body, answer.headers);
  } catch (error) {
    if (error instanceof ArmError) {
      send(error.status, error.body(), error.headers);
      return;
    }
    console.error(`emulator: internal error on ${method} ${url.pathname}:`, error);
    const failed = `The emulator failed: ${(error as Error)?.message ?? String(error)}`;
    send(500, new ArmError(500, 'InternalServerError', failed).body());
  }
}
