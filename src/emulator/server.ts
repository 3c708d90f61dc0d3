import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import { AZUREML_API_VERSION } from '../contract/azureml-api.js';
import { ArmError } from './arm-error.js';
import { faultCode, type FaultInjector } from './faults.js';
import { authorizationFailedMessage, roleAllows, roleOn, type Principal } from './principals.js';
import { parseRoute, requiredAction } from './routes.js';
import type { ArmService } from './service.js';

/**
 * The api-versions the emulator serves. TRANSITIONAL: 2022-10-01 stays only until the client and the tests have
 * moved to AZUREML_API_VERSION (issue 8); then this is [AZUREML_API_VERSION] alone.
 */
export const API_VERSIONS = [AZUREML_API_VERSION, '2022-10-01'];
const MAX_BODY = 4 * 1024 * 1024;

export interface RequestRecord {
  method: string;
  path: string;
  /** 0 when the connection was reset by a fault. */
  status: number;
  /** Who called, once the token was recognised. */
  principal?: string;
}

export interface ServerDeps {
  service: ArmService;
  faults: FaultInjector;
  /** bearer token -> principal */
  principals: Map<string, Principal>;
  requests: RequestRecord[];
  quiet: boolean;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(
          new ArmError(413, 'RequestEntityTooLarge', `The request body is larger than ${MAX_BODY} bytes.`),
        );
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * ARM's answers to a missing or bad bearer token (401 with a WWW-Authenticate challenge).
 * Codes and messages as Azure Resource Manager words them.
 */
function authenticate(req: IncomingMessage, principals: Map<string, Principal>): Principal {
  const challenge = (description: string): Record<string, string> => ({
    'WWW-Authenticate':
      `Bearer authorization_uri="https://login.microsoftonline.com/common", error="invalid_token", ` +
      `error_description="${description}"`,
  });
  const header = req.headers.authorization;
  if (!header) {
    throw new ArmError(
      401,
      'AuthenticationFailed',
      "Authentication failed. The 'Authorization' header is missing.",
      undefined,
      challenge("The authentication failed because of missing 'Authorization' header."),
    );
  }
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) {
    throw new ArmError(
      401,
      'AuthenticationFailed',
      "Authentication failed. The 'Authorization' header is provided in an invalid format.",
      undefined,
      challenge("The 'Authorization' header is provided in an invalid format."),
    );
  }
  const principal = principals.get(match[1]!);
  if (!principal) {
    throw new ArmError(
      401,
      'InvalidAuthenticationToken',
      'The access token is invalid.',
      undefined,
      challenge('The access token is invalid.'),
    );
  }
  return principal;
}

function checkApiVersion(url: URL): void {
  const version = url.searchParams.get('api-version');
  if (!version) {
    throw new ArmError(
      400,
      'MissingApiVersionParameter',
      'The api-version query parameter (?api-version=) is required for all requests.',
    );
  }
  if (!API_VERSIONS.includes(version)) {
    const type =
      /\/providers\/Microsoft\.MachineLearningServices\/([^/]+)/i.exec(url.pathname)?.[1] ?? 'workspaces';
    throw new ArmError(
      400,
      'NoRegisteredProviderFound',
      `No registered resource provider found for location 'local' and API version '${version}' for type '${type}'. ` +
        `The supported api-versions are '${API_VERSIONS.join(', ')}'. The supported locations are 'local'.`,
    );
  }
}

/** The HTTPS server of the ARM API: faults, authentication, authorization, then the service. */
export function createArmServer(tls: { key: string; cert: string }, deps: ServerDeps): Server {
  const server = createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    void handle(req, res, deps);
  });
  server.keepAliveTimeout = 5_000;
  return server;
}

async function handle(req: IncomingMessage, res: ServerResponse, deps: ServerDeps): Promise<void> {
  const started = Date.now();
  const method = (req.method ?? 'GET').toUpperCase();
  const url = new URL(req.url ?? '/', `https://${req.headers.host ?? '127.0.0.1'}`);
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
  const send = (status: number, body: unknown, extra: Record<string, string> = {}): void => {
    const text = body === undefined ? '' : JSON.stringify(body);
    res.writeHead(status, {
      ...headers,
      ...extra,
      ...(text ? { 'Content-Type': 'application/json; charset=utf-8' } : {}),
      'Content-Length': Buffer.byteLength(text),
    });
    res.end(text);
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
      send(
        fault.status,
        {
          error: {
            code: faultCode(fault.status),
            message: `Injected fault: ${fault.status} for ${method} ${url.pathname}.`,
          },
        },
        retryAfter,
      );
      return;
    }

    const text = await readBody(req);
    principal = authenticate(req, deps.principals);
    checkApiVersion(url);
    const route = parseRoute(url.pathname);
    const action = requiredAction(route, method);
    if (action && 'workspace' in route && route.workspace !== undefined) {
      if (!roleAllows(roleOn(principal, route.workspace), action)) {
        const scope =
          route.kind === 'datastore-secrets' ? url.pathname.replace(/\/listSecrets$/i, '') : url.pathname;
        throw new ArmError(403, 'AuthorizationFailed', authorizationFailedMessage(principal, action, scope));
      }
    }
    let body: unknown;
    if (text.trim() !== '' && (method === 'PUT' || method === 'POST' || method === 'PATCH')) {
      try {
        body = JSON.parse(text);
      } catch (error) {
        throw new ArmError(
          400,
          'InvalidRequestContent',
          `The request content was invalid and could not be deserialized: '${(error as Error).message}'.`,
        );
      }
    }
    const answer = await deps.service.handle({ method, url, route, body, principal });
    send(answer.status, answer.body, answer.headers);
  } catch (error) {
    if (error instanceof ArmError) {
      send(error.status, error.body(), error.headers);
      return;
    }
    console.error(`emulator: internal error on ${method} ${url.pathname}:`, error);
    send(500, {
      error: {
        code: 'InternalServerError',
        message: `The emulator failed: ${(error as Error)?.message ?? String(error)}`,
      },
    });
  }
}
